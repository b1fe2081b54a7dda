/**
 * The digest tables (subscriptions, ledger, sightings) on SQLite and, when the local server answers,
 * PostgreSQL: one behaviour for both, including the claim that makes a digest exactly-once.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { SubscriptionSpec } from '../../../src/digest/subscription.js';
import { type DigestStore, digestStoreFor, type LedgerClaim } from '../../../src/store/digest-store.js';
import { openStore } from '../../../src/store/open-store.js';

const scratch = mkdtempSync(join(tmpdir(), 'briefbot-digest-store-'));
const pgUrl = process.env.BRIEFBOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];
let n = 0;

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    console.warn(`Skipping the PostgreSQL digest store tests: ${(error as Error).message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const pgAvailable = await pgReachable();

afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  if (!pgAvailable || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await client.end();
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
  const schema = `briefbot_digest_${process.pid}_${randomBytes(3).toString('hex')}_${++n}`;
  schemas.push(schema);
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
