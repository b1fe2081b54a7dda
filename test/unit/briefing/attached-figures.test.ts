import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import { answerSpans, carriesRate } from '../../../src/briefing/question/answer-spans.js';
import { countedForms, countedNoun, countsOtherNoun } from '../../../src/briefing/question/counted-noun.js';
import { answerTypeOf } from '../../../src/briefing/question/question.js';

describe('the figure written against what is asked', () => {
  it('takes the figure governed by the asked verb before the first sentence figure of another thing', () => {
    const lead = leadOver(
      'How much is Halvek paying to buy Corlan?',
      "As part of the deal, Halvek - owner of Brightmart - will assume $6bn of Corlan's debt.",
      'Retail group Halvek is to buy its rival Corlan for $11bn.',
    );
    expect(lead).toBe('$11bn.');
  });

  it('dates what a phrase means, expected, before a date of something else', () => {
    const lead = leadOver(
      'When should the Halvek-Corlan takeover be wrapped up?',
      'Halvek expects the merger to boost earnings from 2007 but the deal will cost it $1bn.',
      'Directors at both companies have approved the deal and it is expected to conclude by the third quarter of this year.',
    );
    expect(lead).toBe('The third quarter of this year.');
  });

  it('takes the figure beside the asked noun', () => {
    const lead = leadOver(
      'How much in damages does the Halvek lawsuit seek?',
      'Halvek has agreed to pay a total of $14.5m to settle a lawsuit over gun sales.',
      'The Halvek lawsuit also seeks damages of up to $74,500 for every customer who bought the CD.',
    );
    expect(lead).toBe('$74,500.');
  });

  it("takes the figure in the clause saying what is asked, not the other clause's", () => {
    const lead = leadOver(
      "What percentage of fraud cases involved people's bank accounts?",
      "Another 18% came from attempts to rip off people's bank accounts, while 13% of cases concerned attempts to defraud employers.",
    );
    expect(lead).toBe('18%.');
  });

  it('reads a figure restated after a dash as written where the figure it restates is', () => {
    const lead = leadOver(
      'How much did Halvek shares rise on the news of the job cuts?',
      'On the news, Halvek shares rose 15 cents - 1.1% - on Nasdaq.',
      'Correspondents say 6,000 job losses had been expected at Halvek - and some suggest more cuts may follow.',
    );
    expect(lead).toBe('1.1%.');
  });

  it('passes over a figure of someone the question does not name', () => {
    const lead = leadOver(
      'How much did the federation fine Dario Lenti over his remarks?',
      'The 66-year-old criticised his 3000 euros punishment.',
      'Arsenal boss Arsene Wenger, who was fined £15,000 in December, backed him.',
    );
    expect(lead).toBe('3000 euros.');
  });
});

describe('figures as news writes them', () => {
  it('reads pesos, reais and other currencies as money', () => {
    const text = 'A total of 24.2 trillion pesos ($10.2bn) is earmarked for subsidies.';
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['24.2 trillion pesos', '$10.2bn']);
    expect(answerSpans('Its debts stand at 6.5 billion reais.', 'amount').map((s) => s.text)).toEqual([
      '6.5 billion reais',
    ]);
  });

  it('reads "annually" as a rate of a year', () => {
    const text = 'The plan aims to save £265m annually from 2009.';
    const span = answerSpans(text, 'amount')[0]!;
    expect(carriesRate(text, span, 'year')).toBe(true);
    expect(carriesRate(text, span, 'week')).toBe(false);
  });

  it('reads a race time whole, and asks for one as a length', () => {
    const text = 'She sprinted clear to win in two hours, 23 minutes and 10 seconds.';
    expect(answerSpans(text, 'duration').map((s) => s.text)).toEqual([
      'two hours, 23 minutes and 10 seconds',
    ]);
    expect(answerSpans('She won in four minutes 14.74 seconds.', 'duration').map((s) => s.text)).toEqual([
      'four minutes 14.74 seconds',
    ]);
    expect(answerTypeOf("What was Lena Marsh's winning time in Glasgow?")).toBe('duration');
    expect(answerTypeOf('What time did Lena Marsh clock in her 1500m win?')).toBe('duration');
    expect(answerTypeOf('What time does the match kick off?')).toBe('date');
  });
});

describe('the noun a count is of', () => {
  it('reads a name with "of" in it as a name, and a noun of people after its qualifiers', () => {
    expect(countedNoun('How many Bank of Corlan customers had details on the lost tapes?')).toBe('customers');
    expect(countedNoun('How many defence department staff were affected?')).toBe('staff');
    expect(countedNoun('How many Bank of Corlan staff lost jobs?')).toBe('staff');
    expect(countedNoun('How many people work for Corlan?')).toBe('people');
  });

  it('knows a figure of another kind of thing counts nothing asked', () => {
    const forms = countedForms('people');
    expect(forms.has('other')).toBe(false);
    const text = 'Five other episodes of the show will be dropped.';
    const span = answerSpans(text, 'number')[0]!;
    expect(countsOtherNoun(text, span, 'people', forms)).toBe(true);
    const staff = 'Some 900 staff were affected.';
    expect(countsOtherNoun(staff, answerSpans(staff, 'number')[0]!, 'people', forms)).toBe(false);
  });
});

describe('a cause told as a purpose', () => {
  it('reads "needed to fund" as the reason', () => {
    expect(
      leadOver(
        'Why is the Dunmore Herald axing jobs?',
        'The Dunmore Herald is axing 90 journalist jobs, 17% of its editorial staff.',
        'The Herald group says the cuts are needed to fund a £150m investment in new printing presses.',
      ),
    ).toBe('The Herald group says the cuts are needed to fund a £150m investment in new printing presses.');
  });
});
