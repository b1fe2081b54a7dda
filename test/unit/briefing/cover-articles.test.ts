import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { coverArticles } from '../../../src/briefing/write/cover-articles.js';
import type { Candidate, DraftBullet } from '../../../src/briefing/write/writer.js';

function candidate(articleId: string, text: string, score: number): Candidate {
  const article = { id: articleId } as Article;
  return { article, score, sentence: { articleId, index: 0, paragraph: 0, text } };
}

describe('a digest cites every article it counts', () => {
  const pool = [
    candidate('a', 'A first.', 3),
    candidate('b', 'B best.', 2),
    candidate('a', 'A second.', 1.5),
    candidate('c', 'C best.', 1),
    candidate('b', 'B second.', 0.5),
  ];
  const drafts: DraftBullet[] = [{ text: 'A first.', citations: [{ articleId: 'a', quote: 'A first.' }] }];

  it("adds each uncited article's best sentence once, after the writer's bullets", () => {
    expect(coverArticles(drafts, pool, 5).map((d) => d.citations[0]!.quote)).toEqual([
      'A first.',
      'B best.',
      'C best.',
    ]);
  });

  it('adds no more than it may, and nothing when every article is cited', () => {
    expect(coverArticles(drafts, pool, 1)).toHaveLength(2);
    const all = coverArticles(drafts, pool, 5);
    expect(coverArticles(all, pool, 5)).toEqual(all);
  });
});
