import { describe, expect, it } from 'vitest';
import type {
  AskRequest,
  BriefRequest,
  BriefingApi,
  ServiceResult,
} from '../../../../src/briefing/service-api.js';
import { MAX_QUESTION_CHARS } from '../../../../src/briefing/service-api.js';
import type { Logger } from '../../../../src/log/logger.js';
import { callService } from '../../../../src/platforms/chat/call-service.js';
import { requestFromWords } from '../../../../src/platforms/chat/words.js';
import { briefAnswer } from '../slack/answers.js';

function apiAnswering(
  brief: (r: BriefRequest) => Promise<ServiceResult>,
  seen: AskRequest[] = [],
): BriefingApi {
  return {
    topics: () => [],
    brief,
    ask: async (r) => {
      seen.push(r);
      return { ok: true, answer: briefAnswer({ kind: 'answer' }) };
    },
    digest: async () => ({ ok: false, error: { code: 'bad-request', message: 'unused' } }),
    source: () => null,
  };
}

const errors: string[] = [];
const logger: Logger = { debug() {}, info() {}, warn() {}, error: (_o, m) => errors.push(m ?? '') };
const thread = { platform: 'slack', channel: 'C1', thread: '1.2' };

describe('requestFromWords', () => {
  it('is null for no words', () => {
    expect(requestFromWords('  ', [])).toBeNull();
  });

  it('sends a misspelt topic to the service as a brief (answered as the topic meant), other words as a question', () => {
    const topics = [
      { slug: 'pakistan-russia', title: 'Pakistan–Russia relations', terms: ['Pakistan Russia'] },
    ];
    expect(requestFromWords('pakistan-rusia', topics)).toEqual({
      kind: 'brief',
      topic: 'pakistan-rusia',
      title: 'Pakistan–Russia relations',
    });
    expect(requestFromWords('gas pipeline', topics)).toEqual({
      kind: 'ask',
      question: 'gas pipeline',
      title: 'gas pipeline',
    });
  });
});

describe('callService', () => {
  it('passes the thread and returns the answer', async () => {
    const seen: AskRequest[] = [];
    const outcome = await callService(
      apiAnswering(async () => ({ ok: false, error: { code: 'bad-request', message: 'x' } }), seen),
      { kind: 'ask', question: 'q?', title: 'q?' },
      thread,
      logger,
    );
    expect(outcome.ok).toBe(true);
    expect(seen).toEqual([{ question: 'q?', thread }]);
  });

  it('turns a user error into its message and suggestions', async () => {
    const api = apiAnswering(async (r) => ({
      ok: false,
      error: { code: 'unknown-topic', message: `No topic "${r.topic}".`, suggestions: ['pakistan-russia'] },
    }));
    expect(await callService(api, { kind: 'brief', topic: 'pak', title: 'pak' }, undefined, logger)).toEqual({
      ok: false,
      message: 'No topic "pak".',
      suggestions: ['pakistan-russia'],
    });
  });

  it('turns an exception into an apology and logs it, never throwing', async () => {
    const api = apiAnswering(async () => {
      throw new Error('database is locked');
    });
    const outcome = await callService(api, { kind: 'brief', topic: 't', title: 't' }, thread, logger);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(/try again/);
    expect(errors).toContain('briefing service failed');
  });

  it('refuses an over-long question before calling the service', async () => {
    const seen: AskRequest[] = [];
    const api = apiAnswering(async () => ({ ok: false, error: { code: 'bad-request', message: 'x' } }), seen);
    const question = 'q'.repeat(MAX_QUESTION_CHARS + 1);
    const outcome = await callService(api, { kind: 'ask', question, title: 'q' }, undefined, logger);
    expect(outcome.ok).toBe(false);
    expect(seen).toEqual([]);
  });
});
