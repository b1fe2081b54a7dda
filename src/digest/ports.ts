/**
 * What scheduled digests need from storage: subscriptions, the digest ledger (exactly-once
 * bookkeeping) and when each article was first seen. Defined here, beside the digest runner and
 * scheduler that use it; src/store/sqlite/digests.ts and src/store/postgres/digests.ts implement it
 * over the connection their ConversationStore already holds, so one BRIEFBOT_DB serves
 * conversations and digests alike.
 */
import type { Subscription, SubscriptionSpec } from './subscription.js';

export interface ChannelTopic {
  platform: string;
  channel: string;
  topic: string;
}

export interface SubscriptionStore {
  /** Creates or updates the (platform, channel, topic) subscription; created_at is kept. */
  upsertSubscription(
    spec: SubscriptionSpec,
    now: Date,
  ): Promise<{ subscription: Subscription; created: boolean }>;
  /** Returns whether there was one to remove. */
  removeSubscription(key: ChannelTopic): Promise<boolean>;
  /** All subscriptions, or one channel's, ordered by platform, channel, topic. */
  listSubscriptions(filter?: { platform: string; channel: string }): Promise<Subscription[]>;
}

/**
 * posting: claimed, being written or posted (a crash leaves it here: see docs/digests.md);
 * posted: on the platform; empty: nothing new and the subscription stays quiet; failed: every try failed.
 */
export type LedgerStatus = 'posting' | 'posted' | 'empty' | 'failed';

export interface LedgerEntry extends ChannelTopic {
  period: string;
  slotAt: Date;
  status: LedgerStatus;
  /** The window of news this digest covers: (coveredSince, coveredUntil]. */
  coveredSince: Date | null;
  coveredUntil: Date;
  /** How many articles the posted digest cites. */
  articles: number | null;
  messageId: string | null;
  error: string | null;
  attempts: number;
  claimedBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface LedgerClaim extends ChannelTopic {
  period: string;
  slotAt: Date;
  /** The instant the digest is written at: the end of the window it covers. */
  coveredUntil: Date;
  /** Which scheduler instance claimed it (process id and a random part), for the logs. */
  claimedBy: string;
}

/** How many posted digests' sentence keys a channel remembers per topic (older ones are cleared). */
export const TOLD_DIGESTS = 30;

export type LedgerOutcome =
  | {
      status: 'posted';
      messageId: string;
      articles: number;
      coveredSince: Date;
      attempts: number;
      /** Sentence keys (`articleId#index`) the posted digest cites: what the channel was told. */
      told?: readonly string[];
    }
  | { status: 'empty'; articles: 0; coveredSince: Date }
  | { status: 'failed'; error: string; attempts: number; coveredSince: Date | null };

export interface DigestLedger {
  /**
   * Inserts the row in 'posting' under the table's unique key. True: this caller owns the period
   * and must finish it. False: another tick, instance or process has it (or had it): do nothing.
   */
  claimDigest(claim: LedgerClaim, now: Date): Promise<boolean>;
  /** Records how the claimed period ended. */
  finishDigest(key: ChannelTopic & { period: string }, outcome: LedgerOutcome, now: Date): Promise<void>;
  getDigest(key: ChannelTopic & { period: string }): Promise<LedgerEntry | null>;
  /**
   * The latest entry before `slotAt` whose news counts as delivered (posted, empty, or posting:
   * a row stuck in posting may have reached the channel, so its news is not sent again).
   */
  lastCovered(key: ChannelTopic, before: Date): Promise<LedgerEntry | null>;
  /** Entries in a status, newest first (health: stuck 'posting' rows, recent failures). */
  digestsIn(status: LedgerStatus, limit: number): Promise<LedgerEntry[]>;
  /**
   * The sentence keys the channel's posted digests on the topic before `before` (a slot) told it,
   * from the last TOLD_DIGESTS of them, sorted and without repeats.
   */
  toldBefore(key: ChannelTopic, before: Date): Promise<string[]>;
}

export interface ArticleSightings {
  /**
   * Records that these articles are in the corpus. Ids seen before keep their first time. With
   * `baseline`, new rows get no time: they were there before briefbot started keeping track, so
   * only their published or fetched date can make them news.
   */
  recordSeen(ids: readonly string[], now: Date, opts?: { baseline?: boolean }): Promise<void>;
  /** Ids first seen in (since, until]. */
  seenBetween(since: Date, until: Date): Promise<string[]>;
  /** Whether any sighting was ever recorded (false on a fresh store). */
  hasSightings(): Promise<boolean>;
}

export interface DigestStore extends SubscriptionStore, DigestLedger, ArticleSightings {}
