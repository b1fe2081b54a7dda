import { describe, expect, it } from 'vitest';
import type { WriteRequest, WriteResult, Writer } from '../../../src/briefing/write/writer.js';
import { withFallback } from '../../../src/llm/fallback-writer.js';
import type { Logger } from '../../../src/log/logger.js';
import { briefRequest, candidatesOf, visit } from './articles.js';

/** A writer that answers from a script and records the requests it got. */
function scripted(
  name: string,
  answer: (r: WriteRequest) => WriteResult | Error,
): Writer & { calls: WriteRequest[] } {
  const calls: WriteRequest[] = [];
  return {
    name,
    calls,
    async write(request) {
      calls.push(request);
      const result = answer(request);
      if (result instanceof Error) throw result;
      return result;
    },
  };
}

const offline = () =>
  scripted('offline', (r) => ({
    ok: true,
    mode: 'offline',
    bullets: r.candidates.slice(0, 2).map((c) => ({
      text: c.sentence.text,
      citations: [{ articleId: c.article.id, quote: c.sentence.text }],
    })),
  }));

function recordingLogger(): Logger & { warnings: object[] } {
  const warnings: object[] = [];
  return { debug() {}, info() {}, warn: (o) => warnings.push(o), error: (o) => warnings.push(o), warnings };
}

describe('withFallback', () => {
  const request = briefRequest(candidatesOf(visit));

  it('returns the primary answer when it succeeds, without calling the fallback', async () => {
    const llm = scripted('openai:m', () => ({ ok: true, mode: 'llm', bullets: [] }));
    const fb = offline();
    const result = await withFallback(llm, fb, recordingLogger()).write(request);
    expect(result).toEqual({ ok: true, mode: 'llm', bullets: [] });
    expect(fb.calls).toHaveLength(0);
  });

  it('answers offline with the reason when the primary fails', async () => {
    const fb = offline();
    const logger = recordingLogger();
    const writer = withFallback(
      scripted('openai:m', () => ({ ok: false, reason: 'timeout after 800ms' })),
      fb,
      logger,
    );
    const result = await writer.write(request);
    expect(result).toMatchObject({
      ok: true,
      mode: 'offline',
      fallbackReason: 'LLM failed: timeout after 800ms',
    });
    expect(result.ok && result.bullets.map((b) => b.text)).toEqual([
      visit.sentences[0]!.text,
      visit.sentences[1]!.text,
    ]);
    expect(fb.calls[0]).toBe(request);
    expect(logger.warnings).toHaveLength(1);
  });

  it('answers offline when the primary throws, without repeating its message', async () => {
    const writer = withFallback(
      scripted('openai:m', () => new Error('boom: text the LLM server sent')),
      offline(),
      recordingLogger(),
    );
    const result = await writer.write(request);
    expect(result).toMatchObject({
      ok: true,
      mode: 'offline',
      fallbackReason: 'LLM failed: openai:m failed unexpectedly',
    });
    expect(JSON.stringify(result)).not.toContain('boom');
  });

  it('reports both reasons when the fallback fails too', async () => {
    const writer = withFallback(
      scripted('openai:m', () => ({ ok: false, reason: 'empty content' })),
      scripted('offline', () => ({ ok: false, reason: 'no candidates' })),
      recordingLogger(),
    );
    expect(await writer.write(request)).toEqual({
      ok: false,
      reason: 'LLM failed: empty content; no candidates',
    });
  });
});
