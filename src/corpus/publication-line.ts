/**
 * The line where an article says when it was published: "Published in The Evening Herald,
 * October 2nd, 2012.", a byline date ("Posted on March 8, 2019"), a dateline ("LISBON, March 8,
 * 2019 — ..."). One reader for the plain-text format (which takes the publisher and date of a
 * "Published in" line as the article's metadata) and for article dating (briefing/article-dates.ts,
 * which dates an article without metadata by any such line and quotes it as the date's basis).
 */
import { dayMentions } from './day-dates.js';

export interface PublicationLine {
  /** The outlet a "Published in <outlet>, <date>." line names; absent for other lines. */
  publisher?: string;
  /** The day (YYYY-MM-DD); null when a "Published in" line's date is no real day ("February 30"). */
  date: string | null;
  /** The line up to the end of its date, as answers quote it. */
  basis: string;
}

/** "Published in <outlet>, " right before the date: the whole line is a publication note. */
const PUBLISHED_IN = /^[Pp]ublished in (\p{Lu}[^,\n]{1,80}),\s*$/u;
/** Nothing after a "Published in" line's date but a full stop. */
const LINE_END = /^\.?\s*$/;

const PUBLISHED_LINE =
  /\b(?:Published|Posted|First published|Updated)\b(?:\s+(?:in|on|by|at)\b)?[^.\n]{0,80}?$/i;

/** "LISBON, " or "LISBON (Reuters) - " opening a paragraph, right before its date. */
const DATELINE = /^[A-Z][A-Za-z .'’-]{1,30}(?:\s*\([^)]{1,30}\))?,?\s*$/;

/**
 * The first of `paragraphs` that opens with a publication line (within its first 200 characters).
 * `publishedIn`: only a "Published in <outlet>, <date>." line, alone in its paragraph (what a
 * plain-text file's metadata is taken from); it is returned with a null date when its day is not
 * real. Otherwise any publication line, byline date or dateline, or a short verbless paragraph
 * led by a date, whose day is real.
 */
export function publicationLine(paragraphs: Iterable<string>, publishedIn = false): PublicationLine | null {
  for (const paragraph of paragraphs) {
    // A "Published in" line is read whole, its month in any case ("OCTOBER 2, 2012": a note of the
    // page, not a sentence where "may" is a verb); others only where a publication line would be.
    const opening = publishedIn ? capitalised(paragraph) : paragraph.slice(0, 200);
    for (const m of dayMentions(opening).sort((a, b) => a.index - b.index)) {
      const { year, month, day } = m.date;
      if (year === undefined) continue;
      const before = paragraph.slice(0, m.index);
      const publisher = PUBLISHED_IN.exec(before)?.[1]?.trim();
      const isLine = publishedIn
        ? publisher !== undefined && LINE_END.test(paragraph.slice(m.end))
        : DATELINE.test(before) ||
          (paragraph.length <= 120 && PUBLISHED_LINE.test(before)) ||
          (paragraph.length <= 60 && !/\b(?:will|was|were|is|are)\b/.test(paragraph));
      if (!isLine) continue;
      const basis = paragraph.slice(0, m.index + m.words.length).trim();
      const date = realDay(year, month, day);
      if (date === null && !publishedIn) continue;
      return { ...(publisher !== undefined ? { publisher } : {}), date, basis };
    }
  }
  return null;
}

/** Every word capitalised and the rest lower case ("2nd" kept), where that keeps the text's length. */
function capitalised(text: string): string {
  const out = text.replace(
    /(?<![\p{L}\p{N}])\p{L}+/gu,
    (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
  );
  return out.length === text.length ? out : text;
}

/** YYYY-MM-DD when the day exists ("February 30" does not). */
function realDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}
