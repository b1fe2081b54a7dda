import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';
import { idleWords, supportedObjects } from '../../../src/briefing/question/idle-words.js';

describe('words of a question that ask nothing of its names', () => {
  it('reads hedges, "end up with" and a person noun set before a name', () => {
    expect(idleWords('How much does he think it is really worth?')).toEqual(new Set(['think', 'really']));
    expect(idleWords('how many awards did The Navigator end up with?')).toEqual(new Set(['end']));
    expect(idleWords('Where is the heroine Mira from?')).toEqual(new Set(['heroine']));
    // Whom the question asks for, not a description of one person.
    expect(idleWords('Name some of the creditors Acme Oil has to win over.')).toEqual(new Set());
  });

  it('reads a verb of staging asked with "where" as asking only the place', () => {
    expect(idleWords('Where is the Springfield Motor Show held?')).toEqual(new Set(['held']));
    expect(idleWords('Where will the final take place?')).toEqual(new Set(['take']));
    // "take" alone, or any verb asked without "where", asks a relation.
    expect(idleWords('Where did Naylor take the trophy?')).toEqual(new Set());
    expect(idleWords('When is the Springfield Motor Show held?')).toEqual(new Set());
  });

  it('reads the object of a verb', () => {
    expect(supportedObjects('How long has Delgado got to lodge an appeal?')).toEqual(
      new Map([['lodge', 'appeal']]),
    );
  });
});

describe('a sentence answers without saying the idle words', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const texts: Record<string, string> = {};
    const article = (name: string, title: string, ...paragraphs: string[]) =>
      (texts[`${name}.txt`] = `${title}\n\n${paragraphs.join('\n\n')}\n`);
    article(
      'awards',
      'Navigator takes the honours',
      'The Navigator won four awards at the ceremony in Lisbon on Sunday.',
      'Its director thanked the cast and the crew.',
    );
    article(
      'novel',
      'Novel to be filmed',
      'The studio has bought the rights to the trilogy.',
      'The books tell the story of Bristol schoolgirl Mira Holt.',
    );
    article(
      'ban',
      'Delgado banned for six games',
      'Coach Rui Delgado has been banned for six games for his remarks.',
      'Delgado has 14 days to appeal, and the league can also appeal.',
    );
    article('festival', 'Festival closes', 'The festival will end on Monday with a parade.');
    article('delgado', 'Delgado speaks', 'Rui Delgado said he was sorry for his remarks.');
    article('lodge', 'Hunting lodge sold', 'A hunting lodge in the hills has been sold to a hotel group.');
    article(
      'deal',
      'Airline buys planes',
      'Skyways has signed a deal to buy 20 planes from Planemaker.',
      'The value of the deal has not been revealed, because of a confidentiality clause in the agreement.',
    );
    article(
      'mill',
      'Zorya mill to be sold again',
      'The Zorya mill was sold in 2004 for $500m, well below other offers.',
      'Ivan Petrov has suggested a fair valuation of the mill could be as much as $2bn.',
    );
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });
  const ask = (q: string) => searchAsked(bot, q);

  it('answers "end up with" by what was won', () => {
    expect(ask('how many awards did The Navigator end up with?').candidates[0]?.sentence.text).toMatch(
      /won four awards/,
    );
  });

  it('answers of "the heroine Mira" by a sentence that calls her otherwise', () => {
    expect(ask('Where is the heroine Mira from?').candidates[0]?.sentence.text).toMatch(/Bristol/);
  });

  it('answers "lodge an appeal" by a sentence saying "appeal"', () => {
    expect(
      ask('How long has Delgado got to lodge an appeal against the ban?').candidates[0]?.sentence.text,
    ).toMatch(/14 days/);
  });

  it('answers what someone thinks a thing is worth by the valuation they suggest', () => {
    expect(
      ask('How much does Petrov think the Zorya mill is really worth?').candidates[0]?.sentence.text,
    ).toMatch(/\$2bn/);
  });

  it('answers why something was kept back by the sentence saying so', () => {
    expect(
      ask("Why hasn't the value of the Skyways deal been made public?").candidates[0]?.sentence.text,
    ).toMatch(/confidentiality/);
  });
});
