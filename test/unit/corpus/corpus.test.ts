import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { Corpus } from '../../../src/corpus/corpus.js';

function article(id: string, title: string, sentences: string[]): Article {
  return {
    id,
    title,
    publisher: 'Test Wire',
    published: '2012-10-03',
    url: null,
    fetchedAt: null,
    feed: null,
    alsoPublishedBy: [],
    path: `data/articles/${id}.md`,
    paragraphs: [sentences.join(' ')],
    sentences: sentences.map((text, index) => ({ articleId: id, index, paragraph: 0, text })),
    text: sentences.join(' '),
  };
}

const A = article('a-kayani', 'Kayani leaves for Russia', [
  'The army chief embarked on a three-day visit.',
  'He will meet Russian commanders in Moscow.',
  'Officials expect defence cooperation to grow.',
]);
const B = article('b-lavrov', 'Lavrov to visit Islamabad', [
  'Sergei Lavrov arrives tomorrow.',
  'Gen Kiani will be in Moscow at the same time.',
]);
const C = article('c-cricket', 'Cricket in Lahore', [
  'Pakistan won the match in Lahore.',
  'The crowd cheered.',
]);

describe('Corpus', () => {
  it('numbers sentences globally and keeps per-article ranges', () => {
    const corpus = Corpus.from([B, A, C]);
    expect(corpus.size).toBe(3);
    expect(corpus.sentenceCount).toBe(7);
    expect(corpus.ordinalsOf('b-lavrov')).toEqual([0, 1]);
    expect(corpus.ordinalsOf('a-kayani')).toEqual([2, 3, 4]);
    expect(corpus.ordinalsOf('nope')).toEqual([]);
    expect(corpus.sentence(3)).toBe(A.sentences[1]);
    expect(corpus.sentence(99)).toBeUndefined();
    expect(corpus.articleOf(3)).toBe(A);
    expect(corpus.get('c-cricket')).toBe(C);
    expect(corpus.articles().map((a) => a.id)).toEqual(['a-kayani', 'b-lavrov', 'c-cricket']);
  });

  it('finds sentences by their words, with article and ordinal', () => {
    const corpus = Corpus.from([A, B, C]);
    const [hit] = corpus.search('Lahore match', 1);
    expect(hit!.article).toBe(C);
    expect(hit!.sentence.text).toBe('Pakistan won the match in Lahore.');
    expect(hit!.ordinal).toBe(5);
    expect(hit!.matched).toBe(2);
  });

  it('finds sentences of an article by its title, below sentences that name the term themselves', () => {
    const corpus = Corpus.from([A, B, C]);
    const hits = corpus.search('Kayani', 10);
    const texts = hits.map((h) => h.sentence.text);
    // B's sentence says "Kiani" (a variant); A's sentences only have "Kayani" in their title.
    expect(texts[0]).toBe('Gen Kiani will be in Moscow at the same time.');
    expect(texts.slice(1)).toEqual([
      'The army chief embarked on a three-day visit.',
      'He will meet Russian commanders in Moscow.',
      'Officials expect defence cooperation to grow.',
    ]);
    expect(hits.every((h) => h.matched === 1)).toBe(true);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
    expect(corpus.search('cheered', 5).map((h) => h.article.id)).toEqual(['c-cricket']);
  });

  it('adds title matches to sentence matches', () => {
    const corpus = Corpus.from([A, B, C]);
    // "visit" is in A's first sentence and B's title; "Moscow" in A's second and B's second.
    const hits = corpus.search('visit Moscow', 10);
    const moscowInB = hits.find((h) => h.article.id === 'b-lavrov' && h.sentence.index === 1)!;
    const moscowInA = hits.find((h) => h.article.id === 'a-kayani' && h.sentence.index === 1)!;
    expect(moscowInB.matched).toBe(2);
    expect(moscowInA.matched).toBe(1);
    expect(moscowInB.score).toBeGreaterThan(moscowInA.score);
    // B's first sentence has neither word: it is found through the title alone, lowest.
    expect(hits.at(-1)!.ordinal).toBe(3);
    expect(hits.at(-1)!.score).toBeLessThan(moscowInA.score);
  });

  it('applies a filter on ordinals', () => {
    const corpus = Corpus.from([A, B, C]);
    const hits = corpus.search('Moscow', 10, { filter: (o) => corpus.articleOf(o)?.id === 'a-kayani' });
    expect(hits.map((h) => h.ordinal)).toEqual([1]);
  });

  it('refuses a search from inside its own filter instead of corrupting results', () => {
    const corpus = Corpus.from([A, B, C]);
    expect(() => corpus.search('Moscow', 5, { filter: () => corpus.search('Lahore', 1).length > 0 })).toThrow(
      /inside a search filter/,
    );
    expect(corpus.search('Moscow', 5).length).toBe(2);
  });

  it('a filter that throws leaves later searches unaffected', () => {
    const corpus = Corpus.from([A, B, C]);
    const fresh = Corpus.from([A, B, C]);
    expect(() =>
      corpus.search('Kayani Moscow', 10, {
        filter: () => {
          throw new Error('boom');
        },
      }),
    ).toThrow('boom');
    // A stale title score for the Kayani article would lift its Moscow sentence here.
    expect(corpus.search('Moscow', 10)).toEqual(fresh.search('Moscow', 10));
    expect(corpus.search('Kayani Moscow', 10)).toEqual(fresh.search('Kayani Moscow', 10));
  });

  it('is deterministic on ties: lower ordinal first', () => {
    const corpus = Corpus.from([
      article('x', 'One', ['Gazprom deal.']),
      article('y', 'Two', ['Gazprom deal.']),
    ]);
    expect(corpus.search('gazprom', 2).map((h) => h.article.id)).toEqual(['x', 'y']);
  });

  it('incremental adds give the same results as building from scratch', () => {
    const scratch = Corpus.from([A, B, C]);
    const inc = Corpus.from([A]);
    inc.add(B);
    inc.add(C);
    for (const q of ['Kayani Moscow', 'visit', 'Lahore', 'Sergey Lavrov']) {
      expect(inc.search(q, 10)).toEqual(scratch.search(q, 10));
      expect(inc.analyze(q)).toEqual(scratch.analyze(q));
    }
  });

  it('removes an article and its sentences', () => {
    const corpus = Corpus.from([A, B, C]);
    expect(corpus.remove('b-lavrov')).toBe(true);
    expect(corpus.remove('b-lavrov')).toBe(false);
    expect(corpus.size).toBe(2);
    expect(corpus.sentenceCount).toBe(5);
    expect(corpus.get('b-lavrov')).toBeUndefined();
    expect(corpus.sentence(3)).toBeUndefined();
    expect(corpus.sentence(0)).toBe(A.sentences[0]);
    expect(corpus.search('Lavrov', 5)).toEqual([]);
    const rebuilt = Corpus.from([A, C]);
    const strip = (hits: ReturnType<Corpus['search']>) => hits.map((h) => [h.sentence, h.score, h.matched]);
    expect(strip(corpus.search('Kayani Moscow', 10))).toEqual(strip(rebuilt.search('Kayani Moscow', 10)));
  });

  it('replacing an article hides its old sentences and gives the new ones new ordinals', () => {
    const corpus = Corpus.from([A, B, C]);
    const updated = article('b-lavrov', 'Lavrov visit postponed', ['The visit was postponed to November.']);
    corpus.add(updated);
    expect(corpus.size).toBe(3);
    expect(corpus.sentenceCount).toBe(6);
    expect(corpus.get('b-lavrov')).toBe(updated);
    expect(corpus.search('Sergei', 5)).toEqual([]);
    const [hit] = corpus.search('postponed November', 1);
    expect(hit!.article).toBe(updated);
    expect(hit!.ordinal).toBe(7);
    expect(corpus.ordinalsOf('b-lavrov')).toEqual([7]);
    expect(corpus.sentence(3)).toBeUndefined();
    expect(corpus.sentence(4)).toBeUndefined();
  });

  it('returns nothing for an empty corpus or an empty query', () => {
    expect(new Corpus().search('Kayani', 5)).toEqual([]);
    expect(Corpus.from([A]).search('the of and', 5)).toEqual([]);
  });
});
