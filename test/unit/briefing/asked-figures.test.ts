import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { countedForms, countsNoun } from '../../../src/briefing/question/counted-noun.js';
import { answerTypeOf } from '../../../src/briefing/question/question.js';
import { findMentions } from '../../../src/briefing/analysis/event-dates.js';

describe('figures and dates asked for', () => {
  it('takes no day of the month for a count', () => {
    const text = 'All conversions will from 8 November be subject to a 10% tax.';
    expect(answerSpans(text, 'number').map((s) => s.text)).toEqual(['10%']);
  });

  it('dates a sentence by "from" and a month', () => {
    const text = 'He will become the chief executive from January.';
    expect(findMentions(text).map((m) => m.words)).toEqual(['from January']);
  });

  it('dates by a season or a quarter of a year', () => {
    expect(findMentions('They expect to seal a final agreement by Spring 2005.').map((m) => m.words)).toEqual(
      ['Spring 2005'],
    );
    const quarter = findMentions('It is expected to conclude by the third quarter of this year.');
    expect(quarter.map((m) => [m.words, m.kind])).toEqual([['the third quarter of this year', 'relative']]);
  });

  it('answers "when" with a quarter of the year', () => {
    const quote = 'The takeover is expected to be wrapped up by the third quarter of this year.';
    expect(leadOver('When should the takeover be wrapped up?', quote)).toBe(
      'The third quarter of this year.',
    );
  });

  it('answers "by how much" with the figure of a change', () => {
    const lead = leadOver(
      'By how much has the number of lost laptops gone up over the past three years?',
      "Nokia make 200 million cell phones a year, so for us to claim we're going to make 200 million laptops is a big number, but we're not talking about doing it in three or five years, we're talking about months.",
      'The numbers of lost laptops has leapt by 71% in the last three years.',
    );
    expect(lead).toBe('71%.');
  });

  it('counts the noun itself before a neighbour of it', () => {
    const quote = 'Over the period almost 5,000 laptops and 63,000 phones were left in cabs.';
    expect(leadOver('How many phones were left in cabs?', quote)).toBe('63,000 phones.');
  });

  it('asks a count after a leading preposition', () => {
    expect(answerTypeOf('At how many UK wi-fi spots can Skype users call for free?')).toBe('number');
    expect(answerTypeOf('In how many countries is the phone sold?')).toBe('number');
  });

  it('counts a noun in a compound written as one word', () => {
    const text = 'The firms are rolling out a service at 350 hotspots around the UK.';
    const span = answerSpans(text, 'number')[0]!;
    expect(countsNoun(text, span, countedForms('spots'))).toBe(true);
    // "scars" is no compound of "cars": too little is written before it.
    const other = 'He has 40 scars.';
    expect(countsNoun(other, answerSpans(other, 'number')[0]!, countedForms('cars'))).toBe(false);
  });

  it('answers a proportion asked with "half" of a whole, not a half of the year', () => {
    const quote = 'More than half of all UK households now have broadband, the regulator said.';
    expect(leadOver('What proportion of UK households now have broadband?', quote)).toBe('Half.');
    const time = 'Broadband take-up rose 20% in the first half of the year.';
    expect(leadOver('What proportion of UK households now have broadband?', time)).not.toMatch(/half/i);
  });

  it('reads a figure in pounds with a metric weight, or after a word of weight, as a weight, not money', () => {
    const text = 'An investigation revealed the twin-engined Cessna was overloaded by 700 pounds (320kg).';
    expect(answerSpans(text, 'amount')).toEqual([]);
    expect(answerSpans(text, 'number').map((s) => s.text)).toEqual(['700 pounds (320kg)']);
    const both = 'He weighed in at 250 pounds before the fight, and was paid 700 pounds.';
    expect(answerSpans(both, 'amount').map((s) => s.text)).toEqual(['700 pounds']);
    expect(answerSpans(both, 'number').map((s) => s.text)).toEqual(['250 pounds']);
  });

  it('gives a distance or a speed with its unit', () => {
    const quote = 'The 777-200LR will be capable of flying almost 11,000 miles non-stop.';
    expect(leadOver("How far can Boeing's new long-range 777 go without stopping?", quote)).toBe(
      '11,000 miles.',
    );
  });

  it('adds no word of grammar, nor a unit to a share, as the unit of a figure', () => {
    const quote = 'Reuters slowed its decline in revenues to 5.4% from 10.2% in 2003.';
    expect(leadOver('How far did Reuters slow its decline in revenues?', quote)).not.toMatch(/% in\b/);
    const plain = 'The new train will run at speeds of 186 in tests next month.';
    expect(leadOver('How fast will the new train run?', plain)).not.toMatch(/186 in\b/);
  });
});
