/**
 * "Which industries …?" asks for kinds of things, which news lists as common nouns beside the
 * asked noun ("the telecoms and aviation industries", "in the fields of energy, transport and
 * trade"), not for a name. The list a sentence writes next to the asked noun, if any.
 */
import { stem } from '../../corpus/tokenize.js';
import type { AnswerSpan } from '../question/answer-spans.js';
import { isNoun } from '../question/noun-kinds.js';
import { isVerbForm } from '../question/gazetteer.js';

/** One word of a list; a list's last item is one word, whatever follows it ("and trade was"). */
const WORD = '[a-z][a-z-]+';
/** One item: one or two lower-case words ("aviation", "industrial modernisation"). */
const ITEM = String.raw`[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?`;
/** Two or more items, the last joined by "and" or "or". */
const ITEMS = String.raw`(?:${ITEM},\s+)*${ITEM},?\s+(?:and|or)\s+${WORD}`;
/** Words that open a list after the noun: "industries such as", "the fields of". */
const AFTER_NOUN = String.raw`\s+(?:such\s+as|like|including|of)\s+`;
/** Words that can be no item: determiners, pronouns and the verbs that join clauses. */
const NOT_ITEM =
  /^(?:the|a|an|its|his|her|their|our|this|that|these|those|other|some|many|all|is|are|was|were|be|been|has|have|had|will|would|it|they|we|he|she|which|who|new|more)$/;

function cleanItems(list: string): string[] | null {
  const items = list
    .split(/,\s+|,?\s+(?:and|or)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 2) return null;
  for (const item of items) if (item.split(/\s+/).some((w) => NOT_ITEM.test(w))) return null;
  // "investment and allow companies to …": each item ends on a noun, not a verb.
  if (!items.every((item) => isNoun(item.split(/\s+/).at(-1)!))) return null;
  return items;
}

/** "rail tracks and motor vehicles": a noun after the last word carries that item on. */
function cutShort(quote: string, end: number): boolean {
  const next = /^\s+([a-z][a-z-]+)/.exec(quote.slice(end))?.[1];
  return next !== undefined && isNoun(next) && !isVerbForm(next) && !NOT_ITEM.test(next);
}

/**
 * The items a sentence lists beside the plural noun: before it as its qualifiers ("the telecoms
 * and aviation industries") or after it ("industries such as telecoms and aviation"). Null when
 * the sentence writes no such list.
 */
export function nounListSpan(quote: string, noun: string): AnswerSpan | null {
  const root = stem(noun.toLowerCase());
  const nounWord = String.raw`([A-Za-z-]+)`;
  const after = new RegExp(String.raw`\b${nounWord}${AFTER_NOUN}(${ITEMS})\b`, 'g');
  for (const m of quote.matchAll(after)) {
    if (stem(m[1]!.toLowerCase()) !== root) continue;
    if (cleanItems(m[2]!) && !cutShort(quote, m.index! + m[0].length))
      return { text: m[2]!, index: m.index! + m[0].length - m[2]!.length };
  }
  // "the telecoms and aviation industries": only single-word qualifiers stand before a noun.
  const before = new RegExp(
    String.raw`\b((?:${WORD},\s+)*${WORD},?\s+(?:and|or)\s+${WORD})\s+${nounWord}\b`,
    'g',
  );
  for (const m of quote.matchAll(before)) {
    if (stem(m[2]!.toLowerCase()) !== root || !cleanItems(m[1]!)) continue;
    return { text: m[1]!, index: m.index! };
  }
  return namedListBefore(quote, root);
}

/** A name of up to three capitalised words, figures and hyphens in them ("CASA-1000", "Keyal Khwar"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}`;
const NAMED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${NAME},\s+)*${NAME},?\s+(?:and|or)\s+${NAME})\s+([a-z][a-z-]+)\b`,
  'gu',
);
/** A determiner a sentence may open on, caught into the first name ("The Ford, GM and Fiat plants"). */
const OPENING_DETERMINER = /^(?:The|These|Those|Its|Their|His|Her)\s+/;

/**
 * "Tarbela-4, Keyal Khwar and CASA-1000 projects": the names a sentence lists as qualifiers of the
 * asked plural noun, which answer "which projects …?" as the common nouns do.
 */
function namedListBefore(quote: string, root: string): AnswerSpan | null {
  for (const m of quote.matchAll(NAMED_BEFORE)) {
    if (stem(m[2]!) !== root) continue;
    const opener = OPENING_DETERMINER.exec(m[1]!)?.[0] ?? '';
    return { text: m[1]!.slice(opener.length), index: m.index! + opener.length };
  }
  return null;
}

/**
 * "In which industries have the Communists objected to investment?": the items written after the
 * question's opening preposition ("investment in telecommunication and aviation").
 */
export function prepositionListSpan(quote: string, preposition: string): AnswerSpan | null {
  const re = new RegExp(String.raw`\b${preposition}\s+(${ITEMS})\b`, 'gi');
  for (const m of quote.matchAll(re)) {
    if (cleanItems(m[1]!) && !cutShort(quote, m.index! + m[0].length))
      return { text: m[1]!, index: m.index! + m[0].length - m[1]!.length };
  }
  return null;
}
