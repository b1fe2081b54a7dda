import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { DateBook } from '../../../src/briefing/analysis/article-dates.js';
import type { ClaimSentence } from '../../../src/briefing/analysis/claims.js';
import { findContradictions } from '../../../src/briefing/analysis/contradictions.js';
import { NameBook } from '../../../src/briefing/analysis/person-names.js';
import { quoteIsIn } from '../../../src/briefing/write/verify.js';
import type { Article } from '../../../src/corpus/article.js';
import { type ArticleSpec, article } from '../../fixtures/timeline/build.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

/** Every sentence of the articles, dated as the service dates them. */
function sentencesOf(articles: readonly Article[]): { book: NameBook; sentences: ClaimSentence[] } {
  const dates = new DateBook(
    () => articles,
    (a) => NameBook.build(a),
    () => 1,
  );
  const sentences = articles.flatMap((a) =>
    a.sentences.map((s) => ({
      article: a,
      index: s.index,
      text: s.text,
      date: dates.sentenceDate(a, s.index),
      ref: dates.articleDate(a),
    })),
  );
  return { book: NameBook.build(articles), sentences };
}

function flagsOf(specs: ArticleSpec[]) {
  const { book, sentences } = sentencesOf(specs.map(article));
  return findContradictions(sentences, book).map((f) => ({
    subject: f.subject,
    sides: f.sides.map((s) => `${s.value} ${s.citations.map((c) => c.articleId).join('+')}`),
  }));
}

const gazette: ArticleSpec = {
  id: 'gazette',
  publisher: 'Harbor Gazette',
  published: '2019-03-04',
  body: [
    'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, officials said on Monday.',
  ],
};
const post: ArticleSpec = {
  id: 'post',
  publisher: 'Northern Post',
  published: '2019-03-05',
  body: [
    'Defence Minister Marek Novak will arrive in Lisbon on March 6 for a three-day visit, his office said.',
  ],
};
const herald: ArticleSpec = {
  id: 'herald',
  publisher: 'Evening Herald',
  published: '2019-03-08',
  body: [
    'Defence Minister Marek Nowak arrived in Lisbon on March 7 for a four-day visit and met President Ana Pereira.',
  ],
};

