/**
 * The article as the rest of briefbot sees it: metadata plus cleaned text split into sentences.
 * Loading (files -> RawArticle) and cleaning (RawArticle -> Article) are separate steps so that
 * ingestion can reuse the cleaner on text that never touched the disk.
 */
import { z } from 'zod';

/** YYYY-MM-DD, the only date form the corpus stores. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Metadata as declared in an article file (front matter, JSON record). Unknown keys are ignored. */
export const articleMetaSchema = z.object({
  id: z.string().min(1).max(200).optional(),
  title: z.string().min(1).max(1000),
  publisher: z.string().min(1).max(300).nullable().optional(),
  published: isoDate.nullable().optional(),
  url: z.string().url().nullable().optional(),
  /** When briefbot first saw the article (ISO timestamp); set by ingestion. */
  fetchedAt: z.string().datetime({ offset: true }).nullable().optional(),
  /** The feed the article came from, when ingested. */
  feed: z.string().nullable().optional(),
  /** Other outlets that carried the same story (folded duplicates). */
  alsoPublishedBy: z.array(z.string()).optional(),
  topics: z.array(z.string()).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

/** An article as read from a file, before cleaning. */
export interface RawArticle {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  fetchedAt: string | null;
  feed: string | null;
  alsoPublishedBy: string[];
  /** Path relative to the working directory, as shown in Answer JSON `sources[].path`. */
  path: string;
  /** The body as collected: furniture, hard wraps and all. */
  body: string;
}

/** One sentence of cleaned text; `index` is its position within the article. */
export interface Sentence {
  articleId: string;
  index: number;
  /** Paragraph number within the article (0-based). */
  paragraph: number;
  text: string;
}

/** A cleaned article. `paragraphs` joined with blank lines is the text quotes are verified against. */
export interface Article extends Omit<RawArticle, 'body'> {
  paragraphs: string[];
  sentences: Sentence[];
  /** paragraphs.join('\n\n') — kept because verification and the console read it often. */
  text: string;
}

/** A stable key for one sentence, used to remember what a thread has already been shown. */
export function sentenceKey(s: Pick<Sentence, 'articleId' | 'index'>): string {
  return `${s.articleId}#${s.index}`;
}

/** A file that could not be loaded: named, with the reason, so the rest still loads. */
export interface LoadWarning {
  path: string;
  message: string;
}
