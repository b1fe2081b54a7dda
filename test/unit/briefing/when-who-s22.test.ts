import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/briefing/analysis/event-dates.js';
import { nameSpans } from '../../../src/briefing/question/answer-spans.js';
import { officeHolders } from '../../../src/briefing/question/office.js';
import { phrasesFor } from '../../../src/briefing/question/phrasal-verbs.js';
import { CAUSE } from '../../../src/briefing/question/question-search.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import { stem } from '../../../src/corpus/tokenize.js';

const bullet = (q: string, id = 'a') => ({ text: q, citations: [{ articleId: id, quote: q }] });
const leadFor = (question: string, bullets: ReturnType<typeof bullet>[]) =>
  composeLead(analyzeQuestion(question), bullets, () => undefined)?.text;

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

describe('"kick off" says "begin"', () => {
  it('finds "begin" and "start" said as "kicks off"', () => {
    for (const verb of ['begin', 'start']) {
      const tests = phrasesFor(stem(verb)).map((p) => p.test);
      expect(tests.some((re) => re.test('The World Tour kicks off in mid-February.'))).toBe(true);
    }
  });
});

describe('a cause told as what is behind the event', () => {
  it('reads "is thought to be behind the closure" as a cause', () => {
    expect(CAUSE.test('The campaign of legal action is thought to be behind the closure of the site.')).toBe(
      true,
    );
    expect(CAUSE.test('The team was behind schedule.')).toBe(false);
  });

  it('answers "why did it shut down?" by the sentence naming what is behind it', () => {
    const behind =
      'The campaign of legal action is thought to be behind the closure of the Zorbanet website.';
    const lead = leadFor('Why did Zorbanet shut down?', [
      bullet('The popular Zorbanet website was forced to close.', 'b'),
      bullet(
        'It would struggle to be as popular as Zorbanet because early versions were not taking care.',
        'c',
      ),
      bullet(behind),
    ]);
    expect(lead).toBe(behind);
  });

  it('answers by a named doer\'s act after "after": "stopped after Google began blocking"', () => {
    const cause = "Zanty's spread has now been stopped after Google began blocking infected sites.";
    const lead = leadFor('Why did the Zanty worm stop spreading?', [
      bullet('People using the sites hit by Zanty will not be affected by the worm.'),
      bullet(cause),
    ]);
    expect(lead).toBe(cause);
  });
});

describe('a cause told in a clause opening on "As"', () => {
  it('reads "As file sizes increase, storage becomes a problem" as giving a cause', () => {
    expect(CAUSE.test('He said: "As file sizes of pictures increase, storage becomes a problem.')).toBe(true);
    expect(CAUSE.test('As file sizes of pictures increase, storage becomes a problem.')).toBe(true);
    expect(CAUSE.test('It was seen as a problem, he said.')).toBe(false);
  });

  it('finds "appear" said as "show up"', () => {
    const tests = phrasesFor(stem('appear')).map((p) => p.test);
    expect(tests.some((re) => re.test('The worm first turned up on 20 December.'))).toBe(true);
  });
});

describe('a name opening on letters and a figure', () => {
  it('reads "X1 Technologies" whole, not "Technologies"', () => {
    const names = (text: string) => nameSpans(text).map((span) => span.text);
    expect(names('The technology has been licensed from a US-based firm X1 Technologies.')).toContain(
      'X1 Technologies',
    );
    expect(names('Small firms such as Enfish X1 Technologies offer tools.')).toContain(
      'Enfish X1 Technologies',
    );
    // A figure-word not before a name starts none.
    expect(names('The G8 summit met in Scotland.')).toEqual(['Scotland']);
  });
});
