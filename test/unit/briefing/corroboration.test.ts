import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import type { Answer } from '../../../src/briefing/answer.js';
import { textFactsDisagree } from '../../../src/briefing/analysis/claims.js';
import {
  corroborate,
  countOutlets,
  isCopy,
  outletKeys,
  runHashes,
} from '../../../src/briefing/analysis/corroboration.js';
import type { Article } from '../../../src/corpus/article.js';
import { article } from '../../fixtures/timeline/build.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

const VISIT = [
  'Defence Minister Marek Novak will begin a three-day visit to Lisbon on Monday, officials said in a statement.',
  'The minister is expected to sign a naval agreement with the government of Portugal during the trip.',
];

describe('counting outlets', () => {
  it('counts publishers once, up to case, punctuation and a leading "The", plus those that carried the story', () => {
    const a = article({ id: 'a', publisher: 'The Express Tribune', body: VISIT });
    const b = article({
      id: 'b',
      publisher: 'express tribune',
      body: ['Another report on the naval agreement with Portugal and the visit.'],
    });
    const c = article({ id: 'c', publisher: 'Dawn', alsoPublishedBy: ['Zee News', 'DAWN'], body: VISIT });
    expect(countOutlets([a, b])).toBe(1);
    expect(outletKeys([a, c])).toEqual(new Set(['express tribune', 'dawn', 'zee news']));
  });

  it('counts an article without a publisher as an outlet only when its text is its own', () => {
    const gazette = article({ id: 'g', publisher: 'Harbor Gazette', body: VISIT });
    const scrape = article({ id: 's', body: [...VISIT, 'Share this story.'] });
    const own = article({
      id: 'o',
      body: [
        'Portugal and the north will sign a naval agreement when Minister Novak arrives in Lisbon for three days.',
        'Diplomats said the deal had been in the works for a year and covered ports and training.',
      ],
    });
    const ownCopy = article({ id: 'o2', body: own.paragraphs });
    expect(isCopy(scrape.text, gazette.text)).toBe(true);
    expect(countOutlets([gazette, scrape])).toBe(1);
    expect(countOutlets([gazette, own])).toBe(2);
    expect(countOutlets([gazette, own, ownCopy])).toBe(2);
    expect(countOutlets([own, ownCopy])).toBe(1);
  });
});

