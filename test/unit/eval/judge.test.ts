import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/briefing/answer.js';
import type { ServiceResult } from '../../../src/briefing/service-api.js';
import { judgeAnswerable, judgeUnanswerable, leadOf } from '../../../eval/judge.js';

const sources: Answer['sources'] = [
  { n: 1, id: 'zee', title: 'Zee', publisher: 'Zee News', published: null, url: null, path: 'a/zee.md' },
  { n: 2, id: 'dawn', title: 'Dawn', publisher: 'Dawn', published: null, url: null, path: 'a/dawn.md' },
  { n: 3, id: 'other', title: 'Other', publisher: null, published: null, url: null, path: 'a/other.md' },
];

function bullet(text: string, source: number, quote = text): Answer['bullets'][number] {
  return { text, citations: [{ source, quote }] };
}

function answer(
  bullets: Answer['bullets'],
  lead?: { text: string; citations: { source: number; quote: string }[] } | null,
): ServiceResult {
  const a: Answer = { kind: 'answer', topic: null, query: 'q', mode: 'offline', bullets, sources };
  return { ok: true, answer: lead === undefined ? a : ({ ...a, lead } as Answer) };
}

const three = 'Kayani embarked on a three-day visit to Russia.';
const four = 'Kayani will be visiting Moscow next week on a four-day visit.';
const kashmir = 'Khan shared views on the long-standing dispute in Kashmir.';

describe('judgeAnswerable', () => {
  const expectation = { expect: ['three[- ]day', 'four[- ]day'], articles: ['zee', 'dawn'] };

  it('is right when every pattern matches in the first two bullets and an expected article is cited', () => {
    const v = judgeAnswerable(answer([bullet(three, 1), bullet(four, 2)]), expectation);
    expect(v).toEqual({ right: true, leadHit: false, reason: '' });
  });

  it('matches case-insensitively and in quotes as well as bullet text', () => {
    const v = judgeAnswerable(
      answer([bullet('Zee says so.', 1, three.toUpperCase()), bullet(four, 2)]),
      expectation,
    );
    expect(v.right).toBe(true);
  });

  it('is wrong when a pattern only matches in the third bullet', () => {
    const v = judgeAnswerable(answer([bullet(three, 1), bullet(kashmir, 3), bullet(four, 2)]), expectation);
    expect(v.right).toBe(false);
    expect(v.reason).toContain('/four[- ]day/');
  });

  it('is wrong when the words are right but no expected article is cited', () => {
    const v = judgeAnswerable(answer([bullet(three, 3), bullet(four, 3)]), expectation);
    expect(v.right).toBe(false);
    expect(v.reason).toMatch(/cites other, not zee or dawn/);
  });

  it('needs no article when the item names none', () => {
    const v = judgeAnswerable(answer([bullet(three, 3), bullet(four, 3)]), { expect: expectation.expect });
    expect(v.right).toBe(true);
  });

  it('counts the lead: its text, its quotes and its citations', () => {
    const lead = {
      text: 'Three, per Zee News; Dawn says four. [1][2]',
      citations: [
        { source: 1, quote: three },
        { source: 2, quote: four },
      ],
    };
    const v = judgeAnswerable(answer([bullet(kashmir, 3)], lead), expectation);
    expect(v).toEqual({ right: true, leadHit: false, reason: '' });
  });

  it('is a lead hit only when every pattern matches the lead text alone', () => {
    const hit = {
      text: 'A three-day visit per Zee; a four-day visit per Dawn. [1][2]',
      citations: [
        { source: 1, quote: three },
        { source: 2, quote: four },
      ],
    };
    expect(judgeAnswerable(answer([], hit), expectation)).toEqual({ right: true, leadHit: true, reason: '' });
    const half = { text: 'A three-day visit. [1]', citations: [{ source: 1, quote: three }] };
    const v = judgeAnswerable(answer([bullet(four, 2)], half), expectation);
    expect(v.right).toBe(true);
    expect(v.leadHit).toBe(false);
  });

  it('is wrong when nothing was found, and on an error result', () => {
    expect(judgeAnswerable(answer([]), expectation)).toMatchObject({ right: false, reason: 'nothing found' });
    expect(judgeAnswerable(answer([], null), expectation).right).toBe(false);
    const error: ServiceResult = {
      ok: false,
      error: { code: 'unknown-topic', message: 'no topic called x' },
    };
    expect(judgeAnswerable(error, expectation)).toMatchObject({
      right: false,
      reason: 'error unknown-topic: no topic called x',
    });
  });
});

describe('judgeUnanswerable', () => {
  it('is right on "nothing found" (no bullets, no lead)', () => {
    expect(judgeUnanswerable(answer([])).right).toBe(true);
    expect(judgeUnanswerable(answer([], null)).right).toBe(true);
  });

  it('is wrong when anything was answered', () => {
    expect(judgeUnanswerable(answer([bullet(kashmir, 3)])).right).toBe(false);
    const v = judgeUnanswerable(
      answer([], { text: 'Something. [3]', citations: [{ source: 3, quote: kashmir }] }),
    );
    expect(v.right).toBe(false);
    expect(v.reason).toMatch(/a lead and 0 bullets/);
  });

  it('is wrong on an error result', () => {
    expect(judgeUnanswerable({ ok: false, error: { code: 'empty-question', message: 'empty' } }).right).toBe(
      false,
    );
  });
});

describe('leadOf', () => {
  it('reads the optional lead, and ignores a malformed one', () => {
    const ok = answer([], { text: 'x', citations: [] });
    expect(ok.ok && leadOf(ok.answer)).toEqual({ text: 'x', citations: [] });
    const none = answer([]);
    expect(none.ok && leadOf(none.answer)).toBeNull();
    const bad = answer([], { text: 3 } as never);
    expect(bad.ok && leadOf(bad.answer)).toBeNull();
  });
});
