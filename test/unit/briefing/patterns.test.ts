import { describe, expect, it } from 'vitest';
import { escapeRegExp, wholeWord } from '../../../src/briefing/analysis/patterns.js';

describe('wholeWord', () => {
  it('matches the word whole, in any case', () => {
    expect(wholeWord('Aid').test('Aid workers arrived')).toBe(true);
    expect(wholeWord('aid').test('he said so')).toBe(false);
    expect(wholeWord('3').test('a 3-day visit')).toBe(true);
    expect(wholeWord('3').test('a 13-day visit')).toBe(false);
  });

  it('finds what a pattern testing the word start before the word finds, at the same place', () => {
    const before = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu');
    const texts = [
      'Mr Khan said; Khanna, KHAN and khan2 did not.',
      'Imran-Khan’s party, 1khan, éKhan, Khané, ſkhan.',
      'a 3-day visit, 33 days, 3rd time, 3.',
      "O'Brien and o'brien; US$3m (3m) for AT&T",
    ];
    for (const word of ['Khan', 'khan', '3', "O'Brien", 'AT&T', 'US$3m', '(3m)', 'kHAN']) {
      for (const text of texts) {
        const want = before(word).exec(text);
        const got = wholeWord(word).exec(text);
        expect([word, text, got?.index, got?.[0]]).toEqual([word, text, want?.index, want?.[0]]);
      }
    }
  });

  it('is compiled once per word and keeps no state between tests', () => {
    const re = wholeWord('Moscow');
    expect(wholeWord('Moscow')).toBe(re);
    expect([re.test('in Moscow'), re.test('in Moscow'), re.test('Kazan')]).toEqual([true, true, false]);
  });
});
