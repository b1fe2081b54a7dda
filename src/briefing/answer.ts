/**
 * The Answer JSON contract (docs/architecture.md, "Contracts"). Every renderer and the --json CLI output use
 * this one schema; tests parse real output with it, so the contract cannot drift silently.
 */
import { z } from 'zod';

export const citationSchema = z.object({
  /** The `n` of an entry in `sources`. */
  source: z.number().int().positive(),
  /** The supporting sentence, verbatim from the article's cleaned text. */
  quote: z.string().min(1),
  /**
   * Where the quote is in the article's `paragraphs` (`GET /api/sources/:id`): the paragraph's
   * index and the [start, end) range of its characters (UTF-16) that the quote matches, as the
   * verifier matches it. Filled on the way out of the service (answer-views.ts), so the console
   * highlights it without matching text itself; absent when not found.
   */
  at: z
    .object({
      paragraph: z.number().int().nonnegative(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .optional(),
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
  /** The people the bullet is about, by their canonical names ("Naylor, Brandt"). */
  label: z.string().optional(),
  /** Briefs: the development (1-based, in the brief's order) the bullet belongs to. */
  development: z.number().int().positive().optional(),
  /**
   * The date as every surface shows it beside the bullet, worded from `date`, `dateEnd` and
   * `dateKind`: "3 Oct 2012", "3–4 Oct 2012", "reported 2 Oct 2012", "2012, inferred". Absent
   * when undated. Filled on the way out of the service (answer-views.ts), so renderers need no
   * calendar.
   */
  dateLabel: z.string().optional(),
  /**
   * How the date was found, for a timeline entry: "worked out from the article’s date", "the
   * article’s date", "inferred". Absent when the sentence states its date.
   */
  dateNote: z.string().optional(),
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
  /** What the versions are about: "Naylor's visit". */
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
  /** The article's date as surfaces show it: `published`, else "2012 (inferred)", else "date unknown". */
  dateLabel: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** One day of a timeline: its heading and the bullets under it. */
export const timelineDaySchema = z.object({
  /** "3 Oct 2012", "3–4 Oct 2012", "Oct 2012", "2012", "Undated"; empty when it would repeat the episode's. */
  label: z.string(),
  /** Indexes (0-based) into the answer's `bullets`, in order. */
  bullets: z.array(z.number().int().nonnegative()),
});

/** One episode of a timeline (runs of events close in time), with its days. */
export const timelineEpisodeSchema = z.object({
  /** "Sep – Oct 2012", "2021", "Undated". */
  label: z.string(),
  days: z.array(timelineDaySchema),
});
export type TimelineEpisode = z.infer<typeof timelineEpisodeSchema>;

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
  /**
   * With `view: 'timeline'`: the bullets as the timeline shows them, by episode and by day, so a
   * renderer only walks it. Filled on the way out of the service (answer-views.ts).
   */
  timeline: z.array(timelineEpisodeSchema).optional(),
});
export type Answer = z.infer<typeof answerSchema>;
