/**
 * The digest tables (subscriptions, ledger, sightings, what posted digests told) on SQLite and, when
 * the local server answers, PostgreSQL: one behaviour for both, including the claim that makes a
 * digest exactly-once, and the upgrade of a version-4 store to the told keys of version 5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type DigestStore, type LedgerClaim, TOLD_DIGESTS } from '../../../src/digest/ports.js';
import type { SubscriptionSpec } from '../../../src/digest/subscription.js';
import { silentLogger } from '../../../src/log/logger.js';
import { digestStoreFor, openStore } from '../../../src/store/open-store.js';
import { applyPostgresMigrations } from '../../../src/store/postgres/migrate.js';
import { postgresMigrations } from '../../../src/store/postgres/migrations.js';
import { applySqliteMigrations } from '../../../src/store/sqlite/migrate.js';
import { migrations } from '../../../src/store/sqlite/migrations.js';
import { logRecorder } from '../digest/fixtures.js';
import { pgUrl, postgresReachable, scratchSchemas } from './postgres-scratch.js';

const scratch = mkdtempSync(join(tmpdir(), 'briefbot-digest-store-'));
const freshSchema = scratchSchemas('briefbot_digest');
let n = 0;
const pgAvailable = await postgresReachable('digest store');

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Opened {
  store: DigestStore;
  close(): Promise<void>;
}
/** Opens `count` independent connections to one fresh database. */
type OpenShared = (count: number) => Promise<Opened[]>;

const openSqlite: OpenShared = async (count) => {
  const file = join(scratch, `case-${++n}.sqlite`);
  const out: Opened[] = [];
  for (let i = 0; i < count; i++) {
    const s = await openStore(file);
    out.push({ store: digestStoreFor(s), close: async () => s.close() });
  }
  return out;
};

const openPostgres: OpenShared = async (count) => {
  const schema = freshSchema();
  const out: Opened[] = [];
  for (let i = 0; i < count; i++) {
    const s = await openStore(pgUrl, { pgSchema: schema });
    out.push({
      store: digestStoreFor(s),
      close: async () => {
        await s.close();
      },
    });
  }
  return out;
};

const T0 = new Date('2026-03-01T03:00:00.000Z');
const plus = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3600_000;
const spec = (extra: Partial<SubscriptionSpec> = {}): SubscriptionSpec => ({
  platform: 'slack',
  channel: 'C1',
  topic: 'pakistan-russia',
  cadence: { kind: 'daily' },
  time: '08:00',
  timeZone: 'Asia/Karachi',
  announceEmpty: false,
  ...extra,
});
const claim = (period: string, extra: Partial<LedgerClaim> = {}): LedgerClaim => ({
  platform: 'slack',
  channel: 'C1',
  topic: 'pakistan-russia',
  period,
  slotAt: new Date(`${period}T03:00:00.000Z`),
  coveredUntil: new Date(`${period}T03:00:05.000Z`),
  claimedBy: 'test',
  ...extra,
});

