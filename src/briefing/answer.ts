/**
 * The Answer JSON contract (../shared/DESIGN.md). Every renderer and the --json CLI output use
 * this one schema; tests parse real output with it, so the contract cannot drift silently.
 */
import { z } from 'zod';

export const citationSchema = z.object({
  /** The `n` of an entry in `sources`. */
  source: z.number().int().positive(),
  /** The supporting sentence, verbatim from the article's cleaned text. */
  quote: z.string().min(1),
});
export type Citation = z.infer<typeof citationSchema>;

export const dateKindSchema = z.enum(['explicit', 'relative', 'article', 'inferred']);

export const bulletSchema = z.object({
  text: z.string().min(1),
  citations: z.array(citationSchema).min(1),
  /** Number of distinct outlets whose articles support the bullet (issue: corroboration). */
  outlets: z.number().int().positive().optional(),
  /**
   * The date the bullet speaks of (timeline): YYYY-MM-DD, or YYYY-MM / YYYY when only the month or
   * year is known; null when undated.
   */
  date: z.string().nullable().optional(),
  dateKind: dateKindSchema.nullable().optional(),
  /** Last day of a span the bullet speaks of ("October 3-4" -> 2012-10-04); absent for one day. */
  dateEnd: z.string().optional(),
  /** Timeline view: the episode (1-based) the event belongs to; episodes are apart in time. */
  episode: z.number().int().positive().optional(),
  /** The people the bullet is about, by their canonical names ("Kayani, Lavrov"). */
  label: z.string().optional(),
  /** Briefs: the development (1-based, in the brief's order) the bullet belongs to. */
  development: z.number().int().positive().optional(),
});
export type Bullet = z.infer<typeof bulletSchema>;

export const flagSideSchema = z.object({
  /** One version: "three days", "4 Oct". */
  value: z.string().min(1),
  citations: z.array(citationSchema).min(1),
});

export const flagSchema = z.object({
  kind: z.literal('contradiction'),
  text: z.string().min(1),
  citations: z.array(citationSchema).min(2),
  /** What the versions are about: "Kayani's visit". */
  subject: z.string().optional(),
  /** Each version with the citations that give it (the text shows them as "a [1] vs b [2]"). */
  sides: z.array(flagSideSchema).min(2).optional(),
  /** Briefs: the development (a bullet's `development`) the disagreement is about. */
  development: z.number().int().positive().optional(),
});
export type Flag = z.infer<typeof flagSchema>;

export const sourceSchema = z.object({
  n: z.number().int().positive(),
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string(),
  /** When `published` is null but the text dates the article: the date (YYYY[-MM[-DD]]) and why. */
  publishedInferred: z.object({ date: z.string(), basis: z.string() }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const answerKindSchema = z.enum(['brief', 'answer', 'digest']);
export type AnswerKind = z.infer<typeof answerKindSchema>;

export const answerSchema = z.object({
  kind: answerKindSchema,
  topic: z.string().nullable(),
  query: z.string(),
  mode: z.enum(['offline', 'llm']),
  fallbackReason: z.string().optional(),
  thread: z.string().optional(),
  /** A one-line remark for the reader: "nothing found", "answered as a question", "3 new articles". */
  note: z.string().optional(),
  /**
   * The direct answer, first on every surface: one or two sentences, cited like a bullet and
   * checked the same way (its figures, dates and names are in its quotes). Null when nothing is
   * found, and for briefs and digests until they have an overview.
   */
  lead: z
    .object({ text: z.string().min(1), citations: z.array(citationSchema).min(1) })
    .nullable()
    .optional(),
  bullets: z.array(bulletSchema),
  flags: z.array(flagSchema).optional(),
  /** 'timeline': bullets are dated events in date order, grouped by `episode`. */
  view: z.literal('timeline').optional(),
  /** People the answer names, by canonical name, with the other ways the articles name them. */
  names: z.array(z.object({ name: z.string(), variants: z.array(z.string()) })).optional(),
  sources: z.array(sourceSchema),
});
export type Answer = z.infer<typeof answerSchema>;
