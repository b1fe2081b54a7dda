/**
 * The months by name: one table for every reader and writer of month names, in the corpus (the
 * cleaner's date furniture, sentence splitting, "Published in" lines) and in briefing (calendar.ts
 * re-exports it), so corpus needs nothing from briefing to read a date.
 */

/** January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jan" to "Dec", as dates and timeline labels abbreviate them. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Every short form pages print: the three letters, and "Sept" as often as "Sep". */
export const MONTH_SHORT_FORMS: readonly string[] = MONTH_ABBREVIATIONS.flatMap((short) =>
  short === 'Sep' ? ['Sep', 'Sept'] : [short],
);

/** Monday first: capitalised like names, never one. */
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
