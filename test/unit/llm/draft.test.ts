import { describe, expect, it } from 'vitest';
import { extractJson, groundDraft, normalizePassageId, parseDraft } from '../../../src/llm/draft.js';
import { buildContext } from '../../../src/llm/passages.js';
import { briefRequest, candidate, pipeline, visit } from './articles.js';

describe('parseDraft', () => {
  const good = '{"bullets":[{"text":"a","citations":[{"passage":"P1","quote":"q"}]}]}';

  it('accepts bare JSON, fenced JSON and JSON after a reasoning block', () => {
    for (const content of [
      good,
      `\`\`\`json\n${good}\n\`\`\``,
      `Here:\n\`\`\`\n${good}\n\`\`\``,
      `<think>hm</think>\n${good}`,
    ]) {
      expect(extractJson(content)).toBe(good);
      expect(parseDraft(content)).toMatchObject({ ok: true, value: { bullets: [{ text: 'a' }] } });
    }
  });

  it('finds a fence in linear time, even after a long run of whitespace', () => {
    const started = Date.now();
    // The former regex took over 3 minutes on 8,000 spaces.
    expect(extractJson(`\`\`\`json\n${' '.repeat(200_000)}x`)).toBe(`\`\`\`json\n${' '.repeat(200_000)}x`);
    expect(extractJson(`\`\`\`\n${' '.repeat(200_000)}${good}\n\`\`\``)).toBe(good);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('names what is wrong with bad output', () => {
    expect(parseDraft('Sure! Here is your briefing.')).toEqual({ ok: false, reason: 'non-JSON output' });
    expect(parseDraft(good.slice(0, 30), 'length')).toEqual({
      ok: false,
      reason: 'output truncated (finish_reason length)',
    });
    expect(parseDraft('{"items":[]}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^schema mismatch \(bullets/),
    });
    expect(parseDraft('{"bullets":[{"text":"a","citations":"P1"}]}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^schema mismatch \(bullets\.0\.citations/),
    });
  });
});

describe('groundDraft', () => {
  const { passages } = buildContext(briefRequest([candidate(visit, 0), candidate(pipeline, 0)]), 100_000);
  const [p1, p2] = passages;

  it('maps passage ids to articles and keeps verified quotes', () => {
    const quote = visit.sentences[1]!.text;
    const g = groundDraft(
      { bullets: [{ text: ' Kayani  went. ', citations: [{ passage: 'p1', quote: ` ${quote}` }] }] },
      passages,
      5,
    );
    expect(g.bullets).toEqual([{ text: 'Kayani went.', citations: [{ articleId: 'visit', quote }] }]);
    expect(g.stats).toEqual({ bullets: 1, citations: 1, droppedCitations: 0, droppedBullets: 0 });
  });

  it('drops unknown passage ids, forged quotes and quotes from another passage', () => {
    const g = groundDraft(
      {
        bullets: [
          { text: 'hallucinated id', citations: [{ passage: 'P7', quote: visit.sentences[0]!.text }] },
          {
            text: 'forged',
            citations: [{ passage: 'P1', quote: 'Kayani promised to buy fifty Russian jets.' }],
          },
          // Real text of the pipeline article, but cited to the visit passage.
          { text: 'wrong passage', citations: [{ passage: 'P1', quote: pipeline.sentences[0]!.text }] },
          {
            text: 'half right',
            citations: [
              { passage: 'P9', quote: 'whatever' },
              { passage: p2!.id, quote: pipeline.sentences[1]!.text },
            ],
          },
        ],
      },
      passages,
      5,
    );
    expect(g.bullets).toEqual([
      { text: 'half right', citations: [{ articleId: 'pipeline', quote: pipeline.sentences[1]!.text }] },
    ]);
    expect(g.stats).toEqual({ bullets: 4, citations: 5, droppedCitations: 4, droppedBullets: 3 });
    expect(p1!.articleId).toBe('visit');
  });

  it('stops at maxBullets', () => {
    const bullets = passages.map((p) => ({ text: p.id, citations: [{ passage: p.id, quote: p.text }] }));
    expect(groundDraft({ bullets }, passages, 1).bullets).toHaveLength(1);
  });

  it('reads passage ids loosely but never invents one', () => {
    expect(['P3', 'p3', '[P3]', ' 3 ', 'P03'].map(normalizePassageId)).toEqual([
      'P3',
      'P3',
      'P3',
      'P3',
      'P3',
    ]);
    expect(normalizePassageId('visit')).toBe('visit');
  });
});
