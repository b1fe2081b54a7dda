/**
 * Cheap, deterministic features of a sentence that the offline writer uses to choose and order:
 * does it carry a date, does it explain (why) or look ahead (what next), which names it mentions.
 */
import { nameKind } from '../question/gazetteer.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Calendar dates: "October 3-4", "Oct 3-6", "10th September", "2-3 October 2012", "2009". */
const EXPLICIT_DATES: RegExp[] = [
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\b`, 'i'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:of\\s+)?${MONTH}\\b`, 'i'),
  /\b(?:19|20)\d{2}\b/,
];
/** Dates relative to the article's own date: "on Wednesday", "last week", "tomorrow". */
const RELATIVE_DATES: RegExp[] = [
  /\b(?:on|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(?:yesterday|today|tomorrow|last (?:week|month|year)|next (?:week|month|year)|earlier this (?:week|month|year))\b/i,
];

/** Whether, and how, the sentence says when something happened. */
export function dateMention(text: string): 'explicit' | 'relative' | null {
  if (EXPLICIT_DATES.some((re) => re.test(text))) return 'explicit';
  if (RELATIVE_DATES.some((re) => re.test(text))) return 'relative';
  return null;
}

/** True when the sentence says when something happened. */
export function hasDateMention(text: string): boolean {
  return dateMention(text) !== null;
}

const WHY_CUES =
  /\b(?:because|due to (?:the|his|her|its|their)|linked to|aimed at|in order to|on the pretext|pretext|reason|in response to|speculation|as a result|so as to|to smooth|to reassure|to placate|to dispel|backdrop|behind the|factor|was meant to|motivated|after (?:president|mr|the)\b)/i;
const NEXT_CUES =
  /\b(?:will|shall|is expected to|are expected to|expected to|is due to|are due to|is scheduled to|scheduled to|plans? to|next (?:week|month|year)|forthcoming|upcoming|intends? to|is to|are to|would be in|is likely to|likely to|poised to|looming)\b/i;

/**
 * Words that tell what is expected, hoped or tipped rather than what happened: a preview of an
 * event is another development than its outcome, and answers "who won?" less well.
 */
export const FORECAST =
  /\b(?:tipped|favourites?|favorites?|expected to|likely to|set to|poised to|hopes? to|could|predict\w*)\b/i;

export type SentenceRole = 'happened' | 'why' | 'next';

/**
 * Where a sentence belongs in a reader's order: what happened, then why, then what next.
 * Looking ahead wins over explaining: "X will visit to smooth ties" is news about what comes next.
 */
export function sentenceRole(text: string): SentenceRole {
  if (NEXT_CUES.test(text)) return 'next';
  if (WHY_CUES.test(text)) return 'why';
  return 'happened';
}

const ROLE_ORDER: Record<SentenceRole, number> = { happened: 0, why: 1, next: 2 };
export function roleRank(role: SentenceRole): number {
  return ROLE_ORDER[role];
}

/** Words that start with a capital but are rarely names; they never count as salient. */
const NOT_NAMES = new Set(
  'The A An And But Or If In On At Of For To By With From As It Its He She They We I This That These Those There Their His Her Our Mr Mrs Ms Dr Gen General President Prime Minister Foreign Chief Army However Meanwhile Besides Though Although Earlier Later Next Last According During While After Before Under Apart Also'.split(
    ' ',
  ),
);

/**
 * Capitalised names in a sentence ("Morrow", "Acme", "North-South"), in order, without the
 * first word of the sentence unless it is plainly a name (capitalised again later or multi-part).
 */
export function namesIn(text: string, firstIsName = false): string[] {
  const out: string[] = [];
  // "McManus" and "DiCaprio" are one name: a second capital may follow the first lower-case letters.
  // "F-Secure", "O'Neill": one capital before a hyphen or apostrophe opens a name too, not "Secure".
  const re = /\b([A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|(?=[-'][A-Z][a-z]))(?:[-'][A-Z]?[a-z]+)*|[A-Z]{2,}[a-z]?)\b/g;
  for (const m of text.matchAll(re)) {
    const word = m[1]!.replace(/'s$/, '');
    if (NOT_NAMES.has(word) || nameKind([word]) === 'nationality') continue;
    if (m.index === 0 && !firstIsName && !text.slice(word.length).includes(word)) continue;
    out.push(word);
  }
  return out;
}

/** Jaccard similarity of two term sets: how much two sentences say the same thing. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}
