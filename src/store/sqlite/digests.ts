/**
 * The digest tables (DigestStore, src/digest/ports.ts) on the SQLite connection of the store
 * (sqlite/migrations.ts, versions 4 and 5). Writes run in BEGIN IMMEDIATE transactions on a WAL file
 * with a busy timeout, so several processes on one file take turns; the ledger's primary key decides
 * which of them claims a period.
 */
import type Database from 'better-sqlite3';
import { type ChannelTopic, type DigestStore, TOLD_DIGESTS } from '../../digest/ports.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { digestRowReader, LEDGER_COLUMNS, SUBSCRIPTION_COLUMNS } from '../digest-rows.js';

const KEY = 'platform = @platform AND channel = @channel AND topic = @topic';

export function createSqliteDigestStore(db: Database.Database, logger: Logger = silentLogger): DigestStore {
  const key = (k: ChannelTopic) => ({ platform: k.platform, channel: k.channel, topic: k.topic });

  const selectSub = db.prepare(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE ${KEY}`);
  const insertSub = db.prepare(
    `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}, updated_at)
     VALUES (@platform, @channel, @topic, @cadence, @weekday, @at_time, @time_zone, @announce_empty, @now, @now, @now)
     ON CONFLICT (platform, channel, topic) DO UPDATE SET
       schedule_set_at = CASE
         WHEN subscriptions.cadence IS excluded.cadence AND subscriptions.weekday IS excluded.weekday
          AND subscriptions.at_time IS excluded.at_time AND subscriptions.time_zone IS excluded.time_zone
         THEN subscriptions.schedule_set_at ELSE excluded.schedule_set_at END,
       cadence = excluded.cadence, weekday = excluded.weekday, at_time = excluded.at_time,
       time_zone = excluded.time_zone, announce_empty = excluded.announce_empty,
       updated_at = excluded.updated_at`,
  );
  const deleteSub = db.prepare(`DELETE FROM subscriptions WHERE ${KEY}`);
  const claim = db.prepare(
    `INSERT INTO digest_ledger (platform, channel, topic, period, slot_at, status, covered_until, claimed_by, created_at, updated_at)
     VALUES (@platform, @channel, @topic, @period, @slot_at, 'posting', @covered_until, @claimed_by, @now, @now)
     ON CONFLICT DO NOTHING`,
  );
  const finish = db.prepare(
    `UPDATE digest_ledger SET status = @status, covered_since = @covered_since, articles = @articles,
       message_id = @message_id, error = @error, attempts = @attempts, told = @told, updated_at = @now
     WHERE ${KEY} AND period = @period`,
  );
  // Keeps the keys of the channel's last TOLD_DIGESTS posted digests on the topic: what it was told
  // months ago is not held against today's news, and the column cannot grow without bound.
  const forgetTold = db.prepare(
    `UPDATE digest_ledger SET told = NULL
     WHERE ${KEY} AND told IS NOT NULL AND slot_at < (
       SELECT slot_at FROM digest_ledger WHERE ${KEY} AND told IS NOT NULL
       ORDER BY slot_at DESC LIMIT 1 OFFSET ${TOLD_DIGESTS - 1})`,
  );
  const selectTold = db
    .prepare(
      `SELECT told FROM digest_ledger
       WHERE ${KEY} AND slot_at < @before AND status = 'posted' AND told IS NOT NULL
       ORDER BY slot_at DESC LIMIT ${TOLD_DIGESTS}`,
    )
    .pluck();
  const selectDigest = db.prepare(
    `SELECT ${LEDGER_COLUMNS} FROM digest_ledger WHERE ${KEY} AND period = @period`,
  );
  const selectCovered = db.prepare(
    `SELECT ${LEDGER_COLUMNS} FROM digest_ledger
     WHERE ${KEY} AND slot_at < @before AND status IN ('posted', 'empty', 'posting')
     ORDER BY slot_at DESC LIMIT 1`,
  );
  const selectInStatus = db.prepare(
    `SELECT ${LEDGER_COLUMNS} FROM digest_ledger WHERE status = ? ORDER BY updated_at DESC LIMIT ?`,
  );
  const insertSeen = db.prepare(
    'INSERT INTO article_sightings (article_id, first_seen) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const selectSeen = db
    .prepare(
      'SELECT article_id FROM article_sightings WHERE first_seen > ? AND first_seen <= ? ORDER BY article_id',
    )
    .pluck();
  const anySeen = db.prepare('SELECT 1 FROM article_sightings LIMIT 1').pluck();

  const { subscriptions, entry, entries, told } = digestRowReader(logger);

  const upsert = db.transaction((params: Record<string, unknown>) => {
    const existed = selectSub.get(params) !== undefined;
    insertSub.run(params);
    return { existed, row: selectSub.get(params) };
  });
  const record = db.transaction((ids: readonly string[], firstSeen: string | null) => {
    for (const id of ids) insertSeen.run(id, firstSeen);
  });

  return {
    async upsertSubscription(spec, now) {
      const { existed, row } = upsert.immediate({
        ...key(spec),
        cadence: spec.cadence.kind,
        weekday: spec.cadence.kind === 'weekly' ? spec.cadence.day : null,
        at_time: spec.time,
        time_zone: spec.timeZone,
        announce_empty: spec.announceEmpty ? 1 : 0,
        now: now.toISOString(),
      });
      const [subscription] = subscriptions([row]);
      if (!subscription) throw new Error('the subscription just written cannot be read back');
      return { subscription, created: !existed };
    },
    async removeSubscription(k) {
      return db.transaction(() => deleteSub.run(key(k)).changes > 0).immediate();
    },
    async listSubscriptions(filter) {
      const rows = filter
        ? db
            .prepare(
              `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND channel = ? ORDER BY topic`,
            )
            .all(filter.platform, filter.channel)
        : db
            .prepare(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions ORDER BY platform, channel, topic`)
            .all();
      return subscriptions(rows);
    },
    async claimDigest(c, now) {
      const changes = db
        .transaction(
          () =>
            claim.run({
              ...key(c),
              period: c.period,
              slot_at: c.slotAt.toISOString(),
              covered_until: c.coveredUntil.toISOString(),
              claimed_by: c.claimedBy,
              now: now.toISOString(),
            }).changes,
        )
        .immediate();
      return changes === 1;
    },
    async finishDigest(k, outcome, now) {
      // A digest that cited nothing ("nothing new") keeps no row of keys: it does not push out older ones.
      const told =
        outcome.status === 'posted' && outcome.told?.length ? JSON.stringify([...outcome.told]) : null;
      db.transaction(() => {
        finish.run({
          ...key(k),
          period: k.period,
          status: outcome.status,
          covered_since: outcome.coveredSince?.toISOString() ?? null,
          articles: outcome.status === 'failed' ? null : outcome.articles,
          message_id: outcome.status === 'posted' ? outcome.messageId : null,
          error: outcome.status === 'failed' ? outcome.error : null,
          attempts: outcome.status === 'empty' ? 0 : outcome.attempts,
          told,
          now: now.toISOString(),
        });
        if (told !== null) forgetTold.run(key(k));
      }).immediate();
    },
    async getDigest(k) {
      return entry(selectDigest.get({ ...key(k), period: k.period }));
    },
    async lastCovered(k, before) {
      return entry(selectCovered.get({ ...key(k), before: before.toISOString() }));
    },
    async digestsIn(status, limit) {
      return entries(selectInStatus.all(status, limit));
    },
    async toldBefore(k, before) {
      return told(selectTold.all({ ...key(k), before: before.toISOString() }));
    },
    async recordSeen(ids, now, opts) {
      record.immediate(ids, opts?.baseline ? null : now.toISOString());
    },
    async seenBetween(since, until) {
      return selectSeen.all(since.toISOString(), until.toISOString()) as string[];
    },
    async hasSightings() {
      return anySeen.get() !== undefined;
    },
  };
}
