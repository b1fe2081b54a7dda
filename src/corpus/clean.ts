/**
 * The cleaner: collected page text in, the article's own paragraphs out. General rules only
 * (the next corpus is different): normalise characters, rejoin wrapped lines, cut comment
 * sections and story lists at the tail, drop furniture lines (keeping lists, tables and
 * structured documents), cut furniture inside paragraphs, drop repeated leads and a trailing
 * story about something else.
 */
import { normalizeText } from './clean-normalize.js';
import { endsSentence, toParagraphs } from './clean-lines.js';
import { cutInlineFurniture } from './clean-inline.js';
import {
  isCommentStart,
  isDateLine,
  isFurniture,
  isLabel,
  isTeaserMarker,
  listItems,
  stripDateline,
  stripTrailingCredit,
} from './clean-furniture.js';
import {
  bigramOverlaps,
  bigrams,
  contentStems,
  forgetWords,
  names,
  nearDuplicate,
  nearDuplicateCounts,
  overlap,
  StemSet,
  wordCount,
  wordsKey,
} from './clean-overlap.js';

export interface CleanInput {
  title: string;
  body: string;
}

/** Returns the article's clean paragraphs, in order. */
export function cleanBody(input: CleanInput): string[] {
  // The word memos serve one article; the next one shares (almost) no paragraph with it.
  forgetWords();
  try {
    return cleanParagraphs(input);
  } finally {
    forgetWords();
  }
}

function cleanParagraphs(input: CleanInput): string[] {
  const title = normalizeText(input.title).replace(/\s+/g, ' ');
  let paragraphs = toParagraphs(normalizeText(input.body));
  paragraphs = cutComments(paragraphs);
  paragraphs = paragraphs.map(stripTrailingCredit).filter((p) => p !== '');
  // Asked twice per paragraph (story lists, then the filter): worked out once.
  const furnitureOf = new Map<string, boolean>();
  const furniture = (p: string): boolean => {
    let known = furnitureOf.get(p);
    if (known === undefined) furnitureOf.set(p, (known = isFurniture(p)));
    return known;
  };
  paragraphs = cutStoryLists(paragraphs, title, furniture);
  const beforeFurniture = paragraphs;
  const labels = paragraphs.map(isLabel);
  const structure = structuredBody(labels);
  const listed = listItems(paragraphs, labels);
  const inside = (i: number) => structure !== null && i >= structure.first && i <= structure.last;
  paragraphs = paragraphs.filter(
    (p, i) => listed.has(i) || !(inside(i) ? isFurniture(p, false) : furniture(p)),
  );
  // Furniture the line shapes cannot see: inside long paragraphs and one-line bodies.
  paragraphs = paragraphs.flatMap(cutInlineFurniture);
  paragraphs = paragraphs.map((p, i) => stripDateline(p, i < 3)).filter((p) => p !== '');
  // A structured document repeats its headings ("Meal 1" under each plan) by design.
  if (!structure) paragraphs = dropRepeats(paragraphs, title);
  paragraphs = dropStrayTail(paragraphs, title);
  if (paragraphs.length > 0) return paragraphs;
  // Everything looked like furniture (a one-line note, say): better the text than nothing.
  return beforeFurniture.filter((p) => !nearDuplicate(bigrams(p), bigrams(title)));
}

/**
 * A body made mostly of short lines (a meal plan, a fixture list, a results table: more than twice
 * as many labels as other paragraphs) is a structured document rather than an article with
 * furniture around it. Its short lines between the first and the last paragraph of prose are its
 * content; those outside (menus sit at the edges) are judged as usual. Null for other bodies.
 */
function structuredBody(labels: readonly boolean[]): { first: number; last: number } | null {
  const first = labels.indexOf(false);
  const last = labels.lastIndexOf(false);
  let count = 0;
  for (const label of labels) if (label) count++;
  const others = labels.length - count;
  return others > 0 && count > others * 2 ? { first, last } : null;
}

/** Everything from the start of the reader comments to the end goes. */
function cutComments(paragraphs: string[]): string[] {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  let offset = paragraphs[0]?.length ?? 0;
  for (let i = 1; i < paragraphs.length; i++) {
    if (isCommentStart(paragraphs, i, offset / total)) return paragraphs.slice(0, i);
    offset += paragraphs[i]!.length;
  }
  return paragraphs;
}

/** A paragraph that reads as prose (or as a truncated teaser of prose). */
function isProse(p: string): boolean {
  return wordCount(p) >= 6 && (endsSentence(p) || p.endsWith('...') || p.endsWith('…'));
}

/**
 * Lists of other stories ("Editorial", "Related", "LAST NEWS", or titles with "Updated 19 Dec,
 * 2024" under them) run to the end of the page. From such a marker on, if the prose that follows
 * mostly shares no vocabulary with the article above it, the rest is cut.
 */
