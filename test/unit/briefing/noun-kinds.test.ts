import { describe, expect, it } from 'vitest';
import { alikeNouns, askedNounKind, nounKind } from '../../../src/briefing/question/noun-kinds.js';
import { answerTypeOf } from '../../../src/briefing/question/question.js';

describe('nounKind (WordNet 3.1, most frequent sense)', () => {
  it('knows people, places and bodies by their nouns, plurals and compounds included', () => {
    expect(nounKind('expert')).toBe('person');
    expect(nounKind('vice president')).toBe('person');
    expect(nounKind('directors')).toBe('person');
    expect(nounKind('cities')).toBe('place');
    expect(nounKind('carmaker')).toBe('group');
    // The land, not the nation: asked "which country", news answers with the place.
    expect(nounKind('country')).toBe('place');
    // A plural WordNet lists as a word of its own is read as the singular first.
    expect(nounKind('leaders')).toBe('person');
    expect(nounKind('background')).toBeNull();
  });

  it("reads news's sense where WordNet's first sense is another", () => {
    expect(nounKind('broadcaster')).toBe('group');
    expect(nounKind('stadium')).toBe('place');
    expect(nounKind('star')).toBe('person');
  });
});

describe('askedNounKind', () => {
  it.each([
    ['Which drug-testing expert came out in support of Chelsea sacking Mutu?', 'person'],
    ['Which Marsh senior vice president confessed to asking for quotes?', 'person'],
    ['which United player said no-one knows what Glazer will bring?', 'person'],
    ['which analyst reckons Sony could sell 10 million PSPs?', 'person'],
    ['In which town did the race take place?', 'place'],
    ['What company do the Irish racing tycoons hold their shares through?', 'group'],
    ['Which foreign steel group that lost out says it is keen?', 'group'],
    ["At which regional grouping's meeting did they get together?", null],
    ['What sporting background does the chief executive have?', null],
    ['What did Lavrov discuss with Imran Khan?', null],
    ['Who won the final?', null],
  ])('%s → %s', (question, kind) => {
    expect(askedNounKind(question)).toBe(kind);
  });

  it('decides the answer type of which/what questions', () => {
    expect(answerTypeOf('Which drug-testing expert backed the move?')).toBe('person');
    expect(answerTypeOf('which other carmaker wanted to buy Fiat outright?')).toBe('organisation');
    expect(answerTypeOf('In which city did Steve Jobs show off the Mac mini?')).toBe('place');
    expect(answerTypeOf('What sporting background does he have?')).toBe('other');
  });
});

describe('alikeNouns (WordNet classes of every sense)', () => {
  it('keeps nouns of one kind of thing together and sets others apart', () => {
    expect(alikeNouns('cars', 'vehicles')).toBe(true);
    expect(alikeNouns('goals', 'goal')).toBe(true);
    // Embeddings' neighbours of another class: a time, not an act or an aim.
    expect(alikeNouns('goals', 'minute')).toBe(false);
    expect(alikeNouns('players', 'teams')).toBe(false);
    // A word WordNet does not know as a noun is not ruled out.
    expect(alikeNouns('goals', 'scored')).toBe(true);
  });
});
