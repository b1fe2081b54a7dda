/**
 * Whether a figure in a sentence is the figure of what the question asks: news packs several
 * figures of different things into one passage ("will assume $6bn of May's debt" beside "to buy
 * May for $11bn"), and the one that answers is the one written against a word of the question —
 * the verb or noun that governs it in its own clause ("buy … for $11bn", "seeks damages of up to
 * $74,500", "87,000 DS handhelds").
 */
import { queryTerms } from '../../corpus/tokenize.js';
import { verbForms } from '../question/verb-forms.js';
import { synonyms } from '../question/synonyms.js';
import type { AnswerSpan } from '../question/answer-spans.js';

/**
 * Lower-case words read before a figure for what governs it: a verb and its object ("buy rival May
 * Department Stores for"), names aside — a name is what the figure is of, not what it measures.
 */
const BEFORE_WORDS = 4;

/** Words read after a figure for the noun it counts ("87,000 DS handhelds", "500MW capacity"). */
const AFTER_WORDS = 3;

/** Where a clause ends: the figure's governing words are not read across it. */
const CLAUSE_BREAK = /[,;:()"“”]|\s[-–—]\s/;

/** "3000 euros (£2,060) punishment": the bracketed conversion right after a figure. */
const CONVERSION_AFTER = /^\s*\([^)]*\)/;

/**
 * A figure told only as what could be, is expected or planned ("could face a fine of £22,000", "is
 * expected to sell at least 300,000 copies", "was planning to deliver a further £105m"), not what is.
 */
const HEDGED =
  /\b(?:if|could|might|may|would|expected|predicted|forecast|likely|plans?|planning|planned|aims?|aimed|hopes?|target)\b/;

/**
 * "rose 15 cents - 1.1% - on Nasdaq": a figure set off by a dash right after another figure is
 * that figure restated, and is written against what the first one is.
 */
const RESTATED_AFTER = /\d[\p{L}\d.,%]*(?:\s+[a-z]+)?\s[-–—]\s$/u;

/** The figure's own clause up to it: a restated figure's is the figure's it restates. */
function clauseBefore(quote: string, span: AnswerSpan): string {
  const before = quote.slice(0, span.index);
  // The dash blanked, not cut: the clause keeps its length, which tells whether it opens the sentence.
  const own = RESTATED_AFTER.test(before) ? before.replace(/\s[-–—]\s$/, '   ') : before;
  return own.split(CLAUSE_BREAK).at(-1)!;
}

/** The lower-case words of the figure's own clause right before it. */
function wordsBefore(quote: string, span: AnswerSpan): string[] {
  const clause = clauseBefore(quote, span);
  const words = clause.trim().split(/\s+/);
  // The sentence's first word is capitalised as any: "Fines of up to $500,000".
  const first = clause.length === span.index ? 1 : 0;
  return words.filter((w, i) => i < first || /^[a-z]/.test(w)).slice(-BEFORE_WORDS);
}

/** The words of the figure's own clause right after it, past a bracketed conversion. */
function wordsAfter(quote: string, span: AnswerSpan): string {
  const tail = quote.slice(span.index + span.text.length).replace(CONVERSION_AFTER, '');
  return tail.split(CLAUSE_BREAK)[0]!.trim().split(/\s+/).slice(0, AFTER_WORDS).join(' ');
}

/**
 * The index terms of the asked words with their irregular verb forms ("buy" also "bought") and
 * their WordNet synonyms ("price" also "cost"): the article may write the figure against either.
 */
export function askedTermsWithForms(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    for (const t of queryTerms(w)) {
      out.add(t);
      for (const f of verbForms(t)) out.add(f);
    }
    for (const s of synonyms(w)) for (const t of queryTerms(s)) out.add(t);
  }
  return out;
}

/**
 * Whether the figure `span` is written against one of the `asked` terms in its own clause: right
 * before or after it, or (`loosely`) anywhere in the clause before it ("Revenues at media group
 * Reuters slipped 11%").
 */
export function figureAttached(
  quote: string,
  span: AnswerSpan,
  asked: ReadonlySet<string>,
  loosely = false,
): boolean {
  const before = loosely ? clauseBefore(quote, span).split(/\s+/) : wordsBefore(quote, span);
  const near = `${before.join(' ')} ${wordsAfter(quote, span)}`;
  return queryTerms(near).some((t) => asked.has(t));
}

/** Whether the figure's own clause tells it only as what could be. */
export function figureHedged(quote: string, span: AnswerSpan): boolean {
  return HEDGED.test(clauseBefore(quote, span)) || /^\s*If\b/.test(quote);
}
