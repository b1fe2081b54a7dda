import { describe, expect, it } from 'vitest';
import { verbForms } from '../../../src/briefing/question/verb-forms.js';
import { termOf } from '../../../src/corpus/tokenize.js';

describe('verbForms (WordNet verb exceptions)', () => {
  it('joins a verb to the forms its stem does not reach, both ways', () => {
    expect(verbForms(termOf('buy')!)).toEqual([termOf('bought')]);
    expect(verbForms(termOf('bought')!)).toEqual([termOf('buy')]);
    expect(verbForms(termOf('speak')!)).toEqual(expect.arrayContaining([termOf('spoke'), termOf('spoken')]));
    expect(verbForms(termOf('led')!)).toContain(termOf('lead'));
    // The -ing form shares the base's stem, so it reaches the irregular past too.
    expect(verbForms(termOf('paying')!)).toContain(termOf('paid'));
    expect(verbForms(termOf('buying')!)).toEqual([termOf('bought')]);
  });

  it('has nothing for a regular verb, which the stemmer already joins', () => {
    expect(verbForms(termOf('stopped')!)).toEqual([]);
    expect(verbForms(termOf('announce')!)).toEqual([]);
  });
});
