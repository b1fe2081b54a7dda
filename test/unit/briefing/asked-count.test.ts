import { describe, expect, it } from 'vitest';
import { askedCount } from '../../../src/briefing/question/asked-count.js';

describe('askedCount', () => {
  it('reads a count of things asked for, in words or figures', () => {
    expect(askedCount('Which two housemates went in the double eviction?')).toBe(2);
    expect(askedCount("Who are the three DJs taking over the show's slot?")).toBe(3);
    expect(askedCount('Name the 4 clubs that bid for him')).toBe(4);
  });

  it('reads no count where none is asked, or where the number is not one of the answers', () => {
    expect(askedCount('Who won the eviction vote?')).toBeNull();
    expect(askedCount('Which player scored two goals?')).toBeNull();
    expect(askedCount('What is the one thing they agree on?')).toBeNull();
    expect(askedCount('Which three-year deal did he sign?')).toBeNull();
    // The count of what the question is about, not of what it asks for.
    expect(askedCount('What did the talks between the two countries cover?')).toBeNull();
  });
});
