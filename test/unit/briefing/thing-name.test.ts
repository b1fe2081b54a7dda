import { describe, expect, it } from 'vitest';
import { kindForms, thingNames, thingNoun } from '../../../src/briefing/question/thing-name.js';
import { leadOver } from '../../support/lead-over.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';

describe('the name of a thing asked for by its kind', () => {
  it('reads the kind from "what NOUN …?" and "what is X’s NOUN called?"', () => {
    expect(thingNoun('What benchmark ranks the fastest machines?')).toBe('benchmark');
    expect(thingNoun("What is Norvik Telecom's online TV channel called?")).toBe('channel');
    expect(thingNoun("What's the banner the new shows go out under?")).toBe('banner');
    // A person's noun asks for a person, answered elsewhere.
    expect(thingNoun('What striker did the club sign?')).toBeNull();
    expect(thingNoun('What happened in May?')).toBeNull();
  });

  it('finds the name beside the noun, after "known as", or ending in the noun', () => {
    const known = new Set(['what', 'dam', 'does', 'harlow', 'power', 'run']);
    expect(
      thingNames(
        'Harlow Power, the operator of the Blue Ridge Dam, said profits rose.',
        kindForms('dam'),
        known,
      ).map((s) => s.text),
    ).toEqual(['Blue Ridge Dam']);
    expect(
      thingNames(
        'It uses a technology known as Quick Feed Protocol to track posts.',
        kindForms('technology'),
        new Set(),
      ).map((s) => s.text),
    ).toEqual(['Quick Feed Protocol']);
  });

  it('leads with the named thing rather than a sentence restating the question', () => {
    expect(
      leadOver(
        'What benchmark ranks the fastest machines?',
        'Started in 1990, the ranking of the fastest machines is decided by a panel of academics.',
        'The ministry confirmed the machine had reached that speed, according to the Velox benchmark.',
      ),
    ).toBe('Velox.');
    expect(
      leadOver(
        "What's the banner the new shows go out under?",
        'All three hosts will play new music under the banner of the SoundWave show.',
      ),
    ).toBe('SoundWave.');
  });
});

describe('a plural kind', () => {
  it('answers "which shows …?" with every show the sentence lists', () => {
    expect(
      leadOver(
        "Which kids' TV shows did she present?",
        'The former presenter, who hosted children’s shows Number 9 and Roundabout in the 1980s, won the prize.',
      ),
    ).toBe('Number 9 and Roundabout.');
  });
});

describe('a thing asked by a noun of no kind, read as asking a body', () => {
  it('leads with the thing named, not a body the sentences name', () => {
    expect(analyzeQuestion('What technology lets Quillmark keep track of new posts?').answerType).toBe(
      'organisation',
    );
    expect(
      leadOver(
        'What technology lets Quillmark keep track of new posts?',
        'In 2004 Vandor introduced its own system and Quillmark has tweaked its technology to track new posts.',
        'To do this it uses a technology known as Quick Feed Protocol that many sites have adopted to track new posts.',
      ),
    ).toBe('Quick Feed Protocol.');
  });
});
