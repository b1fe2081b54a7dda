import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { writeOffline } from '../../../src/briefing/write/offline-writer.js';
import type { Candidate, WriteRequest } from '../../../src/briefing/write/writer.js';

function article(id: string, sentences: string[]): Article {
  return {
    id,
    title: `Article ${id}`,
    publisher: `Outlet ${id}`,
    published: null,
    url: null,
    fetchedAt: null,
    feed: null,
    alsoPublishedBy: [],
    path: `test/${id}.md`,
    paragraphs: sentences,
    sentences: sentences.map((text, index) => ({ articleId: id, index, paragraph: index, text })),
    text: sentences.join('\n\n'),
  };
}

function candidates(...rows: [Article, number, number][]): Candidate[] {
  return rows.map(([a, index, score]) => ({ article: a, sentence: a.sentences[index]!, score }));
}

const request = (kind: WriteRequest['kind'], cands: Candidate[], maxBullets = 6): WriteRequest => ({
  kind,
  query: 'q',
  question: null,
  topic: null,
  candidates: cands,
  history: [],
  maxBullets,
});

const a = article('a', [
  'The minister will visit the northern province next month to open the new dam.',
  'The dam project was delayed because the contractor failed to secure the required financing.',
  'Engineers finished the concrete wall of the northern dam on Tuesday after four years of work.',
]);
const b = article('b', [
  'Engineers completed the concrete wall of the northern dam on Tuesday after four years of construction.',
  'Farmers downstream say the reservoir will flood grazing land used by their families.',
]);
const c = article('c', [
  'The dam wall was finished on Tuesday after four years, engineers said, of work on the northern dam.',
]);

describe('writeOffline', () => {
  it('orders a brief as what happened, then why, then what next', () => {
    const bullets = writeOffline(request('brief', candidates([a, 0, 3], [a, 1, 2.5], [a, 2, 2])));
    expect(bullets.map((x) => x.text)).toEqual([
      a.sentences[2]!.text, // happened
      a.sentences[1]!.text, // why: "because"
      a.sentences[0]!.text, // next: "will"
    ]);
  });

  it('keeps relevance order for an answer: the best answer leads', () => {
    const bullets = writeOffline(request('answer', candidates([a, 0, 3], [a, 1, 2.5], [a, 2, 2])));
    expect(bullets[0]!.text).toBe(a.sentences[0]!.text);
  });

  it('merges one statement from several outlets into one bullet citing each', () => {
    const bullets = writeOffline(
      request('brief', candidates([a, 2, 3], [b, 0, 2.9], [c, 0, 2.5], [b, 1, 1.5])),
    );
    const merged = bullets.find((x) => x.citations.length > 1)!;
    expect(merged.citations.map((x) => x.articleId).sort()).toEqual(['a', 'b', 'c']);
    expect(bullets).toHaveLength(2);
    for (const x of bullets) {
      for (const cite of x.citations) {
        const source = [a, b, c].find((art) => art.id === cite.articleId)!;
        expect(source.text).toContain(cite.quote);
      }
    }
  });

  it('does not merge different claims about the same subject', () => {
    const bullets = writeOffline(request('brief', candidates([a, 0, 3], [b, 1, 2.9])));
    expect(bullets).toHaveLength(2);
    expect(bullets.every((x) => x.citations.length === 1)).toBe(true);
  });

  it('respects maxBullets and returns nothing for no candidates', () => {
    expect(writeOffline(request('brief', candidates([a, 0, 3], [a, 1, 2], [b, 1, 1]), 2))).toHaveLength(2);
    expect(writeOffline(request('brief', []))).toEqual([]);
  });

  it('strips a dateline from the bullet text but quotes the sentence verbatim', () => {
    const d = article('d', [
      'ISLAMABAD: The talks between the two delegations ended without an agreement on prices.',
    ]);
    const [bullet] = writeOffline(request('brief', candidates([d, 0, 1])));
    expect(bullet!.text).toBe('The talks between the two delegations ended without an agreement on prices.');
    expect(bullet!.citations[0]!.quote).toBe(d.sentences[0]!.text);
  });
});
