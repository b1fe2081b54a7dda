import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../../../src/corpus/article.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { loadCorpusDir } from '../../../src/corpus/load-corpus.js';

const raw: RawArticle = {
  id: 'x1',
  title: 'Gas deal signed',
  publisher: 'Example Post',
  published: '2024-05-01',
  url: 'https://example.com/gas',
  fetchedAt: null,
  feed: null,
  alsoPublishedBy: ['Other Daily'],
  path: 'data/articles/x1.md',
  body: 'Gas deal signed\n\nADVERTISEMENT\n\nThe two governments signed a gas deal on Monday. Mr. Ahmed called it historic.\n\nDeliveries start next year, officials said.\n',
};

describe('buildArticle', () => {
  it('keeps the metadata, drops the raw body and numbers sentences across paragraphs', () => {
    const a = buildArticle(raw);
    expect(a).toMatchObject({
      id: 'x1',
      title: 'Gas deal signed',
      publisher: 'Example Post',
      published: '2024-05-01',
      url: 'https://example.com/gas',
      alsoPublishedBy: ['Other Daily'],
      path: 'data/articles/x1.md',
    });
    expect('body' in a).toBe(false);
    expect(a.paragraphs).toEqual([
      'The two governments signed a gas deal on Monday. Mr. Ahmed called it historic.',
      'Deliveries start next year, officials said.',
    ]);
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.sentences).toEqual([
      { articleId: 'x1', index: 0, paragraph: 0, text: 'The two governments signed a gas deal on Monday.' },
      { articleId: 'x1', index: 1, paragraph: 0, text: 'Mr. Ahmed called it historic.' },
      { articleId: 'x1', index: 2, paragraph: 1, text: 'Deliveries start next year, officials said.' },
    ]);
  });

  it('gives every seed sentence as a substring of the text and of its paragraph', async () => {
    const { articles } = await loadCorpusDir('data/articles');
    expect(articles).toHaveLength(5);
    for (const r of articles) {
      const a = buildArticle(r);
      expect(a.sentences.length, r.id).toBeGreaterThan(10);
      a.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.articleId).toBe(r.id);
        expect(a.paragraphs[s.paragraph], `${r.id}#${i}`).toContain(s.text);
        expect(a.text).toContain(s.text);
      });
    }
  });
});
