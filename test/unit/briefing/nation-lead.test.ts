import { describe, expect, it } from 'vitest';
import { idleWords } from '../../../src/briefing/question/idle-words.js';
import { leadOver } from '../../support/lead-over.js';

describe('"which country is X from?"', () => {
  const match =
    "Elsewhere, Japan's Ai Sato beat Naylor 6-2 6-3 while the top seed struggled past Tunisian wild card Ann Brandt 7-5 6-2.";

  it('asks no word a sentence giving the nationality must say', () => {
    expect(idleWords('Which country is Ann Brandt from?')).toEqual(new Set(['country']));
    expect(idleWords('Which country does Ai Sato come from?')).toEqual(new Set(['country', 'come']));
    expect(idleWords('What nationality is Ann Brandt?')).toEqual(new Set(['nationality']));
  });

  it("answers with the country or nationality the sentence gives that person, not another's", () => {
    expect(leadOver('Which country is Ann Brandt from?', match)).toBe('Ann Brandt is Tunisian.');
    expect(leadOver('What nationality is Ann Brandt?', match)).toBe('Ann Brandt is Tunisian.');
    expect(leadOver('Which country does Ai Sato come from?', match)).toBe('Japan.');
  });
});
