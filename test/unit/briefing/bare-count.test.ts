import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { figureOfVerb, nounlessFigure, ofWhichCounted } from '../../../src/briefing/question/bare-count.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const spanOf = (text: string, figure: string) => answerSpans(text, 'number').find((s) => s.text === figure)!;

describe('a figure without a noun of its own', () => {
  it('stands alone at a clause end, before a preposition or before a verb form', () => {
    const text = 'The album sold over one million, and 301 were submitted for the prize.';
    expect(nounlessFigure(text, spanOf(text, 'one million'))).toBe(true);
    const before = 'Only ten were picked from the 301 submitted.';
    expect(nounlessFigure(before, spanOf(before, '301'))).toBe(true);
  });

  it('is no bare figure when a noun follows, nor as a score', () => {
    const noun = 'The shop sold 300 books last week.';
    expect(nounlessFigure(noun, spanOf(noun, '300'))).toBe(false);
    const score = 'The cup was won by Ruritania in a 3-2 home success.';
    expect(answerSpans(score, 'number').some((s) => nounlessFigure(score, s))).toBe(false);
  });

  it('is what the verb beside it tells of, past words of approximation', () => {
    const text = 'The album sold over one million, though the singer, aged 65, toured little.';
    const sold = (w: string) => /^sold$/i.test(w);
    expect(figureOfVerb(text, spanOf(text, 'one million'), sold)).toBe(true);
    expect(figureOfVerb(text, spanOf(text, '65'), sold)).toBe(false);
  });

  it('counts the noun after "of which were"', () => {
    const text = 'About 25 million players were sold, 10 million of which were Wexley Pods.';
    expect(ofWhichCounted(text, spanOf(text, '10 million'))).toBe('Wexley Pods');
  });
});

describe('"how many" answered by a bare figure beside the asked verb', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(join(import.meta.dirname, '../../fixtures/question-search'));
  });
  afterAll(() => bot.close());

  it('answers "how many copies did it sell?" from "sold over two million"', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'How many copies did The Quiet Harbour sell?' }));
    expect(answer.lead?.text).toBe('Two million.');
  });
});
