import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { corpusDateBook, DateBook, ownDate } from '../../../src/briefing/analysis/article-dates.js';
import { Corpus } from '../../../src/corpus/corpus.js';
import { daySpan, spanLabel, yearSpan } from '../../../src/briefing/analysis/calendar.js';
import {
  type ArticleDate,
  dateSentence,
  dateSentences,
  findMentions,
  unsupportedDates,
} from '../../../src/briefing/analysis/event-dates.js';
import type { Writer } from '../../../src/briefing/write/writer.js';
import { NameBook } from '../../../src/briefing/analysis/person-names.js';
import { article, sentenceWith } from '../../fixtures/timeline/build.js';

/** 2012-10-02 was a Tuesday. */
const published: ArticleDate = { span: daySpan('2012-10-02'), source: 'published', basis: 'published date' };
const inferred2021: ArticleDate = { span: yearSpan(2021), source: 'corpus', basis: 'test' };

function dated(text: string, ref: ArticleDate | null = published) {
  const d = dateSentence(text, { ref, previous: null, future: /\bwill\b/.test(text) });
  return d && { date: spanLabel(d.span), end: d.span.end, kind: d.kind, from: d.from };
}

describe('event dates of a sentence', () => {
  it('reads explicit dates in the forms news uses', () => {
    expect(dated('Talks will be held from October 3-4.')).toMatchObject({
      date: '2012-10-03',
      end: '2012-10-04',
      kind: 'explicit',
    });
    expect(dated('He would be in Moscow from Oct 3-6.')).toMatchObject({
      date: '2012-10-03',
      end: '2012-10-06',
    });
    expect(dated('Gazprom attended the commission on 10th September.')).toMatchObject({
      date: '2012-09-10',
      kind: 'explicit',
    });
    expect(dated('The summit was planned in Islamabad from 2-3 October 2012.', null)).toMatchObject({
      date: '2012-10-02',
      end: '2012-10-03',
      kind: 'explicit',
    });
    expect(dated('His last visit to Moscow was in 2009.', null)).toMatchObject({
      date: '2009',
      kind: 'explicit',
    });
    expect(dated('Kamran Yousaf October 02, 2012', null)).toMatchObject({ date: '2012-10-02' });
    expect(dated('Published in The Express Tribune, October 2nd, 2012.', null)).toMatchObject({
      date: '2012-10-02',
    });
    expect(dated('Butt visited Moscow in August.')).toMatchObject({ date: '2012-08', kind: 'explicit' });
  });

  it('does not take a deadline, a modal "may" or an impossible day for a date', () => {
    expect(dated('Troops will withdraw by 2014, officials said.')).toMatchObject({
      kind: 'article',
      from: 'article',
    });
    expect(findMentions('Talks may resume soon, and march on.')).toEqual([]);
    expect(findMentions('It happened on February 30.').filter((m) => m.kind === 'explicit')).toHaveLength(1);
    expect(dated('It happened on February 30.')).toMatchObject({ kind: 'article' });
    expect(findMentions('CASA-1000, COVID-19 and Tarbela-4 are not years; 500MW is not either.')).toEqual([]);
    // A part of a year written against it ("mid-2005", "early 2004") is a date of that year.
    expect(findMentions('Users must prove it from mid-2005.').map((m) => m.words)).toEqual(['mid-2005']);
    expect(findMentions('He began buying in late 2003.').map((m) => m.words)).toEqual(['late 2003']);
    // A part of a month written against it ("mid-February") is a date of that month.
    expect(findMentions('The phone is due to go on sale in mid-February.').map((m) => m.words)).toEqual([
      'mid-February',
    ]);
    expect(dated('The phone will go on sale in mid-February.')).toMatchObject({ date: '2013-02' });
    // "at the end of the year" is this year, as "later this year" is; "this month" is part of its end.
    expect(findMentions('It will go on sale at the end of the year.').map((m) => m.words)).toEqual([
      'the end of the year',
    ]);
    expect(findMentions('by the end of this month').map((m) => m.words)).toEqual(['the end of this month']);
    expect(dated('It will go on sale at the end of the year.')).toMatchObject({ date: '2012' });
    // A date of a thing in a clause is not the date of what the sentence reports; "was signed" is.
    expect(dated('Novak reviewed the naval agreement signed in 2019 with Pereira.')).toMatchObject({
      kind: 'article',
    });
    expect(dated('The naval agreement was signed in 2019, officials said.')).toMatchObject({ date: '2019' });
    // The year a figure is compared with is its baseline, not the date of the news.
    expect(dated('Net profit was $95m, compared with $410m in the same period in 2003.')).toMatchObject({
      kind: 'article',
    });
    expect(dated('Sales rose to $5m from $3m in 2003.')).toMatchObject({ kind: 'article' });
    // So is the year a change is measured against, named right after it.
    expect(dated('The firm sold 95,000 cars in Asia, up 2.6% on 2003.')).toMatchObject({ kind: 'article' });
    expect(dated('Revenue fell 4% compared with 2003.')).toMatchObject({ kind: 'article' });
    expect(dated('The show drew fewer viewers than its 2002 series.')).toMatchObject({ date: '2002' });
    // An adverb before the participle does not make it a thing's date.
    expect(dated('The naval agreement was formally signed in 2019, officials said.')).toMatchObject({
      date: '2019',
    });
    expect(dated('Novak reviewed the naval agreement formally signed in 2019.')).toMatchObject({
      kind: 'article',
    });
    // A name or a word in "-en" that is no participle dates nothing: the day is the sentence's.
    expect(
      findMentions('The Larks will play Kallen on 21 June while Acme plays on 29 June.').map((m) => m.words),
    ).toEqual(['21 June', '29 June']);
    expect(findMentions('The new Courier gallery will open on 14 June.').map((m) => m.words)).toEqual([
      '14 June',
    ]);
    expect(dated('Novak reviewed the naval agreement written in 2019.')).toMatchObject({ kind: 'article' });
  });

  it('resolves relative dates against the published date', () => {
    expect(dated('Lavrov will hold formal talks with Khar tomorrow.')).toMatchObject({
      date: '2012-10-03',
      kind: 'relative',
    });
    expect(dated('The minister arrived yesterday.')).toMatchObject({ date: '2012-10-01' });
    // Past tense: the latest Wednesday; future: the coming one.
    expect(dated('Kayani on Wednesday embarked on a visit.')).toMatchObject({ date: '2012-09-26' });
    expect(dated('Kayani will leave on Wednesday.')).toMatchObject({ date: '2012-10-03' });
    expect(dated('Lavrov visited Islamabad last week.')).toMatchObject({
      date: '2012-09-24',
      end: '2012-09-30',
      kind: 'relative',
    });
    expect(dated('Kayani will be visiting Moscow next week.')).toMatchObject({
      date: '2012-10-08',
      end: '2012-10-14',
    });
    expect(dated('Washington signed an agreement last year.')).toMatchObject({
      date: '2011',
      kind: 'relative',
    });
    expect(dated('Postnikov visited Pakistan in May last year.')).toMatchObject({
      date: '2011-05',
      kind: 'relative',
    });
    expect(dated('Khar extended the invitation in February this year.')).toMatchObject({ date: '2012-02' });
  });

  it('reads "n weeks ago" and a weekday that dates the saying of a reported future', () => {
    expect(dated('Two weeks ago, the company said profits would fall.')).toMatchObject({
      date: '2012-09-18',
      kind: 'relative',
    });
    expect(dated('The ministers met three days ago.')).toMatchObject({ date: '2012-09-29' });
    expect(dated('Prices peaked a year ago.')).toMatchObject({ date: '2011', kind: 'relative' });
    expect(dated('Sales peaked two months ago.')).toMatchObject({ date: '2012-08', kind: 'relative' });
    // "said on Monday that ... would": Monday is when it was said, the latest Monday.
    expect(dated('The spokesman said on Monday that Kayani will leave soon.')).toMatchObject({
      date: '2012-10-01',
    });
    // Without the reporting verb a future sentence's weekday is the coming one.
    expect(dated('Kayani will leave on Monday.')).toMatchObject({ date: '2012-10-08' });
    // Known only to the year: a year, marked inferred, never a made-up day.
    expect(dated('The ministers met three days ago.', inferred2021)).toMatchObject({
      date: '2021',
      kind: 'inferred',
    });
  });

  it('never makes up a day the article date cannot give', () => {
    // An article known only to be from 2021: "on Wednesday" is 2021, inferred, not a day.
    expect(dated('The minister met the premier on Wednesday.', inferred2021)).toEqual({
      date: '2021',
      end: '2021-12-31',
      kind: 'inferred',
      from: 'mention',
    });
    expect(dated('An agreement was signed last year.', inferred2021)).toMatchObject({
      date: '2020',
      kind: 'inferred',
    });
    // A day and month with a year taken from other articles is inferred too.
    expect(dated('He arrived on October 4.', { ...inferred2021, span: yearSpan(2012) })).toMatchObject({
      date: '2012-10-04',
      kind: 'inferred',
    });
    // No article date: relative and yearless dates are unknown, and so is the sentence.
    expect(dated('The minister arrived yesterday.', null)).toBeNull();
    expect(dated('He arrived on October 4.', null)).toBeNull();
    expect(dated('Nothing here says when.', null)).toBeNull();
  });

  it("falls back to the article's date, and reads 'next day' after the sentence before", () => {
    expect(dated('The talks covered energy and trade.')).toMatchObject({
      date: '2012-10-02',
      kind: 'article',
      from: 'article',
    });
    const texts = [
      'General Kayani arrived in Moscow on October 4 and laid a wreath.',
      'Next day he called on General Makarov.',
      'Earlier in the day, officials met the press.',
    ];
    const dates = dateSentences(texts, published);
    expect(dates.map((d) => d && spanLabel(d.span))).toEqual(['2012-10-04', '2012-10-05', '2012-10-05']);
    expect(dates[1]!.kind).toBe('relative');
    // "Four days later", "two weeks earlier": counted from the day before, as "next day" is.
    const counted = dateSentences(
      [
        'The Larks play Kallen on 14 June.',
        'It is a warm-up for their concert at Brandt Park four days later.',
        'Tickets went on sale two weeks earlier.',
      ],
      published,
    );
    expect(counted.map((d) => d && spanLabel(d.span))).toEqual(['2012-06-14', '2012-06-18', '2012-06-04']);
  });

  it('picks the year nearest the article for a date written without one', () => {
    const january: ArticleDate = { span: daySpan('2013-01-03'), source: 'published', basis: '' };
    expect(dated('The deal was signed on December 30.', january)).toMatchObject({ date: '2012-12-30' });
  });
});

