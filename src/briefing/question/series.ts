/**
 * Words of one closed series: the ordinals, the numbers, the weekdays, the months. Embeddings put
 * a word of a series beside its siblings ("first" beside "second", "third" and "last"), but a
 * sibling names another place in the series, not the same thing: "Great Britain's last Davis Cup
 * win … 1996" does not say when Henman first played.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../analysis/calendar.js';

const SERIES: readonly (readonly string[])[] = [
  [
    'first',
    'second',
    'third',
    'fourth',
    'fifth',
    'sixth',
    'seventh',
    'eighth',
    'ninth',
    'tenth',
    'eleventh',
    'twelfth',
    'last',
    'penultimate',
  ],
  [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'hundred',
    'thousand',
    'million',
    'billion',
  ],
  WEEKDAY_NAMES.map((day) => day.toLowerCase()),
  MONTH_NAMES.map((month) => month.toLowerCase()),
];

const SERIES_OF = new Map<string, number>(SERIES.flatMap((words, i) => words.map((w) => [w, i] as const)));

/** Whether two different words are siblings of one series, so that neither stands for the other. */
export function sameSeries(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return false;
  const i = SERIES_OF.get(x);
  return i !== undefined && i === SERIES_OF.get(y);
}
