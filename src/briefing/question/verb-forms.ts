/**
 * The forms of a verb that its stem does not reach: "bought" of buy, "led" of lead, "spoken" of
 * speak — WordNet's verb exceptions (data/verb-forms/, built by scripts/build-verb-forms.ts). The
 * stemmer cuts regular endings only, so without these "Which album did he buy?" never meets "he
 * bought the album".
 */
import { irregularVerbs } from '../../corpus/irregular-verbs.js';
import { termOf } from '../../corpus/tokenize.js';

let table: Map<string, string[]> | undefined;

/** Index term → the index terms of the other forms of its verb(s). Read on first use. */
function forms(): Map<string, string[]> {
  if (table) return table;
  const sets = new Map<string, Set<string>>();
  for (const { base, forms } of irregularVerbs()) {
    const terms = [base, ...forms].map((w) => termOf(w)).filter((t): t is string => !!t);
    for (const t of terms) {
      let set = sets.get(t);
      if (!set) sets.set(t, (set = new Set()));
      for (const other of terms) if (other !== t) set.add(other);
    }
  }
  table = new Map([...sets].map(([t, set]) => [t, [...set].sort()]));
  return table;
}

/** The index terms of the other forms of the verb `term` is a form of ("buy" → ["bought"]). */
export function verbForms(term: string): readonly string[] {
  return forms().get(term) ?? [];
}
