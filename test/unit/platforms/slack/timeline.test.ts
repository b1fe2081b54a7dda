/**
 * The timeline in Slack: `/brief pakistan-russia timeline` asks the service for the timeline view,
 * and the renderer shows episodes, days, whom each event is about, how many outlets back it, and
 * the flags with the citations of each version. Answers come from the real service on the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../../src/app/open-core.js';
import type { Answer } from '../../../../src/briefing/answer.js';
import type { AskRequest, BriefRequest, BriefingApi } from '../../../../src/briefing/service-api.js';
import { silentLogger } from '../../../../src/log/logger.js';
import { validateMessage } from '../../../../src/platforms/slack/block-limits.js';
import { dispatch } from '../../../../src/platforms/slack/commands/index.js';
import type { SlackMessage } from '../../../../src/platforms/slack/pack.js';
import { renderAnswer } from '../../../../src/platforms/slack/render.js';
import { type ChatRequest, requestFromWords } from '../../../../src/platforms/chat/words.js';
import { callService } from '../../../../src/platforms/chat/call-service.js';
import { answerOf, openSeedBot } from '../../../support/seed-bot.js';

const view = { title: 'Pakistan–Russia relations: timeline', quotes: false, answerId: 'a1', share: false };

/** Every mrkdwn text of the messages, in order. */
function texts(messages: readonly SlackMessage[]): string {
  const out: string[] = [];
  for (const m of messages) {
    for (const block of m.blocks as { text?: { text?: string } }[])
      if (block.text?.text) out.push(block.text.text);
  }
  return out.join('\n');
}

describe('the timeline in Slack', () => {
  let bot: Briefbot;
  let timeline: Answer;
  beforeAll(async () => {
    bot = await openSeedBot();
    timeline = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
  });
  afterAll(() => bot.close());

  it('reads "/brief pakistan-russia timeline" and "/brief timeline pakistan-russia" as the timeline view', async () => {
    const topics = bot.api.topics();
    expect(requestFromWords('pakistan-russia timeline', topics)).toEqual({
      kind: 'brief',
      topic: 'pakistan-russia',
      title: 'Pakistan–Russia relations: timeline',
      timeline: true,
    });
    expect(requestFromWords('pakistan-russia', topics)).not.toHaveProperty('timeline');
    const seen: ChatRequest[] = [];
    for (const text of ['pakistan-russia timeline', 'timeline pakistan-russia', 'timeline of the talks?']) {
      await dispatch({
        text,
        channel: 'C1',
        user: 'U1',
        teamId: 'T1',
        api: bot.api,
        logger: silentLogger,
        reply: async () => {},
        answer: async (request) => {
          seen.push(request);
        },
      });
    }
    expect(
      seen.map((r) => (r.kind === 'brief' ? `brief ${r.topic} ${r.timeline}` : `ask ${r.question}`)),
    ).toEqual(['brief pakistan-russia true', 'brief pakistan-russia true', 'ask timeline of the talks?']);
  });

  it('passes the timeline request on to the service', async () => {
    const asked: BriefRequest[] = [];
    const api = {
      topics: () => bot.api.topics(),
      brief: async (r: BriefRequest) => {
        asked.push(r);
        return { ok: true as const, answer: timeline };
      },
      ask: async (_r: AskRequest) => ({ ok: true as const, answer: timeline }),
      digest: async () => ({ ok: true as const, answer: timeline }),
      source: () => null,
    } satisfies BriefingApi;
    const request = requestFromWords('pakistan-russia timeline', bot.api.topics())!;
    await callService(api, request, { platform: 'slack', channel: 'C1', thread: 't' }, silentLogger);
    expect(asked).toEqual([
      { topic: 'pakistan-russia', timeline: true, thread: { platform: 'slack', channel: 'C1', thread: 't' } },
    ]);
  });

  it('shows episodes apart, days in order, whom each event is about and how many outlets back it', () => {
    const messages = renderAnswer(timeline, view);
    for (const m of messages) expect(validateMessage(m)).toEqual([]);
    const text = texts(messages);
    const october = text.indexOf(':calendar: *Oct 2012*');
    const later = text.indexOf(':calendar: *2021*');
    expect(october).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(october);
    expect(text.indexOf('*2–3 Oct 2012*')).toBeGreaterThan(october);
    expect(text.indexOf('*4 Oct 2012*')).toBeGreaterThan(text.indexOf('*2–3 Oct 2012*'));
    expect(text.indexOf('*4 Oct 2012*')).toBeLessThan(later);
    expect(text).toMatch(
      /• _Kayani_ — Chief of Army Staff \(COAS\) General Ashfaq Kayani arrived in Moscow on October 4/,
    );
    expect(text).toContain('_single source_');
    expect(text).toMatch(/embarked on a three-day visit[^\n]*\[\d\]\[\d\] · _2 outlets_/);
    expect(text).toContain('· date inferred');
  });

  it('flags where outlets disagree, each version with its own markers, and the quotes on request', () => {
    const text = texts(renderAnswer(timeline, view));
    expect(text).toMatch(
      /:warning: \*Sources disagree:\* Kayani's visit: three days \[\d\]\[\d\] vs four days \[\d\]\n?/,
    );
    expect(text).not.toMatch(/four days \[\d\] \[/);
    const quoted = texts(renderAnswer(timeline, { ...view, quotes: true }));
    expect(quoted).toContain('arrived in Moscow on October 4');
    expect(quoted).toContain('> “"Dates for Gen Kayani\'s visit');
  });

  it('marks a single-outlet claim in an ordinary brief too, without dates only inferred', async () => {
    const brief = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    const text = texts(renderAnswer(brief, { ...view, title: 'Pakistan–Russia relations' }));
    const bulletLines = text.split('\n').filter((l) => l.startsWith('• '));
    expect(bulletLines.length).toBe(brief.bullets.length);
    for (const line of bulletLines) expect(line).toMatch(/ · _(single source|\d outlets)_$/);
    expect(text).not.toMatch(/^• \*2012\* —/m);
  });
});