describe('contradictions between outlets about one event', () => {
  it('flags different durations and arrival days of one trip, each version with its citations', () => {
    expect(flagsOf([gazette, post, herald])).toEqual([
      { subject: "Novak's visit", sides: ['three days gazette+post', 'four days herald'] },
      { subject: "Novak's arrival in Lisbon", sides: ['6 Mar post', '7 Mar herald'] },
    ]);
  });

  it('does not flag two different events: the same minister four years later, or "his last visit"', () => {
    const later: ArticleSpec = {
      id: 'later',
      publisher: 'Harbor Gazette',
      published: '2023-05-10',
      body: ['Defence Minister Marek Novak arrived in Lisbon on May 9 for a two-day visit, officials said.'],
    };
    const history: ArticleSpec = {
      id: 'history',
      publisher: 'Northern Post',
      published: '2019-03-05',
      body: [
        "Novak's last visit to Lisbon in 2015 was a five-day visit, Defence Minister Marek Novak recalled.",
      ],
    };
    expect(flagsOf([gazette, later, history])).toEqual([]);
    // Lavrov in Islamabad in 2012 and again in 2021: two visits, no contradiction.
    expect(
      flagsOf([
        {
          id: 'l2012',
          published: '2012-10-02',
          publisher: 'The Express Tribune',
          body: ['Foreign Minister Sergei Lavrov will arrive in Islamabad on October 3 for a two-day visit.'],
        },
        {
          id: 'l2021',
          published: '2021-04-07',
          publisher: 'Arab News',
          body: ['Foreign Minister Sergei Lavrov arrived in Islamabad on April 6 for a one-day visit.'],
        },
      ]),
    ).toEqual([]);
  });

  it('does not flag one outlet against itself, nor people who merely share a surname', () => {
    const self: ArticleSpec = {
      id: 'self',
      publisher: 'Harbor Gazette',
      published: '2019-03-04',
      body: [
        'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, officials said.',
        'Some officials expect Defence Minister Marek Novak to stay for a four-day visit to Lisbon instead.',
      ],
    };
    expect(flagsOf([self])).toEqual([]);
    const other: ArticleSpec = {
      id: 'other',
      publisher: 'Northern Post',
      published: '2019-03-05',
      body: ['Trade Minister Jana Novak will begin a four-day visit to Lisbon on March 6, her office said.'],
    };
    expect(flagsOf([gazette, other])).toEqual([]);
  });

  it('flags different figures for the same report, and a quote put in two mouths', () => {
    const x: ArticleSpec = {
      id: 'x',
      publisher: 'Harbor Gazette',
      published: '2019-03-08',
      body: [
        'The naval agreement signed by Defence Minister Marek Novak and President Ana Pereira is worth $300 million, officials said.',
        'Defence Minister Marek Novak told reporters that "the agreement opens a new chapter for both navies" after the talks.',
      ],
    };
    const y: ArticleSpec = {
      id: 'y',
      publisher: 'Northern Post',
      published: '2019-03-08',
      body: [
        'The naval agreement signed by Defence Minister Marek Novak and President Ana Pereira is worth $450 million, officials said.',
        '"The agreement opens a new chapter for both navies," President Ana Pereira said after the talks.',
      ],
    };
    const flags = flagsOf([x, y]);
    expect(flags).toContainEqual({
      subject: 'The amount (worth …)',
      sides: ['$300 million x', '$450 million y'],
    });
    const quote = flags.find((f) => f.subject.startsWith('Who said'))!;
    expect(quote.subject).toBe('Who said "the agreement opens a new chapter for both…"');
    expect([...quote.sides].sort()).toEqual(['Ana Pereira y', 'Marek Novak x']);
    // "$300 to $500 million" in one sentence is a range, not two claims.
    const range: ArticleSpec = {
      ...x,
      body: [
        'Under the deal signed by Defence Minister Marek Novak, Portugal will get $300 to $500 million for ships.',
      ],
    };
    expect(flagsOf([range])).toEqual([]);
  });
});

describe('contradictions on the seed corpus', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openSeedBot();
  });
  afterAll(() => bot.close());

  it("flags Kayani's three-day vs four-day visit and his arrival day, with citations on both sides", async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
    const flags = answer.flags ?? [];
    const publisherOf = (n: number) => answer.sources.find((s) => s.n === n)!;
    const visit = flags.find((f) => f.subject === "Kayani's visit")!;
    expect(visit.text).toMatch(/^Kayani's visit: three days \[\d+\]\[\d+\] vs four days \[\d+\]$/);
    expect(visit.sides!.map((s) => s.citations.map((c) => publisherOf(c.source).publisher).sort())).toEqual([
      ['The Express Tribune', 'Zee News'],
      ['Dawn'],
    ]);
    const arrival = flags.find((f) => f.subject === "Kayani's arrival in Moscow")!;
    expect(arrival.text).toMatch(/^Kayani's arrival in Moscow: 3 Oct \[\d+\] vs 4 Oct \[\d+\]$/);
    expect(arrival.sides![0]!.citations[0]!.quote).toContain('Oct 3-6');
    expect(arrival.sides![1]!.citations[0]!.quote).toContain('arrived in Moscow on October 4');
    for (const flag of flags) {
      expect(flag.citations.length).toBeGreaterThanOrEqual(2);
      for (const c of flag.citations)
        expect(quoteIsIn(c.quote, bot.corpus.get(publisherOf(c.source).id)!.text)).toBe(true);
    }
  });

  it('raises no flag about Lavrov: his 2012 and 2021 visits are different events', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'When was Lavrov in Islamabad?' }));
    for (const flag of answer.flags ?? []) expect(flag.text).not.toMatch(/Lavrov/);
    expect(answer.flags?.length ?? 0).toBeLessThanOrEqual(2);
  });
});
