/**
 * What the briefing service needs from storage: a conversation's memory (ConversationStore) and the
 * web console's record of what it showed (ConsoleLog). Defined here, beside the service that uses
 * them; src/store/sqlite and src/store/postgres implement them. Methods are async so that a network
 * database fits without changing callers.
 */
import { z } from 'zod';
import type { Answer, AnswerKind } from './answer.js';

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
  /**
   * Sentence keys the turn's lead cited: what "who said that?" or "what prompted that?" is about.
   * Absent for turns without a lead and for turns stored before it was kept.
   */
  lead?: string[];
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

/** What the person asked for in the web console: `/brief <topic>` (maybe as a timeline) or a question. */
export const consoleRequestSchema = z.object({
  kind: z.enum(['brief', 'ask']),
  text: z.string().max(2000),
  timeline: z.boolean().optional(),
});
export type ConsoleRequest = z.infer<typeof consoleRequestSchema>;

export interface ConsoleEntry {
  at: string;
  request: ConsoleRequest;
  answer: Answer;
}

export interface ConversationSummary {
  thread: string;
  /** The first request's words. */
  title: string;
  turns: number;
  updatedAt: string;
}

/**
 * The web console's conversations as they were shown: each request with its whole Answer, so a
 * reload or another tab re-draws a conversation exactly and continues it (the thread's memory is
 * the ConversationStore's, under the same id). A conversation is listed only while its thread lives.
 */
export interface ConsoleLog {
  append(thread: string, request: ConsoleRequest, answer: Answer, now: Date): Promise<void>;
  /** Live conversations, most recently updated first. */
  list(limit: number): Promise<ConversationSummary[]>;
  /** A live conversation's entries in order, or null. */
  get(thread: string): Promise<ConsoleEntry[] | null>;
}
