import { describe, expect, it } from 'vitest';
import { listedCounts } from '../../../src/briefing/question/counted-noun.js';

describe('a count told by the names a sentence lists', () => {
  it('finds a list of three or more names of the kind the counted noun names', () => {
    const text = 'The talks, a summit of France, Germany, Italy and Spain, were put off.';
    expect(listedCounts(text, 'countries').map((s) => s.text)).toEqual(['France, Germany, Italy and Spain']);
  });

  it('finds none when the names are of another kind, or only two', () => {
    expect(listedCounts('Leaders of France, Germany, Italy and Spain met.', 'players')).toEqual([]);
    expect(listedCounts('Leaders of France and Spain met.', 'countries')).toEqual([]);
  });
});
