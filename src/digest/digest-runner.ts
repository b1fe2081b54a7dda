/**
 * Runs the digests that are due at an instant, each exactly once across ticks, scheduler instances,
 * processes and restarts. Everything time-dependent takes the instant (or a clock) from the caller,
 * so tests drive it through days and DST changes without waiting.
 *
 * One digest: claim the (channel, topic, period) row in the ledger ('posting') — whoever inserts it
 * owns the period, everyone else does nothing — then find what is new since the channel's last
 * delivered digest, write the cited brief of what the channel has not been told yet (the sentence
 * keys its earlier posted digests cited go to the service as `told`), post it (with retries), and
 * record 'posted' (with the keys this digest cites), 'empty' or 'failed'. A process that dies after claiming leaves 'posting': that period is never posted again
 * (at most once; see docs/digests.md), and the row is reported as stuck.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Answer } from '../briefing/answer.js';
import type { BriefingApi } from '../briefing/service-api.js';
import { answerSentenceKeys } from '../briefing/analysis/what-changed.js';
import type { Article } from '../corpus/article.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { DigestStore, LedgerEntry, LedgerOutcome } from './ports.js';
import { type DigestPoster, isPermanentPostError } from './poster.js';
import { DEFAULT_RETRY_DELAYS_MS, type Sleep, realSleep, withRetries } from './retry.js';
import { previousSlot, type Slot, slotAtOrBefore } from './schedule.js';
import { type Subscription, subscriptionKey } from './subscription.js';
import { newArticleIds } from './what-is-new.js';

/** A 'posting' row older than this is not in progress any more: its process stopped mid-post. */
export const STUCK_AFTER_MS = 10 * 60_000;
/** Failures are reported in health for a day. */
const RECENT_FAILURE_MS = 24 * 3600_000;

export interface DigestRunnerOptions {
  store: DigestStore;
  api: Pick<BriefingApi, 'digest'>;
  /** The corpus as it is now (it grows while the bot runs). */
  articles: () => readonly Article[];
  poster: DigestPoster;
  /** Platforms that can post; subscriptions of other platforms wait (default: all). */
  platforms?: () => readonly string[];
  /** Clock for bookkeeping after the claim (when a post finished). */
  clock?: () => Date;
  logger?: Logger;
  sleep?: Sleep;
  retryDelays?: readonly number[];
  /** Names this scheduler instance in the ledger and logs. */
  instanceId?: string;
}

export type DigestRun =
  | { key: string; period: string; status: 'posted'; articles: number; messageId: string }
  | { key: string; period: string; status: 'empty' }
  | { key: string; period: string; status: 'failed'; error: string }
  /** Another tick, instance or process holds this period. */
  | { key: string; period: string; status: 'taken' };

export interface DigestHealth {
  /** Rows left in 'posting' by a process that stopped mid-post: maybe posted, never re-posted. */
  stuck: LedgerEntry[];
  /** Failures of the last day (every try failed). */
  failed: LedgerEntry[];
}

export interface DigestRunner {
  /** Runs every digest whose latest slot at or before `now` has not been claimed yet. */
  runDue(now: Date): Promise<DigestRun[]>;
  health(now: Date): Promise<DigestHealth>;
  readonly instanceId: string;
}

