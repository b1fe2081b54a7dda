/**
 * Converse verbs: the same event told from its other party. "Who handed her the Oscar?" is
 * answered by "receiving her Oscar from Jeremy Irons", "when can people buy it?" by "it will be
 * sold from 22 January", "what seat does he represent?" by "the Manchester Central MP".
 * Embeddings put such words apart (they are said of different subjects) and WordNet links only some
 * (buy and sell as antonyms, give and receive not at all), so common converse pairs of English
 * are listed here, with the office whose duty a verb names. None is of any one story; verbs with
 * common other senses ("send off", "sign off", "lose" money) are left out.
 */
import { termOf } from '../../corpus/tokenize.js';
import { verbForms } from './verb-forms.js';
import { formsOf } from './phrasal-verbs.js';

/** Pairs of sides: each side's words tell the event the other side's words tell. */
const CONVERSES: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['give', 'hand', 'award', 'present'], ['receive']],
  [['lend'], ['borrow']],
  [['teach'], ['learn']],
  // Not "sign": "signed off" and "signed a deal" are no hiring.
  [['hire', 'recruit'], ['join']],
  [['represent'], ['mp', 'representative']],
  [['buy', 'purchase'], ['sell']],
];

let table: Map<string, string[]> | undefined;

/** Index term (every form of a listed verb) → the index terms of its converse words. */
function converseTable(): Map<string, string[]> {
  if (table) return table;
  table = new Map();
  // Every written form, since the stemmer does not bring them all to one term ("receive" and
  // "received" index apart).
  const termsOf = (words: readonly string[]) => [
    ...new Set(
      words
        .flatMap(formsOf)
        .map((w) => termOf(w))
        .filter((t): t is string => !!t)
        .flatMap((t) => [t, ...verbForms(t)]),
    ),
  ];
  for (const [one, other] of CONVERSES) {
    const [a, b] = [termsOf(one), termsOf(other)];
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const term of from) {
        const list = table.get(term) ?? [];
        for (const t of to) if (!list.includes(t)) list.push(t);
        table.set(term, list);
      }
    }
  }
  return table;
}

/** The index terms of the words telling the event of `term` from its other side ("handed" → receive). */
export function converseTerms(term: string): readonly string[] {
  return converseTable().get(term) ?? [];
}
