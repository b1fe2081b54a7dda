import { describe, expect, it } from 'vitest';
import { type Answer, answerSchema } from '../../../src/briefing/answer.js';
import { withViews } from '../../../src/briefing/views/answer-views.js';
import { bulletDateLabel, sourceDateLabel } from '../../../src/briefing/views/date-label.js';
import { renderAnswerText } from '../../../src/cli/render-text.js';

const tomorrow = "Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow.";

describe('date labels', () => {
  it('words a bullet date by how it is known', () => {
    expect(bulletDateLabel({ date: '2012-10-03', dateKind: 'relative' })).toBe('3 Oct 2012');
    expect(bulletDateLabel({ date: '2012-10-03', dateKind: 'explicit', dateEnd: '2012-10-06' })).toBe(
      '3–6 Oct 2012',
    );
    expect(bulletDateLabel({ date: '2012-10', dateKind: 'explicit' })).toBe('Oct 2012');
    expect(bulletDateLabel({ date: '2012', dateKind: 'inferred' })).toBe('2012, inferred');
    expect(bulletDateLabel({ date: '2012-10-04', dateKind: 'inferred' })).toBe('4 Oct 2012, inferred');
    expect(bulletDateLabel({ date: '2012-10-02', dateKind: 'article' })).toBe('reported 2 Oct 2012');
    expect(bulletDateLabel({ date: null, dateKind: null })).toBeNull();
    expect(bulletDateLabel({})).toBeNull();
  });

  it("words an article's one date: published, else inferred, else unknown", () => {
    expect(sourceDateLabel({ published: '2012-10-02' })).toBe('2012-10-02');
    expect(sourceDateLabel({ published: null, publishedInferred: { date: '2012', basis: 'b' } })).toBe(
      '2012 (inferred)',
    );
    expect(sourceDateLabel({ published: null })).toBe('date unknown');
  });
});

describe('CLI text', () => {
  const answer: Answer = answerSchema.parse({
    kind: 'brief',
    topic: 't',
    query: 'q',
    mode: 'offline',
    bullets: [
      {
        text: tomorrow,
        citations: [{ source: 1, quote: tomorrow }],
        outlets: 1,
        date: '2012-10-03',
        dateKind: 'relative',
      },
      {
        text: 'Talks began.',
        citations: [{ source: 2, quote: 'Talks began.' }],
        date: '2012',
        dateKind: 'inferred',
      },
      { text: 'Nothing dated.', citations: [{ source: 2, quote: 'Nothing dated.' }], date: null },
    ],
    sources: [
      { n: 1, id: 'a', title: 'A', publisher: 'P', published: '2012-10-02', url: null, path: 'a.md' },
      {
        n: 2,
        id: 'b',
        title: 'B',
        publisher: null,
        published: null,
        url: null,
        path: 'b.md',
        publishedInferred: { date: '2012', basis: 'b' },
      },
    ],
  });

  it('puts each date beside the quote, after its markers, never inside the quoted words', () => {
    // As the service returns it: with its date labels (answer-views.ts), which the text shows.
    const text = renderAnswerText(withViews(answer), 200);
    expect(text).toContain(`  • ${tomorrow} [1] (3 Oct 2012) (single source)`);
    expect(text).toContain('  • Talks began. [2] (2012, inferred)');
    expect(text).toMatch(/ {2}• Nothing dated\. \[2\]\n/);
    expect(text).toContain('[2] B — publisher unknown — 2012 (inferred)');
  });
});
