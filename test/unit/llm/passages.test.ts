import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/llm/passages.js';
import { formatHistoryTurn, formatPassage } from '../../../src/llm/prompts.js';
import { briefRequest, candidate, candidatesOf, pipeline, visit } from './articles.js';

const BIG = 100_000;

describe('buildContext', () => {
  it('takes the candidate with its neighbours from the same paragraph only', () => {
    // visit sentence 2 ends paragraph 0: its next sentence (3) starts paragraph 1.
    const { passages } = buildContext(briefRequest([candidate(visit, 2)]), BIG);
    expect(passages).toHaveLength(1);
    expect(passages[0]).toMatchObject({ id: 'P1', articleId: 'visit', sentences: [1, 2] });
    expect(passages[0]!.text).toBe(`${visit.sentences[1]!.text} ${visit.sentences[2]!.text}`);
    expect(passages[0]).toMatchObject({
      title: 'Kayani visits Moscow',
      publisher: 'Dawn',
      published: '2011-02-01',
    });
  });

  it('merges overlapping windows into one passage ranked by its best candidate', () => {
    const request = briefRequest([candidate(pipeline, 0, 9), candidate(visit, 0, 8), candidate(visit, 2, 7)]);
    const { passages } = buildContext(request, BIG);
    expect(passages.map((p) => [p.id, p.articleId, p.sentences])).toEqual([
      ['P1', 'pipeline', [0, 1]],
      ['P2', 'visit', [0, 1, 2]],
    ]);
  });

  it('keeps candidate order (best first) across articles and paragraphs', () => {
    const request = briefRequest([candidate(visit, 4), candidate(pipeline, 3), candidate(visit, 0)]);
    const { passages } = buildContext(request, BIG);
    expect(passages.map((p) => `${p.articleId}:${p.sentences.join(',')}`)).toEqual([
      'visit:3,4',
      'pipeline:3',
      'visit:0,1',
    ]);
  });

  it('cuts to the budget deterministically, best first, never over it', () => {
    const request = briefRequest(candidatesOf(visit, pipeline));
    const all = buildContext(request, BIG);
    const budget = Math.floor(all.chars / 2);
    const cut = buildContext(request, budget);
    expect(cut.chars).toBeLessThanOrEqual(budget);
    expect(cut.passages.length).toBeGreaterThan(0);
    expect(cut.passages.length).toBeLessThan(all.passages.length);
    expect(cut.passages[0]!.text).toBe(all.passages[0]!.text);
    expect(cut.chars).toBe(cut.passages.reduce((n, p) => n + formatPassage(p).length, 0));
    expect(buildContext(request, budget)).toEqual(cut);
  });

  it('falls back to the candidate sentence alone when its window does not fit', () => {
    const request = briefRequest([candidate(visit, 1)]);
    const whole = buildContext(request, BIG).passages[0]!;
    const { passages } = buildContext(request, formatPassage(whole).length - 1);
    expect(passages).toHaveLength(1);
    expect(passages[0]!.sentences).toEqual([1]);
    expect(passages[0]!.text).toBe(visit.sentences[1]!.text);
    expect(buildContext(request, 20).passages).toEqual([]);
  });

  it('keeps the newest history within a quarter of the budget, oldest first', () => {
    const history = [1, 2, 3, 4].map((n) => ({
      kind: 'answer' as const,
      question: `question number ${n}?`,
      bullets: [`bullet ${n}a that was shown`, `bullet ${n}b that was shown`],
    }));
    const one = formatHistoryTurn(history[3]!).length;
    const budget = Math.ceil((one * 2 + 1) * 4);
    const context = buildContext(briefRequest(candidatesOf(visit), { history }), budget);
    expect(context.history.map((t) => t.question)).toEqual(['question number 3?', 'question number 4?']);
    expect(context.chars).toBeLessThanOrEqual(budget);
    const none = buildContext(briefRequest([], { history }), 4 * (one - 5));
    expect(none.history).toHaveLength(1);
    expect(none.history[0]!.question).toBe('question number 4?');
    expect(none.history[0]!.bullets.length).toBeLessThan(2);
  });
});
