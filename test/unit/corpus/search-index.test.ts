import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/corpus/search-index.js';

const DOCS = [
  'Pakistan and Russia agreed to expand defence ties.',
  'Pakistan held talks on trade with China.',
  'Pakistan said the economy grew last year.',
  'The army chief Kayani visited Moscow for talks.',
  'Gen Kiani met Russian commanders in Moscow.',
  'Pakistan and Russia discussed a gas pipeline.',
  'Russia said Pakistan would buy helicopters.',
  'Pakistan cricket team won in Lahore.',
  'Weather in Islamabad was mild.',
  'Lavrov arrived in Islamabad for talks with Pakistan.',
];

function build(docs: readonly string[], ids: readonly number[] = docs.map((_, i) => i)): SearchIndex {
  const index = new SearchIndex();
  docs.forEach((d, i) => {
    index.add(ids[i]!, d);
  });
  return index;
}

describe('SearchIndex ranking', () => {
  it('ranks a document with the rarer term above one with only the common term', () => {
    const index = build(DOCS);
    const hits = index.search('Pakistan pipeline', 10);
    expect(hits[0]!.doc).toBe(5);
    expect(hits[0]!.matched).toBe(2);
    // Every Pakistan document is found, below the one that also says "pipeline".
    expect(hits.map((h) => h.doc).sort((a, b) => a - b)).toEqual([0, 1, 2, 5, 6, 7, 9]);
    const pipelineOnly = index.search('pipeline', 10);
    expect(pipelineOnly.map((h) => h.doc)).toEqual([5]);
  });

  it('down-weights terms found in more than a fifth of the documents', () => {
    const index = build(DOCS);
    const [pakistan, pipeline] = index.analyze('Pakistan pipeline');
    expect(pakistan!.df).toBe(7);
    expect(pipeline!.df).toBe(1);
    expect(pakistan!.idf).toBeLessThan(pipeline!.idf / 4);
    const n = 10;
    const plain = Math.log(1 + (n - 7 + 0.5) / (7 + 0.5));
    expect(pakistan!.idf).toBeCloseTo(plain * 0.5, 10);
  });

  it('finds a variant spelling, scoring it below the exact spelling', () => {
    const index = build(DOCS);
    const hits = index.search('Kayani', 10);
    expect(hits.map((h) => h.doc)).toEqual([3, 4]);
    expect(hits[0]!.matched).toBe(1);
    expect(hits[1]!.matched).toBe(1);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
    const [kayani] = index.analyze('Kayani');
    expect(kayani!.variants).toEqual(['kiani']);
  });

  it('finds variants of a spelling the index has never seen', () => {
    const index = build(DOCS);
    const [kiyani] = index.analyze('Kiyani');
    expect(kiyani!.df).toBe(0);
    expect(kiyani!.variants.sort()).toEqual(['kayani', 'kiani']);
    expect(
      index
        .search('Kiyani', 5)
        .map((h) => h.doc)
        .sort(),
    ).toEqual([3, 4]);
  });

  it('finds variants when the query is already reduced to stems', () => {
    const index = new SearchIndex();
    index.add(0, 'Prophet Muhammad was born in Mecca.');
    index.add(1, 'Mohammed Hanif wrote a novel.');
    index.add(2, 'Nothing to see here.');
    // "Mohammed" stems to "moham"; a caller that searches with stems still finds "Muhammad".
    for (const q of ['Mohammed', 'moham']) {
      expect(
        index
          .search(q, 5)
          .map((h) => h.doc)
          .sort(),
      ).toEqual([0, 1]);
    }
    expect(index.analyze('moham')[0]!.variants).toEqual(['muhammad']);
  });

  it('matches stems: "visit" finds "visited"', () => {
    const index = build(DOCS);
    expect(index.search('visits', 5).map((h) => h.doc)).toEqual([3]);
  });

  it('applies the filter', () => {
    const index = build(DOCS);
    const hits = index.search('Pakistan pipeline', 3, { filter: (doc) => doc !== 5 && doc % 2 === 0 });
    expect(hits.map((h) => h.doc).sort((a, b) => a - b)).toEqual([0, 2, 6]);
    const seen: number[] = [];
    index.search('Pakistan', 1, {
      filter: (doc) => {
        seen.push(doc);
        return true;
      },
    });
    // The filter is asked only about documents that could still make the cut.
    expect(seen.length).toBeLessThan(7);
  });

  it('breaks ties by doc id, so results are deterministic', () => {
    const index = new SearchIndex();
    for (const id of [7, 3, 9, 1, 5]) index.add(id, 'Moscow talks');
    index.add(2, 'Islamabad');
    const hits = index.search('moscow', 3);
    expect(hits.map((h) => h.doc)).toEqual([1, 3, 5]);
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
  });

  it('returns nothing for stopword-only, unknown or empty queries and for k <= 0', () => {
    const index = build(DOCS);
    expect(index.search('the and of', 5)).toEqual([]);
    expect(index.search('zanzibar', 5)).toEqual([]);
    expect(index.search('', 5)).toEqual([]);
    expect(index.search('Pakistan', 0)).toEqual([]);
  });

  it('uses real BM25 numbers', () => {
    const index = new SearchIndex();
    index.add(0, 'alpha beta');
    index.add(1, 'gamma delta epsilon zeta');
    index.add(2, 'eta theta');
    index.add(3, 'iota kappa');
    index.add(4, 'lambda mu');
    const [hit] = index.search('alpha', 1);
    const n = 5;
    const idf = Math.log(1 + (n - 1 + 0.5) / (1 + 0.5));
    const avg = 12 / 5;
    const expected = (idf * 1 * 2.2) / (1 + 1.2 * (1 - 0.75 + (0.75 * 2) / avg));
    expect(hit!.score).toBeCloseTo(expected, 12);
  });
});

