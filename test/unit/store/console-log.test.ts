import { afterEach, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/briefing/answer.js';
import { consoleLogFor } from '../../../src/store/open-store.js';
import { openSqliteStore, type SqliteStore } from '../../../src/store/sqlite/threads.js';

const answer = (topic: string): Answer => ({
  kind: 'brief',
  topic,
  query: topic,
  mode: 'offline',
  fallbackReason: 'no LLM configured (OPENAI_API_KEY is not set)',
  lead: null,
  bullets: [],
  sources: [],
});
const web = (thread: string) => ({ platform: 'web', channel: 'web', thread });
const limits = { maxTurns: 20, ttlMs: 3_600_000 };
const turn = (at: Date) => ({
  at: at.toISOString(),
  kind: 'brief' as const,
  question: null,
  query: 'q',
  bullets: [],
  shown: [],
  salient: [],
});

let store: SqliteStore | undefined;
afterEach(() => store?.close());

describe('the console log', () => {
  it('keeps each answer as shown, lists live conversations newest first, and forgets dead threads', async () => {
    store = openSqliteStore(':memory:');
    const log = consoleLogFor(store);
    const t0 = new Date('2026-12-05T10:00:00Z');
    const t1 = new Date('2026-12-05T11:00:00Z');
    for (const [id, at] of [
      ['c-one', t0],
      ['c-two', t1],
    ] as const) {
      await store.appendTurn(web(id), null, turn(at), limits, at);
      await log.append(id, { kind: 'brief', text: 'pakistan-russia' }, answer('pakistan-russia'), at);
    }
    await log.append('c-one', { kind: 'ask', text: 'what about the pipeline?' }, answer('x'), t1);
    expect(await log.list(10)).toEqual([
      { thread: 'c-one', title: 'pakistan-russia', turns: 2, updatedAt: t1.toISOString() },
      { thread: 'c-two', title: 'pakistan-russia', turns: 1, updatedAt: t1.toISOString() },
    ]);
    const entries = await log.get('c-one');
    expect(entries?.map((e) => e.request.text)).toEqual(['pakistan-russia', 'what about the pipeline?']);
    expect(entries?.[0]?.answer).toEqual(answer('pakistan-russia'));
    expect(await log.get('c-unknown')).toBeNull();

    // The thread expires: its conversation is no longer listed or served, and goes at the next append.
    await store.expireThreads(60_000, new Date('2026-12-05T10:30:00Z'));
    expect((await log.list(10)).map((c) => c.thread)).toEqual(['c-two']);
    expect(await log.get('c-one')).toBeNull();
    await log.append('c-two', { kind: 'ask', text: 'and then?' }, answer('y'), t1);
    const left = store.db.prepare('SELECT DISTINCT thread FROM console_turns').all();
    expect(left).toEqual([{ thread: 'c-two' }]);
  });
});
