/**
 * What a count is of: "how many copies did it sell?" asks for a number of copies, and the answer
 * is the figure news writes before that noun ("750,000 copies"), not any figure in the sentence
 * ("six-cylinder engines", "in 1984"). The noun's forms include the words embeddings put next to
 * it, since articles count "consoles" for "handhelds" and "workers" for "jobs".
 */
import { synonyms } from './synonyms.js';
import { stem, termOf } from '../../corpus/tokenize.js';
import type { AnswerSpan } from './answer-spans.js';
import { neighbours } from './word-vectors.js';
import { alikeNouns, isNoun, nounKind } from './noun-kinds.js';
import { escapeRegExp } from '../analysis/patterns.js';
import { isVerbForm, nameKind, type NameKind } from './gazetteer.js';
import { verbForms } from './verb-forms.js';

/** Words that end the noun phrase after "how many", "which" or "what": verbs, prepositions, determiners. */
export const NOUN_PHRASE_END: ReadonlySet<string> = new Set(
  'did do does is are was were has have had will would can could should shall may might in of for at on to from with by if that which who than go went come came the a an his her its their'.split(
    ' ',
  ),
);

/**
 * The noun counted in "how many …?": the first lower-case word after "how many" (names before it
 * only qualify it: "how many DS handhelds"), or one of the next two words, a plural, when that word
 * qualifies it ("how many music downloads", "how many full-page newspaper adverts"). Null when the
 * question asks no count of a noun.
 */
export function countedNoun(question: string): string | null {
  const m = /\bhow\s+many\s+(?:more\s+|other\s+|different\s+|separate\s+)?([^?.!,;]*)/i.exec(question);
  if (!m) return null;
  // "How many of the banned Half-Life 2 accounts …?": the noun that ends the phrase after "of the".
  const of = /^of\s+(?:the|these|those|its|his|her|their)\s+(.*)$/i.exec(m[1]!);
  if (of) {
    const last = nounPhrase(of[1]!).at(-1);
    return last && /^[a-z]+$/.test(last) ? last : null;
  }
  const phrase = nounPhrase(m[1]!);
  if (phrase.length === 0) return null;
  const lower = phrase.findIndex((w) => /^[a-z]/.test(w));
  if (lower < 0) return phrase.at(-1)!.toLowerCase();
  let head = phrase[lower]!;
  // "how many music downloads", "how many full-page newspaper adverts": the plural the
  // qualifiers before it lead to; "how many defence department staff": a noun of people or a body
  // of them, which need not end in "s", the last such.
  if (!/s$/.test(head))
    for (const next of phrase.slice(lower + 1, lower + 3)) {
      if (!/^[a-z]/.test(next)) break;
      if (/^[a-z]+s$/.test(next)) return next;
      if (PEOPLE_KINDS.has(nounKind(next)) && !isVerbForm(next) && verbForms(stem(next)).length === 0)
        head = next;
    }
  // "how many Wimbledon singles titles": a plural qualifying the plural after it.
  else {
    const next = phrase[lower + 1];
    if (next && /^[a-z]{3,}s$/.test(next) && isNoun(next) && !isVerbForm(next)) return next;
  }
  return head;
}

