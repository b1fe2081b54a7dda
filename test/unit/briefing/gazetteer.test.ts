import { describe, expect, it } from 'vitest';
import { countryOf, nameKind } from '../../../src/briefing/question/gazetteer.js';

describe('nameKind', () => {
  it('reads a word in -ish of a country the lexicon knows as a nationality, and finds its country', () => {
    expect(nameKind(['English'])).toBe('nationality');
    expect(nameKind(['Spanish'])).toBe('nationality');
    expect(countryOf('English')).toBe('England');
    expect(countryOf('Chinese')).toBe('China');
    // Of no country the lexicon knows, or of several: none.
    expect(countryOf('Welsh')).toBeNull();
  });

  it('reads a place or nationality and one word no lexicon calls a person as a body', () => {
    expect(nameKind(['UK', 'Athletics'])).toBe('organisation');
    expect(nameKind(['Russian', 'Railways'])).toBe('organisation');
  });

  it('still reads people, places and nationalities as before', () => {
    expect(nameKind(['Kelly', 'Holmes'])).toBe('person');
    expect(nameKind(['New', 'Zealand'])).toBe('place');
    expect(nameKind(['Russian'])).toBe('nationality');
  });

  it('reads a demonym of several words, whose place the lexicon knows, as a nationality', () => {
    expect(nameKind(['Sri', 'Lankan'])).toBe('nationality');
    expect(nameKind(['New', 'Zealander'])).toBe('nationality');
    expect(nameKind(['South', 'African'])).toBe('nationality');
    expect(nameKind(['Sri', 'Lanka'])).toBe('place');
  });
});
