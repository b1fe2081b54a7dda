import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead, yesOrNo } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';
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

  it('reads "nothing", "nobody", "none" as a denial, never an affirmation', () => {
    expect(
      verdict(
        'Did the Dunmore harbour meeting change anything?',
        '"Nothing was decided to change things at the Dunmore harbour meeting," said a spokesman.',
      ),
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

  it('reads no denial in a clause of when or why ("after they failed to …")', () => {
    const q = 'Has the Dunmore council lifted the parking ban?';
    expect(
      verdict(
        q,
        'The Dunmore council imposed the parking ban after residents failed to turn up for the consultation.',
      ),
    ).toBeNull();
    expect(
      verdict(q, 'The Dunmore council lifted the parking ban because traders did not want it.'),
    ).not.toBe('No');
    expect(verdict(q, 'The Dunmore council has not lifted the parking ban.')).toBe('No');
    expect(
      verdict(
        'Did Halvek Foods sell its bakery arm?',
        'When asked, Halvek Foods said it did not sell its bakery arm.',
      ),
    ).toBe('No');
  });

  it('asks nothing of a hedge in the question ("still", "ever")', () => {
    expect(
      verdict(
        'Is the archive still reachable from Norway?',
        'Some readers in Norway say they can browse the archive.',
      ),
    ).toBe('Yes');
  });

  it('leads "Yes." with an affirmation below a best sentence that settles nothing', () => {
    const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });
    const lead = composeLead(
      analyzeQuestion('Is the archive still reachable from Norway?'),
      [
        bullet('Readers in Sweden are still able to search the archive on the library website.'),
        bullet('Some readers in Norway say they can browse the archive.'),
      ],
      (id) => ({ id, publisher: null, sentences: [] }) as unknown as Article,
    );
    expect(lead?.text).toBe('Yes. Some readers in Norway say they can browse the archive.');
  });

  it('leads "No." for an either/or question with a plain denial naming every alternative', () => {
    const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });
    const ranked = [
      bullet('The sample was taken by regional officials at the Dunmore exhibition.'),
      bullet('The event was not sanctioned by the Rowing Federation, Halvek Sport or the national body.'),
    ];
    const lead = composeLead(
      analyzeQuestion('Was the Dunmore exhibition run under Federation or Halvek authority?'),
      ranked,
      (id) => ({ id, publisher: null, sentences: [] }) as unknown as Article,
    );
    expect(lead?.text).toBe(
      'No. The event was not sanctioned by the Rowing Federation, Halvek Sport or the national body.',
    );
  });

  it('affirms what is asked before a contrast, a short form said in full', () => {
    expect(
      verdict(
        "Was Lena Marsh's gold voted the best TV moment of the whole year, not just in sport?",
        "Lena Marsh's gold medal victory beat favourite moments from drama and comedy, as voted by television viewers.",
      ),
    ).toBe('Yes');
  });

  it('says "Yes." to a question of a state only when the sentence says the state', () => {
    const question = 'Are Ruritanian growers happy with the aid package?';
    expect(
      verdict(
        question,
        'The Ruritanian government is to hand its struggling growers 70m euros in aid to help them battle falling sales.',
      ),
    ).toBeNull();
    expect(verdict(question, 'Ruritanian growers said they were happy with the aid package.')).toBe('Yes');
  });
});
