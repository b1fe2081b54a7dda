/**
 * The cleaner: collected page text in, the article's own paragraphs out. General rules only
 * (the next corpus is different): normalise characters, rejoin wrapped lines, cut comment
 * sections and story lists at the tail, drop furniture lines, repeated leads and a trailing
 * story about something else.
 */
import { normalizeText } from './clean-normalize.js';
import { SENTENCE_END, toParagraphs } from './clean-lines.js';
import {
  isCommentStart,
  isDateLine,
  isFurniture,
  isTeaserMarker,
  stripDateline,
  stripTrailingCredit,
} from './clean-furniture.js';
import { bigrams, contentStems, names, nearDuplicate, overlap, words } from './clean-words.js';

export interface CleanInput {
  title: string;
  body: string;
}

/** Returns the article's clean paragraphs, in order. */
export function cleanBody(input: CleanInput): string[] {
  const title = normalizeText(input.title).replace(/\s+/g, ' ');
  let paragraphs = toParagraphs(normalizeText(input.body));
  paragraphs = cutComments(paragraphs);
  paragraphs = paragraphs.map(stripTrailingCredit).filter((p) => p !== '');
  paragraphs = cutStoryLists(paragraphs, title);
  const beforeFurniture = paragraphs;
  paragraphs = paragraphs.filter((p) => !isFurniture(p));
  paragraphs = paragraphs.map((p, i) => stripDateline(p, i < 3)).filter((p) => p !== '');
  paragraphs = dropRepeats(paragraphs, title);
  paragraphs = dropStrayTail(paragraphs, title);
  if (paragraphs.length > 0) return paragraphs;
  // Everything looked like furniture (a one-line note, say): better the text than nothing.
  return beforeFurniture.filter((p) => !nearDuplicate(bigrams(p), bigrams(title)));
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
  return words(p).length >= 6 && (SENTENCE_END.test(p) || /(?:\.\.\.|…)$/.test(p));
}

/**
 * Lists of other stories ("Editorial", "Related", "LAST NEWS", or titles with "Updated 19 Dec,
 * 2024" under them) run to the end of the page. From such a marker on, if the prose that follows
 * mostly shares no vocabulary with the article above it, the rest is cut.
 */
function cutStoryLists(paragraphs: string[], title: string): string[] {
  // The article's vocabulary so far, grown as the scan moves down the page (linear, not quadratic).
  const vocabulary = contentStems(title);
  // Bylines and dates sit under the headline too: a list needs an article above it (two paragraphs).
  let proseAbove = 0;
  // Each check reads the rest of the page; a page with thousands of date lines gets a bounded number.
  let checksLeft = 50;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (proseAbove >= 2 && checksLeft > 0 && (isTeaserMarker(p) || isDateLine(p))) {
      checksLeft--;
      const prose = paragraphs.slice(i + 1).filter(isProse);
      const onTopic = prose.filter((q) => isOnTopic(q, vocabulary)).length;
      if (prose.length === 0 || onTopic < prose.length * 0.5) return paragraphs.slice(0, i);
    }
    if (!isFurniture(p)) {
      if (isProse(p)) proseAbove++;
      for (const s of contentStems(p)) vocabulary.add(s);
    }
  }
  return paragraphs;
}

function isOnTopic(p: string, vocabulary: ReadonlySet<string>): boolean {
  const stems = contentStems(p);
  if (stems.size === 0) return false;
  const shared = overlap(stems, vocabulary);
  return shared >= 2 || shared / stems.size >= 0.3;
}

/**
 * Repeated headlines and leads: a paragraph that restates the title, or (nearly) repeats another
 * paragraph, goes; of two repeats the fuller one stays, where it stood.
 */
function dropRepeats(paragraphs: string[], title: string): string[] {
  const titleWords = words(title).length;
  const titleGrams = bigrams(title);
  const grams = paragraphs.map(bigrams);
  const keep = paragraphs.map(
    (p, i) => !(words(p).length <= titleWords * 1.3 && nearDuplicate(grams[i]!, titleGrams)),
  );
  const seen = new Map<string, number>();
  // Repeats sit close together (standfirst, pull quote): a window keeps this linear on huge files.
  const WINDOW = 40;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!keep[i]) continue;
    const exact = paragraphs[i]!.toLowerCase();
    const first = seen.get(exact);
    seen.set(exact, i);
    if (first !== undefined) {
      keep[first] = false;
      continue;
    }
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      if (!keep[j] || !nearDuplicate(grams[i]!, grams[j]!)) continue;
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
  // A pasted stray story is a paragraph or a few; more than that is the article itself.
  for (let dropped = 0; out.length > 2 && dropped < 5; dropped++) {
    const last = out[out.length - 1]!;
    const stems = contentStems(last);
    if (stems.size < 5 || REFERS_BACK.test(last)) break;
    const lead = contentStems([title, out[0], out[1]].join(' '));
    const rest = contentStems([title, ...out.slice(0, -1)].join(' '));
    if (overlap(stems, lead) > 1 || overlap(stems, rest) / stems.size >= 0.25) break;
    const named = names(last);
    const novel = named.size - overlap(named, rest);
    if (novel < 2 || novel < named.size - novel) break;
    out.pop();
  }
  return out;
}
