import { describe, expect, it } from 'vitest';
import { nameKind } from '../../../src/briefing/question/gazetteer.js';

describe('nameKind', () => {
  it('reads a place or nationality and one word no lexicon calls a person as a body', () => {
    expect(nameKind(['UK', 'Athletics'])).toBe('organisation');
    expect(nameKind(['Russian', 'Railways'])).toBe('organisation');
  });

  it('still reads people, places and nationalities as before', () => {
    expect(nameKind(['Kelly', 'Holmes'])).toBe('person');
    expect(nameKind(['New', 'Zealand'])).toBe('place');
    expect(nameKind(['Russian'])).toBe('nationality');
  });
});
