import { describe, expect, it } from 'vitest';
import { meaningsIn, phrasesFor } from '../../../src/briefing/question/phrasal-verbs.js';
import { stem } from '../../../src/corpus/tokenize.js';

describe('phrasal verbs', () => {
  it('finds "meet" said as "called on", in any tense, with words before the particle', () => {
    const tests = phrasesFor(stem('meet')).map((p) => p.test);
    const says = (text: string) => tests.some((re) => re.test(text));
    expect(says('Next day he called on the Chief of General Staff.')).toBe(true);
    expect(says('The ministers held talks with their counterparts.')).toBe(true);
    expect(says('He called the meeting a success.')).toBe(false);
    // "dropped" from a team is "axed" or "left out".
    const drops = phrasesFor(stem('dropped')).map((p) => p.test);
    expect(drops.some((re) => re.test('He was axed by the former coach.'))).toBe(true);
    expect(drops.some((re) => re.test('He was left out of the squad.'))).toBe(true);
    expect(phrasesFor(stem('dropped')).map((p) => p.term)).toContain(stem('axed'));
    const rejects = phrasesFor(stem('reject')).map((p) => p.test);
    expect(rejects.some((re) => re.test('The board turned the offer down on Friday.'))).toBe(true);
  });

  it('finds a phrase made a noun: "a tie-up" says "merger"', () => {
    const tests = phrasesFor(stem('merger')).map((p) => p.test);
    expect(tests.some((re) => re.test('A tie-up between the two banks would create a giant.'))).toBe(true);
    expect(tests.some((re) => re.test('The cup tie ended goalless.'))).toBe(false);
    expect(meaningsIn('what year did Fiat and GM tie up?').get(stem('tie'))).toContain(stem('alliance'));
  });

  it("reads what a question's phrasal verb means", () => {
    expect(meaningsIn("why did the board knock back Glazer's offer?").get(stem('knock'))).toEqual([
      stem('reject'),
    ]);
    expect(meaningsIn('who did he take over from?').get(stem('take'))).toEqual([
      stem('replace'),
      stem('succeed'),
    ]);
    expect(meaningsIn('who did he take to the final?').size).toBe(0);
    expect(meaningsIn('when will the takeover be wrapped up?').get(stem('wrap'))).toContain(stem('conclude'));
    // "hold their talks" means meeting, with or without "with" after it.
    expect(meaningsIn('where did the two ministers hold their talks?').get(stem('hold'))).toContain(
      stem('meet'),
    );
    expect(meaningsIn('how much did its shares go up?').get(stem('go'))).toEqual([stem('rise')]);
  });

  it("reads an idiom's noun as saying its meaning too, and a phrase as another of the same meaning", () => {
    const meant = meaningsIn('Did they bury the hatchet?');
    expect(meant.get(stem('bury'))).toEqual([stem('reconcile')]);
    expect(meant.get(stem('hatchet'))).toEqual([stem('reconcile')]);
    expect(meaningsIn('What was he locked up for?').get(stem('lock'))).toContain(stem('jail'));
    const reconciles = phrasesFor(stem('reconcile')).map((p) => p.test);
    expect(reconciles.some((re) => re.test('She was pleased to have patched things up with her.'))).toBe(
      true,
    );
  });
});

describe('seeing a person', () => {
  it('reads "see" with a person for object as meeting them, and not "see" of a thing', () => {
    expect(meaningsIn('Did the envoy see the prime minister during the trip?').get(stem('see'))).toEqual([
      stem('meet'),
    ]);
    expect(meaningsIn('Was Ode going to see Marlow in Lisbon?').get(stem('see'))).toEqual([stem('meet')]);
    expect(meaningsIn('Did the envoy see the new stadium?').get(stem('see'))).toBeUndefined();
    expect(meaningsIn('Did the envoy see any change?').get(stem('see'))).toBeUndefined();
  });
});

describe('a common word meaning another in a phrase', () => {
  it('reads "got to" a place as arriving, a "line on" as a stance, "on the table" as discussed', () => {
    expect(meaningsIn('What did the envoy do after she got to Lisbon?').get(stem('get'))).toEqual([
      stem('arrive'),
    ]);
    expect(meaningsIn('Did she get to keep the house?').get(stem('get'))).toBeUndefined();
    expect(meaningsIn("What is the union's line on pay?").get(stem('line'))).toContain(stem('perspective'));
    expect(meaningsIn('Which proposals are on the table for the budget?').get(stem('table'))).toContain(
      stem('discuss'),
    );
  });
});
