import { describe, expect, it } from 'vitest';
import { askedSpans, bodyMayAnswer } from '../../../src/briefing/question/answer-spans.js';

const keepAll = () => true;

describe('a body answering "who"', () => {
  it('is asked for by "who", not by "which" or "whose"', () => {
    expect(bodyMayAnswer('Who criticised the MPC for keeping interest rates too high?', 'person')).toBe(true);
    expect(bodyMayAnswer('Which billionaire confirmed the bid?', 'person')).toBe(false);
    expect(bodyMayAnswer('Whose rules would it break?', 'person')).toBe(false);
    expect(bodyMayAnswer('Who criticised the MPC?', 'organisation')).toBe(false);
  });

  it('is given when the sentence names no person', () => {
    const text =
      'Her remarks follow criticism from the House of Lords Economic Affairs Committee, which said the MPC had held interest rates too high.';
    expect(askedSpans(text, 'person', true, keepAll).map((s) => s.text)).toEqual([
      'House of Lords Economic Affairs Committee',
    ]);
    expect(askedSpans(text, 'person', false, keepAll)).toEqual([]);
  });

  it('is not given beside a person, nor for a place or a lone word', () => {
    expect(
      askedSpans(
        'Chief executive Bill Gammell said the Oil Ministry was wrong.',
        'person',
        true,
        keepAll,
      ).map((s) => s.text),
    ).toEqual(['Bill Gammell']);
    expect(askedSpans('He started the annual festival in Park City, Utah.', 'person', true, keepAll)).toEqual(
      [],
    );
    expect(askedSpans('The goal stunned a Blues side.', 'person', true, keepAll)).toEqual([]);
  });
});