const book = (articles: readonly Article[]) => NameBook.build(articles);
function dateBook(articles: () => readonly Article[], generation: () => number = () => 1): DateBook {
  return new DateBook(() => articles(), book, generation);
}

describe('article dates: published, or inferred with a reason, never invented', () => {
  const tribune = article({
    id: 'tribune',
    title: 'Minister Novak to visit Lisbon',
    publisher: 'The Harbor Gazette',
    published: '2019-03-04',
    body: [
      'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, officials said on Monday.',
      'Novak is expected to meet Prime Minister Ana Pereira during the visit, the ministry said.',
    ],
  });

  it('reads a dateline, and keeps the article’s own published field null', () => {
    const a = article({
      id: 'line',
      body: [
        'LISBON, March 8, 2019 — The minister arrived in Lisbon for talks on the new port and the railway.',
      ],
    });
    expect(a.published).toBeNull();
    expect(ownDate(a)).toEqual({
      span: daySpan('2019-03-08'),
      source: 'text',
      basis: 'LISBON, March 8, 2019',
    });
  });

  it('takes only the year from the article’s own full dates', () => {
    const a = article({
      id: 'own',
      body: [
        'The summit, which was planned in Lisbon from 5-6 March 2019, was cancelled last week by the hosts.',
      ],
    });
    expect(ownDate(a)).toMatchObject({ span: yearSpan(2019), source: 'text' });
  });

  it('dates an undated report of the same events by a dated article naming the same people', () => {
    const undated = article({
      id: 'undated',
      title: 'Novak in Lisbon',
      body: [
        'Defence Minister Marek Nowak arrived in Lisbon on March 7 for a four-day visit, his office said.',
        'Nowak met Prime Minister Ana Pereira and discussed the port deal with the government.',
      ],
    });
    const books = dateBook(() => [tribune, undated]);
    const d = books.articleDate(undated)!;
    expect(d).toMatchObject({ span: yearSpan(2019), source: 'corpus' });
    expect(d.basis).toContain('Minister Novak to visit Lisbon');
    const i = sentenceWith(undated, 'arrived in Lisbon');
    expect(books.sentenceDate(undated, i)).toMatchObject({ span: daySpan('2019-03-07'), kind: 'inferred' });
  });

  it('does not anchor on one shared name, nor invent a date for an article that gives none', () => {
    const loose = article({
      id: 'loose',
      body: ['Defence Minister Marek Novak spoke about the navy on March 6 at a conference in Oslo.'],
    });
    expect(dateBook(() => [tribune, loose]).articleDate(loose)).toBeNull();
    const none = article({
      id: 'none',
      body: ['The minister spoke about the navy and the budget at a conference.'],
    });
    expect(dateBook(() => [tribune, none]).articleDate(none)).toBeNull();
    expect(dateBook(() => [tribune, none]).sentenceDate(none, 0)).toBeNull();
  });

  it('dates "the first time ... in N years" from the latest such event a dated article reports', () => {
    const later = article({
      id: 'later',
      body: [
        'Portugal’s prime minister met the visiting defence minister in Lisbon on Tuesday for talks on the port.',
        'It is the first time a defence minister from the north has visited Lisbon in four years.',
      ],
    });
    const earlier = article({
      id: 'earlier',
      publisher: 'The Harbor Gazette',
      published: '2019-03-04',
      body: ['The defence minister from the north visited Lisbon for talks on the port and the navy.'],
    });
    const d = dateBook(() => [earlier, later]).articleDate(later)!;
    expect(d).toMatchObject({ span: yearSpan(2023), source: 'corpus' });
    expect(d.basis).toMatch(/four years after/);
  });

  it('re-infers when the corpus changes (an anchor arrives later)', () => {
    const undated = article({
      id: 'undated2',
      body: [
        'Defence Minister Marek Nowak arrived in Lisbon on March 7 and met Prime Minister Ana Pereira there.',
      ],
    });
    let articles: Article[] = [undated];
    let generation = 1;
    const books = dateBook(
      () => articles,
      () => generation,
    );
    expect(books.articleDate(undated)).toBeNull();
    articles = [tribune, undated];
    generation = 2;
    expect(books.articleDate(undated)).toMatchObject({ span: yearSpan(2019) });
  });

  describe('on a large corpus (related articles from a search, narrowed)', () => {
    const undated = article({
      id: 'undated-large',
      title: 'Novak in Lisbon',
      body: [
        'Defence Minister Marek Nowak arrived in Lisbon on March 7 for a four-day visit, his office said.',
        'Nowak met Prime Minister Ana Pereira and discussed the port deal with the government.',
      ],
    });
    // Same people, but other months and published far from March: it cannot name March 7.
    const autumn = article({
      id: 'autumn',
      publisher: 'The Harbor Gazette',
      published: '2019-10-20',
      body: [
        'Defence Minister Marek Novak met Prime Minister Ana Pereira in Porto on October 18, aides said.',
      ],
    });
    const narrowBook = (seen: string[][]) =>
      new DateBook(
        () => [autumn, tribune, undated],
        (articles) => {
          seen.push(articles.map((a) => a.id));
          return NameBook.build(articles);
        },
        () => 1,
        () => true,
      );

    it('dates the report as the whole-corpus rule does, reading people in the matching reports only', () => {
      const seen: string[][] = [];
      const d = narrowBook(seen).articleDate(undated)!;
      expect(d).toMatchObject({ span: yearSpan(2019), source: 'corpus' });
      expect(d.basis).toContain('Minister Novak to visit Lisbon');
      // The whole-corpus rule reads every related article; narrowed, only the report whose days match.
      expect(seen).toEqual([['undated-large', 'tribune']]);
    });

    it('gives the same date after the article was prepared ahead of time', () => {
      const books = narrowBook([]);
      books.prepare(undated);
      expect(books.articleDate(undated)).toEqual(narrowBook([]).articleDate(undated));
    });
  });

  it('is one date book per corpus, shared by whoever asks', () => {
    const corpus = Corpus.from([tribune]);
    expect(corpusDateBook(corpus)).toBe(corpusDateBook(corpus));
    expect(corpusDateBook(corpus)).not.toBe(corpusDateBook(Corpus.from([tribune])));
  });
});

