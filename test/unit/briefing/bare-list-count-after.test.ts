import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { analyzeQuestion, focusNames } from '../../../src/briefing/question/question.js';
import { yesOrNo } from '../../../src/briefing/write/lead.js';
import { yesNoVerb } from '../../../src/briefing/question/yesno-verb.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';
import { leadOver } from '../../support/lead-over.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { countedForms, countsNoun } from '../../../src/briefing/question/counted-noun.js';

describe('a name opening a bare list of its kind', () => {
  it('answers "who" with every name of the list that "and" closes', () => {
    const lead = leadOver(
      'Who won the Brandt Cup before Max Naylor?',
      'Naylor follows Jane Doe, Peter Corlan and Tom Wexley as winners of the cup.',
    );
    expect(lead).toBe('Jane Doe, Peter Corlan and Tom Wexley.');
  });

  it('keeps a lone name when a role stands between it and the next', () => {
    const lead = leadOver(
      'Who is the chairman of Wexley Holdings?',
      'Wexley Holdings chairman Jane Doe, chief executive Peter Corlan and finance director Tom Brandt met.',
    );
    expect(lead).toBe('Jane Doe.');
  });
});

describe('a count written after its noun', () => {
  it('reads "an audience of eight million" as a count of viewers', () => {
    const text = 'At its peak, the show had a regular audience of eight million.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('viewers'))).map((s) => s.text)).toEqual([
      'eight million',
    ]);
  });

  it('reads "eight others" as a count of people', () => {
    const text = 'She and eight others were killed on the plane.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('people'))).map((s) => s.text)).toEqual([
      'eight',
    ]);
  });
});

describe('places and the names that find them', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(join(import.meta.dirname, '../../fixtures/question-search'));
  });
  afterAll(() => bot.close());

  it('finds a name written in the singular where the question writes it plural, and gives the finer place', async () => {
    const answer = answerOf(
      await bot.api.ask({ question: 'Where will the Brennock Folk Music Awards concert take place?' }),
    );
    expect(answer.lead?.text).toBe("Dunmore's Harbour Square.");
  });

  it('reads a weekday made plural as a time, not a name, unless it ends one', () => {
    expect(focusNames('Where do fans of Ansel Quarry go on Fridays?')).toEqual([['Ansel', 'Quarry']]);
    expect(focusNames('Did the Happy Mondays play on Fridays?')).toEqual([['Happy', 'Mondays']]);
  });
});

describe('a yes/no verdict', () => {
  it('reads "failed in an attempt to" as a denial', () => {
    expect(
      yesOrNo(
        analyzeQuestion("Did Quarry's label win its case against the producer?"),
        "Quarry's label has failed in an attempt to sue the producer who booked the flight.",
      ),
    ).toBe('No');
  });
});

describe('the verb of a yes/no question', () => {
  it('is never a gerund after "did" or "will": that is the subject\'s noun', () => {
    expect(yesNoVerb("Did the Brennock council's harbour meeting change any rules?")).toBe('change');
    expect(yesNoVerb('Did Valve leak the code?')).toBe('leak');
    expect(yesNoVerb('Is the firm cutting jobs?')).toBe('cutting');
  });
});
