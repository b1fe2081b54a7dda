import { describe, expect, it } from 'vitest';
import {
  answerSpans,
  askedFit,
  foreignPeople,
  nameSpans,
} from '../../../src/briefing/question/answer-spans.js';

const texts = (text: string, type: 'person' | 'organisation') => answerSpans(text, type).map((s) => s.text);

describe('name runs', () => {
  const names = (text: string) => nameSpans(text).map((s) => s.text);

  it('keeps a name whole across two particles ("de la", "van der")', () => {
    expect(names('The prize went to Rodrigo de la Serna for The Motorcycle Diaries.')).toContain(
      'Rodrigo de la Serna',
    );
    expect(names('He advised chief executive Jeroen van der Veer on the deal.')).toContain(
      'Jeroen van der Veer',
    );
  });

  it('leaves out a noun for a person that opens the sentence, capitalised as its first word', () => {
    expect(names('Actor Rodrigo de la Serna took the best debut performance prize.')).toEqual([
      'Rodrigo de la Serna',
    ]);
    // Followed by one word only, the capitalised word may well be the name itself.
    expect(names('Baker Smith said the club would appeal.')).toEqual(['Baker Smith']);
  });
});

describe('names read as answers of the asked kind', () => {
  it('reads an acronym written as part of a common noun as no body', () => {
    expect(
      texts("Bellamy was fined two weeks' wages after a live TV interview in which he lied.", 'organisation'),
    ).toEqual([]);
    expect(
      texts('Negroponte is developing a laptop PC that will go on sale for less than $100.', 'organisation'),
    ).toEqual([]);
  });

  it('keeps an acronym that a noun of a kind stands beside, or a rare one after a noun', () => {
    expect(texts('Reports suggested the separatist group ETA may be responsible.', 'organisation')).toContain(
      'ETA',
    );
    expect(
      texts('One of the bidders, steel giant LNM, told BBC News it was interested.', 'organisation'),
    ).toContain('LNM');
  });

  it('keeps the figure that closes a name, which then names a body, not a person', () => {
    expect(
      texts(
        'Wasp, which was commissioned by the Film Council and Channel 4, beat films by fellow UK nominees.',
        'organisation',
      ),
    ).toEqual(['Film Council', 'Channel 4']);
    expect(texts('Wasp was commissioned by the Film Council and Channel 4.', 'person')).toEqual([]);
  });

  it('reads a figure after a month, or after an opener alone, as no name', () => {
    expect(texts('On March 4, the Film Council said it would fund more films.', 'organisation')).toEqual([
      'Film Council',
    ]);
    expect(answerSpans('At 34, Holmes will also be aware that time is running out.', 'place')).toEqual([]);
    expect(answerSpans('About 300, most of them fans, were hurt.', 'organisation')).toEqual([]);
  });

  it('strips ranks joined by a hyphen from the name after them', () => {
    expect(
      texts(
        'The commander of land forces, Col-Gen Alexander Postnikov, said the drills would go ahead.',
        'person',
      ),
    ).toEqual(['Alexander Postnikov']);
    expect(texts('The talks were led by Lt-Col Ivan Petrov and Maj-Gen Sergei Ivanov.', 'person')).toEqual([
      'Ivan Petrov',
      'Sergei Ivanov',
    ]);
  });

  it('does not start a name inside a hyphenated word', () => {
    expect(
      answerSpans(
        'The game is a money-spinner for non-League Yeading, who beat Slough.',
        'organisation',
        () => new Set(),
      ).map((s) => s.text),
    ).not.toContain('League Yeading');
    expect(
      texts('The game is a money-spinner for non-League Yeading Town, who beat Slough.', 'person'),
    ).toEqual(['Yeading Town']);
  });

  it('does not answer a nationality asked with a person the evidence gives another one', () => {
    const question = 'Which Spaniard won the rubber that sealed the Davis Cup?';
    const sentence = "Spain won the Cup when Carlos Moya beat the USA's Andy Roddick in Seville.";
    const fits = askedFit(question, 'person');
    const fit = answerSpans(sentence, 'person').filter((s) => fits(sentence, s));
    expect(fit.map((s) => s.text)).toEqual(['Carlos Moya']);
    expect([...foreignPeople(question, [sentence])]).toEqual(['Andy Roddick', 'Roddick']);
    expect(foreignPeople('Which Spaniard won?', ["Spain's Carlos Moya won."]).size).toBe(0);
    expect(foreignPeople('Which American won?', ["the USA's Andy Roddick won."]).size).toBe(0);
  });
});