function describeDigestStore(name: string, open: OpenShared, enabled: boolean): void {
  describe.skipIf(!enabled)(`${name}: digest store`, () => {
    const withStores = async (count: number, work: (stores: DigestStore[]) => Promise<void>) => {
      const opened = await open(count);
      try {
        await work(opened.map((o) => o.store));
      } finally {
        for (const o of opened) await o.close();
      }
    };

    it('upserts subscriptions: created once, created_at kept, schedule_set_at moved only by a new timing', async () => {
      await withStores(1, async ([s]) => {
        const first = await s!.upsertSubscription(spec(), T0);
        expect(first.created).toBe(true);
        expect(first.subscription).toMatchObject({ ...spec(), createdAt: T0, scheduleSetAt: T0 });

        const same = await s!.upsertSubscription(spec({ announceEmpty: true }), plus(HOUR));
        expect(same.created).toBe(false);
        expect(same.subscription.announceEmpty).toBe(true);
        expect(same.subscription.createdAt).toEqual(T0);
        expect(same.subscription.scheduleSetAt).toEqual(T0);

        const moved = await s!.upsertSubscription(
          spec({ cadence: { kind: 'weekly', day: 'fri' }, time: '09:30' }),
          plus(2 * HOUR),
        );
        expect(moved.subscription).toMatchObject({
          cadence: { kind: 'weekly', day: 'fri' },
          time: '09:30',
          createdAt: T0,
          scheduleSetAt: plus(2 * HOUR),
        });
      });
    });

    it('lists by channel and removes by channel and topic', async () => {
      await withStores(1, async ([s]) => {
        await s!.upsertSubscription(spec(), T0);
        await s!.upsertSubscription(spec({ topic: 'energy' }), T0);
        await s!.upsertSubscription(spec({ platform: 'discord', channel: '123' }), T0);
        expect((await s!.listSubscriptions()).map((x) => `${x.platform}/${x.channel}/${x.topic}`)).toEqual([
          'discord/123/pakistan-russia',
          'slack/C1/energy',
          'slack/C1/pakistan-russia',
        ]);
        expect(
          (await s!.listSubscriptions({ platform: 'slack', channel: 'C1' })).map((x) => x.topic),
        ).toEqual(['energy', 'pakistan-russia']);
        expect(await s!.removeSubscription({ platform: 'slack', channel: 'C1', topic: 'energy' })).toBe(true);
        expect(await s!.removeSubscription({ platform: 'slack', channel: 'C1', topic: 'energy' })).toBe(
          false,
        );
        expect(await s!.listSubscriptions({ platform: 'slack', channel: 'C1' })).toHaveLength(1);
      });
    });

    it('claims a period once; finishes it; remembers what was covered', async () => {
      await withStores(1, async ([s]) => {
        expect(await s!.claimDigest(claim('2026-03-01'), T0)).toBe(true);
        expect(await s!.claimDigest(claim('2026-03-01', { claimedBy: 'other' }), T0)).toBe(false);
        const row = await s!.getDigest({ ...claim('2026-03-01') });
        expect(row).toMatchObject({ status: 'posting', claimedBy: 'test', messageId: null });

        await s!.finishDigest(
          claim('2026-03-01'),
          { status: 'posted', messageId: 'm1', articles: 3, coveredSince: plus(-24 * HOUR), attempts: 2 },
          plus(1000),
        );
        expect(await s!.getDigest(claim('2026-03-01'))).toMatchObject({
          status: 'posted',
          messageId: 'm1',
          articles: 3,
          attempts: 2,
          coveredSince: plus(-24 * HOUR),
          updatedAt: plus(1000),
        });

        // A failed digest does not count as covered: the next one starts from the last delivered.
        await s!.claimDigest(claim('2026-03-02'), plus(24 * HOUR));
        await s!.finishDigest(
          claim('2026-03-02'),
          { status: 'failed', error: 'channel_not_found', attempts: 4, coveredSince: null },
          plus(24 * HOUR),
        );
        const key = { platform: 'slack', channel: 'C1', topic: 'pakistan-russia' };
        const last = await s!.lastCovered(key, new Date('2026-03-03T03:00:00Z'));
        expect(last?.period).toBe('2026-03-01');
        expect(last?.coveredUntil).toEqual(new Date('2026-03-01T03:00:05.000Z'));
        expect((await s!.digestsIn('failed', 5)).map((e) => e.error)).toEqual(['channel_not_found']);
        // Another channel's history is its own.
        expect(await s!.lastCovered({ ...key, channel: 'C2' }, new Date('2026-03-03T03:00:00Z'))).toBeNull();
      });
    });

    it('records first sightings once; the baseline has no time', async () => {
      await withStores(1, async ([s]) => {
        expect(await s!.hasSightings()).toBe(false);
        await s!.recordSeen(['a', 'b'], T0, { baseline: true });
        expect(await s!.hasSightings()).toBe(true);
        await s!.recordSeen(['b', 'c'], plus(HOUR));
        await s!.recordSeen(['c', 'd'], plus(3 * HOUR));
        expect(await s!.seenBetween(T0, plus(HOUR))).toEqual(['c']);
        expect(await s!.seenBetween(plus(HOUR), plus(3 * HOUR))).toEqual(['d']);
        expect(await s!.seenBetween(new Date(0), plus(10 * HOUR))).toEqual(['c', 'd']);
      });
    });

    it('remembers what posted digests told: before a slot, per channel and topic; failed, empty and posting tell nothing', async () => {
      await withStores(1, async ([s]) => {
        const key = { platform: 'slack', channel: 'C1', topic: 'pakistan-russia' };
        const posted = (told?: string[]) => ({
          status: 'posted' as const,
          messageId: 'm',
          articles: 1,
          coveredSince: T0,
          attempts: 1,
          ...(told ? { told } : {}),
        });
        const run = async (period: string, outcome: Parameters<DigestStore['finishDigest']>[1] | null) => {
          expect(await s!.claimDigest(claim(period), T0)).toBe(true);
          if (outcome) await s!.finishDigest(claim(period), outcome, T0);
        };
        await run('2026-03-01', posted(['dawn-2012#3', 'tribune-2012#2']));
        await run('2026-03-02', posted(['tribune-2012#2', 'nation-2021#0']));
        await run('2026-03-03', { status: 'empty', articles: 0, coveredSince: T0 });
        await run('2026-03-04', { status: 'failed', error: 'ratelimited', attempts: 4, coveredSince: T0 });
        await run('2026-03-05', posted()); // a one-line "nothing new": it cited nothing
        await run('2026-03-06', posted([]));
        await run('2026-03-07', null); // still 'posting'

        expect(await s!.toldBefore(key, new Date('2026-03-01T03:00:00Z'))).toEqual([]);
        expect(await s!.toldBefore(key, new Date('2026-03-02T03:00:00Z'))).toEqual([
          'dawn-2012#3',
          'tribune-2012#2',
        ]);
        const all = ['dawn-2012#3', 'nation-2021#0', 'tribune-2012#2'];
        expect(await s!.toldBefore(key, new Date('2026-03-03T03:00:00Z'))).toEqual(all);
        expect(await s!.toldBefore(key, new Date('2026-04-01T00:00:00Z'))).toEqual(all);
        expect(await s!.toldBefore({ ...key, channel: 'C2' }, new Date('2026-04-01T00:00:00Z'))).toEqual([]);
        expect(await s!.toldBefore({ ...key, topic: 'energy' }, new Date('2026-04-01T00:00:00Z'))).toEqual(
          [],
        );
        // Unsubscribing does not touch the ledger: a channel that comes back keeps what it was told.
        await s!.upsertSubscription(spec(), T0);
        await s!.removeSubscription(key);
        expect(await s!.toldBefore(key, new Date('2026-04-01T00:00:00Z'))).toEqual(all);
      });
    });

    it(`keeps the told keys of the last ${TOLD_DIGESTS} posted digests only; the ledger rows stay`, async () => {
      await withStores(1, async ([s]) => {
        const key = { platform: 'slack', channel: 'C1', topic: 'pakistan-russia' };
        const count = TOLD_DIGESTS + 2;
        const periods = Array.from({ length: count }, (_, i) =>
          new Date(Date.UTC(2026, 4, 1) + i * 24 * HOUR).toISOString().slice(0, 10),
        );
        // Another channel's memory is not pruned by this one's.
        await s!.claimDigest(claim('2026-04-30', { channel: 'C9' }), T0);
        await s!.finishDigest(
          claim('2026-04-30', { channel: 'C9' }),
          { status: 'posted', messageId: 'x', articles: 1, coveredSince: T0, attempts: 1, told: ['old#0'] },
          T0,
        );
        for (const [i, period] of periods.entries()) {
          await s!.claimDigest(claim(period), T0);
          await s!.finishDigest(
            claim(period),
            {
              status: 'posted',
              messageId: `m${i}`,
              articles: 1,
              coveredSince: T0,
              attempts: 1,
              told: [`d${i}#0`],
            },
            T0,
          );
        }
        const told = await s!.toldBefore(key, new Date('2027-01-01T00:00:00Z'));
        expect(told).toHaveLength(TOLD_DIGESTS);
        expect(told).not.toContain('d0#0');
        expect(told).not.toContain('d1#0');
        expect(told).toContain('d2#0');
        expect(told).toContain(`d${count - 1}#0`);
        // Forgotten, not only left unread: the oldest keys are gone from earlier windows too.
        expect(await s!.toldBefore(key, claim(periods[4]!).slotAt)).toEqual(['d2#0', 'd3#0']);
        expect(await s!.getDigest(claim(periods[0]!))).toMatchObject({ status: 'posted', messageId: 'm0' });
        expect(await s!.toldBefore({ ...key, channel: 'C9' }, new Date('2027-01-01T00:00:00Z'))).toEqual([
          'old#0',
        ]);
      });
    });

    it('two connections racing for the same periods: each period is claimed exactly once', async () => {
      await withStores(2, async ([a, b]) => {
        const periods = Array.from({ length: 25 }, (_, i) => `2026-04-${String(i + 1).padStart(2, '0')}`);
        const results = await Promise.all(
          periods.flatMap((p) => [
            a!.claimDigest(claim(p, { claimedBy: 'a' }), T0),
            b!.claimDigest(claim(p, { claimedBy: 'b' }), T0),
          ]),
        );
        for (let i = 0; i < periods.length; i++) {
          expect([results[2 * i], results[2 * i + 1]].filter(Boolean)).toHaveLength(1);
        }
      });
    });
  });
}

