import { describe, expect, it } from 'vitest';
import {
  askedBodies,
  measureModifier,
  namesRival,
  otherMeasure,
  negatedWords,
  saysOpposite,
  slotOf,
} from '../../../src/briefing/question/near-miss.js';

const words = (q: string) => new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const last = (form: readonly string[]) => form.at(-1)!;
const noPeople = () => new Set<string>();
const noOutlet = () => false;

describe("near misses: another place or body in the asked one's place", () => {
  const question = 'How many mobile phones were left in taxis in Helsinki?';
  const bodies = askedBodies(question, [['Helsinki']], noOutlet);

  it('reads where the question writes a name', () => {
    expect(bodies).toEqual([{ kind: 'place', forms: [['Helsinki']], slot: 'in', scale: 'city' }]);
    expect(slotOf('How much is the Guardian spending?', 'How much is the '.length, true)).toBe('subject');
    expect(slotOf('In London alone, phones were left.', 3, false)).toBe('in');
  });

  it('finds a figure of another city written where the asked one would be', () => {
    const london = 'In London alone more than 63,000 mobile phones have been left in the back of cabs.';
    expect(namesRival(london, bodies, words(question), last, noPeople)).toBe(true);
    // The asked city named: its own figure.
    const helsinki = 'In Helsinki 4,000 mobile phones were left in cabs, against 63,000 in London.';
    expect(namesRival(helsinki, bodies, words(question), last, noPeople)).toBe(false);
  });

  it('takes no place of another size, nor one in another slot, for a rival', () => {
    const q = 'How many days will the army chief spend in Russia?';
    const russia = askedBodies(q, [['Russia']], noOutlet);
    expect(namesRival('He will spend four days in Moscow.', russia, words(q), last, noPeople)).toBe(false);
    expect(namesRival('Talks with France lasted four days.', russia, words(q), last, noPeople)).toBe(false);
  });

  it('finds a body that is the subject where the asked one is', () => {
    const q = 'How much is the Guardian spending on its new printing presses?';
    const guardian = askedBodies(q, [['Guardian']], noOutlet);
    const telegraph =
      'The Telegraph Group says the cuts will fund an £150m investment in new printing facilities.';
    expect(namesRival(telegraph, guardian, words(q), last, noPeople)).toBe(true);
    // An outlet asked about only reports: it is no body a figure is of.
    expect(askedBodies(q, [['Guardian']], () => true)).toEqual([]);
  });
});

describe('near misses: the opposite of a negated word', () => {
  it('takes "the fiction prize" for no answer about "the non-fiction award"', () => {
    const negated = negatedWords('How much prize money did she get for the non-fiction award?');
    expect(negated).toEqual([{ word: 'non-fiction', root: 'fiction' }]);
    expect(saysOpposite('A novel has won the $10,000 fiction prize.', negated)).toBe(true);
    expect(saysOpposite('The $10,000 non-fiction prize went to a history of Detroit.', negated)).toBe(false);
  });
});

describe('near misses: a measure of another kind', () => {
  it('takes interest rates for no answer about the unemployment rate', () => {
    const asked = measureModifier("What is Australia's unemployment rate at the moment?");
    expect(asked).toEqual({ modifier: 'unemployment', head: 'rate' });
    expect(otherMeasure('The Reserve Bank lifted interest rates 0.25% to 5.5%.', asked!)).toBe(true);
    expect(otherMeasure('The unemployment rate fell to 5.1%, from a 5.5% rate of interest.', asked!)).toBe(
      false,
    );
    // A rate with no kind before it, or a name's, is not another kind.
    expect(otherMeasure('The rate rose to 5.5%.', asked!)).toBe(false);
    expect(measureModifier('What is the rate now?')).toBeNull();
  });
});
