/**
 * The timeline in Discord: `/briefbot timeline topic:` asks the service for the timeline view and
 * the renderer shows episodes, days, outlet counts and the flags with each version's citations.
 * Answers come from the real service on the seed corpus.
 */
import type { APIEmbed, ChatInputCommandInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../../src/app/open-core.js';
import type { Answer } from '../../../../src/briefing/answer.js';
import type { BriefRequest, BriefingApi } from '../../../../src/briefing/service-api.js';
import { silentLogger } from '../../../../src/log/logger.js';
import { AnswerCache } from '../../../../src/platforms/discord/answer-cache.js';
import { validateCommandDefinitions } from '../../../../src/platforms/discord/command-limits.js';
import { briefbotDefinition, commandDefinitions } from '../../../../src/platforms/discord/commands.js';
import { timelineHandler } from '../../../../src/platforms/discord/handlers/timeline.js';
import { renderAnswer } from '../../../../src/platforms/discord/render.js';
import { answerOf, openSeedBot } from '../../../support/seed-bot.js';

/** Description and field values of every embed, in order. */
function texts(messages: readonly APIEmbed[][]): string {
  return messages
    .flat()
    .flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join('\n');
}

/** A /briefbot timeline interaction with just what the handler and deliverAnswer use. */
function interaction(topic: string) {
  const edits: { embeds?: APIEmbed[] }[] = [];
  const replies: { embeds?: APIEmbed[] }[] = [];
  const fake = {
    id: 'i1',
    channelId: 'c1',
    guildId: 'g1',
    user: { id: 'u1' },
    options: {
      getString: (name: string) => (name === 'topic' ? topic : null),
      getBoolean: () => null,
    },
    deferReply: async () => ({}),
    fetchReply: async () => ({ id: 'm1' }),
    editReply: async (body: { embeds?: APIEmbed[] }) => {
      edits.push(body);
      return {};
    },
    followUp: async (body: { embeds?: APIEmbed[] }) => {
      edits.push(body);
      return {};
    },
    reply: async (body: { embeds?: APIEmbed[] }) => {
      replies.push(body);
      return {};
    },
  };
  return { fake: fake as unknown as ChatInputCommandInteraction, edits, replies };
}

describe('the timeline in Discord', () => {
  let bot: Briefbot;
  let timeline: Answer;
  beforeAll(async () => {
    bot = await openSeedBot();
    timeline = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
  });
  afterAll(() => bot.close());

  it('registers /briefbot timeline within Discord’s limits', () => {
    expect(validateCommandDefinitions(commandDefinitions)).toEqual([]);
    const sub = briefbotDefinition.options.find((o) => o.name === 'timeline')!;
    expect(sub).toMatchObject({ type: 1 });
    expect((sub as { options: { name: string; autocomplete?: boolean }[] }).options[0]).toMatchObject({
      name: 'topic',
      autocomplete: true,
    });
  });

  it('asks the service for the timeline and posts it', async () => {
    const asked: BriefRequest[] = [];
    const api: BriefingApi = {
      ...bot.api,
      topics: () => bot.api.topics(),
      brief: async (r) => {
        asked.push(r);
        return bot.api.brief(r);
      },
    };
    const { fake, edits } = interaction('pakistan-russia');
    await timelineHandler.execute({ api, logger: silentLogger, answers: new AnswerCache() }, fake);
    expect(asked).toMatchObject([{ topic: 'pakistan-russia', timeline: true }]);
    const posted = texts(edits.map((e) => e.embeds ?? []));
    expect(posted).toContain('Timeline: Pakistan–Russia relations');
    expect(posted).toContain('**Oct 2012**');
  });

  it('refuses an unknown topic privately, without asking the service', async () => {
    const { fake, replies, edits } = interaction('no-such-topic');
    const api: BriefingApi = {
      ...bot.api,
      topics: () => bot.api.topics(),
      brief: async () => {
        throw new Error('must not be called');
      },
    };
    await timelineHandler.execute({ api, logger: silentLogger, answers: new AnswerCache() }, fake);
    expect(edits).toEqual([]);
    expect(JSON.stringify(replies)).toContain('I have no topic called');
  });

  it('shows episodes apart, days in order, outlets, and flags with each version’s markers', () => {
    const messages = renderAnswer(timeline, { topicTitle: 'Pakistan–Russia relations' });
    const text = texts(messages);
    const october = text.indexOf('**Oct 2012**');
    const later = text.indexOf('**2021**');
    expect(october).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(october);
    expect(text.indexOf('__4 Oct 2012__')).toBeGreaterThan(text.indexOf('__2–3 Oct 2012__'));
    expect(text.indexOf('__4 Oct 2012__')).toBeLessThan(later);
    expect(text).toContain('· single source');
    expect(text).toMatch(/three-day visit[^\n]* · 2 outlets \[\d\]\[\d\]/);
    expect(text).toMatch(/⚠ Kayani's visit: three days \[\d\]\[\d\] vs four days \[\d\](\n|$)/);
    expect(text).toMatch(/⚠ Kayani's arrival in Moscow: 3 Oct \[\d\] vs 4 Oct \[\d\](\n|$)/);
    expect(text).toMatch(/2021 \(inferred\)/);
    for (const embeds of messages) {
      for (const e of embeds) expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    }
  });

  it('marks single-source claims in an ordinary brief too', async () => {
    const brief = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    const lines = texts(renderAnswer(brief))
      .split('\n')
      .filter((l) => l.startsWith('• '));
    expect(lines.length).toBe(brief.bullets.length);
    for (const line of lines) expect(line).toMatch(/ · (single source|\d outlets) (\[\d+\])+$/);
  });
});
