import { describe, expect, it } from 'vitest';
import type { AskRequest, BriefRequest, BriefingApi } from '../../../../../src/briefing/service-api.js';
import type { Topic } from '../../../../../src/briefing/topics.js';
import { silentLogger } from '../../../../../src/log/logger.js';
import { dispatch, pickSubcommand, usageLines } from '../../../../../src/platforms/slack/commands/index.js';
import { escapeMrkdwn } from '../../../../../src/platforms/slack/mrkdwn.js';
import type { SlackMessage } from '../../../../../src/platforms/slack/pack.js';
import type { ChatRequest } from '../../../../../src/platforms/chat/words.js';

const topics: Topic[] = [
  { slug: 'pakistan-russia', title: 'Pakistan–Russia relations', terms: ['Pakistan Russia'] },
  { slug: 'gas-pipeline', title: 'Gas pipeline', terms: ['pipeline'] },
];

/** Runs the words through the dispatcher and records what the surface was asked to do. */
async function run(text: string, configured: Topic[] = topics) {
  const replies: SlackMessage[] = [];
  const answers: ChatRequest[] = [];
  const api = {
    topics: () => configured,
    brief: async (_r: BriefRequest) => {
      throw new Error('the dispatcher must not call the service itself');
    },
    ask: async (_r: AskRequest) => {
      throw new Error('the dispatcher must not call the service itself');
    },
    digest: async () => {
      throw new Error('unused');
    },
    source: () => null,
  } satisfies BriefingApi;
  await dispatch({
    text,
    channel: 'C1',
    user: 'U1',
    teamId: 'T1',
    api,
    logger: silentLogger,
    reply: async (messages) => {
      replies.push(...messages);
    },
    answer: async (request) => {
      answers.push(request);
    },
  });
  return { replies: replies.map((m) => JSON.stringify(m.blocks)), answers };
}

describe('pickSubcommand', () => {
  it('selects by the first word, case-insensitively, and passes on the rest', () => {
    expect(pickSubcommand('  ASK  who met? ')).toMatchObject({ command: { name: 'ask' }, args: 'who met?' });
    expect(pickSubcommand('help')).toMatchObject({ command: { name: 'help' }, args: '' });
    expect(pickSubcommand('pakistan-russia')).toMatchObject({
      command: { name: 'brief' },
      args: 'pakistan-russia',
    });
  });

  it('treats "help" followed by words as a question', () => {
    expect(pickSubcommand('help me understand the deal')).toMatchObject({
      command: { name: 'brief' },
      args: 'help me understand the deal',
    });
  });
});

describe('dispatch', () => {
  it('shows usage and topics for no words and for "help"', async () => {
    for (const text of ['', '   ', 'help']) {
      const { replies, answers } = await run(text);
      expect(answers).toEqual([]);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toContain('pakistan-russia');
      expect(replies[0]).toContain('gas-pipeline');
      for (const line of usageLines())
        expect(replies[0]).toContain(JSON.stringify(escapeMrkdwn(line)).slice(1, -1));
    }
  });

  it('briefs a topic named by slug, title or spaced slug', async () => {
    for (const text of ['pakistan-russia', 'Pakistan–Russia relations', 'gas pipeline']) {
      const { answers } = await run(text);
      expect(answers).toHaveLength(1);
      expect(answers[0]?.kind).toBe('brief');
    }
    expect((await run('gas pipeline')).answers[0]).toEqual({
      kind: 'brief',
      topic: 'gas-pipeline',
      title: 'Gas pipeline',
    });
  });

  it('asks anything else, and "ask" forces a question even for a topic name', async () => {
    expect((await run('who met in Moscow?')).answers).toEqual([
      { kind: 'ask', question: 'who met in Moscow?', title: 'who met in Moscow?' },
    ]);
    expect((await run('ask gas pipeline')).answers).toEqual([
      { kind: 'ask', question: 'gas pipeline', title: 'gas pipeline' },
    ]);
  });

  it('replies with a hint for "ask" without a question', async () => {
    const { replies, answers } = await run('ask');
    expect(answers).toEqual([]);
    expect(replies[0]).toContain('Ask what?');
  });

  it('replies to "timeline" without a topic with an example on a topic that is configured', async () => {
    const { replies, answers } = await run('timeline', [topics[1]!]);
    expect(answers).toEqual([]);
    expect(replies[0]).toContain('A timeline of which topic?');
    expect(replies[0]).toContain('/brief gas-pipeline timeline');
  });
});
