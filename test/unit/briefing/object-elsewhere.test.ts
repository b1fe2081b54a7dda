import { describe, expect, it } from 'vitest';
import {
  interruptedObject,
  nameBeforeObject,
  objectElsewhere,
} from '../../../src/briefing/question/verb-object.js';
import { leadOver } from '../../support/lead-over.js';
import { queryTerms } from '../../../src/corpus/tokenize.js';

describe('a name given the asked object, not the name in the verb’s role for another one', () => {
  it('answers "who was named best actor?" by the star named best actor, not the film named best film', () => {
    expect(
      leadOver(
        'Who was named best actor?',
        'The Aviator has been named best film at the Golden Globe Awards, with its star Leonardo DiCaprio named best actor.',
      ),
    ).toBe('Leonardo DiCaprio.');
  });

  it('answers "who was named best actress?" by the one the sentence says was best actress', () => {
    expect(
      leadOver(
        'Who was named best actress?',
        "The Producers was named best musical, Victoria Hamilton was best actress for Suddenly Last Summer and Festen's Rufus Norris was named best director.",
      ),
    ).toBe('Victoria Hamilton.');
  });

  it('tells another object only when the sentence says the asked one elsewhere', () => {
    const said = (s: string) => new Set(queryTerms(s));
    const best = 'The Aviator has been named best film, with its star Leonardo DiCaprio named best actor.';
    expect(objectElsewhere(['best', 'actor'], ['best', 'film'], said(best))).toBe(true);
    // The same object, or another the sentence does not set against the asked one.
    expect(objectElsewhere(['best', 'actor'], ['best', 'actor'], said(best))).toBe(false);
    expect(objectElsewhere(['award'], ['best', 'actress'], said('Swank won best actress.'))).toBe(false);
  });

  it('takes no name set beside the object by a preposition', () => {
    const spain =
      "Spain won the Davis Cup when Carlos Moya beat the USA's Andy Roddick in the fourth rubber in Seville.";
    expect(nameBeforeObject(spain, ['rubber'], new Set())).toBeNull();
  });
});

describe('another award than the one asked, a word of its own inside the asked one', () => {
  it('answers "who took the best actor Oscar?" by who won best actor, not who took best supporting actor', () => {
    expect(
      leadOver(
        'Who took the best actor Oscar?',
        'Jamie Foxx won best actor for Ray, while British actor Clive Owen took best supporting actor for Closer.',
      ),
    ).toBe('Jamie Foxx.');
  });

  it('tells "best supporting actor" from "best actor", not "the 10km race" from "the race"', () => {
    expect(interruptedObject(['best', 'actor', 'oscar'], ['best', 'support', 'actor'])).toBe(true);
    expect(interruptedObject(['race'], ['10km', 'race'])).toBe(false);
    expect(interruptedObject(['best', 'actor'], ['best', 'actor'])).toBe(false);
  });
});

describe('a name qualifying the asked noun after "another" or "a"', () => {
  it('is a kind of it, not the one asked: "another Premiership club" does not answer "which club?"', () => {
    expect(
      leadOver(
        'Which club took Bellamy on loan?',
        'And it is unlikely that Newcastle would allow the player to go on loan to another Premiership club.',
        'Bellamy left Newcastle to join Celtic on loan after a major row with Souness.',
      ),
    ).toBe('Celtic.');
  });
});
