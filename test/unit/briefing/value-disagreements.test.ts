import { describe, expect, it } from 'vitest';
import { DateBook } from '../../../src/briefing/analysis/article-dates.js';
import type { ClaimSentence } from '../../../src/briefing/analysis/claims.js';
import { quantitiesOf, sameMeasure, valuesAgree } from '../../../src/briefing/analysis/quantities.js';
import { valueDisagreements } from '../../../src/briefing/analysis/value-disagreements.js';
import { NameBook } from '../../../src/briefing/analysis/person-names.js';
import { type ArticleSpec, article } from '../../fixtures/timeline/build.js';

function claims(specs: ArticleSpec[]): ClaimSentence[] {
  const articles = specs.map(article);
  const dates = new DateBook(
    () => articles,
    (a) => NameBook.build(a),
    () => 1,
  );
  return articles.flatMap((a) =>
    a.sentences.map((s) => ({
      article: a,
      index: s.index,
      text: s.text,
      date: dates.sentenceDate(a, s.index),
      ref: dates.articleDate(a),
    })),
  );
}

function flagsOf(specs: ArticleSpec[]) {
  return valueDisagreements(claims(specs)).map((f) => ({
    subject: f.subject,
    sides: f.sides.map((s) => `${s.value} ${s.citations.map((c) => c.articleId).join('+')}`),
  }));
}

const one = (text: string) => {
  const q = quantitiesOf(text);
  expect(q).toHaveLength(1);
  return q[0]!;
};

const report = (id: string, publisher: string, published: string, body: string): ArticleSpec => ({
  id,
  title: 'Coach crash on the coast road',
  publisher,
  published,
  body: [body],
});

describe('values and what they measure', () => {
  it('reads "killed 12 people" and "the death toll rose to 15" as the same quantity, injuries as another', () => {
    const killed = one('A coach crash on the coast road killed 12 people on Tuesday, police said.');
    const toll = one("The death toll from Tuesday's coach crash on the coast road rose to 15.");
    const injured = one('Another 15 people were injured in the coach crash on the coast road.');
    expect([killed.concept, toll.concept, injured.concept]).toEqual(['dead', 'dead', 'injured']);
    expect(sameMeasure(killed, toll)).toBe(true);
    expect(valuesAgree(killed, toll)).toBe(false);
    expect(sameMeasure(toll, injured)).toBe(false);
  });

  it('compares amounts only in one currency, and a rounded figure agrees with what it rounds', () => {
    const dollars = one('The firm was fined $3m by the court.');
    const pounds = one('The firm was fined £3m by the court.');
    expect(sameMeasure(dollars, pounds)).toBe(false);
    const more = one('The firm was fined $3.5m by the court.');
    expect(sameMeasure(dollars, more) && !valuesAgree(dollars, more)).toBe(true);
    expect(
      valuesAgree(one('They own a 29% stake in the club.'), one('They own a 28.9% stake in the club.')),
    ).toBe(true);
  });

  it('reads durations, bounds, distances and ages as news writes them', () => {
    expect(one('The union will stage a 48-hour strike.').value).toBe(2);
    expect(one('The union will stage a two-day strike.').value).toBe(2);
    const atLeast = one('At least 12 people were killed in the crash.');
    expect([atLeast.low, atLeast.high, atLeast.shown]).toEqual([12, Infinity, 'At least 12 people']);
    expect(valuesAgree(atLeast, one('Fourteen people were killed in the crash.'))).toBe(true);
    expect(
      valuesAgree(one('It struck 15 miles north of the city.'), one('It struck 24km north of the city.')),
    ).toBe(true);
    expect(one('The driver, a 54-year-old man, was hurt.').kind).toBe('age');
    // Scores, odds and years are no values.
    expect(quantitiesOf('Italy led 9-8 early in the second half, at odds of 5/1, in 2004.')).toEqual([]);
  });
});

describe('the disagreement rule', () => {
  const post = report(
    'post',
    'Northern Post',
    '2023-03-14',
    'A coach crash on the coast road near Dunmore killed 12 people on Tuesday, police said.',
  );
  const gazette = report(
    'gazette',
    'Harbor Gazette',
    '2023-03-14',
    'Fourteen people died when a coach crashed on the coast road near Dunmore on Tuesday.',
  );

  it('flags two outlets giving different values of one quantity on the same day, each side with its outlet', () => {
    expect(flagsOf([post, gazette])).toEqual([
      { subject: 'The number killed', sides: ['12 people post', 'Fourteen people gazette'] },
    ]);
  });

  it('does not flag a different thing counted, nor values that can both be right', () => {
    const injured = report(
      'injured',
      'Harbor Gazette',
      '2023-03-14',
      'Fourteen people were injured when a coach crashed on the coast road near Dunmore on Tuesday.',
    );
    expect(flagsOf([post, injured])).toEqual([]);
    const atLeast = report(
      'least',
      'Coastal Times',
      '2023-03-14',
      'At least 12 people were killed when a coach crashed on the coast road near Dunmore on Tuesday.',
    );
    expect(flagsOf([gazette, atLeast])).toEqual([]);
  });

  it("does not flag one outlet's update, nor another outlet's report of a later day: those are developments", () => {
    const update = report(
      'update',
      'Northern Post',
      '2023-03-14',
      'The death toll from the coach crash on the coast road near Dunmore rose to 15 on Tuesday night.',
    );
    expect(flagsOf([post, update])).toEqual([]);
    const nextDay = report(
      'next',
      'Harbor Gazette',
      '2023-03-15',
      'The death toll from the coach crash on the coast road near Dunmore rose to 16 on Wednesday.',
    );
    expect(flagsOf([post, nextDay])).toEqual([]);
  });

  it('does not flag values about other stories', () => {
    const other = report(
      'other',
      'Harbor Gazette',
      '2023-03-14',
      'Fourteen people died in a fire at a warehouse in the port on Tuesday.',
    );
    expect(flagsOf([post, { ...other, title: 'Warehouse fire in the port' }])).toEqual([]);
  });

  it("does not flag two months' figures of the same series from undated reports", () => {
    const jobs = (id: string, publisher: string, body: string): ArticleSpec => ({
      id,
      title: 'US jobs growth',
      publisher,
      published: null,
      body: [body],
    });
    const january = jobs(
      'jan',
      'Northern Post',
      'According to Labor Department figures, US firms added only 146,000 jobs in January.',
    );
    const october = jobs(
      'oct',
      'Harbor Gazette',
      'The US economy added 337,000 jobs in October, far more than expected.',
    );
    expect(flagsOf([january, october])).toEqual([]);
    // The same month, two figures: that is a disagreement.
    const january2 = jobs(
      'jan2',
      'Harbor Gazette',
      'According to Labor Department figures, US firms added 166,000 jobs in January.',
    );
    expect(flagsOf([january, january2])).toHaveLength(1);
  });
});
