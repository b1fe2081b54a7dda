import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import {
  countedNoun,
  countedQualifiers,
  countsOtherQualified,
} from '../../../src/briefing/question/counted-noun.js';
import {
  lesserOffice,
  namesNoneOf,
  namesSibling,
  siblingNamed,
} from '../../../src/briefing/question/near-miss.js';
import { answerOf, openTextsBot } from '../../support/seed-bot.js';

const MORROW = `Kestrel Open champion Dana Morrow retires

Dana Morrow, who won the Kestrel Open in 1996, has announced her retirement from tennis at the age of 34.

Morrow won 61 Varnish caps in a career spanning 15 years.

She also won three Marlow doubles titles with her long-time partner Ada Stroud.

Tomas Pell, vice president of the Varnish Tennis Council, said she had been a great servant of the game.

Morrow failed a drugs test for a banned substance in 2001 but was cleared on appeal.
`;

const BRENTON = `Corvale Open draw made

The Corvale Open begins on Monday with a field of 64 players.

Organisers said ticket sales were up on last year, and the Marlow singles event follows in June.
`;

describe('near misses: the question qualifies what it asks, the sentence another of its kind', () => {
  it('reads a name sharing the last word of an asked one as its sibling', () => {
    const named = siblingNamed([
      ['Dana', 'Morrow'],
      ['Corvale', 'Open'],
    ]);
    // A person's name is left out: "President Bush" is no other Bush.
    expect(named).toEqual([{ qualifier: 'Corvale', head: 'Open' }]);
    expect(namesSibling('Dana Morrow, who won the Kestrel Open in 1996, retired.', named)).toBe(true);
    expect(namesSibling('She won the Corvale Open in 1998, and the Kestrel Open in 1996.', named)).toBe(
      false,
    );
    expect(namesSibling('She won the Open in 1996.', named)).toBe(false);
  });

  it('reads a vice president as holding no presidency', () => {
    const text = 'Tomas Pell, vice president of the Varnish Tennis Council, said so.';
    expect(lesserOffice(text, 'Who is the president of the Varnish Tennis Council?', 'president')).toBe(true);
    expect(lesserOffice(text, 'Who is the vice president of the Council?', 'president')).toBe(false);
    expect(
      lesserOffice(
        'Council president Ann Lee and vice president Tomas Pell',
        'Who is its president?',
        'president',
      ),
    ).toBe(false);
  });

  it('reads a count of the noun under another qualifier as of another thing', () => {
    expect(countedNoun('How many Marlow singles titles did Dana Morrow win?')).toBe('titles');
    expect(countedQualifiers('How many Marlow singles titles did Dana Morrow win?', 'titles')).toEqual([
      'Marlow',
      'singles',
    ]);
    const text = 'She won three Marlow doubles titles with Ada Stroud.';
    const span = { text: 'three', index: text.indexOf('three') };
    expect(
      countsOtherQualified(text, { ...span, type: 'number' } as never, 'titles', ['Marlow', 'singles']),
    ).toBe(true);
    expect(
      countsOtherQualified(text, { ...span, type: 'number' } as never, 'titles', ['Marlow', 'doubles']),
    ).toBe(false);
    const caps = 'Morrow won 61 Varnish caps.';
    const at = { text: '61', index: caps.indexOf('61'), type: 'number' } as never;
    expect(countsOtherQualified(caps, at, 'caps', ['Kestrel'])).toBe(true);
    expect(countsOtherQualified(caps, at, 'caps', ['Varnish'])).toBe(false);
  });

  it('reads "a banned substance" as naming none', () => {
    expect(namesNoneOf('Morrow failed a drugs test for a banned substance in 2001.', 'substance')).toBe(true);
    expect(namesNoneOf('Salam Pax - not his real name - began a column.', 'name')).toBe(true);
    expect(namesNoneOf('Conte told her the substance was flaxseed oil.', 'substance')).toBe(false);
    expect(namesNoneOf('It uses a technology called RSS.', 'technology')).toBe(false);
  });
});

describe('near misses end to end: nothing is answered for a qualifier the corpus does not carry', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openTextsBot({ 'morrow.txt': MORROW, 'brenton.txt': BRENTON });
  });
  afterAll(() => bot.close());
  const ask = async (question: string) => answerOf(await bot.api.ask({ question }));

  it('answers the qualifier the article gives, and nothing for another', async () => {
    expect((await ask('How many Varnish caps did Dana Morrow win?')).lead?.text).toMatch(/61/);
    expect((await ask('How many Corvale caps did Dana Morrow win?')).lead ?? null).toBeNull();
    expect((await ask('How many Marlow doubles titles did Dana Morrow win?')).lead?.text).toMatch(/three/i);
    expect((await ask('How many Marlow singles titles did Dana Morrow win?')).lead ?? null).toBeNull();
    expect((await ask('Who is the vice president of the Varnish Tennis Council?')).lead?.text).toMatch(
      /Pell/,
    );
    expect((await ask('Who is the president of the Varnish Tennis Council?')).lead ?? null).toBeNull();
    expect((await ask('When did Dana Morrow win the Kestrel Open?')).lead?.text).toMatch(/1996/);
    expect((await ask('When did Dana Morrow win the Corvale Open?')).lead ?? null).toBeNull();
    expect((await ask('What substance did Dana Morrow test positive for?')).lead ?? null).toBeNull();
  });
});
