import { describe, expect, it } from 'vitest';
import { synonyms } from '../../../src/briefing/question/synonyms.js';

describe('WordNet synonyms', () => {
  it("gives the words of a word's most frequent senses", () => {
    expect(synonyms('ref')).toContain('referee');
    expect(synonyms('boss')).toContain('chief');
  });

  it('reads an inflected word as its dictionary form, as the part of speech its ending leaves', () => {
    expect(synonyms('films')).toContain('movie');
    expect(synonyms('Refs')).toContain('referee');
    // "directed" is a verb: not the adverb "directly" of the adjective "direct".
    expect(synonyms('directed')).not.toContain('directly');
  });

  it('gives nothing for a word WordNet does not know', () => {
    expect(synonyms('Kiplagat')).toEqual([]);
  });
});