describeDigestStore('SQLite', openSqlite, true);
describeDigestStore('PostgreSQL', openPostgres, pgAvailable);

/** A ledger row as schema version 4 wrote it: posted, before told keys were kept. */
const V4_ROW = {
  platform: 'slack',
  channel: 'C1',
  topic: 'pakistan-russia',
  period: '2026-03-01',
  slot_at: '2026-03-01T03:00:00.000Z',
  covered_until: '2026-03-01T03:00:05.000Z',
};
const ledgerKey = { platform: 'slack', channel: 'C1', topic: 'pakistan-russia' };
const afterV4 = new Date('2026-03-02T03:00:00Z');

describe('SQLite: a version-4 store upgraded to the told keys', () => {
  it('keeps its ledger, tells nothing from old rows, then remembers; a damaged cell is skipped and reported', async () => {
    const file = join(scratch, `v4-${++n}.sqlite`);
    const db = new Database(file);
    applySqliteMigrations(
      db,
      migrations.filter((m) => m.version <= 4),
      { file, now: () => T0, logger: silentLogger },
    );
    db.prepare(
      `INSERT INTO digest_ledger (platform, channel, topic, period, slot_at, status, covered_until, articles, message_id, attempts, claimed_by, created_at, updated_at)
       VALUES (@platform, @channel, @topic, @period, @slot_at, 'posted', @covered_until, 3, 'm1', 1, 'old', @slot_at, @slot_at)`,
    ).run(V4_ROW);
    db.close();

    const opened = await openStore(file);
    try {
      const log = logRecorder();
      const s = digestStoreFor(opened, log);
      expect(await s.getDigest({ ...ledgerKey, period: '2026-03-01' })).toMatchObject({
        status: 'posted',
        messageId: 'm1',
        articles: 3,
      });
      expect(await s.toldBefore(ledgerKey, afterV4)).toEqual([]);
      await s.claimDigest(claim('2026-03-02'), T0);
      await s.finishDigest(
        claim('2026-03-02'),
        { status: 'posted', messageId: 'm2', articles: 1, coveredSince: T0, attempts: 1, told: ['a#1'] },
        T0,
      );
      expect(await s.toldBefore(ledgerKey, new Date('2026-03-03T03:00:00Z'))).toEqual(['a#1']);

      if (opened.kind !== 'sqlite') throw new Error('expected a SQLite store');
      opened.db.prepare("UPDATE digest_ledger SET told = '[\"a#1\", 7' WHERE period = '2026-03-01'").run();
      expect(await s.toldBefore(ledgerKey, new Date('2026-03-03T03:00:00Z'))).toEqual(['a#1']);
      expect(log.lines.some((l) => l.level === 'warn' && /told keys/.test(l.msg ?? ''))).toBe(true);
    } finally {
      await opened.close();
    }
  });
});

