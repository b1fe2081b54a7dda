import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import {
  askedOffices,
  titledAskedOffice,
  titledOtherOffice,
} from '../../../src/briefing/question/office-title.js';
import { phrasesFor } from '../../../src/briefing/question/phrasal-verbs.js';
import { stem } from '../../../src/corpus/tokenize.js';
import { leadOver } from '../../support/lead-over.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';

const spanOf = (quote: string, name: string) => ({ text: name, index: quote.indexOf(name) });

describe('the office a person question asks the holder of', () => {
  it('reads the office with the word naming which one, and its other English name', () => {
    expect(askedOffices("Who was the country's premier when the envoy came?")).toEqual([
      'premier',
      'prime minister',
    ]);
    expect(askedOffices("Who is Freedonia's foreign minister?")).toEqual(['foreign minister']);
    expect(askedOffices('Which minister resigned?')).toEqual(['minister']);
    // A capitalised word before the office says whose it is, not which.
    expect(askedOffices('Who is the Freedonia president?')).toEqual(['president']);
    // No office of state: a striker, a chairman.
    expect(askedOffices('Which striker scored?')).toBeNull();
  });

  it('tells a name titled with another office from one titled with the asked one', () => {
    const quote = 'The envoy will call on President Jane Doe and Prime Minister John Roe.';
    const offices = ['premier', 'prime minister'];
    expect(titledOtherOffice(quote, spanOf(quote, 'Jane Doe'), offices)).toBe(true);
    expect(titledOtherOffice(quote, spanOf(quote, 'John Roe'), offices)).toBe(false);
    expect(titledAskedOffice(quote, spanOf(quote, 'John Roe'), offices)).toBe(true);
    // "Foreign Minister" is no prime minister; a nationality before the office says only whose.
    const other = 'He met Freedonian Foreign Minister Ann Poe.';
    expect(titledOtherOffice(other, spanOf(other, 'Ann Poe'), ['prime minister'])).toBe(true);
    expect(titledOtherOffice(other, spanOf(other, 'Ann Poe'), ['foreign minister'])).toBe(false);
    expect(titledOtherOffice(other, spanOf(other, 'Ann Poe'), ['minister'])).toBe(false);
  });

  it('searches "premier" as "prime minister"', () => {
    const [phrase] = phrasesFor(stem('premier'));
    expect(phrase?.test.test('He will meet Prime Minister John Roe.')).toBe(true);
  });
});

describe('a lead asked for an office holder', () => {
  it('passes over a name titled with another office for one titled with the asked office', () => {
    expect(
      leadOver(
        "Who was the country's premier when the envoy came?",
        'During the stay the envoy will call on President Jane Doe and the prime minister.',
        'He is also expected to meet senior leaders, including Prime Minister John Roe.',
      ),
    ).toBe('John Roe.');
  });
});

describe('retrieval asked for an office holder', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openTextsBot({
      'envoy-visit.txt':
        'Envoy arrives in Freedonia\n\nThe envoy arrived in Freedonia on Monday for a two-day stay.\n\nDuring the stay the envoy will call on President Jane Doe and the premier.\n\nThe envoy will also meet Prime Minister John Roe during the stay.\n',
    });
  });
  afterAll(() => bot.close());

  it('gives no answer bonus to a sentence naming only a holder of another office', () => {
    const got = searchAsked(bot, "Who was Freedonia's premier during the envoy's stay?");
    expect(got.candidates[0]?.sentence.text).toMatch(/Prime Minister John Roe/);
  });
});
