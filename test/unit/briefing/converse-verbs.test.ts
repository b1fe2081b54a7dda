import { describe, expect, it } from 'vitest';
import { converseTerms } from '../../../src/briefing/question/converse-verbs.js';
import { termOf } from '../../../src/corpus/tokenize.js';

describe('converse verbs', () => {
  it('tells an event by the verb of its other party, in any form', () => {
    expect(converseTerms(termOf('handed')!)).toContain(termOf('receive'));
    expect(converseTerms(termOf('receiving')!)).toContain(termOf('give'));
    // "bought" is buy's irregular form; "sold" is sell's.
    expect(converseTerms(termOf('bought')!)).toContain(termOf('sold'));
    expect(converseTerms(termOf('represents')!)).toContain(termOf('mp'));
  });

  it('leaves a verb with no listed converse alone', () => {
    expect(converseTerms(termOf('said')!)).toEqual([]);
  });
});
