/**
 * For developing the answer engine: where does the sentence that answers each plain question of an
 * eval set rank among the question's candidates? A "gold" sentence is one of the item's articles
 * that matches one of its expected patterns. Prints, per wrong-prone item, the gold's best rank
 * (or why it is not a candidate), so recall and ranking failures can be told apart.
 *
 *   npx tsx scripts/diagnose-questions.ts <set name> [item id ...]
 *
 * It refuses held-out and sealed sets: their questions are for scoring only.
 */
import { resolve } from 'node:path';
import { openBriefbot } from '../src/app/open-core.js';
import { corpusDateBook } from '../src/briefing/analysis/article-dates.js';
import { analyzeQuestion } from '../src/briefing/question/question.js';
import { searchQuestion } from '../src/briefing/question/question-search.js';
import { silentLogger } from '../src/log/logger.js';
import { queryTerms } from '../src/corpus/tokenize.js';
import { subjectTerms } from '../src/briefing/question/retrieve.js';
import { EVAL_DIR, REPO_ROOT } from '../eval/run.js';
import { loadSet } from '../eval/set-schema.js';

const [name, ...only] = process.argv.slice(2);
if (!name || /holdout|sealed/.test(name)) {
  console.error('usage: diagnose-questions.ts <set> [ids]  (held-out and sealed sets are not for reading)');
  process.exit(2);
}
const parsed = loadSet(resolve(EVAL_DIR, `${name}.json`));
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const set = parsed.set;
const bot = await openBriefbot({
  corpusDir: resolve(REPO_ROOT, set.corpus),
  db: ':memory:',
  indexCache: null,
  prepareArticles: 0,
  logger: silentLogger,
  ...(set.topics ? { topicsPath: resolve(REPO_ROOT, set.topics) } : {}),
});
const dates = corpusDateBook(bot.corpus);
for (const item of set.items) {
  if (only.length && !only.includes(item.id)) continue;
  if (item.kind === 'followup') {
    // A follow-up: each turn's question as the engine rewrote it, and what it led with.
    const thread = { platform: 'diagnose', channel: set.name, thread: item.id };
    console.log(`${item.id} [followup]`);
    for (const turn of item.turns) {
      const result = await bot.api.ask({ question: turn.question, thread });
      const answer = result.ok ? result.answer : null;
      console.log(`    ${turn.question}\n      as: ${answer?.query ?? result.ok}\n      lead: ${answer?.lead?.text.slice(0, 100) ?? '-'}`);
    }
    continue;
  }
  if (item.kind === 'unanswerable') {
    // Answered where nothing should be: the best candidates, and the words each shares with the question.
    const analysis = analyzeQuestion(item.question);
    const got = searchQuestion(bot.corpus, analysis, { dates, limit: 40 });
    const q = new Set(subjectTerms(analysis.searchText));
    console.log(
      `${item.id} [unanswerable] ${got.abstain ? `ABSTAIN(${got.abstain})` : `${got.candidates.length} candidates`} q=[${[...q].join(' ')}] focus=${JSON.stringify(analysis.focus)} type=${analysis.answerType}`,
    );
    for (const c of got.candidates.slice(0, 5)) {
      const shared = queryTerms(c.sentence.text).filter((t) => q.has(t));
      console.log(`    ${c.score.toFixed(2)} [${shared.join(' ')}] ${c.article.id}: ${c.sentence.text.slice(0, 120)}`);
    }
    continue;
  }
  if (item.kind !== 'plain') continue;
  const analysis = analyzeQuestion(item.question);
  const got = searchQuestion(bot.corpus, analysis, { dates, limit: 400 });
  const res = item.expect.map((p) => new RegExp(p, 'i'));
  const gold = (text: string) => res.some((re) => re.test(text));
  const rank = got.candidates.findIndex(
    (c) => (item.articles ?? []).includes(c.article.id) && gold(c.sentence.text),
  );
  const q = new Set(subjectTerms(analysis.searchText));
  const golds = (item.articles ?? [])
    .map((id) => bot.corpus.get(id))
    .flatMap((a) => (a ? a.sentences.filter((s) => gold(s.text)) : []));
  const shared = golds.map((s) => queryTerms(s.text).filter((t) => q.has(t)).length);
  console.log(
    `${item.id} [${item.type}] rank ${rank < 0 ? '—' : rank + 1}/${got.candidates.length}` +
      `${got.abstain ? ` ABSTAIN(${got.abstain})` : ''} golds ${golds.length} shared ${shared.join(',')} q=[${[...q].join(' ')}] focus=${JSON.stringify(analysis.focus)} type=${analysis.answerType}`,
  );
  if (rank !== 0 && golds[0]) console.log(`    gold: ${golds[0].text.slice(0, 150)}`);
}
await bot.close();
