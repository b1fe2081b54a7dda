/** Opens briefbot over the seed corpus with an in-memory store, as the tests' common fixture. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefbot, type BriefbotOptions, openBriefbot } from '../../src/app/open-core.js';
import type { Answer } from '../../src/briefing/answer.js';
import type { ServiceResult } from '../../src/briefing/service-api.js';
import { silentLogger } from '../../src/log/logger.js';
import { removingOnClose } from '../../eval/open-bot.js';
import { corpusDateBook } from '../../src/briefing/analysis/article-dates.js';
import { analyzeQuestion, type QuestionAnalysis } from '../../src/briefing/question/question.js';
import {
  type QuestionRetrieved,
  type QuestionSearchOptions,
  searchQuestion,
} from '../../src/briefing/question/question-search.js';

export function openSeedBot(options: Partial<BriefbotOptions> = {}): Promise<Briefbot> {
  return openBriefbot({ corpusDir: 'data/articles', db: ':memory:', ...options });
}

/**
 * Opens briefbot over a fixture corpus folder as `npm run eval` opens it: no topics, an in-memory
 * store, no index cache, no background preparation, no logs.
 */
export function openFixtureBot(corpusDir: string): Promise<Briefbot> {
  const topicsPath = join(mkdtempSync(join(tmpdir(), 'fixture-bot-')), 'topics.json');
  writeFileSync(topicsPath, '{ "topics": [] }\n');
  return openBriefbot({
    corpusDir,
    topicsPath,
    db: ':memory:',
    indexCache: null,
    prepareArticles: 0,
    logger: silentLogger,
  });
}

/**
 * Four unrelated short stories (file name → text) to open beside a test's own: with them the
 * test's words are rare enough in the corpus to be searched by.
 */
export const OTHER_NEWS: Readonly<Record<string, string>> = {
  'markets.txt': 'Shares rise in Tokyo\n\nShares in Tokyo rose on Monday as exporters gained.\n',
  'football.txt': 'Chelsea win again\n\nChelsea beat Everton 1-0 at Stamford Bridge on Saturday.\n',
  'weather.txt': 'Storms hit coast\n\nStorms brought floods to the east coast overnight.\n',
  'phones.txt': 'Mobile sales grow\n\nSales of mobile phones grew by a third last year.\n',
};

/**
 * Opens briefbot, as openFixtureBot does, over a corpus of the given files (file name → text)
 * written to a fresh folder; closing the bot removes the folder.
 */
export async function openTextsBot(files: Readonly<Record<string, string>>): Promise<Briefbot> {
  const dir = mkdtempSync(join(tmpdir(), 'texts-bot-'));
  const corpus = join(dir, 'articles');
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(corpus, name), text);
  try {
    return removingOnClose(await openFixtureBot(corpus), dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The answer of a successful result; fails the test with the user error otherwise. */
export function answerOf(result: ServiceResult): Answer {
  if (!result.ok) throw new Error(`expected an answer, got ${result.error.code}: ${result.error.message}`);
  return result.answer;
}

/** Every quote of an answer, as `articleId\u0000quote`, to compare what two answers cite. */
export function citedQuotes(answer: Answer): string[] {
  return answer.bullets.flatMap((b) =>
    b.citations.map((c) => `${answer.sources.find((s) => s.n === c.source)!.id}\u0000${c.quote}`),
  );
}

/**
 * Retrieval for a question (its text, analysed here, or an analysis) over the bot's corpus, with
 * the corpus's dates, as the service searches; `opts` adds or overrides options.
 */
export function searchAsked(
  bot: Briefbot,
  question: string | QuestionAnalysis,
  opts: Partial<QuestionSearchOptions> = {},
): QuestionRetrieved {
  const analysed = typeof question === 'string' ? analyzeQuestion(question) : question;
  return searchQuestion(bot.corpus, analysed, { dates: corpusDateBook(bot.corpus), ...opts });
}

/** Where retrieval's best candidate for a question is, as `articleId#sentenceIndex`. */
export function firstHit(
  bot: Briefbot,
  question: string,
  opts: Partial<QuestionSearchOptions> = {},
): string | undefined {
  return searchAsked(bot, question, opts)
    .candidates.map((c) => `${c.article.id}#${c.sentence.index}`)
    .at(0);
}