describe('SearchIndex incremental build', () => {
  it('adding documents one by one equals building from scratch', () => {
    const scratch = build(DOCS);
    const incremental = build(DOCS.slice(0, 6));
    const before = incremental.search('Pakistan Russia talks', 10);
    DOCS.slice(6).forEach((d, i) => {
      incremental.add(6 + i, d);
    });
    for (const q of ['Pakistan Russia talks', 'Kayani Moscow', 'Islamabad', 'gas pipeline Russia']) {
      expect(incremental.search(q, 10)).toEqual(scratch.search(q, 10));
      expect(incremental.analyze(q)).toEqual(scratch.analyze(q));
    }
    expect(before).not.toEqual(scratch.search('Pakistan Russia talks', 10));
  });

  it('grows past many postings blocks without losing any', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 5000; i++) index.add(i, i % 3 === 0 ? `moscow word${i}` : `lahore word${i}`);
    expect(index.search('moscow', 10_000).length).toBe(1667);
    expect(index.search('word4999', 5).map((h) => h.doc)).toEqual([4999]);
    expect(index.size).toBe(5000);
  });

  it('refuses a doc id twice', () => {
    const index = build(DOCS);
    expect(() => index.add(3, 'again')).toThrow(/already used/);
    expect(() => index.add(-1, 'x')).toThrow(RangeError);
  });
});

describe('SearchIndex removal', () => {
  it('after removing documents, results equal an index of the rest', () => {
    const full = build(DOCS);
    expect(full.remove(5, DOCS[5]!)).toBe(true);
    expect(full.remove(3, DOCS[3]!)).toBe(true);
    expect(full.remove(3, DOCS[3]!)).toBe(false);
    const keep = [0, 1, 2, 4, 6, 7, 8, 9];
    const rest = build(
      keep.map((i) => DOCS[i]!),
      keep,
    );
    for (const q of ['Pakistan Russia pipeline', 'Kayani Moscow', 'talks']) {
      expect(full.search(q, 10)).toEqual(rest.search(q, 10));
    }
    expect(full.size).toBe(8);
    expect(full.has(5)).toBe(false);
    expect(() => full.add(5, 'reuse')).toThrow(/already used/);
  });
});

describe('SearchIndex serialisation', () => {
  it('round-trips through a buffer with identical results, and keeps accepting documents', () => {
    const index = build(DOCS);
    index.remove(2, DOCS[2]!);
    const buf = index.toBuffer();
    const loaded = SearchIndex.fromBuffer(buf);
    for (const q of ['Pakistan pipeline', 'Kiyani', 'Kayani Moscow talks', 'economy', 'Islamabad weather']) {
      expect(loaded.search(q, 10)).toEqual(index.search(q, 10));
      expect(loaded.analyze(q)).toEqual(index.analyze(q));
    }
    expect(loaded.toBuffer().equals(buf)).toBe(true);
    index.add(20, 'Kayani returned from Moscow.');
    loaded.add(20, 'Kayani returned from Moscow.');
    expect(loaded.search('Kayani Moscow', 10)).toEqual(index.search('Kayani Moscow', 10));
    expect(() => loaded.add(2, 'removed ids stay retired')).toThrow(/already used/);
  });

  it('rejects what is not an index, as an exception or as a value', () => {
    expect(() => SearchIndex.fromBuffer(Buffer.from('hello world'))).toThrow(/not a briefbot search index/);
    const buf = build(DOCS).toBuffer();
    expect(() => SearchIndex.fromBuffer(buf.subarray(0, buf.length - 3))).toThrow(/search index/);
    const bad = SearchIndex.tryFromBuffer(Buffer.from(buf.subarray(0, 20)));
    expect(bad.ok).toBe(false);
    const good = SearchIndex.tryFromBuffer(buf);
    expect(good.ok).toBe(true);
  });

  it('round-trips an empty index', () => {
    const loaded = SearchIndex.fromBuffer(new SearchIndex().toBuffer());
    expect(loaded.size).toBe(0);
    expect(loaded.search('anything', 5)).toEqual([]);
  });
});
