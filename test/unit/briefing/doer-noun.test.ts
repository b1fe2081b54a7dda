import { describe, expect, it } from 'vitest';
import { doerVerb, doneBy } from '../../../src/briefing/question/doer-noun.js';

const at = (text: string, name: string) => ({ index: text.indexOf(name) });

describe('the doer of an action told by its noun', () => {
  it('reads the verb a "who" question asks the doer of', () => {
    expect(doerVerb('Who criticised the committee for keeping rates high?')).toBe('criticise');
    expect(doerVerb('Who requested the inquiry?')).toBe('request');
    // No past verb after "who": no doer asked this way.
    expect(doerVerb('Who is the chairman?')).toBeNull();
    expect(doerVerb('Who will criticise it?')).toBeNull();
  });

  it('takes a body named after the verb\'s noun and "from", "by" or "of" as its doer', () => {
    const text =
      'Her remarks follow criticism from the Lords Economic Affairs Committee, which said rates were too high.';
    expect(doneBy(text, at(text, 'Lords Economic'), 'criticise')).toBe(true);
    const request = 'The inquiry was opened at the request of the Culture Committee.';
    expect(doneBy(request, at(request, 'Culture Committee'), 'request')).toBe(true);
    // A body named after another noun did not do what is asked.
    const other = 'The rates were set in a meeting of the Monetary Policy Committee.';
    expect(doneBy(other, at(other, 'Monetary Policy'), 'criticise')).toBe(false);
    expect(doneBy(text, at(text, 'Lords Economic'), null)).toBe(false);
  });
});
