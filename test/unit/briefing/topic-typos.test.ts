import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { closeTopic, type Topic } from '../../../src/briefing/topics.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

const topic = (slug: string, title = slug): Topic => ({ slug, title, terms: [slug] });
const topics = [topic('pakistan-russia', 'Pakistan–Russia relations'), topic('india-china'), topic('iran')];

describe('closeTopic', () => {
  it('takes a typo within a small edit distance for the topic it misspells', () => {
    expect(closeTopic(topics, 'pakistan-rusia')?.slug).toBe('pakistan-russia');
    expect(closeTopic(topics, 'Pakistan Rusia')?.slug).toBe('pakistan-russia');
    expect(closeTopic(topics, 'pakistn-russa')?.slug).toBe('pakistan-russia');
    expect(closeTopic(topics, 'india-chian')?.slug).toBe('india-china');
  });

  it('leaves far-off words, very short names and ties alone', () => {
    expect(closeTopic(topics, 'pakistan-ukraine')).toBeUndefined();
    expect(closeTopic(topics, 'gas-pipeline')).toBeUndefined();
    expect(closeTopic(topics, 'irn')).toBeUndefined();
    expect(closeTopic([topic('india-china'), topic('india-chine')], 'india-chin')).toBeUndefined();
  });
});

describe('a brief for a misspelt topic', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openSeedBot();
  });
  afterAll(() => bot.close());

  it('is the brief for the topic meant, with a "did you mean" note', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'pakistan-rusia' }));
    expect(answer).toMatchObject({ kind: 'brief', topic: 'pakistan-russia' });
    expect(answer.note).toMatch(/^Did you mean pakistan-russia\? No topic is named "pakistan-rusia"/);
    const exact = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    expect(answer.bullets).toEqual(exact.bullets);
  });
});
