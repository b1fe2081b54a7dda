/**
 * The behaviour every ConversationStore must show, run against SQLite and PostgreSQL alike so the two
 * cannot drift. Each store test file calls describeConversationStore with a way to open a fresh store.
 */
import { describe, expect, it } from 'vitest';
import type { ConversationStore, ThreadKey, Turn } from '../../../src/briefing/ports.js';
import type { Logger } from '../../../src/log/logger.js';

export interface StoreUnderTest {
  store: ConversationStore;
  /** Writes a turn row whose list columns do not hold a list of strings, bypassing the store. */
  damageTurn(key: ThreadKey, seq: number): Promise<void>;
  /** Counts turn rows of every thread, straight from the database. */
  countTurnRows(): Promise<number>;
  /** Counts thread rows, straight from the database. */
  countThreads(): Promise<number>;
  close(): Promise<void>;
}

export type OpenStoreUnderTest = (opts: { threadTtlMs: number; logger: Logger }) => Promise<StoreUnderTest>;

export interface LogEntry {
  level: string;
  obj: object;
  msg: string | undefined;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      entries.push({ level, obj, msg });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function turn(question: string | null, extra: Partial<Turn> = {}): Turn {
  return {
    at: '2026-03-01T08:00:00.000Z',
    kind: question === null ? 'brief' : 'answer',
    question,
    query: question ?? 'pakistan russia',
    bullets: [`Bullet for ${question ?? 'brief'}.`],
    shown: [`article-1#${question?.length ?? 0}`],
    salient: ['Putin', 'Zardari'],
    ...extra,
  };
}

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-03-01T08:00:00.000Z');
const plus = (ms: number): Date => new Date(T0.getTime() + ms);
const LIMITS = { maxTurns: 10, ttlMs: HOUR };

export function describeConversationStore(name: string, open: OpenStoreUnderTest): void {
  describe(`${name}: ConversationStore behaviour`, () => {
    const withStore = async (
      work: (s: StoreUnderTest, log: ReturnType<typeof recordingLogger>) => Promise<void>,
    ): Promise<void> => {
      const log = recordingLogger();
      const s = await open({ threadTtlMs: HOUR, logger: log });
      try {
        await work(s, log);
      } finally {
        await s.close();
      }
    };
    const key: ThreadKey = { platform: 'slack', channel: 'C01', thread: '1700000000.000100' };

    it('returns null for a thread it has never seen', () =>
      withStore(async ({ store }) => {
        expect(await store.getThread(key, T0)).toBeNull();
      }));

    it('creates a thread on the first turn and reads back exactly what was written', () =>
      withStore(async ({ store }) => {
        const first = turn(null, {
          bullets: ['Putin’s visit was “postponed” — not cancelled.', "Zweite Aussage: ünïcödé, 'quotes'"],
          shown: ['a#1', 'b#22'],
          salient: [],
        });
        const created = await store.appendTurn(key, 'pakistan-russia', first, LIMITS, T0);
        const expected = {
          key,
          topic: 'pakistan-russia',
          turns: [first],
          createdAt: T0.toISOString(),
          updatedAt: T0.toISOString(),
        };
        expect(created).toEqual(expected);
        expect(await store.getThread(key, plus(1000))).toEqual(expected);
      }));

    it('keeps the sentence keys a turn’s lead cited, and a turn without a lead has none', () =>
      withStore(async ({ store }) => {
        const answered = turn('who makes the chip?', { lead: ['tech-050#1', 'tech-050#4'] });
        const unanswered = turn('and the price?');
        await store.appendTurn(key, null, answered, LIMITS, T0);
        const thread = await store.appendTurn(key, null, unanswered, LIMITS, plus(1000));
        expect(thread.turns).toEqual([answered, unanswered]);
        expect(thread.turns[1]).not.toHaveProperty('lead');
        expect((await store.getThread(key, plus(2000)))?.turns[0]?.lead).toEqual([
          'tech-050#1',
          'tech-050#4',
        ]);
      }));

    it('appends turns in order, keeps the topic on a null topic, takes a new one, and moves updatedAt', () =>
      withStore(async ({ store }) => {
        await store.appendTurn(key, 'pakistan-russia', turn(null), LIMITS, T0);
        await store.appendTurn(key, null, turn('what about the gas pipeline?'), LIMITS, plus(1000));
        let thread = await store.getThread(key, plus(2000));
        expect(thread?.topic).toBe('pakistan-russia');
        expect(thread?.turns.map((t) => t.question)).toEqual([null, 'what about the gas pipeline?']);
        expect(thread?.createdAt).toBe(T0.toISOString());
        expect(thread?.updatedAt).toBe(plus(1000).toISOString());

        await store.appendTurn(key, 'iran-pipeline', turn('why did he cancel?'), LIMITS, plus(3000));
        thread = await store.getThread(key, plus(4000));
        expect(thread?.topic).toBe('iran-pipeline');
        expect(thread?.turns).toHaveLength(3);
      }));

    it('keeps threads apart when any part of the key differs', () =>
      withStore(async ({ store }) => {
        const others: ThreadKey[] = [
          { ...key, platform: 'discord' },
          { ...key, channel: 'C02' },
          { ...key, thread: 'other' },
        ];
        await store.appendTurn(key, 'a', turn('q-main'), LIMITS, T0);
        for (const [i, other] of others.entries()) {
          await store.appendTurn(other, `t${i}`, turn(`q${i}`), LIMITS, T0);
        }
        expect((await store.getThread(key, T0))?.turns.map((t) => t.question)).toEqual(['q-main']);
        for (const [i, other] of others.entries()) {
          const thread = await store.getThread(other, T0);
          expect(thread?.topic).toBe(`t${i}`);
          expect(thread?.key).toEqual(other);
          expect(thread?.turns.map((t) => t.question)).toEqual([`q${i}`]);
        }
      }));

    it('keeps only the newest maxTurns turns', () =>
      withStore(async ({ store, countTurnRows }) => {
        const limits = { maxTurns: 3, ttlMs: HOUR };
        let returned = null;
        for (let i = 1; i <= 5; i++) {
          returned = await store.appendTurn(key, 'x', turn(`q${i}`), limits, plus(i * 1000));
        }
        expect(returned?.turns.map((t) => t.question)).toEqual(['q3', 'q4', 'q5']);
        expect((await store.getThread(key, plus(9000)))?.turns.map((t) => t.question)).toEqual([
          'q3',
          'q4',
          'q5',
        ]);
        expect(await countTurnRows()).toBe(3);
        // A smaller limit later trims further, still keeping the newest.
        const trimmed = await store.appendTurn(
          key,
          'x',
          turn('q6'),
          { maxTurns: 2, ttlMs: HOUR },
          plus(10_000),
        );
        expect(trimmed.turns.map((t) => t.question)).toEqual(['q5', 'q6']);
      }));

    it('expires a thread idle for longer than the TTL on read, and deletes it', () =>
      withStore(async ({ store, countTurnRows }) => {
        await store.appendTurn(key, 'x', turn('q1'), LIMITS, T0);
        expect(await store.getThread(key, plus(HOUR))).not.toBeNull(); // exactly the TTL: still alive
        expect(await store.getThread(key, plus(HOUR + 1))).toBeNull();
        // Deleted, not just hidden: even an earlier clock no longer finds it.
        expect(await store.getThread(key, T0)).toBeNull();
        expect(await countTurnRows()).toBe(0);
      }));

    it('starts a fresh conversation when a turn is appended to an expired thread', () =>
      withStore(async ({ store }) => {
        await store.appendTurn(key, 'old-topic', turn('old question'), LIMITS, T0);
        const later = plus(2 * HOUR);
        const fresh = await store.appendTurn(key, null, turn('new question'), LIMITS, later);
        expect(fresh.topic).toBeNull();
        expect(fresh.turns.map((t) => t.question)).toEqual(['new question']);
        expect(fresh.createdAt).toBe(later.toISOString());
      }));

    it('expireThreads deletes idle threads with their turns and keeps live ones', () =>
      withStore(async ({ store, countTurnRows }) => {
        const idle: ThreadKey = { ...key, thread: 'idle' };
        const live: ThreadKey = { ...key, thread: 'live' };
        await store.appendTurn(idle, 'x', turn('a'), LIMITS, T0);
        await store.appendTurn(idle, 'x', turn('b'), LIMITS, T0);
        await store.appendTurn(live, 'x', turn('c'), LIMITS, plus(50 * 60 * 1000));
        expect(await store.expireThreads(HOUR, plus(HOUR))).toBe(0);
        expect(await store.expireThreads(HOUR, plus(HOUR + 1))).toBe(1);
        expect(await countTurnRows()).toBe(1);
        expect(await store.getThread(live, plus(HOUR + 1))).not.toBeNull();
        expect(await store.getThread(idle, T0)).toBeNull();
        expect(await store.expireThreads(HOUR, plus(HOUR + 1))).toBe(0);
      }));

    it('skips a damaged turn with a warning instead of failing', () =>
      withStore(async ({ store, damageTurn }, log) => {
        await store.appendTurn(key, 'x', turn('q1'), LIMITS, T0);
        await store.appendTurn(key, 'x', turn('q2'), LIMITS, T0);
        await damageTurn(key, 1);
        const thread = await store.getThread(key, T0);
        expect(thread?.turns.map((t) => t.question)).toEqual(['q2']);
        const warnings = log.entries.filter((e) => e.level === 'warn');
        expect(warnings).toHaveLength(1);
        expect(warnings[0]?.obj).toMatchObject({ seq: 1, thread: 'slack:C01:1700000000.000100' });
        // The store still takes new turns after the damaged one.
        const next = await store.appendTurn(key, 'x', turn('q3'), LIMITS, T0);
        expect(next.turns.map((t) => t.question)).toEqual(['q2', 'q3']);
      }));

    it(
      'keeps at most maxThreads: 2,000 new threads leave the cap, least recently updated go first',
      () =>
        withStore(async ({ store, countThreads, countTurnRows }) => {
          const capped = { ...LIMITS, maxThreads: 50 };
          const kept: ThreadKey = { platform: 'web', channel: 'web', thread: 'kept-alive' };
          await store.appendTurn(kept, 'x', turn('first'), capped, T0);
          const keyOf = (i: number): ThreadKey => ({ platform: 'web', channel: 'web', thread: `spam-${i}` });
          for (let i = 0; i < 2_000; i++) {
            await store.appendTurn(keyOf(i), null, turn(`q${i}`), capped, plus(1000 + i));
            // A thread in use stays: touched now and then, it is never the least recently updated.
            if (i % 40 === 0) await store.appendTurn(kept, null, turn(`again ${i}`), capped, plus(1000 + i));
            if (i % 50 === 0) expect(await countThreads()).toBeLessThanOrEqual(50);
          }
          expect(await countThreads()).toBe(50);
          expect(await countTurnRows()).toBeLessThanOrEqual(50 * LIMITS.maxTurns);
          const now = plus(5_000);
          expect(await store.getThread(kept, now)).not.toBeNull();
          expect(await store.getThread(keyOf(1_999), now)).not.toBeNull();
          expect(await store.getThread(keyOf(1_951), now)).not.toBeNull();
          expect(await store.getThread(keyOf(1_950), now)).toBeNull();
          expect(await store.getThread(keyOf(0), now)).toBeNull();
          // Turns of an existing thread never evict anything.
          await store.appendTurn(keyOf(1_999), null, turn('more'), capped, plus(4_000));
          expect(await store.getThread(keyOf(1_951), now)).not.toBeNull();
        }),
      120_000,
    );

    it('refuses limits that configuration should never have let through', () =>
      withStore(async ({ store }) => {
        await expect(store.appendTurn(key, 'x', turn('q'), { maxTurns: 0, ttlMs: HOUR }, T0)).rejects.toThrow(
          RangeError,
        );
        await expect(
          store.appendTurn(key, 'x', turn('q'), { maxTurns: 1, ttlMs: HOUR, maxThreads: 0 }, T0),
        ).rejects.toThrow(RangeError);
        await expect(store.expireThreads(Number.NaN, T0)).rejects.toThrow(RangeError);
        expect(await store.getThread(key, T0)).toBeNull();
      }));
  });
}
