import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { acronymForms } from '../../../src/briefing/question/acronym-forms.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/question-search');

describe('a spelled-out phrase searched as its acronym', () => {
  it('gives the letters of a "noun of noun", with the plural and in their capitals', () => {
    const forms = acronymForms('the memorandums of understanding signed', () => true);
    expect(forms.map((f) => [f.form, f.words])).toEqual([['MoUs', ['memorandums', 'understanding']]]);
    expect(forms[0]!.written.test('Under the MoUs, it will lend')).toBe(true);
    // "sop" is a word: only the letters as capitals are the acronym.
    expect(acronymForms('his share of the project', () => true)[0]!.written.test('a sop to them')).toBe(
      false,
    );
    expect(acronymForms('his share of the project', () => false)).toEqual([]);
  });

  describe('in search', () => {
    let bot: Briefbot;
    beforeAll(async () => {
      bot = await openFixtureBot(CORPUS);
    });
    afterAll(() => bot.close());

    it('finds the sentence writing the acronym for a question writing the words', async () => {
      const answer = answerOf(
        await bot.api.ask({
          question: 'What is the size of the harbour dredging loan under the memorandums of understanding?',
        }),
      );
      expect(answer.lead?.text).toContain('$40 to $60 million');
    });
  });
});