export function createDigestRunner(options: DigestRunnerOptions): DigestRunner {
  const { store, poster } = options;
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  /** Per subscription, the latest period known to be claimed: saves a write per tick. */
  const settled = new Map<string, string>();
  const unpostable = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();

  async function runDueNow(now: Date): Promise<DigestRun[]> {
    const runs: DigestRun[] = [];
    const platforms = options.platforms?.();
    let sighted = false;
    for (const sub of await store.listSubscriptions()) {
      const key = subscriptionKey(sub);
      if (platforms && !platforms.includes(sub.platform)) {
        if (!unpostable.has(key)) {
          unpostable.add(key);
          logger.warn(
            { platform: sub.platform, channel: sub.channel, topic: sub.topic },
            `digest not scheduled: ${sub.platform} is not connected (set its variables to post there)`,
          );
        }
        continue;
      }
      const slot = slotAtOrBefore(sub, now);
      // A slot before the schedule was set was never due: subscribing at 09:00 to an 08:00 digest
      // starts tomorrow, it does not post at once.
      if (!slot || slot.at.getTime() < sub.scheduleSetAt.getTime()) continue;
      if (settled.get(key) === slot.period) continue;
      const claimed = await store.claimDigest(
        {
          ...target(sub),
          topic: sub.topic,
          period: slot.period,
          slotAt: slot.at,
          coveredUntil: now,
          claimedBy: instanceId,
        },
        now,
      );
      settled.set(key, slot.period);
      if (!claimed) {
        runs.push({ key, period: slot.period, status: 'taken' });
        continue;
      }
      if (!sighted) {
        // Whatever is in the corpus now has been seen by now, however it arrived (the folder
        // watcher, ingestion adding to the live corpus, a restart). Recording it before writing
        // keeps windows apart: an article present for this digest cannot "enter" in a later one.
        await store.recordSeen(
          options.articles().map((a) => a.id),
          now,
        );
        sighted = true;
      }
      runs.push(await produce(sub, slot, now));
    }
    return runs;
  }

  async function produce(sub: Subscription, slot: Slot, now: Date): Promise<DigestRun> {
    const key = subscriptionKey(sub);
    const where = { platform: sub.platform, channel: sub.channel, topic: sub.topic, period: slot.period };
    const finish = async (outcome: LedgerOutcome): Promise<void> => {
      try {
        await store.finishDigest(where, outcome, clock());
      } catch (err) {
        // The row stays 'posting': never re-posted, reported as stuck. Say why here.
        logger.error({ ...where, err }, 'digest ledger could not record the outcome');
      }
    };
    let since: Date | null = null;
    try {
      const last = await store.lastCovered(where, slot.at);
      since = last?.coveredUntil ?? firstSince(sub, slot);
      const entered = await store.seenBetween(since, now);
      const ids = newArticleIds(options.articles(), entered, { since, until: now }, sub.timeZone);
      // Claims, not only articles: a new article restating what an earlier digest said is not news.
      const told = await store.toldBefore(where, slot.at);
      const result = await options.api.digest({
        topic: sub.topic,
        since,
        articleIds: ids,
        ...(told.length > 0 ? { told } : {}),
      });
      if (!result.ok) {
        await finish({ status: 'failed', error: result.error.message, attempts: 0, coveredSince: since });
        logger.error({ ...where, reason: result.error.message }, 'digest not written');
        return { key, period: slot.period, status: 'failed', error: result.error.message };
      }
      const answer = result.answer;
      if (answer.bullets.length === 0 && !sub.announceEmpty) {
        await finish({ status: 'empty', articles: 0, coveredSince: since });
        logger.info({ ...where, since: since.toISOString() }, 'digest: nothing new, nothing posted');
        return { key, period: slot.period, status: 'empty' };
      }
      return await deliver(sub, slot, answer, since, finish);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      await finish({ status: 'failed', error: reason, attempts: 0, coveredSince: since });
      logger.error({ ...where, err }, 'digest failed before posting');
      return { key, period: slot.period, status: 'failed', error: reason };
    }
  }

  async function deliver(
    sub: Subscription,
    slot: Slot,
    answer: Answer,
    since: Date,
    finish: (o: LedgerOutcome) => Promise<void>,
  ): Promise<DigestRun> {
    const key = subscriptionKey(sub);
    const where = { platform: sub.platform, channel: sub.channel, topic: sub.topic, period: slot.period };
    // What the ledger keeps: how many articles the posted digest cites.
    const articles = answer.sources.length;
    const outcome = await withRetries(() => poster.post(target(sub), answer), {
      delays: options.retryDelays ?? DEFAULT_RETRY_DELAYS_MS,
      sleep: options.sleep ?? realSleep,
      retryable: (err) => !isPermanentPostError(err),
      onFailure: (err, attempt, next) =>
        logger.warn(
          { ...where, attempt, retryInMs: next, reason: describe(err) },
          next === null ? 'digest post failed' : 'digest post failed; trying again',
        ),
    });
    if (outcome.ok) {
      const messageId = outcome.value.messageId;
      await finish({
        status: 'posted',
        messageId,
        articles,
        coveredSince: since,
        attempts: outcome.attempts,
        told: toldBy(answer, options.articles()),
      });
      logger.info({ ...where, messageId, articles, attempts: outcome.attempts }, 'digest posted');
      return { key, period: slot.period, status: 'posted', articles, messageId };
    }
    const reason = describe(outcome.error);
    await finish({ status: 'failed', error: reason, attempts: outcome.attempts, coveredSince: since });
    // Never silent: the channel, the topic and why, at error level. The news is not lost either:
    // the next digest of this channel starts from the last one delivered.
    logger.error(
      { ...where, attempts: outcome.attempts, reason },
      `digest for ${sub.platform} channel ${sub.channel} could not be posted: ${reason}`,
    );
    return { key, period: slot.period, status: 'failed', error: reason };
  }

  return {
    instanceId,
    runDue(now) {
      // One pass at a time in this process: a cron tick and the sweep may fire together.
      const run = queue.then(() => runDueNow(now));
      queue = run.catch(() => undefined);
      return run;
    },
    async health(now) {
      const posting = await store.digestsIn('posting', 50);
      return {
        stuck: posting.filter((e) => now.getTime() - e.updatedAt.getTime() > STUCK_AFTER_MS),
        failed: (await store.digestsIn('failed', 10)).filter(
          (e) => now.getTime() - e.updatedAt.getTime() < RECENT_FAILURE_MS,
        ),
      };
    },
  };
}

/**
 * Where a channel's first digest on a topic starts: the period before it (one day for a daily
 * digest), or the moment of subscribing if that is earlier (the bot was down for the first slots:
 * what arrived since subscribing is still news).
 */
function firstSince(sub: Subscription, slot: Slot): Date {
  const before = previousSlot(sub, slot)?.at ?? new Date(slot.at.getTime() - 86_400_000);
  return sub.createdAt.getTime() < before.getTime() ? sub.createdAt : before;
}

/** The sentence keys a posted answer cites, looked up in the corpus as it is now. */
function toldBy(answer: Answer, articles: readonly Article[]): string[] {
  const cited = new Set(answer.sources.map((s) => s.id));
  const byId = new Map(articles.filter((a) => cited.has(a.id)).map((a) => [a.id, a]));
  return answerSentenceKeys(answer, (id) => byId.get(id));
}

function target(sub: Subscription) {
  return { platform: sub.platform, channel: sub.channel };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
