/**
 * Builds data/verb-forms/irregular.tsv: the past tenses and participles of English verbs that the
 * index's stemmer does not bring back to the verb ("bought" → buy, "led" → lead, "spoken" →
 * speak), from WordNet's verb exception list as the wink-lexicon package ships it. Without them
 * "Which album did he buy?" never meets "he bought the album"; retrieval treats the forms as one
 * word. Only the ~10 KB the engine needs is kept. Run after `npm install --no-save wink-lexicon`:
 *   npx tsx scripts/build-verb-forms.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { termOf } from '../src/corpus/tokenize.js';

const require = createRequire(import.meta.url);
/** WordNet's verb.exc: each irregular form and the verb it is a form of. */
const exceptions = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
const version = (
  JSON.parse(readFileSync(require.resolve('wink-lexicon/package.json'), 'utf8')) as { version: string }
).version;

const verbs = new Map<string, Set<string>>();
for (const [form, base] of Object.entries(exceptions)) {
  if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(base)) continue;
  const formTerm = termOf(form);
  const baseTerm = termOf(base);
  // The stemmer already makes one term of "stopped" and "stop"; a stopword is not searched at all.
  if (!formTerm || !baseTerm || formTerm === baseTerm) continue;
  let forms = verbs.get(base);
  if (!forms) verbs.set(base, (forms = new Set()));
  forms.add(form);
}
const rows = [...verbs.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([base, forms]) => `${base}\t${[...forms].sort().join(',')}`);
const folder = new URL('../data/verb-forms/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('irregular.tsv', folder), `${rows.join('\n')}\n`);
writeFileSync(
  new URL('meta.json', folder),
  `${JSON.stringify({ source: `wink-lexicon@${version} (WordNet verb.exc)`, verbs: rows.length }, null, 2)}\n`,
);
console.log(`${rows.length} verbs`);