function cutStoryLists(paragraphs: string[], title: string, furniture: (p: string) => boolean): string[] {
  // The article's vocabulary so far, grown as the scan moves down the page (linear, not quadratic).
  const vocabulary = new StemSet(contentStems(title));
  // Each check below reads the rest of the page: per-paragraph facts are worked out once.
  const prose = paragraphs.map(isProse);
  const stems: Array<readonly number[] | undefined> = [];
  const stemsOf = (i: number): readonly number[] => (stems[i] ??= contentStems(paragraphs[i]!));
  // proseAfter[i]: how many paragraphs after i read as prose.
  const proseAfter = new Array<number>(paragraphs.length + 1).fill(0);
  for (let i = paragraphs.length - 1; i >= 0; i--)
    proseAfter[i] = proseAfter[i + 1]! + (prose[i + 1] ? 1 : 0);
  // Bylines and dates sit under the headline too: a list needs an article above it (two paragraphs).
  let proseAbove = 0;
  // Each check reads the rest of the page; a page with thousands of date lines gets a bounded number.
  let checksLeft = 50;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (proseAbove >= 2 && checksLeft > 0 && (isTeaserMarker(p) || (furniture(p) && isDateLine(p)))) {
      checksLeft--;
      // The rest is kept once half of the prose below is on topic: no need to count further. An
      // article goes on about what it has been about, so prose found on topic lends its words to
      // the next (a story list does not: each teaser is about something else).
      const needed = proseAfter[i]! * 0.5;
      let onTopic = 0;
      const lent = new Set<number>();
      for (let j = i + 1; j < paragraphs.length && onTopic < needed; j++) {
        if (!prose[j] || !isOnTopic(stemsOf(j), vocabulary, lent)) continue;
        onTopic++;
        for (const s of stemsOf(j)) lent.add(s);
      }
      if (proseAfter[i] === 0 || onTopic < needed) return paragraphs.slice(0, i);
    }
    if (!furniture(p)) {
      if (prose[i]) proseAbove++;
      const own = stemsOf(i);
      for (let k = 0; k < own.length; k++) vocabulary.add(own[k]!);
    }
  }
  return paragraphs;
}

function isOnTopic(stems: readonly number[], vocabulary: StemSet, lent: ReadonlySet<number>): boolean {
  if (stems.length === 0) return false;
  // Two shared stems settle it; below that the share decides.
  let shared = 0;
  for (let k = 0; k < stems.length; k++) {
    const s = stems[k]!;
    if ((vocabulary.has(s) || lent.has(s)) && ++shared >= 2) return true;
  }
  return shared / stems.length >= 0.3;
}

/**
 * Repeated headlines and leads: a paragraph that restates the title, or (nearly) repeats another
 * paragraph, goes; of two repeats the fuller one stays, where it stood.
 */
function dropRepeats(paragraphs: string[], title: string): string[] {
  // Repeats sit close together (standfirst, pull quote): a window keeps this linear on huge files.
  const WINDOW = 40;
  const titleWords = wordCount(title);
  const grams = bigramOverlaps(title, paragraphs, WINDOW);
  const keep = paragraphs.map(
    (p, i) =>
      !(
        wordCount(p) <= titleWords * 1.3 &&
        nearDuplicateCounts(grams.sizes[i]!, grams.titleSize, grams.withTitle[i]!)
      ),
  );
  // Exact repeats (ignoring case): paragraphs grouped by length and words first, so only those
  // alike in both are lower-cased and compared.
  const seen = new Map<number, number[]>();
  const lower: Array<string | undefined> = [];
  const lowerOf = (i: number): string => (lower[i] ??= paragraphs[i]!.toLowerCase());
  for (let i = 0; i < paragraphs.length; i++) {
    if (!keep[i]) continue;
    const key = wordsKey(paragraphs[i]!);
    let alike = seen.get(key);
    if (alike === undefined) seen.set(key, (alike = []));
    let first: number | undefined;
    for (let k = alike.length - 1; k >= 0 && first === undefined; k--) {
      if (lowerOf(alike[k]!) === lowerOf(i)) first = alike[k];
    }
    alike.push(i);
    if (first !== undefined) {
      keep[first] = false;
      continue;
    }
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      if (!keep[j] || !nearDuplicateCounts(grams.sizes[i]!, grams.sizes[j]!, grams.shared(i, j))) continue;
      // Ties keep the later copy: pages repeat body text above the body (standfirst, pull quote).
      if (paragraphs[i]!.length >= paragraphs[j]!.length) keep[j] = false;
      else keep[i] = false;
      break;
    }
  }
  return paragraphs.filter((_, i) => keep[i]);
}

/** Paragraphs that open by pointing back at what came before belong to the story. */
const REFERS_BACK =
  /^(?:he|she|they|it|this|that|these|those|his|her|their|its|the two|both|but|and|also|however|meanwhile|likewise|moreover|furthermore|in addition|earlier|later|separately)\b/i;

/**
 * A final paragraph about something else (another story pasted under the article): it shares
 * (almost) no content word with the title and lead, few with the rest, and brings names the
 * article never mentions. Several weak signals together, so a short closing quote survives.
 */
function dropStrayTail(paragraphs: string[], title: string): string[] {
  const out = [...paragraphs];
  // The words of text joined with spaces are the words of its parts, so the stems of the lead and
  // of the rest are unions of per-paragraph stems (memoised), not a re-tokenised article.
  const union = (texts: string[]): Set<number> => {
    const all = new Set<number>();
    for (const t of texts) for (const s of contentStems(t)) all.add(s);
    return all;
  };
  // A pasted stray story is a paragraph or a few; more than that is the article itself.
  for (let dropped = 0; out.length > 2 && dropped < 5; dropped++) {
    const last = out[out.length - 1]!;
    const stems = contentStems(last);
    if (stems.length < 5 || REFERS_BACK.test(last)) break;
    const lead = union([title, out[0]!, out[1]!]);
    if (overlap(stems, lead) > 1) break;
    const rest = union([title, ...out.slice(0, -1)]);
    if (overlap(stems, rest) / stems.length >= 0.25) break;
    const named = names(last);
    const novel = named.size - overlap(named, rest);
    if (novel < 2 || novel < named.size - novel) break;
    out.pop();
  }
  return out;
}
