/**
 * WordNet's verb exceptions (data/verb-forms/irregular.tsv, built by scripts/build-verb-forms.ts):
 * each verb with the forms its regular endings do not give ("buy": bought; "take": taken, took).
 * Read once, on first use; none when the file is missing. Question answering reads them as index
 * terms (briefing/question/verb-forms.ts), day dates as participles (day-dates.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../data/verb-forms/irregular.tsv', import.meta.url));

export interface IrregularVerb {
  base: string;
  forms: readonly string[];
}

let rows: readonly IrregularVerb[] | undefined;

/** Every verb of the table with its irregular forms, in the file's order. */
export function irregularVerbs(): readonly IrregularVerb[] {
  if (rows) return rows;
  const out: IrregularVerb[] = [];
  if (existsSync(FILE))
    for (const line of readFileSync(FILE, 'utf8').split('\n')) {
      const [base, list] = line.split('\t');
      if (base && list) out.push({ base, forms: list.split(',') });
    }
  rows = out;
  return rows;
}
