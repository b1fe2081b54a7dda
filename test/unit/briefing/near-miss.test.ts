import { describe, expect, it } from 'vitest';
import {
  anothersValue,
  askedBodies,
  askedPeople,
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
    // A name after an opener set off by a comma is the sentence's subject.
    expect(slotOf('Meanwhile, Southwest Airlines saw profits fall.', 'Meanwhile, '.length, false)).toBe(
      'subject',
    );
    expect(slotOf('On Tuesday, the Telegraph said so.', 'On Tuesday, the '.length, false)).toBe('subject');
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

describe("near misses: another person's figure", () => {
  it('takes a one-word name written as a surname for the person asked, and initials for none', () => {
    expect(askedPeople('How many matches has Rusedski won?', [['Rusedski']])).toEqual([
      { words: ['Rusedski'] },
    ]);
    expect(askedPeople('How big a fine did the FA give?', [['FA']])).toEqual([]);
  });

  const at = (text: string, value: string) => ({ index: text.indexOf(value) });
  const none = () => undefined;
  const people = () => new Set(['Henman', 'Edwards']);

  it('reads the person the question asks the figure of', () => {
    const q = "What share of the public vote did Lisa I'Anson get when she was evicted?";
    expect(askedPeople(q, [['Lisa', "I'Anson"]])).toEqual([{ words: ['Lisa', "I'Anson"] }]);
    expect(askedPeople("What is Greg Rusedski's ranking?", [['Greg', 'Rusedski']])).toHaveLength(1);
    // A name in another slot is a foil, not whose the figure is.
    expect(askedPeople('How many sets did Henman lose to Greg Rusedski?', [['Greg', 'Rusedski']])).toEqual(
      [],
    );
  });

  it("takes a figure in a clause about another person for that person's", () => {
    const lisa = askedPeople("What share of the vote did Lisa I'Anson get?", [['Lisa', "I'Anson"]]);
    const caprice =
      'Caprice, who left in the fourth eviction having gained just 5% of the public vote, said: "I am glad."';
    expect(anothersValue(caprice, at(caprice, '5%'), lisa, people, none)).toBe(true);
    const greg = askedPeople('How many Davis Cup matches has Greg Rusedski won?', [['Greg', 'Rusedski']]);
    const henman =
      'Henman leaves Davis Cup tennis with an impressive record, having won 36 of his 50 matches.';
    expect(anothersValue(henman, at(henman, '36'), greg, people, none)).toBe(true);
    // The clause after "but" is Henman's, though the sentence names Rusedski before it.
    const but = 'Rusedski won his service game but Henman took the first of his three match points.';
    expect(anothersValue(but, at(but, 'three'), greg, people, none)).toBe(true);
    expect(anothersValue('Rusedski has won 20 of his matches.', { index: 16 }, greg, people, none)).toBe(
      false,
    );
  });

  it('keeps a figure said of the asked person by surname or pronoun, or reported by another', () => {
    const greg = askedPeople('How many Davis Cup matches has Greg Rusedski won?', [['Greg', 'Rusedski']]);
    const pronoun = 'He has won 20 of his Davis Cup matches.';
    expect(anothersValue(pronoun, at(pronoun, '20'), greg, people, () => 'Greg Rusedski is back.')).toBe(
      false,
    );
    // Another person opens the clause, but "his" follows a sentence naming the asked one.
    const praise = 'Edwards praised his record of 20 wins in 30 matches.';
    expect(anothersValue(praise, at(praise, '20'), greg, people, () => 'Rusedski retired.')).toBe(false);
    expect(anothersValue(praise, at(praise, '20'), greg, people, () => 'The tie is on Friday.')).toBe(true);
    const said = 'Henman said the left-hander had won 20 matches.';
    expect(anothersValue(said, at(said, '20'), greg, people, none)).toBe(false);
    // A place opening the clause is no person.
    const place = 'Denmark is holding three days of concerts.';
    expect(anothersValue(place, at(place, 'three'), greg, people, none)).toBe(false);
  });
});

describe("near misses: another title's figure", () => {
  const at = (text: string, value: string) => ({ index: text.indexOf(value) });
  const none = () => undefined;

  it('reads a name written as a title, after "The" or before its number, as a thing asked', () => {
    expect(askedPeople('How much did The Grudge make on DVD?', [['Grudge'], ['DVD']])).toEqual([
      { words: ['Grudge'], thing: true },
    ]);
    expect(askedPeople('How much did Half-Life 2 cost to develop?', [['Half-Life']])).toEqual([
      { words: ['Half-Life'], thing: true },
    ]);
    // A body's name is no title: its rivals are bodies (namesRival), not any name.
    expect(askedPeople('How much did Lufthansa make in 2004?', [['Lufthansa']])).toEqual([
      { words: ['Lufthansa'] },
    ]);
  });

  it("takes a figure in a clause opening on another title for that title's", () => {
    const grudge = askedPeople('How much did The Grudge make on DVD?', [['Grudge'], ['DVD']]);
    const ray = "Ray's success on DVD outstripped its $74m (£40m) US box office total.";
    expect(anothersValue(ray, at(ray, '$74m'), grudge, () => new Set(), none)).toBe(true);
    const game = askedPeople('How much did Half-Life 2 cost to develop?', [['Half-Life']]);
    // "is thought to have cost" hedges the figure; it is no one's saying it.
    const doom = 'Doom 3 was developed over four years and is thought to have cost around $15m (£8.3m).';
    expect(anothersValue(doom, at(doom, '$15m'), game, () => new Set(), none)).toBe(true);
    const own = 'Half-Life 2 cost $40m to develop.';
    expect(anothersValue(own, at(own, '$40m'), game, () => new Set(), none)).toBe(false);
  });
});