describe('dates an LLM writes are verified like its quotes', () => {
  const oct4 = {
    text: 'Chief of Army Staff (COAS) General Ashfaq Kayani arrived in Moscow on October 4 and visited the tomb.',
    date: { span: daySpan('2012-10-04'), kind: 'explicit' as const, from: 'mention' as const },
  };

  it('finds the dates a bullet states that its cited sentences do not support', () => {
    expect(unsupportedDates('Kayani arrived in Moscow on October 4.', [oct4])).toEqual([]);
    expect(unsupportedDates('Kayani reached Moscow on 4 October 2012.', [oct4])).toEqual([]);
    expect(unsupportedDates('In October 2012 Kayani was in Moscow.', [oct4])).toEqual([]);
    expect(unsupportedDates('Kayani arrived in Moscow on October 5.', [oct4])).toEqual(['October 5']);
    expect(unsupportedDates('Kayani was in Moscow in 2021.', [oct4])).toEqual(['2021']);
    expect(unsupportedDates('Kayani was in Moscow in November.', [oct4])).toEqual(['in November']);
  });

  it('drops an LLM bullet that misdates its quote, and keeps outlets and flags on the rest', async () => {
    const { openSeedBot, answerOf } = await import('../../support/seed-bot.js');
    const writer: Writer = {
      name: 'scripted-llm',
      async write(request) {
        const find = (fragment: string) =>
          request.candidates.find((c) => c.sentence.text.includes(fragment))!;
        const cite = (fragment: string) => {
          const c = find(fragment);
          return { articleId: c.article.id, quote: c.sentence.text };
        };
        return {
          ok: true,
          mode: 'llm',
          bullets: [
            {
              text: 'Kayani arrived in Moscow on October 5.',
              citations: [cite('arrived in Moscow on October 4')],
            },
            {
              text: 'The Russian foreign minister will be visiting Islamabad from October 3-4.',
              citations: [cite('from October 3-4')],
            },
            // Its date is right, but it names someone its quote does not: claim support drops it.
            { text: 'Lavrov held talks in Islamabad on October 3-4.', citations: [cite('from October 3-4')] },
            {
              text: 'Kayani left for Russia on October 3, 2012, for three days.',
              citations: [cite('due to leave for Russia')],
            },
          ],
        };
      },
    };
    const bot = await openSeedBot({ writer });
    try {
      const answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
      expect(answer.mode).toBe('llm');
      expect(answer.bullets.map((b) => b.text)).toEqual([
        'The Russian foreign minister will be visiting Islamabad from October 3-4.',
        'Kayani left for Russia on October 3, 2012, for three days.',
      ]);
      // Every bullet is dated from its quotes, whatever the writer's own words say; outlets and
      // flags come from the quotes too.
      expect(answer.bullets[0]).toMatchObject({
        date: '2012-10-03',
        dateEnd: '2012-10-04',
        dateKind: 'explicit',
      });
      expect(answer.bullets[1]).toMatchObject({ outlets: 2 });
      expect((answer.flags ?? []).map((f) => f.subject)).toContain("Kayani's visit");
    } finally {
      await bot.close();
    }
  });
});
