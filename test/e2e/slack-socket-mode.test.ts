/**
 * Socket Mode: the real Bolt app connects out to the double (apps.connections.open with the app
 * token, then a WebSocket), receives envelopes shaped like Slack's, acknowledges them over the
 * socket, and answers through the response URL and the Web API, backed by the real service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefbot, openBriefbot } from '../../src/app/open-core.js';
import { silentLogger } from '../../src/log/logger.js';
import { createSlackApp, type SlackApp, validateMessage } from '../../src/platforms/slack/index.js';
import { type SlackApiDouble, startSlackApiDouble } from '../doubles/slack-api.js';

const BOT_TOKEN = 'xoxb-2222222222-3333333333-socketModeBotToken';
const APP_TOKEN = 'xapp-1-A123456-4444444444-socketModeAppTokenValue';
const TEAM = 'T0TEAM0001';
const CHANNEL = 'C0SOCKET01';
const USER = 'U0BOB00001';

let bot: Briefbot;
let double: SlackApiDouble;
let slack: SlackApp;

beforeAll(async () => {
  bot = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:' });
  double = await startSlackApiDouble({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  slack = createSlackApp({
    api: bot.api,
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    apiUrl: double.apiUrl,
    ephemeralByDefault: true,
    logger: silentLogger,
  });
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  await double?.close();
  await bot?.close();
});

const ackOf = (envelopeId: string) => () =>
  double.socketFrames.find((f) => f.direction === 'from-app' && f.data.envelope_id === envelopeId);

function mentionEnvelope(envelopeId: string, ts: string, retry: number) {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retry,
    retry_reason: retry > 0 ? 'timeout' : '',
    payload: {
      token: 'XXYYZZ',
      team_id: TEAM,
      api_app_id: 'A123456',
      event: {
        type: 'app_mention',
        user: USER,
        text: `<@${double.botUserId}> pakistan-russia`,
        ts,
        channel: CHANNEL,
        event_ts: ts,
      },
      type: 'event_callback',
      event_id: 'Ev0SOCKET0001',
      event_time: 1_700_000_100,
      authorizations: [
        { team_id: TEAM, user_id: double.botUserId, is_bot: true, is_enterprise_install: false },
      ],
    },
  };
}

describe('Slack app in Socket Mode', () => {
  it('opens the connection with the app token and exposes no HTTP listener', () => {
    expect(slack.requestListener).toBeUndefined();
    const open = double.ok('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe(APP_TOKEN);
    expect(double.ok('auth.test')[0]?.token).toBe(BOT_TOKEN);
  });

  it('acknowledges a slash command envelope over the socket and answers through the response URL', async () => {
    double.sendEnvelope({
      envelope_id: 'env-slash-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'gIkuvaNzQIHg97ATvDxqgjtO',
        team_id: TEAM,
        team_domain: 'example',
        channel_id: CHANNEL,
        channel_name: 'news',
        user_id: USER,
        user_name: 'bob',
        command: '/brief',
        text: 'pakistan-russia',
        api_app_id: 'A123456',
        is_enterprise_install: 'false',
        response_url: double.responseUrl('socket-1'),
        trigger_id: '13345224609.738474920.8088930838d88f008e0',
      },
    });
    const ack = await double.waitFor('the ack', ackOf('env-slash-1'));
    expect(ack.data.payload).toEqual({});
    const answer = await double.waitFor('the answer', () =>
      double.responses.find((r) => r.id === 'socket-1'),
    );
    expect(answer.body.response_type).toBe('ephemeral');
    expect(validateMessage(answer.body as { text: string; blocks: unknown[] })).toEqual([]);
    expect(JSON.stringify(answer.body.blocks)).toMatch(/• .+ \[\d+\]/);
    expect(JSON.stringify(answer.body.blocks)).toContain('*Sources*');
  });

  it('answers a mention in its thread once, though Slack redelivers it (retry_attempt)', async () => {
    const ts = '1710000100.000001';
    double.sendEnvelope(mentionEnvelope('env-ev-1', ts, 0));
    await double.waitFor('the ack', ackOf('env-ev-1'));
    const post = await double.waitFor('the threaded answer', () =>
      double.ok('chat.postMessage').find((c) => c.args.thread_ts === ts),
    );
    expect(post.args.channel).toBe(CHANNEL);
    expect(post.token).toBe(BOT_TOKEN);
    double.sendEnvelope(mentionEnvelope('env-ev-2', ts, 1));
    await double.waitFor('the ack of the retry', ackOf('env-ev-2'));
    await new Promise((r) => setTimeout(r, 300));
    expect(double.ok('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
  });
});
