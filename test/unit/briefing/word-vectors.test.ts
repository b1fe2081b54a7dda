import { describe, expect, it } from 'vitest';
import {
  commonWord,
  commonWords,
  neighbours,
  searchVectors,
} from '../../../src/briefing/question/word-vectors.js';

describe('word neighbours', () => {
  it('finds words used for much the same thing, most similar first', () => {
    const near = neighbours('cash').map((n) => n.word);
    expect(near).toContain('money');
    const sims = neighbours('cash').map((n) => n.similarity);
    expect([...sims].sort((a, b) => b - a)).toEqual(sims);
  });

  it('reads the common words from neighbours.tsv exactly as the search computes them', () => {
    // A sample across the frequency range: the table must be rebuilt whenever the vectors change.
    const words = commonWords().filter((_, i) => i % 1999 === 7);
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(neighbours(word)).toEqual(searchVectors(word));
  });

  it('knows everyday words from rare ones', () => {
    expect(commonWord('Warrior')).toBe(true);
    expect(commonWord('Engerwitzdorf')).toBe(false);
  });
});