describe.skipIf(!pgAvailable)('PostgreSQL: a version-4 store upgraded to the told keys', () => {
  it('keeps its ledger, tells nothing from old rows, then remembers', async () => {
    const schema = freshSchema();
    const pool = new pg.Pool({ connectionString: pgUrl, options: `-c search_path="${schema}"` });
    try {
      await applyPostgresMigrations(
        pool,
        postgresMigrations.filter((m) => m.version <= 4),
        { target: 'test', schema, now: () => T0, logger: silentLogger },
      );
      await pool.query(
        `INSERT INTO digest_ledger (platform, channel, topic, period, slot_at, status, covered_until, articles, message_id, attempts, claimed_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'posted', $6, 3, 'm1', 1, 'old', $5, $5)`,
        [V4_ROW.platform, V4_ROW.channel, V4_ROW.topic, V4_ROW.period, V4_ROW.slot_at, V4_ROW.covered_until],
      );
    } finally {
      await pool.end();
    }

    const opened = await openStore(pgUrl, { pgSchema: schema });
    try {
      const s = digestStoreFor(opened);
      expect(await s.getDigest({ ...ledgerKey, period: '2026-03-01' })).toMatchObject({
        status: 'posted',
        messageId: 'm1',
        articles: 3,
      });
      expect(await s.toldBefore(ledgerKey, afterV4)).toEqual([]);
      await s.claimDigest(claim('2026-03-02'), T0);
      await s.finishDigest(
        claim('2026-03-02'),
        { status: 'posted', messageId: 'm2', articles: 1, coveredSince: T0, attempts: 1, told: ['a#1'] },
        T0,
      );
      expect(await s.toldBefore(ledgerKey, new Date('2026-03-03T03:00:00Z'))).toEqual(['a#1']);
    } finally {
      await opened.close();
    }
  });
});
