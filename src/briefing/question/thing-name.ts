/**
 * Questions asking the name of a thing by its kind: "What benchmark decides the rankings?", "What
 * is the telecom firm's online TV channel called?", "What's the banner the new shows go out under?".
 * News names such a thing beside the noun of its kind: "according to the Linpack benchmark",
 * "online TV channel Aon", "a technology known as Really Simple Syndication", "the Three Gorges
 * Dam". Read only for questions of kind 'other': a noun of people, places or bodies asks for
 * those, answered elsewhere.
 */
import { stem } from '../../corpus/tokenize.js';
import { type AnswerSpan, nameSpans } from './answer-spans.js';
import { appositiveSpans, askedNoun } from './appositive.js';
import { NOUN_PHRASE_END } from './counted-noun.js';
import { alikeNouns, isNoun, nounKind } from './noun-kinds.js';
import { neighbours } from './word-vectors.js';

/** "What is X's channel called?", "What's the banner …", "What's Akamai's tool for …": the noun after "what is" and its owner. */
const WHAT_IS_OWNED =
  /^\W*[Ww]hat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her|(?:[A-Z][\p{L}&.-]*\s+)*[A-Z][\p{L}&.-]*['’]s?)\s+((?:[\p{L}-]+\s+){0,3}?[a-z-]{3,})(?=\s+(?:called|named|known|for|that|which|used|the|a|an|he|she|it|they|[a-z]+s)\b|\W*$)/u;

/** Words that end the noun phrase of "what is the …" besides NOUN_PHRASE_END's. */
const NOT_HEAD = /^(?:called|named|known|name|one|thing|way|point|difference|reason)$/;

/**
 * The noun of a thing whose name the question asks, lower case, or null: a which/what noun, or the
 * noun after "what is the/X's", that WordNet knows as a noun and not as a person's ("channel" is
 * filed with bodies, for broadcasters, but a question of kind 'other' asks no body by it).
 */
export function thingNoun(question: string): string | null {
  const owned = WHAT_IS_OWNED.exec(question)?.[1]?.split(/\s+/).at(-1);
  const noun = askedNoun(question) ?? owned ?? null;
  if (!noun || NOUN_PHRASE_END.has(noun) || NOT_HEAD.test(noun)) return null;
  return isNoun(noun) && nounKind(noun) !== 'person' ? noun : null;
}

/** Embedding neighbours this close, of the same WordNet class, name the same kind ("movie" for "film"). */
const KIND_SIMILARITY = 0.75;

/** The stems a sentence may write the kind as: the noun and its close neighbours of the same class. */
export function kindForms(noun: string): Set<string> {
  const out = new Set([stem(noun)]);
  for (const n of neighbours(noun))
    if (n.similarity >= KIND_SIMILARITY && isNoun(n.word) && alikeNouns(noun, n.word)) out.add(stem(n.word));
  return out;
}

/**
 * "a technology known as Really Simple Syndication", "a tool called EdgeScape", "under the banner
 * of the OneMusic show": the words before the name, one of which is the kind's noun.
 */
const NAMED_AS =
  /((?:[\p{L}-]+\s+){1,3})(?:known\s+as|called|named|dubbed|branded)\s+(?:the\s+)?$|([\p{L}-]+)\s+of\s+the\s+$/u;

/**
 * The names a sentence gives a thing of the kind, likeliest first, none the question already says:
 * beside the kind's noun (`appositiveSpans`), after "known as"/"called", or ending in the noun
 * ("the Three Gorges Dam"). `known`: the question's words, lower case.
 */
export function thingNames(
  text: string,
  forms: ReadonlySet<string>,
  known: ReadonlySet<string>,
): AnswerSpan[] {
  const isForm = (word: string | undefined) => word !== undefined && forms.has(stem(word.toLowerCase()));
  const named = nameSpans(text).filter((span) => {
    const before = NAMED_AS.exec(text.slice(0, span.index));
    if (before && (before[1] ?? before[2]!).trim().split(/\s+/).some(isForm)) return true;
    const words = span.text.split(/\s+/);
    return words.length >= 2 && isForm(words.at(-1));
  });
  // "the Three Gorges Dam" for "What dam …?": the kind's noun aside, no word the question says
  // ("Yangtze Electric Power" is the question's "Yangtze Electric").
  const fresh = (span: AnswerSpan) => {
    const words = (span.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isForm(w));
    return words.length > 0 && words.every((w) => !known.has(w));
  };
  const out: AnswerSpan[] = [];
  for (const span of [...named, ...appositiveSpans(text, forms)])
    if (fresh(span) && !out.some((o) => o.index === span.index)) out.push(span);
  return out;
}
