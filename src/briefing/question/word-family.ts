/**
 * Word families: "cancel" should find "cancellation" and the reverse. The stemmer is deliberately
 * conservative (it keeps "cancellation" apart), so retrieval widens each query term with the
 * derived or base forms that this corpus actually contains: suffixes are tried, the index is asked.
 */
import { termOf } from '../../corpus/tokenize.js';

/**
 * Derivational suffixes, longest first so "-lation" is tried before "-ation". The agent nouns
 * ("-man", "-woman", "-person") and "-ship" join a verb or noun to the office it names: "who
 * chairs the MDA?" is told by "the MDA's chairman", "its leader" by "the leadership".
 */
const SUFFIXES = [
  'person',
  'lation',
  'woman',
  'ation',
  'ition',
  'ment',
  'ship',
  'ance',
  'ence',
  'man',
  'ion',
  'al',
  'er',
  'or',
];
/**
 * Agent nouns no suffix makes from their verb: one who speaks for a body is its "spokesman" (from
 * the old past "spoke"). English has no other such office noun news writes.
 */
const IRREGULAR_AGENTS: Readonly<Record<string, readonly string[]>> = {
  speak: ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen'],
};

/** The agent nouns of a verb's index term that no suffix makes ("speak": spokesman). */
export function irregularAgents(term: string): readonly string[] {
  return IRREGULAR_AGENTS[term] ?? [];
}

/** Shorter stems than this make too many false families ("con" -> "conation"). */
const MIN_STEM = 4;

/** Forms related to `term` by one derivational suffix, not checked against any corpus. */
export function familyCandidates(term: string): string[] {
  const out = new Set<string>();
  if (term.length >= MIN_STEM) {
    for (const suffix of SUFFIXES) out.add(`${term}${suffix}`);
  }
  for (const suffix of SUFFIXES) {
    if (term.endsWith(suffix) && term.length - suffix.length >= MIN_STEM) {
      const base = term.slice(0, -suffix.length);
      out.add(base);
      // "cancellation" -> "cancell" -> "cancel": a doubled final consonant before the suffix.
      if (base.length > MIN_STEM && base.at(-1) === base.at(-2)) out.add(base.slice(0, -1));
      // "nomination" -> "nominat" -> "nominate".
      out.add(`${base}e`);
    }
  }
  for (const agent of irregularAgents(term)) out.add(agent);
  out.delete(term);
  return [...out].map((w) => termOf(w) ?? w).filter((w) => w !== term);
}

/** The members of each term's family that occur in the corpus (`exists` asks the index). */
export function wordFamilies(
  terms: readonly string[],
  exists: (term: string) => boolean,
): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const term of terms) {
    const members = [...new Set(familyCandidates(term))].filter(exists).sort();
    if (members.length > 0) families.set(term, members);
  }
  return families;
}
