/**
 * The writer port: given ranked candidate sentences, produce cited bullets. The offline writer and
 * the LLM writer implement it; fallback is a wrapper around two writers, not a branch inside one.
 * Writers return failures as values: only bugs throw.
 */
import type { Article, Sentence } from '../../corpus/article.js';
import type { AnswerKind } from '../answer.js';
import type { Development } from './developments.js';
import type { Topic } from '../topics.js';

/** A retrieved sentence with its article and relevance score (higher is better). */
export interface Candidate {
  sentence: Sentence;
  article: Article;
  score: number;
  /** Topic search terms this sentence matched (briefs), so a brief can cover every facet. */
  facets?: readonly string[];
  /**
   * The sentence beside this one that says what the question asks, when this one only holds the
   * value ("The 66-year-old criticised his 3000 euros punishment" after "Aragones … fined"; passage.ts).
   */
  lentBy?: Sentence;
}

/** One earlier exchange in the thread, as a writer needs it (prompt context, no repetition). */
export interface HistoryTurn {
  kind: AnswerKind;
  question: string | null;
  bullets: string[];
}

export interface WriteRequest {
  /** What kind of answer the question asks for ("duration", "person", ...), when it is a question. */
  answerType?: string;
  kind: AnswerKind;
  /** The text that was searched (topic terms, question, follow-up context). */
  query: string;
  /** The person's own words, when they asked something. */
  question: string | null;
  topic: Topic | null;
  /** Best first; already excludes sentences the thread has been shown, unless nothing else answers. */
  candidates: Candidate[];
  history: HistoryTurn[];
  /** How many bullets to aim for. */
  maxBullets: number;
  /**
   * Briefs: the candidates grouped into developments, oldest first (developments.ts). A writer
   * gives each its own bullets, the latest development first (`oldestFirst`: the reverse).
   */
  developments?: readonly Development[];
  oldestFirst?: boolean;
  signal?: AbortSignal;
}

export interface DraftCitation {
  articleId: string;
  /** Verbatim from the article's cleaned text; verified before anything is shown. */
  quote: string;
}

export interface DraftBullet {
  text: string;
  citations: DraftCitation[];
}

/** A sentence the lead may read its value from, with what its neighbour says for it (`Candidate.lentBy`). */
export interface EvidenceBullet extends DraftBullet {
  context?: string;
}

/** The direct answer a writer proposes; verified like a bullet before it is shown. */
export interface DraftLead {
  text: string;
  citations: DraftCitation[];
}

export type WriteResult =
  | {
      ok: true;
      mode: 'offline' | 'llm';
      bullets: DraftBullet[];
      /** The writer's own lead (the LLM's); absent: the service composes one from the bullets. */
      lead?: DraftLead;
      fallbackReason?: string;
    }
  | { ok: false; reason: string };

export interface Writer {
  /** For logs and fallback reasons: "offline", "openai:gpt-4o-mini". */
  readonly name: string;
  write(request: WriteRequest): Promise<WriteResult>;
}
