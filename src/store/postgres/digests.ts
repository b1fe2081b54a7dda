/**
 * The digest tables (DigestStore, src/digest/ports.ts) on the PostgreSQL pool of the store
 * (postgres/migrations.ts, versions 4 and 5).
 * Each statement is atomic on its own (finishing a posted digest and forgetting old told keys share a
 * transaction); the ledger's primary key decides which process claims a period, however many bot
 * processes share the database.
 */
import type pg from 'pg';
import { type ChannelTopic, type DigestStore, TOLD_DIGESTS } from '../../digest/ports.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { digestRowReader, LEDGER_COLUMNS, SUBSCRIPTION_COLUMNS } from '../digest-rows.js';

const KEY = 'platform = $1 AND channel = $2 AND topic = $3';

export function createPostgresDigestStore(pool: pg.Pool, logger: Logger = silentLogger): DigestStore {
  const key = (k: ChannelTopic): string[] => [k.platform, k.channel, k.topic];

  const { subscriptions, entry, entries, told } = digestRowReader(logger);

  return {
    async upsertSubscription(spec, now) {
      // xmax = 0 only on a freshly inserted row: tells created from updated in one statement.
      const result = await pool.query(
        `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS}, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9)
         ON CONFLICT (platform, channel, topic) DO UPDATE SET
           schedule_set_at = CASE
             WHEN subscriptions.cadence IS NOT DISTINCT FROM EXCLUDED.cadence
              AND subscriptions.weekday IS NOT DISTINCT FROM EXCLUDED.weekday
              AND subscriptions.at_time IS NOT DISTINCT FROM EXCLUDED.at_time
              AND subscriptions.time_zone IS NOT DISTINCT FROM EXCLUDED.time_zone
             THEN subscriptions.schedule_set_at ELSE EXCLUDED.schedule_set_at END,
           cadence = EXCLUDED.cadence, weekday = EXCLUDED.weekday, at_time = EXCLUDED.at_time,
           time_zone = EXCLUDED.time_zone, announce_empty = EXCLUDED.announce_empty,
           updated_at = EXCLUDED.updated_at
         RETURNING ${SUBSCRIPTION_COLUMNS}, (xmax = 0) AS created`,
        [
          ...key(spec),
          spec.cadence.kind,
          spec.cadence.kind === 'weekly' ? spec.cadence.day : null,
          spec.time,
          spec.timeZone,
          spec.announceEmpty,
          now,
        ],
      );
      const row = result.rows[0] as { created: boolean } | undefined;
      const [subscription] = subscriptions(row ? [row] : []);
      if (!row || !subscription) throw new Error('the subscription just written cannot be read back');
      return { subscription, created: row.created };
    },
    async removeSubscription(k) {
      const result = await pool.query(`DELETE FROM subscriptions WHERE ${KEY}`, key(k));
      return (result.rowCount ?? 0) > 0;
    },
    async listSubscriptions(filter) {
      const result = filter
        ? await pool.query(
            `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = $1 AND channel = $2 ORDER BY topic`,
            [filter.platform, filter.channel],
          )
        : await pool.query(
            `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions ORDER BY platform, channel, topic`,
          );
      return subscriptions(result.rows);
    },
    async claimDigest(c, now) {
      const result = await pool.query(
        `INSERT INTO digest_ledger (platform, channel, topic, period, slot_at, status, covered_until, claimed_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'posting', $6, $7, $8, $8)
         ON CONFLICT DO NOTHING`,
        [...key(c), c.period, c.slotAt, c.coveredUntil, c.claimedBy, now],
      );
      return result.rowCount === 1;
    },
    async finishDigest(k, outcome, now) {
      // A digest that cited nothing ("nothing new") keeps no row of keys: it does not push out older ones.
      const told =
        outcome.status === 'posted' && outcome.told?.length ? JSON.stringify([...outcome.told]) : null;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(
          `UPDATE digest_ledger SET status = $5, covered_since = $6, articles = $7, message_id = $8, error = $9,
             attempts = $10, told = $11::jsonb, updated_at = $12
           WHERE ${KEY} AND period = $4`,
          [
            ...key(k),
            k.period,
            outcome.status,
            outcome.coveredSince,
            outcome.status === 'failed' ? null : outcome.articles,
            outcome.status === 'posted' ? outcome.messageId : null,
            outcome.status === 'failed' ? outcome.error : null,
            outcome.status === 'empty' ? 0 : outcome.attempts,
            told,
            now,
          ],
        );
        // The channel's last TOLD_DIGESTS posted digests keep their keys (as in SQLite).
        if (told !== null) {
          await client.query(
            `UPDATE digest_ledger SET told = NULL
             WHERE ${KEY} AND told IS NOT NULL AND slot_at < (
               SELECT slot_at FROM digest_ledger WHERE ${KEY} AND told IS NOT NULL
               ORDER BY slot_at DESC LIMIT 1 OFFSET ${TOLD_DIGESTS - 1})`,
            key(k),
          );
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async getDigest(k) {
      const result = await pool.query(
        `SELECT ${LEDGER_COLUMNS} FROM digest_ledger WHERE ${KEY} AND period = $4`,
        [...key(k), k.period],
      );
      return entry(result.rows[0]);
    },
    async lastCovered(k, before) {
      const result = await pool.query(
        `SELECT ${LEDGER_COLUMNS} FROM digest_ledger
         WHERE ${KEY} AND slot_at < $4 AND status IN ('posted', 'empty', 'posting')
         ORDER BY slot_at DESC LIMIT 1`,
        [...key(k), before],
      );
      return entry(result.rows[0]);
    },
    async digestsIn(status, limit) {
      const result = await pool.query(
        `SELECT ${LEDGER_COLUMNS} FROM digest_ledger WHERE status = $1 ORDER BY updated_at DESC LIMIT $2`,
        [status, limit],
      );
      return entries(result.rows);
    },
    async toldBefore(k, before) {
      const result = await pool.query<{ told: unknown }>(
        `SELECT told FROM digest_ledger
         WHERE ${KEY} AND slot_at < $4 AND status = 'posted' AND told IS NOT NULL
         ORDER BY slot_at DESC LIMIT ${TOLD_DIGESTS}`,
        [...key(k), before],
      );
      return told(result.rows.map((r) => r.told));
    },
    async recordSeen(ids, now, opts) {
      if (ids.length === 0) return;
      // One statement for the whole batch: a corpus of 100k ids is one round trip, not 100k.
      await pool.query(
        `INSERT INTO article_sightings (article_id, first_seen)
         SELECT id, $2::timestamptz FROM unnest($1::text[]) AS id
         ON CONFLICT DO NOTHING`,
        [ids, opts?.baseline ? null : now],
      );
    },
    async seenBetween(since, until) {
      const result = await pool.query<{ article_id: string }>(
        'SELECT article_id FROM article_sightings WHERE first_seen > $1 AND first_seen <= $2 ORDER BY article_id',
        [since, until],
      );
      return result.rows.map((r) => r.article_id);
    },
    async hasSightings() {
      const result = await pool.query('SELECT 1 FROM article_sightings LIMIT 1');
      return (result.rowCount ?? 0) > 0;
    },
  };
}
