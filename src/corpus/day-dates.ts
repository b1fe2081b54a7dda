/**
 * Days as news text writes them: "October 3-4", "Oct 3, 2012", "10th September", "2-3 October
 * 2012", "3rd of October". The one grammar of a written day, read by sentence dating
 * (briefing/event-dates.ts, which adds relative dates, months and years around it) and by
 * publication lines (publication-line.ts), so both find the same days in the same words.
 */
import { irregularVerbs } from './irregular-verbs.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SHORT_FORMS } from './months.js';

// Month names are matched capitalised only: "may" and "march" are also verbs. Whole names first,
// then the short forms ("May" is both); what follows a month is never a letter, so the order of
// the short forms does not matter.
/** A month name, whole or short, with an optional full stop; the name is one capture group. */
export const MONTH = `(${[...MONTH_NAMES, ...MONTH_SHORT_FORMS.filter((short) => short !== 'May')].join('|')})\\.?`;
/** An ordinal suffix ("3rd"), when there is one. */
export const ORD = '(?:st|nd|rd|th)?';
/** Between the days of a range: "3-4", "3 to 4". */
export const DASH = '\\s*(?:-|–|—|to)\\s*';

/** "jan" -> 1: a month name's first three letters, lower-cased. */
const MONTHS: Record<string, number> = Object.fromEntries(
  MONTH_ABBREVIATIONS.map((abbreviation, i) => [abbreviation.toLowerCase(), i + 1]),
);

/** The number (1-12) of a month name MONTH matched. */
export const monthNumber = (name: string): number => MONTHS[name.slice(0, 3).toLowerCase()]!;

/** A day (or a run of days in one month), with its year when the text gives one. */
export interface WrittenDay {
  month: number;
  day: number;
  dayEnd?: number;
  year?: number;
}

const year = (text: string | undefined) => (text ? Number(text) : undefined);

function writtenDay(month: number, day: string, dayEnd: string | undefined, y?: number): WrittenDay | null {
  const d = Number(day);
  const e = dayEnd ? Number(dayEnd) : undefined;
  if (d < 1 || d > 31 || (e !== undefined && (e <= d || e > 31))) return null;
  return {
    month,
    day: d,
    ...(e !== undefined ? { dayEnd: e } : {}),
    ...(y !== undefined ? { year: y } : {}),
  };
}

/** The two ways a day is written, month first then day first; each reads its match into a day. */
const DAY_PATTERNS: { re: RegExp; day: (m: RegExpExecArray) => WrittenDay | null }[] = [
  {
    // "October 3-4", "Oct 3-6", "October 02, 2012", "Wednesday, October 3"
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?(?:,?\\s+((?:19|20)\\d{2}))?(?![\\d%])`,
      'g',
    ),
    day: (m) => writtenDay(monthNumber(m[1]!), m[2]!, m[3], year(m[4])),
  },
  {
    // "10th September", "2-3 October 2012", "3rd of October"
    re: new RegExp(
      `\\b(\\d{1,2})${ORD}(?:${DASH}(\\d{1,2})${ORD})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?\\b`,
      'g',
    ),
    day: (m) => writtenDay(monthNumber(m[3]!), m[1]!, m[2], year(m[4])),
  },
];

const AUXILIARY = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'had', 'has', 'have', 'not']);
/**
 * A participle right before the date, after a noun: "the deal signed in 2019", "talks held on May 2".
 * An adverb may stand before the participle: "the game was officially released on 16 November"
 * dates the sentence (after "was"), "the deal formally signed on May 2" a thing.
 */
export function datesAThing(text: string, index: number): boolean {
  const m = /(\w+)\s+(?:\w+ly\s+)?([a-z]+(?:ed|en))\s+(?:in|on)\s+$/.exec(
    text.slice(Math.max(0, index - 60), index),
  );
  return (
    m !== null &&
    !AUXILIARY.has(m[1]!.toLowerCase()) &&
    !/^[A-Z]/.test(m[1]!) &&
    (m[2]!.endsWith('ed') || enParticiples().has(m[2]!))
  );
}

let participles: Set<string> | undefined;
/**
 * The participles in "-en" ("taken", "written"), from WordNet's verb exceptions: most words so
 * ending are none ("will open on 14 June", "play Kallen on 21 June", "seven in May").
 */
function enParticiples(): Set<string> {
  if (participles) return participles;
  participles = new Set(irregularVerbs().flatMap((v) => v.forms.filter((form) => form.endsWith('en'))));
  return participles;
}

/** A day written in a text: where, in which words (a final full stop left out), and which day. */
export interface DayMention {
  index: number;
  /** Where the match ends (its last character + 1), full stop included. */
  end: number;
  words: string;
  date: WrittenDay;
}

/**
 * The days a text writes, in the order the patterns find them (month first, then day first where
 * the first found none), never two in the same words. A day dating a thing rather than the
 * sentence ("the agreement signed on May 2") is not one.
 */
export function dayMentions(text: string): DayMention[] {
  const out: DayMention[] = [];
  for (const p of DAY_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && end > d.index)) continue;
      const date = p.day(m);
      if (!date) continue;
      if (datesAThing(text, start)) continue;
      out.push({ index: start, end, words: m[0].trim().replace(/\.$/, ''), date });
    }
  }
  return out;
}
