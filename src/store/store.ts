/**
 * The store port. SQLite (embedded, the default) implements it; a server database can stand behind
 * the same interface when several bot processes share state. Methods are async so that a network
 * database fits without changing callers.
 */
import type { AnswerKind } from '../briefing/answer.js';

/** Identifies one conversation: the platform, the channel and the thread within it. */
export interface ThreadKey {
  platform: string;
  channel: string;
  thread: string;
}

export function threadKeyString(key: ThreadKey): string {
  return `${key.platform}:${key.channel}:${key.thread}`;
}

/** One question and its answer, as the thread remembers it. */
export interface Turn {
  at: string;
  kind: AnswerKind;
  /** The person's words (null for a plain `/brief topic`). */
  question: string | null;
  /** The text that was searched. */
  query: string;
  /** Bullet texts shown, in order (prompt context for the LLM writer). */
  bullets: string[];
  /** Sentence keys (`articleId#index`) cited in this turn. */
  shown: string[];
  /** Salient names and terms of the answer, for resolving "he", "it", "the pipeline". */
  salient: string[];
}

export interface Thread {
  key: ThreadKey;
  topic: string | null;
  turns: Turn[];
  createdAt: string;
  updatedAt: string;
}

export interface ThreadLimits {
  /** Oldest turns beyond this count are forgotten. */
  maxTurns: number;
  /** A thread untouched for longer than this is expired and deleted. */
  ttlMs: number;
  /**
   * Most threads kept (DEFAULT_MAX_THREADS when absent): creating one more deletes the least
   * recently updated others, so the store stays bounded whatever ids clients choose.
   */
  maxThreads?: number;
}

export interface ConversationStore {
  /** The live thread, or null when it does not exist or has expired. */
  getThread(key: ThreadKey, now: Date): Promise<Thread | null>;
  /** Appends a turn (creating the thread), keeps at most `limits.maxTurns`, and returns the thread. */
  appendTurn(
    key: ThreadKey,
    topic: string | null,
    turn: Turn,
    limits: ThreadLimits,
    now: Date,
  ): Promise<Thread>;
  /** Deletes threads idle for longer than ttlMs; returns how many were deleted. */
  expireThreads(ttlMs: number, now: Date): Promise<number>;
}

/** Thrown at start-up when the store file cannot be opened, is corrupt, or is from a newer version. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}