/** The first few words of a text up to the question's verb or a preposition, possessives cut. */
function nounPhrase(text: string): string[] {
  const phrase: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, w] of words.slice(0, 6).entries()) {
    // "Bank of America customers": "of" inside a name does not end the phrase.
    const inName = /^of$/i.test(w) && /^[A-Z]/.test(words[i - 1] ?? '') && /^[A-Z]/.test(words[i + 1] ?? '');
    if (inName) continue;
    if (NOUN_PHRASE_END.has(w.toLowerCase())) break;
    phrase.push(w.replace(/['’]s$/, ''));
    if (phrase.length >= 4) break;
  }
  return phrase;
}

/**
 * The word qualifying the counted noun: "blog" of "how many blog posts", "music" of "how many
 * music downloads". Null when the noun stands alone or after a name ("how many DS handhelds").
 */
export function countedQualifier(question: string): string | null {
  const noun = countedNoun(question);
  if (!noun) return null;
  const m = new RegExp(
    `\\b[Hh]ow\\s+many\\s+(?:[\\w-]+\\s+)*?([a-z][a-z-]+)\\s+${escapeRegExp(noun)}\\b`,
  ).exec(question);
  const word = m?.[1];
  return word && !NOUN_PHRASE_END.has(word) ? word : null;
}

/**
 * "300m blog entries" counts "blog posts": the figure's noun phrase opens on the qualifier the
 * question gives its noun, and a noun of the same kind follows it — the writer's word for the
 * thing. "40 blog writers" counts people, not posts.
 */
export function countsQualified(text: string, span: AnswerSpan, qualifier: string, noun: string): boolean {
  const after = text.slice(span.index + span.text.length).split(/[,;:.()"“”]/)[0] ?? '';
  const [first, next] = (after.match(/\p{L}[\p{L}\p{N}]*/gu) ?? []).map((w) => w.toLowerCase());
  if (!first || !next || stem(first) !== stem(qualifier) || !isNoun(next)) return false;
  const ofPeople = (word: string) => PEOPLE_KINDS.has(nounKind(word));
  return ofPeople(next) === ofPeople(noun) && alikeNouns(noun, next);
}

/** Words after "how much is/were" that are no priced thing ("it" is also a noun to WordNet). */
const NOT_PRICED = /^(?:he|she|it|they|we|you|i|this|that|these|those|there)$/;

/**
 * The thing an amount is asked of: "How much were tickets …?" → tickets, "how much is the
 * fare …?" → fare. Only a lower-case noun straight after the verb: "how much did Glazer pay" asks
 * what a person paid, "how much prize money" names the amount itself.
 */
export function pricedNoun(question: string): string | null {
  const m =
    /^\W*how\s+much\s+(?:is|was|were|are|do|does|did|will|would|could)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?([a-z][a-z-]+)\b/i.exec(
      question,
    );
  const word = m?.[1];
  if (!word || !/^[a-z]/.test(word) || NOT_PRICED.test(word) || !isNoun(word)) return null;
  return word;
}

/** What news counts any product in: "sold 800,000 units" answers "how many PSPs?". */
const ANY_PRODUCT = 'unit';

/**
 * The index terms that stand for a noun: itself and the words embeddings put beside it or its
 * singular, of the same kind of thing ("minutes" are beside "goals" but count no goals).
 */
export function nounForms(noun: string): Set<string> {
  const forms = new Set([stem(noun.toLowerCase())]);
  const singular = noun.replace(/(?<=[^s])s$/, '');
  let close = 0;
  for (const word of new Set([noun, singular]))
    for (const n of neighbours(word)) {
      close++;
      // "other", "those", "many" sit beside "people" but count nothing: "Five other episodes".
      if (termOf(n.word) === null) continue;
      if (alikeNouns(noun, n.word)) forms.add(stem(n.word));
    }
  // "ref" for "referee": WordNet's synonyms of a noun the embeddings hold no neighbour for.
  if (close === 0) for (const word of synonyms(noun)) forms.add(stem(word));
  return forms;
}

/** Nouns for people in general: "how many people work for Barclays?" is told in "76,200 staff". */
const PEOPLE_IN_GENERAL = new Set(['people', 'persons', 'individuals']);
/** In a noun's forms, "any noun for people or a body of them" (staff, workers, fans, passengers). */
const ANY_PEOPLE = '\u0000people';
const PEOPLE_KINDS: ReadonlySet<string | null> = new Set(['person', 'group']);

/** The index terms that count as the counted noun: its forms, and "units", which count anything sold. */
export function countedForms(noun: string): Set<string> {
  const forms = nounForms(noun).add(ANY_PRODUCT);
  if (PEOPLE_IN_GENERAL.has(noun.toLowerCase())) forms.add(ANY_PEOPLE);
  // And the reverse: "how many Half-Life 2 players were banned?" is told by "20,000 people have been
  // banned from playing": news counts any group of people as "people".
  else if (nounKind(noun.replace(/(?<=[^s])s$/, '')) === 'person')
    for (const word of PEOPLE_IN_GENERAL) forms.add(stem(word));
  return forms;
}

/**
 * The counted noun's own forms, without the words embeddings put beside it: "5,000 laptops" counts
 * a neighbour of "phones", and answers only when no figure of phones themselves is told.
 */
export function ownCountedForms(noun: string): Set<string> {
  const singular = noun.replace(/(?<=[^s])s$/, '');
  const forms = new Set([stem(noun.toLowerCase()), stem(singular.toLowerCase()), ANY_PRODUCT]);
  const all = countedForms(noun);
  if (all.has(ANY_PEOPLE)) forms.add(ANY_PEOPLE);
  for (const word of PEOPLE_IN_GENERAL) if (all.has(stem(word))) forms.add(stem(word));
  return forms;
}

/** How far after a figure its noun may come: "961 consecutive minutes", "almost 4m DS consoles". */
const NOUN_WINDOW = 3;

/** Whether the figure is of the noun: one of the few words after it, before any break, is a form of it. */
export function countsNoun(text: string, span: AnswerSpan, forms: ReadonlySet<string>): boolean {
  // A dash set off by spaces breaks too: "took three prizes - voted top animated movie" counts no votes.
  const after = text.slice(span.index + span.text.length).split(/[,;:.()"“”]|\s[-–—]\s/)[0] ?? '';
  // "2,000 business and political leaders": the qualifiers joined by "and" stand as one.
  // "30 Airbus A320 planes": a model's name with figures in it is a word too.
  const words =
    after.replace(/^(\s*[\p{L}-]+)\s+(?:and|or)\s+(?=[\p{L}])/u, '$1 ').match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  // "people" in general are counted as staff, workers, fans: any noun of a person or a body of them.
  const people = forms.has(ANY_PEOPLE);
  // "She and eight others were killed": "others" counts people as their noun would.
  const ofPeople = (w: string) =>
    people && /^[a-z]/.test(w) && (w === 'others' || PEOPLE_KINDS.has(nounKind(w)));
  if (
    words
      .slice(0, NOUN_WINDOW)
      .some((w) => forms.has(stem(w.toLowerCase())) || ofPeople(w) || endsInForm(w, forms))
  )
    return true;
  // "a regular audience of eight million", "a crowd of 40,000": the noun written before "of".
  const owner = NOUN_OF.exec(text.slice(0, span.index))?.[1];
  return owner !== undefined && (forms.has(stem(owner.toLowerCase())) || ofPeople(owner));
}

/** A noun, "of" and a hedge or none, written right before a figure: "an audience of almost". */
const NOUN_OF =
  /\b([a-z]+)\s+of\s+(?:(?:more\s+than|less\s+than|fewer\s+than|about|around|some|nearly|almost|over|under|up\s+to|just\s+over|just\s+under|roughly)\s+)?$/;

/** "Five other episodes", "12 more stores": words between a figure and the noun it counts. */
const COUNT_QUALIFIER =
  /^\s+(?:(?:other|more|extra|new|further|different|separate|additional)\s+)?([a-z]+s)\b/;

/**
 * Whether the figure plainly counts another noun than the one asked: "Five other episodes" counts no
 * people, "six minutes" no goals — a plural right after it, of another kind of thing (WordNet's
 * classes, as `nounForms` reads them).
 */
export function countsOtherNoun(
  text: string,
  span: AnswerSpan,
  noun: string,
  forms: ReadonlySet<string>,
): boolean {
  const after = text.slice(span.index + span.text.length).split(/[,;:.()"“”]/)[0] ?? '';
  const word = COUNT_QUALIFIER.exec(after)?.[1];
  if (!word || forms.has(stem(word)) || endsInForm(word, forms) || !isNoun(word)) return false;
  if (forms.has(ANY_PEOPLE) && PEOPLE_KINDS.has(nounKind(word.replace(/(?<=[^s])s$/, '')))) return false;
  return !alikeNouns(noun, word);
}

/** The shortest form a compound may end in, and the shortest word before it. */
const COMPOUND_TAIL = 4;
const COMPOUND_HEAD = 3;

/** "350 hotspots" counts "spots": a compound written as one word is of the noun it ends in. */
function endsInForm(word: string, forms: ReadonlySet<string>): boolean {
  const w = stem(word.toLowerCase());
  for (let i = COMPOUND_HEAD; i <= w.length - COMPOUND_TAIL; i++) if (forms.has(w.slice(i))) return true;
  return false;
}

const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth';
const ORDINAL = new RegExp(`\\b(?:\\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\b`, 'gi');

/** "the first …": said of one event among others, not of how many someone has had. */
const THE_FIRST = /\bthe\s+$/i;
const FIRST = /^(?:first|1st)$/i;
/** "broke in the ninth game": an ordinal after a preposition places a moment within an event. */
const AT_THE = /\b(?:in|at|on|during|from|after|before|since|until|by)\s+the\s+$/i;
/** The words an ordinal dates by, not counts: "the 19th century". */
const CENTURY = /^(?:century|centuries|millennium)$/i;
/** "… of his career", "… in Henman's career": whose series the ordinal places the thing in. */
const OWNER_AFTER = /^\s+(?:of|in)\s+(?:his|her|its|their|[\p{Lu}][\p{L}'’-]*['’]s?)\s/u;

/**
 * A count told by its place in a series: "his fourth Oscar nomination" answers "how many
 * nominations has he had?", "its third week at number one" answers "how many weeks". Only with
 * the noun after it: "first" alone counts nothing. The span runs through the noun.
 */
export function ordinalCounts(text: string, forms: ReadonlySet<string>): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const after = text.slice(m.index! + m[0].length);
    const words = /^((?:\s+[\p{L}-]+){1,3})/u.exec(after.split(/[,;:.()"“”]/)[0] ?? '')?.[1] ?? '';
    const list = words.trim().split(/\s+/);
    const at = list.findLastIndex((w) => forms.has(stem(w.toLowerCase())));
    // "19th Century paintings": an ordinal of a century dates the thing and counts nothing.
    if (at < 0 || CENTURY.test(list[0]!)) continue;
    const told = `${m[0]} ${list.slice(0, at + 1).join(' ')}`;
    // "in the ninth game", "the first match between the pair": a rank among events, no one's tally
    // so far — unless said to be of someone's series ("the first match of his career").
    const before = text.slice(0, m.index!);
    if (AT_THE.test(before)) continue;
    const owned = OWNER_AFTER.test(text.slice(m.index! + told.length));
    if (FIRST.test(m[0]) && THE_FIRST.test(before) && !owned) continue;
    out.push({ text: told, index: m.index! });
  }
  return out;
}

/**
 * The words the question sets before its counted noun: "Lions" of "how many Lions caps", "Wimbledon"
 * and "singles" of "how many Wimbledon singles titles". Empty when the noun stands alone.
 */
export function countedQualifiers(question: string, noun: string): string[] {
  const m = /\bhow\s+many\s+(?:more\s+|other\s+|different\s+|separate\s+)?([^?.!,;]*)/i.exec(question);
  if (!m) return [];
  const phrase = nounPhrase(m[1]!);
  const at = phrase.findIndex((w) => stem(w.toLowerCase()) === stem(noun));
  return at > 0 ? phrase.slice(0, at) : [];
}

/**
 * Whether the figure counts the noun asked of another kind: "84 England caps" for "how many Lions
 * caps?", "five Wimbledon doubles titles" for "how many Wimbledon singles titles?". A qualifier the
 * question gives is said nowhere in the sentence, and in its place before the noun stands another
 * of its kind — a name for a name, a word the embeddings set beside it for a word.
 */
export function countsOtherQualified(
  text: string,
  span: AnswerSpan,
  noun: string,
  qualifiers: readonly string[],
): boolean {
  if (qualifiers.length === 0) return false;
  const after = text.slice(span.index + span.text.length).split(/[,;:.()"“”]/)[0] ?? '';
  const words = (after.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).slice(0, NOUN_WINDOW);
  const at = words.findIndex((w) => stem(w.toLowerCase()) === stem(noun));
  if (at <= 0) return false;
  const between = words.slice(0, at);
  const lowerSaid = new Set((text.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).map((w) => stem(w.toLowerCase())));
  const asked = new Set(qualifiers.map((q) => stem(q.toLowerCase())));
  return qualifiers.some((q) => {
    if (lowerSaid.has(stem(q.toLowerCase()))) return false;
    const capital = /^[A-Z]/.test(q);
    return between.some((w) => {
      if (asked.has(stem(w.toLowerCase())) || /^[A-Z]/.test(w) !== capital) return false;
      return capital || neighbours(q).some((n) => n.word === w.toLowerCase());
    });
  });
}

/** A name of up to three capitalised words, and a list of three or more that "and" closes. */
const LISTED_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";
const NAME_LIST = new RegExp(
  `(?<![\\p{L}])${LISTED_NAME}(?:,\\s+${LISTED_NAME}){1,}(?:,)?\\s+and\\s+${LISTED_NAME}`,
  'gu',
);

/** The kind of name a counted noun's members bear: countries are places, players people. */
const NAME_OF_KIND: Readonly<Record<string, NameKind>> = {
  place: 'place',
  person: 'person',
  group: 'organisation',
};

/**
 * "How many countries were at the summit?" told by the names themselves: "a summit of Freedonia,
 * Ruritania, Sylvania and Kalmar" lists four. The spans of the lists of three or more names, every
 * one of the kind the counted noun names.
 */
export function listedCounts(text: string, noun: string): AnswerSpan[] {
  const kind = nounKind(noun);
  if (!kind) return [];
  const out: AnswerSpan[] = [];
  for (const m of text.matchAll(NAME_LIST)) {
    const names = m[0].split(/,\s+(?:and\s+)?|,?\s+and\s+/);
    if (names.every((name) => nameKind(name.split(/\s+/)) === NAME_OF_KIND[kind]))
      out.push({ text: m[0], index: m.index! });
  }
  return out;
}
