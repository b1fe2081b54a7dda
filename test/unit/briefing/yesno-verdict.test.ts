import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { yesOrNo } from '../../../src/briefing/write/lead.js';
import { yesNoVerb } from '../../../src/briefing/question/yesno-verb.js';

const verdict = (question: string, quote: string) => yesOrNo(analyzeQuestion(question), quote);

describe('the yes/no verdict', () => {
  it('finds the verb a yes/no question asks about, past its subject', () => {
    expect(yesNoVerb('Will Dunmore council approve the harbour scheme?')).toBe('approve');
    expect(yesNoVerb('Will Dunmore council back the harbour scheme?')).toBe('back');
    expect(yesNoVerb('Is the ferry firm going to cut its fares?')).toBe('cut');
    expect(yesNoVerb('Was the old pier sold last year?')).toBe('sold');
    expect(yesNoVerb('Is the harbour still open to visitors?')).toBeNull();
  });

  it('says "No." when a pronoun or the subject noun stands for the name and denies the asked verb', () => {
    expect(
      verdict(
        'Will Dunmore council back the harbour scheme?',
        'The council will not back the harbour scheme.',
      ),
    ).toBe('No');
    expect(
      verdict('Did Halvek Foods sell its bakery arm?', 'It did not sell the bakery arm, a spokesman said.'),
    ).toBe('No');
  });

  it('gives no verdict when the stand-in denies something other than the asked verb', () => {
    expect(
      verdict('Will Dunmore council back the harbour scheme?', 'The council did not meet on Monday.'),
    ).toBeNull();
  });

  it('reads a "not" outside the asked clause as no denial asked', () => {
    expect(
      verdict(
        'Did Tamsin Greave win the regional poll, not just the local one?',
        'Tamsin Greave won the regional poll by a wide margin.',
      ),
    ).toBe('Yes');
  });
});
