import { describe, expect, it } from 'vitest';
import { mayMatch, wholeWord, withLiteral } from '../../../src/briefing/analysis/patterns.js';

describe('wholeWord', () => {
  it('matches the word whole, in any case', () => {
    expect(wholeWord('Aid').test('Aid workers arrived')).toBe(true);
    expect(wholeWord('aid').test('he said so')).toBe(false);
    expect(wholeWord('3').test('a 3-day visit')).toBe(true);
  });

  it('is compiled once per word and keeps no state between tests', () => {
    const re = wholeWord('Moscow');
    expect(wholeWord('Moscow')).toBe(re);
    expect([re.test('in Moscow'), re.test('in Moscow'), re.test('Kazan')]).toEqual([true, true, false]);
  });
});

describe('mayMatch', () => {
  it('rules out only text whose lower-cased form lacks the word', () => {
    const re = wholeWord('Lavrov');
    expect(mayMatch(re, 'the minister, sergei lavrov, said')).toBe(true);
    expect(mayMatch(re, 'the foreign minister said')).toBe(false);
  });

  it('never rules out a text the pattern matches', () => {
    const texts = ['KAYANI arrived', 'Mr Kayani’s visit', 'kayanis', 'Kayani-led talks', 'no one'];
    const re = wholeWord('Kayani');
    for (const text of texts) if (re.test(text)) expect(mayMatch(re, text.toLowerCase())).toBe(true);
  });

  it('leaves to the pattern text where a caseless match may be written otherwise', () => {
    // "ſ" (long s) matches "s" when case is ignored, but does not lower-case to it.
    const re = wholeWord('Sochi');
    expect(re.test('ſochi')).toBe(true);
    expect(mayMatch(re, 'ſochi')).toBe(true);
  });

  it('knows nothing of patterns it was not told the literal of, nor of non-ASCII literals', () => {
    expect(mayMatch(/khan/i, 'nothing here')).toBe(true);
    const umlaut = withLiteral(/Müller/iu, 'Müller');
    expect(mayMatch(umlaut, 'nothing here')).toBe(true);
    const cased = withLiteral(/Cub/u, 'Cub');
    expect(mayMatch(cased, 'in cuba')).toBe(true);
    expect(mayMatch(cased, 'in havana')).toBe(false);
  });
});
