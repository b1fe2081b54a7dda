/**
 * What adapters (CLI, web, Slack, Discord, digests) may ask of the briefing service. Requests are
 * plain data; failures a user can cause come back as values with a message that says what to do.
 */
import type { Answer } from './answer.js';
import type { Topic } from './topics.js';
import type { ThreadKey } from './ports.js';

export interface BriefRequest {
  topic: string;
  thread?: ThreadKey;
  /** Dated events in order instead of a summary (timeline view). */
  timeline?: boolean;
}

export interface AskRequest {
  question: string;
  topic?: string;
  thread?: ThreadKey;
}

export interface DigestRequest {
  topic: string;
  /** Only articles that entered the corpus or were published at or after this instant. */
  since?: Date;
  /**
   * Only these articles (the scheduler's "what is new" for one channel's window); `since` then
   * only words the note. Takes precedence over the `since` filter.
   */
  articleIds?: readonly string[];
  /**
   * Sentence keys (`articleId#index`) the channel was shown before (what-changed.ts
   * `answerSentenceKeys` of earlier digests): restatements are left out, changes flagged.
   */
  told?: readonly string[];
}

export type UserErrorCode =
  'empty-question' | 'question-too-long' | 'unknown-topic' | 'empty-corpus' | 'bad-request';

export interface UserError {
  code: UserErrorCode;
  /** Says what went wrong and what to do, in one or two sentences. */
  message: string;
  /** Nearest topic slugs, for an unknown topic. */
  suggestions?: string[];
}

export type ServiceResult = { ok: true; answer: Answer } | { ok: false; error: UserError };

/** One article as the console and `GET /api/sources/:id` show it. */
export interface SourceView {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  /** When `published` is null but the text dates the article: the same as the answer's source. */
  publishedInferred?: { date: string; basis: string };
  url: string | null;
  path: string;
  paragraphs: string[];
}

export interface BriefingApi {
  topics(): Topic[];
  brief(request: BriefRequest): Promise<ServiceResult>;
  ask(request: AskRequest): Promise<ServiceResult>;
  digest(request: DigestRequest): Promise<ServiceResult>;
  source(id: string): SourceView | null;
}

/** Longest question accepted; longer ones get a clear refusal, never a crash or a slow search. */
export const MAX_QUESTION_CHARS = 2000;

/**
 * The one question-length rule: what to tell the person when the question is too long, else null.
 * Counted as the service reads the question (whitespace runs as one space, trimmed), so a surface
 * that checks early refuses exactly what the service would, in the same words.
 */
export function questionTooLong(question: string): string | null {
  const length = question.replace(/\s+/g, ' ').trim().length;
  if (length <= MAX_QUESTION_CHARS) return null;
  return `The question is ${length.toLocaleString('en-US')} characters long; the limit is ${MAX_QUESTION_CHARS.toLocaleString('en-US')}. Ask it in a sentence or two.`;
}
