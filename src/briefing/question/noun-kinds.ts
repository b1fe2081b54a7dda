/**
 * What a common noun names — a person ("expert", "vice president"), a place ("city", "venue") or a
 * body of people ("club", "firm") — from WordNet 3.1's most frequent sense of it (data/noun-kinds/,
 * built by scripts/build-noun-kinds.ts). "Which drug-testing expert …?" asks for a person because
 * WordNet files "expert" with people, not because a list here names it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isVerbForm } from './gazetteer.js';

export type NounKind = 'person' | 'place' | 'group';

const FILE = fileURLToPath(new URL('../../../data/noun-kinds/kinds.tsv', import.meta.url));

let table: Map<string, NounKind> | undefined;

/** Read on first use (~30 ms); without the file no noun has a kind and the caller's rules decide. */
function kinds(): Map<string, NounKind> {
  if (table) return table;
  table = new Map();
  if (!existsSync(FILE)) return table;
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1) as NounKind);
  }
  return table;
}

/**
 * The forms to look up, singular first: WordNet lists lemmas, and a plural it lists is mostly
 * another word ("leaders" is a body, "fields" a comedian).
 */
function lemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(w)) out.push(w.slice(0, -2));
  if (w.endsWith('men')) out.push(`${w.slice(0, -3)}man`);
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  out.push(w);
  return out;
}

/**
 * Nouns whose most frequent sense in WordNet's (literary) corpus is not what news means: "a
 * broadcaster" is a company, "a stadium" a place, "the star" a person.
 */
const NEWS_SENSE: Readonly<Record<string, NounKind>> = {
  airline: 'group',
  bank: 'group',
  body: 'group',
  group: 'group',
  brand: 'group',
  broadcaster: 'group',
  carrier: 'group',
  channel: 'group',
  department: 'group',
  label: 'group',
  maker: 'group',
  newspaper: 'group',
  outlet: 'group',
  paper: 'group',
  site: 'group',
  studio: 'group',
  union: 'group',
  website: 'group',
  ground: 'place',
  stadium: 'place',
  chair: 'person',
  founder: 'person',
  midfielder: 'person',
  model: 'person',
  star: 'person',
};

/** The kind a noun names in news ("expert": a person; "carmaker": a body; "venue": a place), if any. */
export function nounKind(noun: string): NounKind | null {
  const map = kinds();
  for (const lemma of lemmas(noun)) {
    const hit = NEWS_SENSE[lemma] ?? map.get(lemma);
    if (hit) return hit;
  }
  return null;
}

const CLASSES_FILE = fileURLToPath(new URL('../../../data/noun-kinds/classes.tsv', import.meta.url));

let classTable: Map<string, readonly number[]> | undefined;

/** Read on first use; without the file no noun has a class and every pair may be alike. */
function classes(): Map<string, readonly number[]> {
  if (classTable) return classTable;
  classTable = new Map();
  if (!existsSync(CLASSES_FILE)) return classTable;
  for (const line of readFileSync(CLASSES_FILE, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0)
      classTable.set(
        line.slice(0, tab),
        line
          .slice(tab + 1)
          .split(',')
          .map(Number),
      );
  }
  return classTable;
}

/** The WordNet lexicographer files of all the senses of a noun's lemmas, or null if it is no noun WordNet knows. */
function nounClasses(noun: string): Set<number> | null {
  const table = classes();
  let found: Set<number> | null = null;
  for (const lemma of lemmas(noun)) {
    const hit = table.get(lemma);
    if (hit) for (const c of hit) (found ??= new Set()).add(c);
  }
  return found;
}

/** WordNet's lexicographer files of food and drink (noun.food) and of substances (noun.substance). */
const FOOD = 13;
const SUBSTANCE = 27;

/**
 * Whether a noun's most frequent sense is a stuff measured in quantities, food or drink or a
 * substance ("wine", "oil", "steel"), not an abstraction ("growth", "total").
 */
export function isStuff(noun: string): boolean {
  const table = classes();
  for (const lemma of lemmas(noun)) {
    const first = table.get(lemma)?.[0];
    if (first !== undefined) return first === FOOD || first === SUBSTANCE;
  }
  return false;
}

/** Whether WordNet knows the word (or its singular) as a noun. */
export function isNoun(word: string): boolean {
  return nounClasses(word) !== null;
}

/**
 * Whether two nouns may name the same kind of thing: some sense of each is filed in the same
 * WordNet class. "Minute" (a time) is no "goal" (an act, an aim, a place), though embeddings put
 * them side by side; "vehicles" and "cars" are both artifacts. A word WordNet does not know as a
 * noun is not ruled out.
 */
export function alikeNouns(a: string, b: string): boolean {
  const ours = nounClasses(a);
  const theirs = ours && nounClasses(b);
  return !ours || !theirs || [...theirs].some((c) => ours.has(c));
}

/** Words that end the noun phrase after "which"/"what": the question's verb and its helpers. */
const PHRASE_END =
  /^(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|of|in|on|at|for|to|from|by|with|about|that|who|whom|which|the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|you|i)$/i;

/**
 * The kind of the noun a which/what question asks for: "Which drug-testing expert came out …?" →
 * person, "In which town …?" → place, "What company do …?" → group. The noun is the last word of a
 * kind before the phrase ends — at the question's verb, or at a word of no kind after one ("analyst
 * reckons"); names describing it ("Which United player") are passed over, and an owner is what is
 * asked for ("which regional grouping's meeting"). Null when no word of the phrase has a kind.
 */
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|these|those|our|your)$/i;

export function askedNounKind(question: string): NounKind | null {
  const m = /^\W*(?:(?:in|to|from|at|for|with|by|into|on)\s+)?(?:which|what)\s+(.*)$/i.exec(question);
  if (!m) return null;
  const words = m[1]!
    .split(/[\s?!.,;:]+/)
    .filter(Boolean)
    .slice(0, 6);
  let kind: NounKind | null = null;
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/['’]s$/, '');
    if (PHRASE_END.test(word)) break;
    if (/^[A-Z]/.test(word)) continue;
    const next = words[i + 1];
    const own =
      (word === raw && next && /^[a-z]/.test(next) ? nounKind(`${word} ${next}`) : null) ?? nounKind(word);
    if (word !== raw) return own ?? kind;
    // "Which town hosts the festival?": a word before a determiner is the verb, not the noun's head.
    if (kind !== null && next && DETERMINER.test(next)) break;
    if (own) kind = own;
    else if (kind !== null || (i > 0 && isVerbForm(word))) break;
  }
  return kind;
}
