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
  /** The date the bullet speaks of, YYYY-MM-DD (timeline). */
  date: z.string().nullable().optional(),
  dateKind: dateKindSchema.nullable().optional(),
});
export type Bullet = z.infer<typeof bulletSchema>;

export const flagSchema = z.object({
  kind: z.literal('contradiction'),
  text: z.string().min(1),
  citations: z.array(citationSchema).min(2),
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
  bullets: z.array(bulletSchema),
  flags: z.array(flagSchema).optional(),
  sources: z.array(sourceSchema),
});
export type Answer = z.infer<typeof answerSchema>;
