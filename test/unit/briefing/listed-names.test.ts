import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';

describe('a question asking for several names of a kind', () => {
  it('gathers names of no kind listed with a lone name of the kind, after "and the"', () => {
    const lead = leadOver(
      'Which orchestras did Naylor conduct?',
      'Naylor conducted some of the best orchestras in the world including the Vienna Philharmonic and the Brandt Chamber Orchestra.',
    );
    expect(lead).toBe('Vienna Philharmonic and the Brandt Chamber Orchestra.');
  });

  it('reads the noun after "which" when its verb is one the lexicon does not know', () => {
    const lead = leadOver(
      'Which countries overtook Ruritania in wine exports in 2003?',
      "Ruritania fell behind the 'New World' producers of Australia, Chile and the United States for the first time in 2003 in terms of exports.",
    );
    expect(lead).toBe('Australia, Chile and the United States.');
  });

  it('gathers names of no kind listed with a lone name of the kind when "and other …" closes the list', () => {
    const lead = leadOver(
      'Which English clubs had plastic pitches in the 1980s?',
      'Luton, Preston, Queens Park Rangers and other clubs used to have plastic pitches during the 1980s.',
    );
    expect(lead).toBe('Luton, Preston, Queens Park Rangers.');
  });
});
