import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { meaningsIn } from '../../../src/briefing/question/phrasal-verbs.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/question-search');

describe('asking someone to come is inviting them', () => {
  it('reads "asked her to come" and "asked him to visit" as "invite"', () => {
    expect(meaningsIn('Who asked the admiral to come to the capital?').get('ask')).toEqual(['invite']);
    expect(meaningsIn('Who asked him to visit?').get('ask')).toEqual(['invite']);
    // Asking a question is no invitation.
    expect(meaningsIn('Who asked the minister about the deal?').get('ask')).toBeUndefined();
  });

  describe('in a corpus that writes only "at the invitation of"', () => {
    let bot: Briefbot;
    beforeAll(async () => {
      bot = await openFixtureBot(CORPUS);
    });
    afterAll(() => bot.close());

    it('answers with whoever the invitation is of', async () => {
      // The corpus never writes "invite" itself: its other forms and their family find "invitation".
      const answer = answerOf(await bot.api.ask({ question: 'Who asked Tessin to come to Dalmeny?' }));
      expect(answer.lead?.text).toMatch(/^Ostin Vell\b/);
    });
  });
});
