/**
 * The real Bolt app, mounted the way the web server mounts it, driven by correctly signed Slack
 * requests (slash command form, interaction `payload=`, Events API JSON) shaped like Slack's
 * documented examples, answering with the real briefing service over the seed corpus, and
 * talking to a loopback double of Slack's Web API and response URLs.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletDateLabel, sourceDateLabel } from '../../src/briefing/views/date-label.js';
import { answerSchema, type Answer } from '../../src/briefing/answer.js';
import type { BriefingApi } from '../../src/briefing/service-api.js';
import { openBriefbot, type Briefbot } from '../../src/app/open-core.js';
import type { Logger } from '../../src/log/logger.js';
import { createSlackApp, type SlackApp, validateMessage } from '../../src/platforms/slack/index.js';
import { escapeMrkdwn } from '../../src/platforms/slack/mrkdwn.js';
import {
  type ApiCall,
  type SlackApiDouble,
  signedHeaders,
  startSlackApiDouble,
} from '../doubles/slack-api.js';

const BOT_TOKEN = 'xoxb-1234567890-0987654321-e2eTestBotTokenValue';
const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TEAM = 'T0TEAM0001';
const CHANNEL = 'C0NEWS0001';
const USER = 'U0ALICE001';

interface LogLine {
  level: string;
  obj: object;
  msg: string | undefined;
}

const logs: LogLine[] = [];
const captureLogger: Logger = {
  debug: (obj, msg) => logs.push({ level: 'debug', obj, msg }),
  info: (obj, msg) => logs.push({ level: 'info', obj, msg }),
  warn: (obj, msg) => logs.push({ level: 'warn', obj, msg }),
  error: (obj, msg) => logs.push({ level: 'error', obj, msg }),
};

let bot: Briefbot;
let double: SlackApiDouble;
let serviceCalls = 0;
/** Makes the service slow, as an LLM can be, for the ack-timing test. */
let serviceDelayMs = 0;
const servers: Server[] = [];
const apps: SlackApp[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The real service, counting the calls that reach it (and slowed down when a test asks). */
function counted(api: BriefingApi): BriefingApi {
  return {
    topics: () => api.topics(),
    source: (id) => api.source(id),
    digest: (r) => api.digest(r),
    brief: async (r) => {
      serviceCalls++;
      await sleep(serviceDelayMs);
      return api.brief(r);
    },
    ask: async (r) => {
      serviceCalls++;
      await sleep(serviceDelayMs);
      return api.ask(r);
    },
  };
}

/** Starts a Slack app and a server that mounts its requestListener at POST /slack/events. */
async function startApp(ephemeralByDefault: boolean): Promise<string> {
  const slack = createSlackApp({
    api: counted(bot.api),
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: double.apiUrl,
    ephemeralByDefault,
    logger: captureLogger,
  });
  const listener = slack.requestListener;
  if (!listener) throw new Error('HTTP mode must expose a requestListener');
  const server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/slack/events') listener(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  apps.push(slack);
  await slack.start();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
}

interface Sent {
  status: number;
  body: string;
  /** Milliseconds from sending the request until its response arrived. */
  ms: number;
}

/** Sends bytes exactly as given (no charset added to the content type). */
function post(url: string, body: string, headers: Record<string, string>): Promise<Sent> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - t0,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let triggerSeq = 0;

/** A slash command as Slack posts it: form-encoded, field order as in Slack's documentation. */
function slashBody(text: string, responseId: string, channel = CHANNEL): string {
  triggerSeq++;
  return new URLSearchParams({
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    team_id: TEAM,
    team_domain: 'example',
    enterprise_id: 'E0001',
    enterprise_name: 'Globular Construct Inc',
    channel_id: channel,
    channel_name: 'news',
    user_id: USER,
    user_name: 'alice',
    command: '/brief',
    text,
    api_app_id: 'A123456',
    is_enterprise_install: 'false',
    response_url: double.responseUrl(responseId),
    trigger_id: `13345224609.738474920.8088930838d88f008e0${triggerSeq}`,
  }).toString();
}

function sendSlash(url: string, text: string, responseId: string, channel = CHANNEL): Promise<Sent> {
  const body = slashBody(text, responseId, channel);
  return post(url, body, {
    'content-type': 'application/x-www-form-urlencoded',
    ...signedHeaders(SIGNING_SECRET, body),
  });
}

/** A block_actions interaction, as Slack posts it: `payload=<json>`, form-encoded. */
function sendAction(
  url: string,
  action: { action_id: string; value: string },
  container: { is_ephemeral: boolean; message_ts: string; thread_ts?: string },
  responseId: string,
): Promise<Sent> {
  const payload = {
    type: 'block_actions',
    user: { id: USER, username: 'alice', name: 'alice', team_id: TEAM },
    api_app_id: 'A123456',
    token: 'gIkuvaNzQIHg97ATvDxqgjtO',
    container: { type: 'message', channel_id: CHANNEL, ...container },
    trigger_id: '12466734323.1395872398',
    team: { id: TEAM, domain: 'example' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: CHANNEL, name: 'news' },
    state: { values: {} },
    response_url: double.responseUrl(responseId),
    actions: [
      {
        action_id: action.action_id,
        block_id: 'briefbot_actions',
        text: { type: 'plain_text', text: 'button', emoji: true },
        value: action.value,
        type: 'button',
        action_ts: '1548426417.840180',
      },
    ],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return post(url, body, {
    'content-type': 'application/x-www-form-urlencoded',
    ...signedHeaders(SIGNING_SECRET, body),
  });
}

let eventSeq = 0;

/** An Events API callback, as Slack posts it: JSON. */
function eventBody(
  event: Record<string, unknown>,
  eventId = `Ev0E2E${String(++eventSeq).padStart(6, '0')}`,
): string {
  return JSON.stringify({
    token: 'XXYYZZ',
    team_id: TEAM,
    api_app_id: 'A123456',
    event: { ...event, event_ts: event.ts },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1_700_000_000 + eventSeq,
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM,
        user_id: double.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-eyJldCI6ImFwcF9tZW50aW9uIiwidGlkIjoiVDAwMDEiLCJhaWQiOiJBMTIzIiwiY2lkIjoiQzAwMSJ9-${eventSeq}`,
  });
}

function sendEvent(url: string, body: string, extra: Record<string, string> = {}): Promise<Sent> {
  return post(url, body, {
    'content-type': 'application/json',
    ...signedHeaders(SIGNING_SECRET, body),
    ...extra,
  });
}

let msgSeq = 0;
const userTs = () => `1710000000.${String(++msgSeq).padStart(6, '0')}`;

interface Block {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text: string | { text: string } }[];
}

const sectionText = (blocks: unknown) =>
  (blocks as Block[])
    .filter((b) => b.type === 'section')
    .map((b) => b.text?.text ?? '')
    .join('\n');
const contextText = (blocks: unknown) =>
  (blocks as Block[])
    .filter((b) => b.type === 'context')
    .flatMap((b) => b.elements ?? [])
    .map((e) => (typeof e.text === 'string' ? e.text : e.text.text))
    .join('\n');
const header = (blocks: unknown) => (blocks as Block[]).find((b) => b.type === 'header')?.text?.text;
const button = (blocks: unknown, actionId: string) =>
  (blocks as Block[])
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .find((e) => e.action_id === actionId);

/** What the service itself answers (offline mode is deterministic), to compare the blocks with. */
async function expectedBrief(topic: string): Promise<Answer> {
  const result = await bot.api.brief({ topic });
  if (!result.ok) throw new Error(result.error.message);
  return answerSchema.parse(result.answer);
}

function expectAnswerBlocks(blocks: unknown, answer: Answer): void {
  const text = sectionText(blocks);
  const markers = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(markers.length).toBeGreaterThan(0);
  for (const bullet of answer.bullets) {
    const cited = [...new Set(bullet.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
    expect(text).toContain(`• ${escapeMrkdwn(bullet.text.replace(/\s+/g, ' ').trim())} ${cited}`);
    // Its date beside the quote, after the markers, never inside the quoted words.
    const date = bulletDateLabel(bullet);
    if (date) expect(text).toContain(`${cited} · _${escapeMrkdwn(date)}_`);
  }
  expect(text).toContain('*Sources*');
  // An undated article reads with its one date, inferred, as on every surface.
  for (const source of answer.sources) expect(text).toContain(escapeMrkdwn(sourceDateLabel(source)));
  for (const source of answer.sources) {
    expect(text).toContain(`*[${source.n}]*`);
    expect(text).toContain(escapeMrkdwn(source.title.replace(/\s+/g, ' ').trim()).slice(0, 40));
    if (source.publisher) expect(text).toContain(escapeMrkdwn(source.publisher));
    if (source.published) expect(text).toContain(source.published);
  }
  // Every marker points at a listed source.
  for (const n of markers) expect(answer.sources.map((s) => s.n)).toContain(n);
}

const postsIn = (channel: string, threadTs: string) =>
  double.ok('chat.postMessage').filter((c) => c.args.channel === channel && c.args.thread_ts === threadTs);

beforeAll(async () => {
  bot = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:' });
  double = await startSlackApiDouble({ botToken: BOT_TOKEN });
});

afterAll(async () => {
  for (const app of apps) await app.stop();
  for (const server of servers) {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
  await double?.close();
  await bot?.close();
});

describe('Slack app over HTTP, private answers by default', () => {
  let url: string;
  let briefResponse: Record<string, unknown>;
  /** ts of the shared brief: the parent of a thread with memory. */
  let sharedTs: string;

  beforeAll(async () => {
    url = await startApp(true);
  });

  it('checks the bot token with auth.test at start-up, sending the token only as a bearer header', () => {
    const auth = double.ok('auth.test');
    expect(auth.length).toBeGreaterThanOrEqual(1);
    expect(auth[0]?.token).toBe(BOT_TOKEN);
  });

  it('acknowledges /brief at once, then answers through the response URL with bullets, markers and sources', async () => {
    const before = double.responses.length;
    // An answer slower than Slack's 3 seconds (a slow LLM) must not delay the acknowledgement.
    serviceDelayMs = 3500;
    let ack: Sent;
    try {
      ack = await sendSlash(url, 'pakistan-russia', 'brief-1');
      expect(ack.status).toBe(200);
      expect(ack.ms).toBeLessThan(3000);
      expect(double.responses.find((r) => r.id === 'brief-1')).toBeUndefined();
    } finally {
      serviceDelayMs = 0;
    }
    const response = await double.waitFor('the brief on the response URL', () =>
      double.responses.find((r) => r.id === 'brief-1'),
    );
    expect(double.responses.length).toBe(before + 1);
    expect(response.contentType).toBe('application/json');
    briefResponse = response.body;
    expect(briefResponse.response_type).toBe('ephemeral');
    expect(validateMessage(briefResponse as { text: string; blocks: unknown[] })).toEqual([]);
    expect(header(briefResponse.blocks)).toBe('Pakistan–Russia relations');
    const expected = await expectedBrief('pakistan-russia');
    // Every bullet of a brief is dated; inferred dates say so.
    expect(expected.bullets.every((b) => b.date)).toBe(true);
    expect(sectionText(briefResponse.blocks)).toMatch(/ · _\d{4}, inferred_/);
    expectAnswerBlocks(briefResponse.blocks, expected);
    expect(contextText(briefResponse.blocks)).toContain('Offline summary');
    expect(contextText(briefResponse.blocks)).toContain('OPENAI_API_KEY');
    expect(button(briefResponse.blocks, 'briefbot_show_quotes')).toBeDefined();
    expect(button(briefResponse.blocks, 'briefbot_share')).toBeDefined();
  });

  it('shows usage and the topic list for /brief and /brief help', async () => {
    for (const [text, id] of [
      ['', 'help-empty'],
      ['help', 'help-word'],
    ] as const) {
      expect((await sendSlash(url, text, id)).status).toBe(200);
      const response = await double.waitFor(`help (${id})`, () => double.responses.find((r) => r.id === id));
      expect(response.body.response_type).toBe('ephemeral');
      const text2 = sectionText(response.body.blocks);
      expect(text2).toContain('*Usage*');
      expect(text2).toContain('`/brief &lt;topic&gt;`');
      for (const topic of bot.api.topics()) expect(text2).toContain(`\`${topic.slug}\``);
      expect(validateMessage(response.body as { text: string; blocks: unknown[] })).toEqual([]);
    }
  });

  it('answers a question that names no topic, and tells the asker privately what to fix', async () => {
    await sendSlash(url, 'what did Lavrov say about Afghanistan?', 'question-1');
    const answer = await double.waitFor('an answer', () =>
      double.responses.find((r) => r.id === 'question-1'),
    );
    expect(header(answer.body.blocks)).toBe('what did Lavrov say about Afghanistan?');
    expect(sectionText(answer.body.blocks)).toMatch(/• .+ \[\d+\]/);

    await sendSlash(url, `ask ${'why '.repeat(600)}`, 'too-long');
    const problem = await double.waitFor('a problem', () =>
      double.responses.find((r) => r.id === 'too-long'),
    );
    expect(problem.body.response_type).toBe('ephemeral');
    expect(sectionText(problem.body.blocks)).toMatch(/characters long; the limit is 2,000/);
  });

  it('"Show quotes" reveals each cited sentence verbatim, and "Hide quotes" puts the answer back', async () => {
    const value = button(briefResponse.blocks, 'briefbot_show_quotes')?.value;
    expect(value).toBeTruthy();
    const ack = await sendAction(
      url,
      { action_id: 'briefbot_show_quotes', value: value! },
      { is_ephemeral: true, message_ts: '1548426417.000001' },
      'quotes-1',
    );
    expect(ack.status).toBe(200);
    const shown = await double.waitFor('quotes', () => double.responses.find((r) => r.id === 'quotes-1'));
    expect(shown.body.replace_original).toBe(true);
    const text = sectionText(shown.body.blocks);
    const answer = await expectedBrief('pakistan-russia');
    for (const bullet of answer.bullets) {
      for (const c of bullet.citations) {
        expect(text).toContain(`> “${escapeMrkdwn(c.quote.replace(/\s+/g, ' ').trim())}” [${c.source}]`);
      }
    }
    expect(validateMessage(shown.body as { text: string; blocks: unknown[] })).toEqual([]);
    expect(button(shown.body.blocks, 'briefbot_hide_quotes')).toBeDefined();

    await sendAction(
      url,
      { action_id: 'briefbot_hide_quotes', value: value! },
      { is_ephemeral: true, message_ts: '1548426417.000001' },
      'quotes-2',
    );
    const hidden = await double.waitFor('no quotes', () => double.responses.find((r) => r.id === 'quotes-2'));
    expect(sectionText(hidden.body.blocks)).not.toContain('> “');
    expect(button(hidden.body.blocks, 'briefbot_show_quotes')).toBeDefined();
  });

  it('"Share in channel" posts the brief publicly; a reply in its thread is a follow-up with memory', async () => {
    const value = button(briefResponse.blocks, 'briefbot_share')?.value;
    const updatesBefore = double.ok('chat.update').length;
    await sendAction(
      url,
      { action_id: 'briefbot_share', value: value! },
      { is_ephemeral: true, message_ts: '1548426417.000001' },
      'share-1',
    );
    const removed = await double.waitFor('the private copy removed', () =>
      double.responses.find((r) => r.id === 'share-1'),
    );
    expect(removed.body.delete_original).toBe(true);
    const update = double.ok('chat.update').slice(updatesBefore)[0] as ApiCall;
    expect(update.args.channel).toBe(CHANNEL);
    const parentTs = update.args.ts as string;
    sharedTs = parentTs;
    const shared = double.messages.get(parentTs);
    expect(shared?.thread_ts).toBeUndefined();
    expect(validateMessage({ text: String(shared?.text), blocks: shared?.blocks as unknown[] })).toEqual([]);
    expectAnswerBlocks(shared?.blocks, await expectedBrief('pakistan-russia'));
    // A public answer offers no share button.
    expect(button(shared?.blocks, 'briefbot_share')).toBeUndefined();

    const replyTs = userTs();
    const ack = await sendEvent(
      url,
      eventBody({
        type: 'message',
        channel: CHANNEL,
        channel_type: 'channel',
        user: USER,
        text: 'What about the gas pipeline?',
        ts: replyTs,
        thread_ts: parentTs,
        parent_user_id: double.botUserId,
        client_msg_id: '0b7a2b5e-8a4f-4a34-9a63-1a1b3a6b0001',
      }),
    );
    expect(ack.status).toBe(200);
    const followUp = await double.waitFor('the follow-up in the thread', () => postsIn(CHANNEL, parentTs)[0]);
    expect(header(followUp.args.blocks)).toBe('What about the gas pipeline?');
    expect(sectionText(followUp.args.blocks)).toMatch(/pipeline/i);
    // The conversation's memory holds the shared brief and the follow-up, in that order.
    const thread = await bot.store.getThread(
      { platform: 'slack', channel: CHANNEL, thread: parentTs },
      new Date(),
    );
    expect(thread?.turns.map((t) => t.kind)).toEqual(['brief', 'answer']);
    expect(thread?.topic).toBe('pakistan-russia');
  });

  it('answers an @mention in its thread, once, although Slack also sends it as a message event', async () => {
    const ts = userTs();
    const mention = {
      type: 'app_mention',
      user: USER,
      text: `<@${double.botUserId}> pakistan-russia`,
      ts,
      channel: CHANNEL,
    };
    const message = { ...mention, type: 'message', channel_type: 'channel', client_msg_id: 'c1' };
    const before = serviceCalls;
    await sendEvent(url, eventBody(mention));
    await sendEvent(url, eventBody(message));
    const answer = await double.waitFor('the answer to the mention', () => postsIn(CHANNEL, ts)[0]);
    expect(header(answer.args.blocks)).toBe('Pakistan–Russia relations');
    expectAnswerBlocks(answer.args.blocks, await expectedBrief('pakistan-russia'));
    await sleep(300);
    expect(postsIn(CHANNEL, ts)).toHaveLength(1);
    expect(serviceCalls - before).toBe(1);
  });

  it("answers an @mention inside a brief thread once, with that thread's memory", async () => {
    const ts = userTs();
    const mention = {
      type: 'app_mention',
      user: USER,
      text: `<@${double.botUserId}> and what did Lavrov say?`,
      ts,
      thread_ts: sharedTs,
      channel: CHANNEL,
    };
    // In a thread the same words also arrive as a thread reply to the bot's message.
    const message = {
      ...mention,
      type: 'message',
      channel_type: 'channel',
      parent_user_id: double.botUserId,
    };
    const posted = postsIn(CHANNEL, sharedTs).length;
    const before = serviceCalls;
    await sendEvent(url, eventBody(message));
    await sendEvent(url, eventBody(mention));
    const answer = await double.waitFor('the answer in the thread', () => postsIn(CHANNEL, sharedTs)[posted]);
    expect(header(answer.args.blocks)).toBe('and what did Lavrov say?');
    await sleep(300);
    expect(postsIn(CHANNEL, sharedTs)).toHaveLength(posted + 1);
    expect(serviceCalls - before).toBe(1);
    const thread = await bot.store.getThread(
      { platform: 'slack', channel: CHANNEL, thread: sharedTs },
      new Date(),
    );
    expect(thread?.turns.map((t) => t.kind)).toEqual(['brief', 'answer', 'answer']);
  });

  it('"Show quotes" on a public answer shows the quotes to the clicker only', async () => {
    const shared = double.messages.get(sharedTs);
    const value = button(shared?.blocks, 'briefbot_show_quotes')?.value;
    expect(value).toBeTruthy();
    const before = double.ok('chat.postEphemeral').length;
    await sendAction(
      url,
      { action_id: 'briefbot_show_quotes', value: value! },
      { is_ephemeral: false, message_ts: sharedTs },
      'quotes-public',
    );
    const ephemeral = await double.waitFor(
      'the private quotes',
      () => double.ok('chat.postEphemeral')[before],
    );
    expect(ephemeral.args).toMatchObject({ channel: CHANNEL, user: USER });
    expect(sectionText(ephemeral.args.blocks)).toContain('> “');
    // The public message itself is untouched.
    expect(sectionText(double.messages.get(sharedTs)?.blocks)).not.toContain('> “');
    expect(double.responses.find((r) => r.id === 'quotes-public')).toBeUndefined();
  });

  it('answers direct messages as one conversation with memory', async () => {
    const dm = 'D0ALICEDM1';
    const send = (text: string) =>
      sendEvent(
        url,
        eventBody({ type: 'message', channel: dm, channel_type: 'im', user: USER, text, ts: userTs() }),
      );
    const posts = () => double.ok('chat.postMessage').filter((c) => c.args.channel === dm);
    await send('pakistan-russia');
    const first = await double.waitFor('the DM answer', () => posts()[0]);
    expect(first.args.thread_ts).toBeUndefined();
    expect(header(first.args.blocks)).toBe('Pakistan–Russia relations');
    await send('What about Gazprom?');
    await double.waitFor('the second DM answer', () => posts()[1]);
    const thread = await bot.store.getThread({ platform: 'slack', channel: dm, thread: 'dm' }, new Date());
    expect(thread?.turns.map((t) => t.kind)).toEqual(['brief', 'answer']);
  });

  it('gives one answer when Slack retries a delivery (X-Slack-Retry-Num)', async () => {
    const ts = userTs();
    const body = eventBody({
      type: 'app_mention',
      user: USER,
      text: `<@${double.botUserId}> who is Kayani?`,
      ts,
      channel: CHANNEL,
    });
    const before = serviceCalls;
    const first = await sendEvent(url, body);
    const retry = await sendEvent(url, body, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await double.waitFor('the retry to be skipped', () =>
      logs.find(
        (l) => l.msg?.includes('skipped a Slack retry') && (l.obj as { retryNum?: number }).retryNum === 1,
      ),
    );
    await double.waitFor('the answer', () => postsIn(CHANNEL, ts)[0]);
    await sleep(300);
    expect(postsIn(CHANNEL, ts)).toHaveLength(1);
    expect(serviceCalls - before).toBe(1);
  });

  it('ignores bot messages, edits, and top-level channel chatter', async () => {
    const before = double.calls.length;
    const calls = serviceCalls;
    const parent = double.ok('chat.update').at(-1)?.args.ts as string;
    await sendEvent(
      url,
      eventBody({
        type: 'message',
        channel: CHANNEL,
        channel_type: 'channel',
        user: USER,
        text: 'lunch?',
        ts: userTs(),
      }),
    );
    await sendEvent(
      url,
      eventBody({
        type: 'message',
        channel: CHANNEL,
        channel_type: 'channel',
        bot_id: 'B0OTHER',
        user: 'U0OTHERBOT',
        text: 'beep',
        ts: userTs(),
        thread_ts: parent,
      }),
    );
    await sendEvent(
      url,
      eventBody({
        type: 'message',
        subtype: 'message_changed',
        channel: CHANNEL,
        channel_type: 'channel',
        hidden: true,
        ts: userTs(),
        message: { text: 'x' },
      }),
    );
    await sleep(300);
    expect(double.calls.length).toBe(before);
    expect(serviceCalls).toBe(calls);
  });

  it('waits Retry-After when chat.postMessage answers 429, then posts once', async () => {
    const ts = userTs();
    double.rateLimitOnce('chat.postMessage', 1);
    await sendEvent(
      url,
      eventBody({
        type: 'app_mention',
        user: USER,
        text: `<@${double.botUserId}> gas pipeline`,
        ts,
        channel: CHANNEL,
      }),
    );
    const posted = await double.waitFor(
      'the post after the rate limit',
      () => postsIn(CHANNEL, ts)[0],
      20_000,
    );
    const limited = double.calls.filter((c) => c.method === 'chat.postMessage' && c.status === 429).at(-1);
    expect(limited).toBeDefined();
    expect(limited!.args.thread_ts).toBe(ts);
    expect(posted.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(postsIn(CHANNEL, ts)).toHaveLength(1);
  });

  it('logs a failure to post with the channel and keeps answering', async () => {
    const ts = userTs();
    double.failOnce('chat.postMessage', 'not_in_channel');
    await sendEvent(
      url,
      eventBody({
        type: 'app_mention',
        user: USER,
        text: `<@${double.botUserId}> pakistan-russia`,
        ts,
        channel: 'C0NOTMEMBER',
      }),
    );
    const logged = await double.waitFor('the failure log', () =>
      logs.find((l) => l.level === 'warn' && (l.obj as { channel?: string }).channel === 'C0NOTMEMBER'),
    );
    expect((logged.obj as { error: string }).error).toBe('not_in_channel');
    await sendSlash(url, 'pakistan-russia', 'after-failure');
    await double.waitFor('an answer after the failure', () =>
      double.responses.find((r) => r.id === 'after-failure'),
    );
  });

  it('rejects missing, wrong and stale signatures with 401 before any briefing code runs', async () => {
    const calls = serviceCalls;
    const apiCalls = double.calls.length;
    const body = slashBody('pakistan-russia', 'forged');
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const now = Math.floor(Date.now() / 1000);
    const stale = now - 6 * 60;
    const cases: Record<string, Record<string, string>> = {
      missing: form,
      wrong: { ...form, ...signedHeaders('not-the-signing-secret', body) },
      tampered: { ...form, ...signedHeaders(SIGNING_SECRET, body.replace('pakistan-russia', 'other')) },
      stale: { ...form, ...signedHeaders(SIGNING_SECRET, body, stale) },
    };
    for (const [name, headers] of Object.entries(cases)) {
      const res = await post(url, body, headers);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
    }
    const event = eventBody({
      type: 'app_mention',
      user: USER,
      text: `<@${double.botUserId}> pakistan-russia`,
      ts: userTs(),
      channel: CHANNEL,
    });
    expect(
      (await post(url, event, { 'content-type': 'application/json', ...signedHeaders('wrong', event) }))
        .status,
    ).toBe(401);
    await sleep(300);
    expect(serviceCalls).toBe(calls);
    expect(double.calls.length).toBe(apiCalls);
    expect(double.responses.find((r) => r.id === 'forged')).toBeUndefined();
  });
});

describe('Slack app over HTTP: a signed request counts once', () => {
  let url: string;
  beforeAll(async () => {
    url = await startApp(true);
  });
  const form = { 'content-type': 'application/x-www-form-urlencoded' };

  it('runs a signed slash command once; the same request sent again gets 401', async () => {
    const body = slashBody('pakistan-russia', 'replayed');
    const headers = { ...form, ...signedHeaders(SIGNING_SECRET, body) };
    const calls = serviceCalls;
    expect((await post(url, body, headers)).status).toBe(200);
    await double.waitFor('the answer', () => double.responses.find((r) => r.id === 'replayed'));
    const answered = double.responses.filter((r) => r.id === 'replayed').length;
    for (let i = 0; i < 3; i++) expect((await post(url, body, headers)).status).toBe(401);
    await sleep(300);
    expect(serviceCalls).toBe(calls + 1);
    expect(double.responses.filter((r) => r.id === 'replayed')).toHaveLength(answered);
    expect(
      logs.some((l) => l.level === 'warn' && (l.obj as { why?: string }).why === 'replayed request'),
    ).toBe(true);
  });

  it('refuses a replayed event, and a timestamp more than 5 minutes ahead', async () => {
    const event = eventBody({
      type: 'app_mention',
      user: USER,
      text: `<@${double.botUserId}> pakistan-russia`,
      ts: userTs(),
      channel: CHANNEL,
    });
    const json = { 'content-type': 'application/json', ...signedHeaders(SIGNING_SECRET, event) };
    const before = serviceCalls;
    expect((await post(url, event, json)).status).toBe(200);
    expect((await post(url, event, json)).status).toBe(401);
    // Marked as Slack's retry, the same bytes are acknowledged by the event dedupe, and nothing runs.
    expect((await post(url, event, { ...json, 'x-slack-retry-num': '1' })).status).toBe(200);
    await sleep(300);
    expect(serviceCalls - before).toBe(1);
    // A retry mark does not let a replayed slash command through.
    const command = slashBody('pakistan-russia', 'retry-marked');
    const signed = { ...form, ...signedHeaders(SIGNING_SECRET, command) };
    expect((await post(url, command, signed)).status).toBe(200);
    expect((await post(url, command, { ...signed, 'x-slack-retry-num': '1' })).status).toBe(401);

    const now = Math.floor(Date.now() / 1000);
    const calls = serviceCalls;
    for (const ahead of [6 * 60, 60 * 60]) {
      const body = slashBody('pakistan-russia', `future-${ahead}`);
      const res = await post(url, body, { ...form, ...signedHeaders(SIGNING_SECRET, body, now + ahead) });
      expect({ ahead, status: res.status }).toEqual({ ahead, status: 401 });
    }
    await sleep(300);
    expect(serviceCalls).toBe(calls);
    // A clock a little ahead of ours is still Slack's: within the window is fine.
    const body = slashBody('pakistan-russia', 'slightly-ahead');
    expect(
      (await post(url, body, { ...form, ...signedHeaders(SIGNING_SECRET, body, now + 60) })).status,
    ).toBe(200);
  });

  it('still refuses what it refused before: forged and stale requests get 401 and are not remembered', async () => {
    const body = slashBody('pakistan-russia', 'forged-first');
    const now = Math.floor(Date.now() / 1000);
    expect((await post(url, body, { ...form, ...signedHeaders('wrong-secret', body) })).status).toBe(401);
    expect(
      (await post(url, body, { ...form, ...signedHeaders(SIGNING_SECRET, body, now - 6 * 60) })).status,
    ).toBe(401);
    // A forged request carrying a signature does not spend the real one.
    const real = signedHeaders(SIGNING_SECRET, body, now);
    expect((await post(url, `${body}&x=1`, { ...form, ...real })).status).toBe(401);
    expect((await post(url, body, { ...form, ...real })).status).toBe(200);
  });
});

describe('Slack app over HTTP, answers in the channel by default', () => {
  let url: string;
  beforeAll(async () => {
    url = await startApp(false);
  });

  it('posts a placeholder, answers under its thread, and replaces it', async () => {
    const updatesBefore = double.ok('chat.update').length;
    const ack = await sendSlash(url, 'pakistan-russia', 'public-1');
    expect(ack.status).toBe(200);
    const update = await double.waitFor(
      'the placeholder replaced',
      () => double.ok('chat.update')[updatesBefore],
    );
    expect(update.args.channel).toBe(CHANNEL);
    expect(header(update.args.blocks)).toBe('Pakistan–Russia relations');
    // Nothing went to the response URL: the answer is public.
    expect(double.responses.find((r) => r.id === 'public-1')).toBeUndefined();
    const placeholder = double.calls.find(
      (c) => c.method === 'chat.postMessage' && (c.response.ts as string) === update.args.ts,
    );
    expect(sectionText(placeholder?.args.blocks)).toContain('Briefing on');
    expectAnswerBlocks(update.args.blocks, await expectedBrief('pakistan-russia'));
    const thread = await bot.store.getThread(
      { platform: 'slack', channel: CHANNEL, thread: update.args.ts as string },
      new Date(),
    );
    expect(thread?.turns).toHaveLength(1);
  });

  it('falls back to a private answer with a hint when it may not post in the channel', async () => {
    double.failOnce('chat.postMessage', 'not_in_channel');
    await sendSlash(url, 'pakistan-russia', 'public-2', 'C0NOTMEMBER');
    const hint = await double.waitFor('the hint', () => double.responses.find((r) => r.id === 'public-2'));
    expect(sectionText(hint.body.blocks)).toContain('/invite @briefbot');
    const answer = await double.waitFor(
      'the private answer',
      () => double.responses.filter((r) => r.id === 'public-2')[1],
    );
    expect(answer.body.response_type).toBe('ephemeral');
    expectAnswerBlocks(answer.body.blocks, await expectedBrief('pakistan-russia'));
  });

  it('never logs a token or the signing secret', () => {
    const all = logs.map((l) => `${JSON.stringify(l.obj)} ${l.msg ?? ''}`).join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toMatch(/xoxb-/);
  });
});

describe('Slack app start-up', () => {
  it('answers 503 until started, and refuses to start with a token Slack rejects, without echoing it', async () => {
    const wrongToken = 'xoxb-0000000000-0000000000-wrongTokenValue';
    const slack = createSlackApp({
      api: counted(bot.api),
      botToken: wrongToken,
      signingSecret: SIGNING_SECRET,
      apiUrl: double.apiUrl,
      ephemeralByDefault: true,
      logger: captureLogger,
    });
    const server = createServer((req, res) => slack.requestListener?.(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
    const calls = serviceCalls;
    expect((await sendSlash(url, 'pakistan-russia', 'too-early')).status).toBe(503);
    const error = await slack.start().then(
      () => null,
      (err: Error) => err,
    );
    expect(error?.message).toMatch(/invalid_auth/);
    expect(error?.message).not.toContain(wrongToken);
    expect(serviceCalls).toBe(calls);
  });

  it('needs a signing secret or an app token', () => {
    expect(() =>
      createSlackApp({ api: bot.api, botToken: BOT_TOKEN, ephemeralByDefault: true, logger: captureLogger }),
    ).toThrow(/SLACK_SIGNING_SECRET/);
  });
});
