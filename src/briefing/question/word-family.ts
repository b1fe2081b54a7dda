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
