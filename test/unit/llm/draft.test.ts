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

describe('parseDraft: the lead', () => {
  const bullets = '[{"text":"a","citations":[{"passage":"P1","quote":"q"}]}]';

  it('reads a lead of the right shape, and none (null or absent) as null', () => {
    const lead = { text: 'Three days.', citations: [{ passage: 'P1', quote: 'q' }] };
    expect(parseDraft(`{"lead":${JSON.stringify(lead)},"bullets":${bullets}}`)).toEqual({
      ok: true,
      value: { lead, bullets: JSON.parse(bullets) },
    });
    for (const none of [`{"lead":null,"bullets":${bullets}}`, `{"bullets":${bullets}}`]) {
      expect(parseDraft(none)).toEqual({ ok: true, value: { lead: null, bullets: JSON.parse(bullets) } });
    }
  });

  it.each([
    ['a string', '"Three days"', 'lead: '],
    ['a number as text', '{"text":3,"citations":[]}', 'lead.text: '],
    ['citations as a string', '{"text":"Three days.","citations":"P1"}', 'lead.citations: '],
    ['a citation without a quote', '{"text":"x","citations":[{"passage":"P1"}]}', 'lead.citations.0.quote: '],
    ['an array', '[]', 'lead: '],
  ])('sets aside a lead that is %s, keeping the bullets', (_, lead, where) => {
    const parsed = parseDraft(`{"lead":${lead},"bullets":${bullets}}`);
    expect(parsed).toMatchObject({ ok: true, value: { lead: null, bullets: JSON.parse(bullets) } });
    expect(parsed.ok && parsed.value.leadIgnored).toContain(`schema mismatch (${where}`);
  });
});

describe('groundDraft', () => {
  const { passages } = buildContext(briefRequest([candidate(visit, 0), candidate(pipeline, 0)]), 100_000);
  const [p1, p2] = passages;

  it('maps passage ids to articles and keeps verified quotes', () => {
    const quote = visit.sentences[1]!.text;
    const g = groundDraft(
      {
        bullets: [
          {
            text: ' The first  visit by a Pakistani army chief in decades. ',
            citations: [{ passage: 'p1', quote: ` ${quote}` }],
          },
        ],
      },
      passages,
      5,
    );
    expect(g.bullets).toEqual([
      {
        text: 'The first visit by a Pakistani army chief in decades.',
        citations: [{ articleId: 'visit', quote }],
      },
    ]);
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
            text: 'The Russian company could finance part of the project.',
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
      {
        text: 'The Russian company could finance part of the project.',
        citations: [{ articleId: 'pipeline', quote: pipeline.sentences[1]!.text }],
      },
    ]);
    expect(g.stats).toEqual({ bullets: 4, citations: 5, droppedCitations: 4, droppedBullets: 3 });
    expect(p1!.articleId).toBe('visit');
  });

  describe('the lead', () => {
    const quote = visit.sentences[1]!.text;
    const bullet = { text: quote, citations: [{ passage: 'P1', quote }] };
    const lead = (text: string, citations: { passage: string; quote: string }[]) =>
      groundDraft({ lead: { text, citations }, bullets: [bullet] }, passages, 5);

    it('is grounded on its own, citing articles, even on a sentence a bullet cites too', () => {
      const g = lead(' It is the  first visit in decades, per Dawn. ', [{ passage: 'p1', quote }]);
      expect(g.lead).toEqual({
        text: 'It is the first visit in decades, per Dawn.',
        citations: [{ articleId: 'visit', quote }],
      });
      expect(g.bullets).toHaveLength(1);
      expect(g.leadDropped).toBeUndefined();
    });

    it('keeps only its verified citations, and goes when none is left', () => {
      const half = lead('It is the first visit in decades.', [
        { passage: 'P1', quote },
        { passage: 'P9', quote },
      ]);
      expect(half.lead?.citations).toEqual([{ articleId: 'visit', quote }]);
      const forged = lead('Kayani bought fifty jets.', [
        { passage: 'P1', quote: 'Kayani promised to buy fifty Russian jets.' },
      ]);
      expect(forged).toMatchObject({ lead: null, leadDropped: 'no citation verified' });
      expect(forged.bullets).toHaveLength(1);
    });

    it('goes when it claims what its quote does not say', () => {
      const g = lead('Pakistan agreed to host a Russian naval base.', [{ passage: 'P1', quote }]);
      expect(g).toMatchObject({ lead: null, leadDropped: expect.stringMatching(/^it says /) });
    });

    it('goes when it is longer than a direct answer', () => {
      const g = lead(`${'It is the first visit. '.repeat(40)}`, [{ passage: 'P1', quote }]);
      expect(g).toMatchObject({ lead: null, leadDropped: 'longer than a direct answer' });
    });

    it('is null when the model wrote none', () => {
      expect(groundDraft({ lead: null, bullets: [bullet] }, passages, 5).lead).toBeNull();
      expect(groundDraft({ bullets: [bullet] }, passages, 5).lead).toBeNull();
    });
  });

  it('stops at maxBullets', () => {
    const bullets = passages.map((p) => ({ text: p.text, citations: [{ passage: p.id, quote: p.text }] }));
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
