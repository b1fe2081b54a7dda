import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { pairedWeight, questionPairs } from '../../../src/briefing/question/phrase-match.js';
import { searchQuery } from '../../../src/briefing/question/retrieve.js';
import {
  commonObjectAfter,
  holderBesideObject,
  wholeObjectAt,
} from '../../../src/briefing/question/verb-object.js';
import { nameSpans } from '../../../src/briefing/question/answer-spans.js';
import { answerOf, openFixtureBot, openTextsBot } from '../../support/seed-bot.js';

describe('phrase matching: the question’s words side by side', () => {
  it('pairs adjacent lower-case words of the question, never a name or a question word', () => {
    const pairs = questionPairs('Who won best actress at the Ember Awards?', new Set(['who']));
    expect(pairs).toContainEqual(['best', 'actress']);
    expect(pairs).toContainEqual(['won', 'best']);
    // "Ember Awards" is a name: it picks the articles, not the sentence.
    expect(pairs.some((p) => p.includes('ember'))).toBe(false);
    // A stopword between two words keeps them a phrase; a name between them breaks it.
    expect(questionPairs('what is the price of oil?', new Set(['what']))).toEqual([['price', 'oil']]);
    expect(questionPairs('how many cars Ford sold', new Set(['how']))).toEqual([]);
  });

  it('weighs the pairs a sentence writes side by side, each once', () => {
    const best = { first: 'best', second: 'actress', weight: 2 };
    const took = { first: 'took', second: 'actress', weight: 1 };
    expect(pairedWeight('Maria Lenz, who took best actress for her best actress role.', [best, took])).toBe(
      2,
    );
    // A stopword between two words keeps them side by side.
    expect(pairedWeight('The price of oil rose.', [{ first: 'price', second: 'oil', weight: 1 }])).toBe(1);
    expect(pairedWeight('Oil rose; the price fell.', [{ first: 'price', second: 'oil', weight: 1 }])).toBe(0);
  });

  it('ranks a sentence writing the words side by side above one holding them apart', async () => {
    const bot = await openTextsBot({
      'fuel.txt':
        'Fuel bills climb\n\nThe price paid for heating oil rose again in March, the Bexley group said.\n\n' +
        'Oil prices have climbed for six months, Bexley added.\n\nThe Bexley group will meet in May.\n',
    });
    try {
      const found = searchQuery(bot.corpus, 'how much are oil prices?', {}).candidates;
      expect(found[0]?.sentence.text).toMatch(/^Oil prices have climbed/);
    } finally {
      await bot.close();
    }
  });
});

describe('who holds the asked object, by whatever verb', () => {
  it('finds the object written whole, and the name given it', () => {
    const object = commonObjectAfter('Who won the best first screenplay award at the Ember Awards?', 'won');
    const text = 'The best first screenplay award went to Kasper Lund for Harbour Lights.';
    expect(wholeObjectAt(text, object)).not.toBeNull();
    expect(wholeObjectAt('Aldo Brenner won best director and best screenplay.', object)).toBeNull();
    const at = wholeObjectAt(text, object)!;
    expect(holderBesideObject(text, at, nameSpans(text), new Set())?.text).toBe('Kasper Lund');
    // A name after another word than "to" or "by" is what the object is of, not who holds it.
    const bets = commonObjectAfter('Which bookie stopped taking bets on the show?', 'stopped');
    const quote = 'A bookmaker has stopped taking bets on Celebrity Big Brother.';
    const taking = wholeObjectAt(quote, bets)!;
    expect(taking).not.toBeNull();
    expect(holderBesideObject(quote, taking, nameSpans(quote), new Set())).toBeNull();
    // An object that is a name is said in every sentence of its story: no whole object to hold.
    expect(commonObjectAfter('Who coaches Kelly Holmes?', 'coaches')).toEqual([]);
  });

  describe('in the lead', () => {
    let bot: Briefbot;
    beforeAll(async () => {
      bot = await openFixtureBot(join(import.meta.dirname, '../../fixtures/phrase-match'));
    });
    afterAll(() => bot.close());
    const lead = async (question: string) => answerOf(await bot.api.ask({ question })).lead?.text;

    it('answers by the sentence writing the award whole, not by a "won" of another award', async () => {
      expect(await lead('Who won the best first screenplay award at the Ember Awards?')).toBe('Kasper Lund.');
      expect(await lead('Who won best supporting actor at the Harbour Globes?')).toBe('Ian Moss.');
    });
  });
});
