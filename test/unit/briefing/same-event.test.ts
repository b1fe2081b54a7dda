import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import {
  askedRoleForms,
  askedRoleHolder,
  sameEventDates,
} from '../../../src/briefing/question/same-event.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';

/** An article of one sentence per paragraph. */
function article(id: string, sentences: string[]): Article {
  return {
    id,
    title: sentences[0]!,
    publisher: null,
    published: null,
    url: null,
    paragraphs: sentences,
    text: sentences.join('\n\n'),
    sentences: sentences.map((text, index) => ({ articleId: id, index, paragraph: index, text })),
  } as unknown as Article;
}

const opts = {
  saysAsked: (text: string) => /\bvisit/i.test(text),
  statesDate: (text: string) => answerSpans(text, 'date').length > 0,
  eligible: () => true,
};

describe('a date told beside its event', () => {
  const a = article('a', [
    'Russia foreign minister talks',
    "Russia's foreign minister met the prime minister in Islamabad on Wednesday.",
    'It is the first time a Russian foreign minister has visited Pakistan in years.',
    'Shares fell on Monday in Tokyo.',
  ]);

  it('lends the day of a neighbour telling of the same event to a sentence saying the visit', () => {
    const lent = sameEventDates([{ sentence: a.sentences[2]!, article: a, score: 1 }], opts);
    expect(lent.map((c) => c.sentence.text)).toEqual([a.sentences[1]!.text]);
    expect(lent[0]!.score).toBeLessThan(1);
  });

  it('lends nothing from a dated sentence about something else, nor to a sentence with its own date', () => {
    const other = article('b', [
      'Markets',
      'Shares fell in Tokyo on Monday.',
      'The minister visited Pakistan.',
      'The minister visited Kabul on Tuesday.',
    ]);
    const lent = sameEventDates(
      [other.sentences[2]!, other.sentences[3]!].map((sentence) => ({ sentence, article: other, score: 1 })),
      opts,
    );
    // "Shares fell in Tokyo on Monday" shares no words with the visit; Kabul's visit has its own day.
    expect(lent.map((c) => c.sentence.text)).toEqual([]);
  });
});

/** An article whose paragraphs hold several sentences each. */
function paragraphs(id: string, paras: string[][]): Article {
  const sentences = paras.flatMap((p, paragraph) => p.map((text) => ({ text, paragraph })));
  return {
    ...article(
      id,
      paras.map((p) => p.join(' ')),
    ),
    sentences: sentences.map((s, index) => ({ articleId: id, index, ...s })),
  } as unknown as Article;
}

describe('the holder of a role said without a name', () => {
  const a = paragraphs('r', [
    ['Russian minister in Islamabad'],
    [
      'Earlier in the day, Lavrov met his Pakistani counterpart.',
      '"We share positions on Afghanistan," Nadeem Farooq said after the meeting.',
    ],
    ['Lavrov also called on army chief Imran Aslam.'],
  ]);
  const fresh = (span: { text: string }) => !/Lavrov/.test(span.text);

  it('is named in the next sentence of its paragraph telling of the same event', () => {
    const forms = askedRoleForms("Who was Lavrov's counterpart in 2021?")!;
    const holder = askedRoleHolder(a, a.sentences[1]!, 'person', forms, fresh);
    expect(holder?.span.text).toBe('Nadeem Farooq');
    // "Foreign minister" asked, with the person whose counterpart it is named in the question.
    const minister = askedRoleForms("Who was Pakistan's foreign minister when Lavrov visited?")!;
    expect(askedRoleHolder(a, a.sentences[1]!, 'person', minister, fresh, ['Lavrov'])?.span.text).toBe(
      'Nadeem Farooq',
    );
  });

  it('is no one in another paragraph, nor in a neighbour sharing no word with it', () => {
    const forms = askedRoleForms("Who was Lavrov's counterpart?")!;
    const apart = paragraphs('s', [
      ['Earlier in the day, Lavrov met his Pakistani counterpart.'],
      ['Nadeem Farooq said after the meeting that ties were good.'],
    ]);
    expect(askedRoleHolder(apart, apart.sentences[0]!, 'person', forms, fresh)).toBeNull();
    const unrelated = paragraphs('t', [
      [
        'Earlier in the day, Lavrov met his Pakistani counterpart.',
        'Shares fell sharply, said analyst Imran Aslam.',
      ],
    ]);
    expect(askedRoleHolder(unrelated, unrelated.sentences[0]!, 'person', forms, fresh)).toBeNull();
  });
});