describe('comparing articles for copies', () => {
  /** The runs as the strings `isCopy` compares, each hashed whole: what `runHashes` must equal. */
  const stringRunHashes = (text: string) => {
    const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const runs = new Set<string>();
    for (let i = 0; i + 4 <= words.length; i++) runs.add(words.slice(i, i + 4).join(' '));
    const hash = (run: string) => {
      let a = 0x811c9dc5;
      let b = 0x9747b28c;
      for (let i = 0; i < run.length; i++) {
        a = Math.imul(a ^ run.charCodeAt(i), 0x01000193);
        b = Math.imul(b ^ run.charCodeAt(i), 0x5bd1e995);
      }
      return (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
    };
    return [...new Set([...runs].map(hash))].sort((x, y) => x - y);
  };

  it('hashes each distinct 4-word run once, sorted, as the runs written out would hash', () => {
    for (const text of [
      ...VISIT,
      VISIT.join(' '),
      'a b c',
      'a b c d',
      'a b c d a b c d a b c d',
      '',
      'Ünïcödé 12 34 56 78 x',
    ])
      expect([...runHashes(text)]).toEqual(stringRunHashes(text));
  });

  it('asks the given comparison whether two articles of no publisher are copies', () => {
    const one = article({ id: 'x', body: VISIT });
    const two = article({ id: 'y', body: VISIT });
    const asked: string[] = [];
    const copy = (a: Article, b: Article) => {
      asked.push(`${a.id}${b.id}`);
      return false;
    };
    expect(outletKeys([one, two], copy)).toEqual(new Set(['article:x', 'article:y']));
    expect(asked).toEqual(['yx']);
    expect(outletKeys([one, two]).size).toBe(1);
  });
});

describe('corroborating a bullet from the candidate pool', () => {
  const gazette = article({ id: 'g', publisher: 'Harbor Gazette', body: VISIT });
  const post = article({
    id: 'p',
    publisher: 'Northern Post',
    body: [
      'Defence Minister Marek Novak begins a three-day visit to Lisbon on Monday, officials said on Friday.',
    ],
  });
  const herald = article({
    id: 'h',
    publisher: 'Evening Herald',
    body: [
      'Defence Minister Marek Novak begins a four-day visit to Lisbon on Monday, officials said on Friday.',
    ],
  });
  const gazette2 = article({
    id: 'g2',
    publisher: 'Harbor Gazette',
    body: [
      'Defence Minister Marek Novak will begin a three-day visit to Lisbon on Monday, officials said again.',
    ],
  });
  const all = new Map<string, Article>([gazette, post, herald, gazette2].map((a) => [a.id, a]));
  const pool = [post, herald, gazette2].map((a) => ({ article: a, text: a.sentences[0]!.text }));
  const disagree = (x: { quote: string }, y: { quote: string }) => textFactsDisagree(x.quote, y.quote);

  it('adds another outlet that says the same, never one that disagrees or the same outlet again', () => {
    const [bullet] = corroborate(
      [{ text: 'x', citations: [{ articleId: 'g', quote: gazette.sentences[0]!.text }] }],
      pool,
      { get: (id) => all.get(id), disagree },
    );
    expect(bullet!.citations.map((c) => c.articleId)).toEqual(['g', 'p']);
  });

  it('folds two bullets stating one claim from two outlets into one bullet citing both', () => {
    const bullets = corroborate(
      [
        { text: 'a', citations: [{ articleId: 'g', quote: gazette.sentences[0]!.text }] },
        { text: 'b', citations: [{ articleId: 'p', quote: post.sentences[0]!.text }] },
        { text: 'c', citations: [{ articleId: 'h', quote: herald.sentences[0]!.text }] },
      ],
      [],
      { get: (id) => all.get(id), disagree },
    );
    expect(bullets.map((b) => b.citations.map((c) => c.articleId))).toEqual([['g', 'p'], ['h']]);
  });
});

/** The bullet citing a quote that contains `fragment`. */
function bulletWith(answer: Answer, fragment: string) {
  const bullet = answer.bullets.find((b) => b.citations.some((c) => c.quote.includes(fragment)));
  if (!bullet) throw new Error(`no bullet cites "${fragment}"`);
  return bullet;
}
const outletsOf = (answer: Answer, bullet: Answer['bullets'][number]) =>
  [
    ...new Set(
      bullet.citations.map((c) => answer.sources.find((s) => s.n === c.source)!.publisher ?? 'none'),
    ),
  ].sort();

describe('corroboration counts on the seed corpus', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openSeedBot();
  });
  afterAll(() => bot.close());

  it("Postnikov's visit in May last year: Dawn and the publisher-less review, 2 outlets", async () => {
    const answer = answerOf(await bot.api.ask({ question: 'Postnikov visit in May' }));
    const b = bulletWith(answer, 'Postnikov');
    expect(b.outlets).toBe(2);
    expect(outletsOf(answer, b)).toEqual(['Dawn', 'none']);
  });

  it('the "common objective of peace and stability": Zee News and The Express Tribune, 2 outlets', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'common objective of peace and stability' }));
    const b = bulletWith(answer, 'common objective of peace and stability');
    expect(b.outlets).toBe(2);
    expect(outletsOf(answer, b)).toEqual(['The Express Tribune', 'Zee News']);
  });

  it("the postponed quadrilateral summit after Putin's cancellation: 2 outlets", async () => {
    const answer = answerOf(await bot.api.ask({ question: 'quadrilateral summit postponed' }));
    const b = bulletWith(answer, 'uadrilateral');
    expect(b.outlets).toBe(2);
    expect(outletsOf(answer, b)).toEqual(['Zee News', 'none']);
  });

  it("Kayani's three-day trip from October 3: Zee News and The Express Tribune, not Dawn's four days", async () => {
    const answer = answerOf(await bot.api.ask({ question: 'When did Kayani leave for Russia?' }));
    const b = bulletWith(answer, 'three-day');
    expect(b.outlets).toBe(2);
    expect(outletsOf(answer, b)).toEqual(['The Express Tribune', 'Zee News']);
    expect(b.citations.some((c) => c.quote.includes('four-day'))).toBe(false);
  });

  it('the Sputnik-V vaccine plan and the 2021 visit: one outlet each, marked as such', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'Sputnik vaccine' }));
    expect(bulletWith(answer, 'Sputnik').outlets).toBe(1);
    const timeline = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
    expect(bulletWith(timeline, "Russia's foreign minister met the Pakistani prime minister").outlets).toBe(
      1,
    );
  });

  it('puts an outlet count on every bullet of every kind of answer', async () => {
    const answers = [
      answerOf(await bot.api.brief({ topic: 'pakistan-russia' })),
      answerOf(await bot.api.ask({ question: 'What did Gazprom want?' })),
      answerOf(await bot.api.digest({ topic: 'pakistan-russia' })),
    ];
    for (const a of answers) {
      for (const b of a.bullets) {
        expect(b.outlets).toBeGreaterThanOrEqual(1);
        expect(b.outlets).toBeLessThanOrEqual(new Set(b.citations.map((c) => c.source)).size);
      }
    }
  });
});
