import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import {
  interruptedObject,
  nameBeforeObject,
  objectElsewhere,
} from '../../../src/briefing/question/verb-object.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import { queryTerms } from '../../../src/corpus/tokenize.js';
import type { Article } from '../../../src/corpus/article.js';

const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;
const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });

describe('a name given the asked object, not the name in the verb’s role for another one', () => {
  it('answers "who was named best actor?" by the star named best actor, not the film named best film', () => {
    const q = analyzeQuestion('Who was named best actor?');
    const lead = composeLead(
      q,
      [
        bullet(
          'The Aviator has been named best film at the Golden Globe Awards, with its star Leonardo DiCaprio named best actor.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Leonardo DiCaprio.');
  });

  it('answers "who was named best actress?" by the one the sentence says was best actress', () => {
    const q = analyzeQuestion('Who was named best actress?');
    const lead = composeLead(
      q,
      [
        bullet(
          "The Producers was named best musical, Victoria Hamilton was best actress for Suddenly Last Summer and Festen's Rufus Norris was named best director.",
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Victoria Hamilton.');
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
    const q = analyzeQuestion('Who took the best actor Oscar?');
    const lead = composeLead(
      q,
      [
        bullet(
          'Jamie Foxx won best actor for Ray, while British actor Clive Owen took best supporting actor for Closer.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Jamie Foxx.');
  });

  it('tells "best supporting actor" from "best actor", not "the 10km race" from "the race"', () => {
    expect(interruptedObject(['best', 'actor', 'oscar'], ['best', 'support', 'actor'])).toBe(true);
    expect(interruptedObject(['race'], ['10km', 'race'])).toBe(false);
    expect(interruptedObject(['best', 'actor'], ['best', 'actor'])).toBe(false);
  });
});

describe('a name qualifying the asked noun after "another" or "a"', () => {
  it('is a kind of it, not the one asked: "another Premiership club" does not answer "which club?"', () => {
    const q = analyzeQuestion('Which club took Bellamy on loan?');
    const lead = composeLead(
      q,
      [
        bullet(
          'And it is unlikely that Newcastle would allow the player to go on loan to another Premiership club.',
        ),
        bullet('Bellamy left Newcastle to join Celtic on loan after a major row with Souness.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Celtic.');
  });
});
