import { describe, expect, it } from 'vitest';
import { phrasesFor } from '../../../src/briefing/question/phrasal-verbs.js';
import { stem } from '../../../src/corpus/tokenize.js';

describe('"in a row" is said "consecutive"', () => {
  it('finds "how many games in a row" told as consecutive or successive games', () => {
    const tests = phrasesFor(stem('row')).map((p) => p.test);
    expect(tests.some((re) => re.test('Tarvel have now won 14 consecutive games.'))).toBe(true);
    expect(tests.some((re) => re.test('It was her third successive title.'))).toBe(true);
    expect(tests.some((re) => re.test('She won the title again.'))).toBe(false);
  });
});
