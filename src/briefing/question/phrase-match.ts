/**
 * Phrase matching: a sentence that writes two of the question's words side by side ("took best
 * actress" for "who won best actress?") says what is asked more surely than one holding the same
 * words apart ("won the award for best first feature"). This is the ordered-window feature of
 * sequential dependence retrieval models, cut to adjacent word pairs.
 *
 * Only pairs of words the question writes in lower case count: capitalised words are names, which
 * pick the articles already, and a sentence repeating a name in full ("the Independent Spirit
 * Awards") says no more of what is asked than one saying "he".
 */
import { scanWordSpans, termOf } from '../../corpus/tokenize.js';

/** A pair of adjacent index terms. */
export type TermPair = readonly [first: string, second: string];

/** The question's adjacent pairs of lower-case content words, as index terms, each once. */
export function questionPairs(question: string, ignored: ReadonlySet<string>): TermPair[] {
  const pairs: TermPair[] = [];
  let previous: string | null = null;
  scanWordSpans(question, (lower, start, end, word) => {
    const raw = word ?? lower.slice(start, end);
    const term = termOf(raw);
    // A stopword between two words keeps them a phrase ("price of oil"); a question word does not.
    if (term === null) return;
    const cased = question[start] !== undefined && question[start] !== question[start]!.toLowerCase();
    if (cased || ignored.has(term) || /^\d/.test(term)) {
      previous = null;
      return;
    }
    const first = previous;
    if (first !== null && first !== term && !pairs.some(([a, b]) => a === first && b === term))
      pairs.push([first, term]);
    previous = term;
  });
  return pairs;
}

/** A pair of the question's words and what it weighs. */
export interface WeightedPair {
  first: string;
  second: string;
  weight: number;
}

/**
 * The summed weight of the pairs `text` writes side by side (stopwords between them skipped), each
 * pair counted once: one pass over the text, no pair strings built.
 */
export function pairedWeight(text: string, pairs: readonly WeightedPair[]): number {
  const counted = new Array<boolean>(pairs.length).fill(false);
  let previous: string | null = null;
  let sum = 0;
  scanWordSpans(text, (lower, start, end, word) => {
    const term = termOf(word ?? lower.slice(start, end));
    if (term === null) return;
    if (previous !== null)
      for (let i = 0; i < pairs.length; i++)
        if (!counted[i] && pairs[i]!.first === previous && pairs[i]!.second === term) {
          counted[i] = true;
          sum += pairs[i]!.weight;
        }
    previous = term;
  });
  return sum;
}
