import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/briefing/analysis/event-dates.js';
import { officeHolders } from '../../../src/briefing/question/office.js';

describe('a month opening a sentence dates it', () => {
  it('reads "In July …" as "in July" is read', () => {
    const words = (text: string) => findMentions(text).map((m) => m.words);
    expect(words('In July a variant of the virus slowed down searches.')).toEqual(['In July']);
    expect(words('Since February the firm has grown.')).toEqual(['Since February']);
    expect(words('It slowed down searches in July.')).toEqual(['in July']);
  });
});

describe('a holder named before a described body', () => {
  it('reads "X, the head of giant chip maker Acme Instruments"', () => {
    expect(
      officeHolders('Rich Templeton, the head of giant chip maker Acme Instruments, has backed it.'),
    ).toEqual([{ person: 'Rich Templeton', office: 'head', owner: 'Acme Instruments' }]);
  });
});
