import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { nearLead } from '../../../src/briefing/question/continuation.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import {
  type QuestionSearchOptions,
  searchQuestion,
} from '../../../src/briefing/question/question-search.js';
import { corpusDateBook } from '../../../src/briefing/analysis/article-dates.js';
import { countedForms } from '../../../src/briefing/question/counted-noun.js';
import { OTHER_NEWS, answerOf, citedQuotes, openTextsBot } from '../../support/seed-bot.js';

/**
 * A follow-up naming nothing of its own asks more of the story the thread was just told: the
 * thread's articles answer it before a better-matching sentence of another story, and a value
 * told just after the last lead answers it when no search finds one.
 */
describe('a follow-up keeps the story of its thread', () => {
  let bot: Briefbot;
  let threads = 0;
  const thread = () => ({ platform: 'test', channel: 'c', thread: `t${++threads}` });
  beforeAll(async () => {
    const texts: Record<string, string> = {};
    texts['globes.txt'] =
      'Foxx wins at the Golden Globes\n\n' +
      'Jamie Foxx was named best actor at the Golden Globes on Sunday.\n\n' +
      'The ceremony in Beverly Hills was watched by millions. Hosts joked about the long night. ' +
      'The drama prize went to The Aviator. Foxx thanked his grandmother on stage.\n\n' +
      'Foxx, who plays the soul singer Ray Charles in Ray, said playing a real person was hard.\n\n' +
      'The film has taken more than $75m at the box office.\n';
    // Another story naming him in full only in its title: its sentence does not name the thread's
    // name as asked, so it does not come before the story told (see thread-story-elsewhere).
    texts['biopics.txt'] =
      'Jamie Foxx bets on biopics\n\n' +
      'Foxx will portray a real person, the boxer Joe Louis, in his next film, agent Walter Brennan said.\n';
    // Other news, so that the words of the question are rare enough to search by.
    Object.assign(texts, OTHER_NEWS);
    texts['supercomputer.txt'] =
      'US tops supercomputer chart\n\n' +
      'The first supercomputer, the Cray-1, was installed at Los Alamos National Laboratory in 1976.\n\n' +
      'The Cray-1 was capable of 80 megaflops.\n';
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });

  it("answers from the thread's story before another story that matches the words better", () => {
    const question = analyzeQuestion('Which real person does he portray? (Jamie Foxx)');
    const dates = corpusDateBook(bot.corpus);
    const first = (opts: Partial<QuestionSearchOptions>) =>
      searchQuestion(bot.corpus, question, { dates, ...opts }).candidates.map(
        (c) => `${c.article.id}#${c.sentence.index}`,
      );
    // Asked alone, the sentence matching more of the words leads: another story's.
    expect(first({})[0]).toBe('biopics#0');
    // Asked in a thread just told of the Globes, the thread's story answers.
    expect(first({ previousArticles: new Set(['globes']), previousLead: ['globes#0'] })[0]).toBe('globes#5');
    // A follow-up naming something of its own is asked of the whole corpus as before.
    const named = analyzeQuestion('Which real person does Jamie Foxx portray?');
    expect(
      searchQuestion(bot.corpus, named, { dates, previousArticles: new Set(['globes']) }).candidates[0]
        ?.article.id,
    ).toBe('biopics');
  });

  it('asks the story first when every name the follow-up gives is one the story names', () => {
    const dates = corpusDateBook(bot.corpus);
    const thread = { dates, previousArticles: new Set(['globes']), previousLead: ['globes#0'] };
    const firstOf = (q: string) => searchQuestion(bot.corpus, analyzeQuestion(q), thread).candidates[0];
    // "Foxx" is the story's own name: the Globes story answers, not the biopics one.
    expect(firstOf('Which real person does Foxx portray?')?.article.id).toBe('globes');
    // "Brennan" is news to the story: the whole corpus is asked.
    expect(firstOf('Which real person does Brennan say Foxx will portray?')?.article.id).toBe('biopics');
  });

  it('reads a value told just after the last lead when no search finds one', async () => {
    const t = thread();
    const first = answerOf(await bot.api.ask({ question: 'What was the first supercomputer?', thread: t }));
    expect(citedQuotes(first).join(' ')).toMatch(/Cray-1/);
    const next = answerOf(await bot.api.ask({ question: 'How fast was it?', thread: t }));
    expect(next.lead?.text).toMatch(/\b80\b/);
  });

  it('takes a fresh value of the kind asked from the sentences after the lead, not the lead again', () => {
    const ask = {
      type: 'number' as const,
      questionWords: new Set(['how', 'fast', 'was', 'it']),
      givesCause: () => false,
    };
    expect(nearLead(bot.corpus, ['supercomputer#0'], ask).map((c) => c.sentence.index)).toEqual([1]);
    // A name is for the thread's names to find, not for the next sentence.
    expect(nearLead(bot.corpus, ['supercomputer#0'], { ...ask, type: 'person' })).toEqual([]);
    // A count of something else than the noun asked is no answer: "80 megaflops" counts no machines.
    expect(nearLead(bot.corpus, ['supercomputer#0'], { ...ask, counted: countedForms('machines') })).toEqual(
      [],
    );
  });

  it('reads no count in a model\'s name ("the Cray-1")', () => {
    expect(answerSpans('The first supercomputer, the Cray-1, was installed in 1976.', 'number')).toEqual([]);
    expect(answerSpans('The Cray-1 was capable of 80 megaflops.', 'number').map((s) => s.text)).toEqual([
      '80',
    ]);
  });
});
