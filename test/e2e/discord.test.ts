/**
 * The Discord bot end to end: the unmodified discord.js client against the loopback Discord double
 * (REST + gateway over a real WebSocket), answering with the real briefing service over the seed
 * corpus. Checks the wire traffic: deferral first, the edited reply's embeds, autocomplete, the
 * follow-up modal answered in the same thread, quotes, private answers, refusals, failures after
 * deferral, and a gateway drop that the client resumes from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed, APIInteraction } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import type { Answer } from '../../src/briefing/answer.js';
import type { BriefingApi } from '../../src/briefing/service-api.js';
import type { Logger } from '../../src/log/logger.js';
import { createDiscordBot, type DiscordBot } from '../../src/platforms/discord/index.js';
import { bulletDateLabel } from '../../src/briefing/views/date-label.js';
import { messageLimitProblems } from '../../src/platforms/discord/limits.js';
import { ERROR_COLOR, renderAnswer, renderQuotes } from '../../src/platforms/discord/render.js';
import { CallbackType, DiscordDouble, type RecordedRequest } from '../doubles/discord-double.js';

const EPHEMERAL = 1 << 6;

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  flags?: number;
}
interface CallbackBody {
  type: number;
  data?: MessageBody & { choices?: { name: string; value: string }[]; custom_id?: string; title?: string };
}

function recordingLogger(): Logger & { errors: { obj: object; msg?: string }[] } {
  const errors: { obj: object; msg?: string }[] = [];
  const ignore = () => {};
  return {
    debug: ignore,
    info: ignore,
    warn: ignore,
    error: (obj, msg) => errors.push({ obj, msg }),
    errors,
  };
}

/** Delegates to the real service, noting which REST request count each call started at. */
function tracing(api: BriefingApi, discord: DiscordDouble) {
  const calls: { method: 'brief' | 'ask'; atRequest: number }[] = [];
  const traced: BriefingApi = {
    ...api,
    topics: () => api.topics(),
    source: (id) => api.source(id),
    digest: (r) => api.digest(r),
    brief: (r) => {
      calls.push({ method: 'brief', atRequest: discord.requests.length });
      return api.brief(r);
    },
    ask: (r) => {
      calls.push({ method: 'ask', atRequest: discord.requests.length });
      return api.ask(r);
    },
  };
  return { api: traced, calls };
}

const isWebhookWrite = (r: RecordedRequest) =>
  (r.method === 'PATCH' && r.path.endsWith('/messages/@original')) ||
  (r.method === 'POST' && r.path.startsWith('/webhooks/'));

const hasButtons = (body: unknown) => ((body as MessageBody | null)?.components?.length ?? 0) > 0;
const isErrorEdit = (body: unknown) => (body as MessageBody | null)?.embeds?.[0]?.color === ERROR_COLOR;

let discord: DiscordDouble;
let app: Awaited<ReturnType<typeof openBriefbot>>;
let bot: DiscordBot;
let trace: ReturnType<typeof tracing>;
let logger: ReturnType<typeof recordingLogger>;
let topicsDir: string;

beforeAll(async () => {
  // The seed topic plus two more, so autocomplete has something to filter.
  topicsDir = mkdtempSync(join(tmpdir(), 'briefbot-discord-'));
  const seed = JSON.parse(readFileSync('data/topics.json', 'utf8')) as { topics: unknown[] };
  const topicsPath = join(topicsDir, 'topics.json');
  writeFileSync(
    topicsPath,
    JSON.stringify({
      topics: [
        ...seed.topics,
        { slug: 'gas-pipelines', title: 'Gas pipelines', terms: ['gas pipeline', 'Gazprom', 'TAPI'] },
        { slug: 'afghanistan', title: 'Afghanistan after 2014', terms: ['Afghanistan', 'withdrawal'] },
      ],
    }),
  );
  discord = await DiscordDouble.start();
  app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', topicsPath });
  trace = tracing(app.api, discord);
  logger = recordingLogger();
  bot = createDiscordBot({
    api: trace.api,
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    logger,
  });
  await bot.start();
});

afterEach(() => {
  expect(logger.errors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await bot?.stop();
  await app?.close();
  await discord?.close();
  if (topicsDir) rmSync(topicsDir, { recursive: true, force: true });
});

/** Sends the interaction and resolves with its requests once the answer's last part went out. */
async function answered(interaction: APIInteraction): Promise<RecordedRequest[]> {
  discord.sendInteraction(interaction);
  await discord.waitForRequest(
    (r) =>
      r.path.includes(interaction.token) && isWebhookWrite(r) && (hasButtons(r.body) || isErrorEdit(r.body)),
  );
  return discord.requestsFor(interaction);
}

/** Sends the interaction and resolves with its callback (for replies that are not deferred). */
async function calledBack(interaction: APIInteraction): Promise<CallbackBody> {
  discord.sendInteraction(interaction);
  const r = await discord.waitForRequest(
    (x) => x.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
  );
  return r.body as CallbackBody;
}

const briefCommand = (topic: string, extra: { question?: string; private?: boolean } = {}) =>
  discord.slashCommand('brief', [
    { name: 'topic', type: 3, value: topic },
    ...(extra.question ? [{ name: 'question', type: 3 as const, value: extra.question }] : []),
    ...(extra.private !== undefined ? [{ name: 'private', type: 5 as const, value: extra.private }] : []),
  ]);

describe('connection', () => {
  it('identifies with the token and no intents (nothing privileged)', async () => {
    const identify = await discord.waitForFrame((f) => f.direction === 'in' && f.payload.op === 2);
    expect(identify.payload.d).toMatchObject({ token: discord.token, intents: 0 });
    expect(bot.client.user?.id).toBe(discord.applicationId);
  });
});

describe('autocomplete', () => {
  it('returns the topics matching what is typed, by slug or title', async () => {
    const body = await calledBack(discord.autocomplete('brief', 'topic', 'pipe'));
    expect(body.type).toBe(CallbackType.ApplicationCommandAutocompleteResult);
    expect(body.data?.choices).toEqual([{ name: 'Gas pipelines (gas-pipelines)', value: 'gas-pipelines' }]);

    const russia = await calledBack(discord.autocomplete('brief', 'topic', 'Russia'));
    expect(russia.data?.choices?.map((c) => c.value)).toEqual(['pakistan-russia']);

    const all = await calledBack(discord.autocomplete('brief', 'topic', ''));
    expect(all.data?.choices?.map((c) => c.value).sort()).toEqual([
      'afghanistan',
      'gas-pipelines',
      'pakistan-russia',
    ]);

    const none = await calledBack(discord.autocomplete('brief', 'topic', 'cricket'));
    expect(none.data?.choices).toEqual([]);
  });
});

describe('/brief', () => {
  let interaction: APIInteraction;
  let requests: RecordedRequest[];
  let expected: Answer;

  beforeAll(async () => {
    const callsBefore = trace.calls.length;
    interaction = briefCommand('pakistan-russia');
    requests = await answered(interaction);
    expect(trace.calls.length).toBe(callsBefore + 1);
    // Offline answers are deterministic: the same brief in a fresh thread is the same answer.
    const again = await app.api.brief({
      topic: 'pakistan-russia',
      thread: { platform: 'test', channel: 'x', thread: 'y' },
    });
    if (!again.ok) throw new Error(again.error.message);
    expected = again.answer;
  });

  it('defers first, before the service is asked, then edits the deferred reply', () => {
    const [first, ...rest] = requests;
    expect(first!.method).toBe('POST');
    expect(first!.path).toBe(`/interactions/${interaction.id}/${interaction.token}/callback`);
    expect((first!.body as CallbackBody).type).toBe(CallbackType.DeferredChannelMessageWithSource);
    expect((first!.body as CallbackBody).data?.flags ?? 0).toBe(0);
    const call = trace.calls.at(-1)!;
    expect(call.method).toBe('brief');
    expect(discord.requests.indexOf(first!)).toBeLessThan(call.atRequest);
    expect(rest.map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`)).toEqual([
      'GET messages/@original',
      'PATCH messages/@original',
    ]);
  });

  it('the edited reply holds the embed with bullets, [n] markers, sources and an offline footer', () => {
    const patch = requests.at(-1)!.body as MessageBody;
    expect(patch.embeds).toEqual(renderAnswer(expected, { topicTitle: 'Pakistan–Russia relations' })[0]);
    const [embed] = patch.embeds!;
    expect(embed!.title).toBe('Briefing: Pakistan–Russia relations');
    const all = embed!.description!.split('\n');
    // The brief's lead first, in bold with its markers; then one line per bullet.
    expect(all[0]).toMatch(/^\*\*.+\*\* (\[\d+\])+$/);
    const lines = all.filter((l) => l.startsWith('• '));
    expect(lines.length).toBe(expected.bullets.length);
    expect(expected.bullets.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^• .+ (\[\d+\])+$/);
    // Every bullet is dated, its date beside the quote (after the words, before the markers).
    expect(expected.bullets.every((b) => b.date)).toBe(true);
    expect(expected.bullets.some((b) => b.dateKind === 'inferred')).toBe(true);
    lines.forEach((line, i) => {
      const bullet = expected.bullets[i]!;
      expect(line.startsWith(`• ${bullet.text}`)).toBe(true);
      expect(line).toContain(`${bullet.text} · *${bulletDateLabel(bullet)}*`);
    });
    const cited = new Set(lines.flatMap((l) => [...l.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))));
    const sources = embed!
      .fields!.filter((f) => f.name.startsWith('Sources'))
      .map((f) => f.value)
      .join('\n');
    for (const n of cited) expect(sources).toMatch(new RegExp(`^\\*\\*\\[${n}\\]\\*\\* .+`, 'm'));
    for (const s of expected.sources) expect(sources).toContain(s.title.slice(0, 30));
    expect(embed!.footer?.text).toMatch(/^Offline summary \(no LLM\)/);
    expect(messageLimitProblems(patch)).toEqual([]);
    // Article text may contain "@everyone": nothing the bot posts may ping anyone.
    expect((patch as { allowed_mentions?: unknown }).allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
  });

  it('the reply is the message Discord holds, with Follow up and Show quotes buttons', () => {
    const message = discord.originalMessage(interaction)!;
    expect(message.embeds).toEqual((requests.at(-1)!.body as MessageBody).embeds);
    const buttons = (message.components as unknown as MessageBody['components'])![0]!.components;
    expect(buttons.map((b) => [b.label, b.custom_id])).toEqual([
      ['Follow up', `bb:follow:${message.id}`],
      ['Show quotes', `bb:quotes:${interaction.id}`],
    ]);
  });

  it('Show quotes reveals each cited sentence verbatim, privately', async () => {
    const message = discord.originalMessage(interaction)!;
    const body = await calledBack(discord.button(message, `bb:quotes:${interaction.id}`));
    expect(body.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.embeds).toEqual(renderQuotes(expected)[0]);
    const quotes = new Set(expected.bullets.flatMap((b) => b.citations.map((c) => c.quote)));
    expect(body.data?.embeds?.[0]?.description?.split('\n')).toHaveLength(quotes.size);
  });

  it('Follow up opens a modal; the question is answered in the same thread, with its memory', async () => {
    const message = discord.originalMessage(interaction)!;
    const modal = await calledBack(discord.button(message, `bb:follow:${message.id}`));
    expect(modal.type).toBe(CallbackType.Modal);
    expect(modal.data?.custom_id).toBe(`bb:ask:${message.id}`);

    // No topic is given: "his visit" only makes sense with the thread's memory of the brief.
    const question = 'Why was his visit cancelled?';
    const submit = discord.modalSubmit(modal.data!.custom_id!, { question }, message);
    const requestsOfSubmit = await answered(submit);
    expect((requestsOfSubmit[0]!.body as CallbackBody).type).toBe(
      CallbackType.DeferredChannelMessageWithSource,
    );
    expect(trace.calls.at(-1)!.method).toBe('ask');

    const edit = requestsOfSubmit.at(-1)!.body as MessageBody;
    expect(edit.embeds![0]!.title).toBe(`Q: ${question}`);
    expect(edit.embeds![0]!.description).toMatch(/^• .+ (\[\d+\])+$/m);
    expect(edit.components![0]!.components[0]!.custom_id).toBe(`bb:follow:${message.id}`);

    const thread = await app.store.getThread(
      { platform: 'discord', channel: discord.channelId, thread: message.id },
      new Date(),
    );
    expect(thread?.topic).toBe('pakistan-russia');
    expect(thread?.turns.map((t) => [t.kind, t.question])).toEqual([
      ['brief', null],
      ['answer', question],
    ]);
  });
});

describe('private answers and refusals', () => {
  it('private:true defers ephemerally, so only the asker sees the answer', async () => {
    const interaction = briefCommand('pakistan-russia', { private: true, question: 'What did Lavrov say?' });
    const requests = await answered(interaction);
    expect((requests[0]!.body as CallbackBody).data?.flags).toBe(EPHEMERAL);
    expect(discord.originalMessage(interaction)!.flags! & EPHEMERAL).toBe(EPHEMERAL);
    const edit = requests.at(-1)!.body as MessageBody;
    expect(edit.embeds![0]!.title).toBe('Q: What did Lavrov say?');
  });

  it('an unknown topic is refused at once and privately, with suggestions, without asking the service', async () => {
    const calls = trace.calls.length;
    const body = await calledBack(briefCommand('cricket'));
    expect(body.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(EPHEMERAL);
    expect(body.data?.embeds?.[0]?.description).toContain('I have no topic called "cricket"');
    expect(body.data?.embeds?.[0]?.description).toContain('pakistan-russia');
    expect(trace.calls.length).toBe(calls);
  });

  it('/briefbot help answers privately with how to ask and the topics', async () => {
    const body = await calledBack(
      discord.slashCommand('briefbot', [{ name: 'help', type: 1, options: [] } as never]),
    );
    expect(body.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(body.data?.flags).toBe(EPHEMERAL);
    const text = body.data?.embeds?.[0]?.description ?? '';
    expect(text).toContain('**/brief** `topic`');
    for (const slug of ['pakistan-russia', 'gas-pipelines', 'afghanistan'])
      expect(text).toContain(`\`${slug}\``);
  });

  it('typing a title instead of choosing still works', async () => {
    const requests = await answered(briefCommand('Gas pipelines'));
    expect((requests.at(-1)!.body as MessageBody).embeds![0]!.title).toBe('Briefing: Gas pipelines');
  });

  it('buttons and modals it did not make, an empty question, and unknown commands get a private answer', async () => {
    const brief = briefCommand('gas-pipelines');
    await answered(brief);
    const message = discord.originalMessage(brief)!;
    const foreign = await calledBack(discord.button(message, 'someone-else:delete'));
    expect(foreign.data?.flags).toBe(EPHEMERAL);
    expect(foreign.data?.embeds?.[0]?.description).toMatch(/do not know that command or button/);

    const empty = await calledBack(discord.modalSubmit(`bb:ask:${message.id}`, { question: '   ' }, message));
    expect(empty.data?.flags).toBe(EPHEMERAL);
    expect(empty.data?.embeds?.[0]?.description).toMatch(/question was empty/);

    const unknown = await calledBack(discord.slashCommand('weather', []));
    expect(unknown.data?.flags).toBe(EPHEMERAL);

    const gone = await calledBack(discord.button(message, 'bb:quotes:999999999999999999'));
    expect(gone.data?.embeds?.[0]?.description).toMatch(/no longer have the quotes/);
  });
});

describe('failure after deferral', () => {
  it('edits the deferred reply to say what went wrong when the service fails', async () => {
    // A second service whose store is already closed: every brief fails inside the service.
    const broken = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:' });
    await broken.close();
    const brokenLogger = recordingLogger();
    const brokenBot = createDiscordBot({
      api: broken.api,
      token: discord.token,
      apiUrl: discord.apiUrl,
      logger: brokenLogger,
    });
    // One gateway session at a time: park the main bot while the broken one is connected.
    await bot.stop();
    try {
      await brokenBot.start();
      const interaction = briefCommand('pakistan-russia');
      const requests = await answered(interaction);
      expect((requests[0]!.body as CallbackBody).type).toBe(CallbackType.DeferredChannelMessageWithSource);
      const edit = requests.at(-1)!.body as MessageBody;
      expect(edit.embeds![0]!.description).toMatch(/Something went wrong while preparing this answer/);
      expect(discord.originalMessage(interaction)!.embeds[0]!.color).toBe(ERROR_COLOR);
      expect(brokenLogger.errors.map((e) => e.msg)).toContain('discord: the briefing service failed');
    } finally {
      await brokenBot.stop();
      bot = createDiscordBot({ api: trace.api, token: discord.token, apiUrl: discord.apiUrl, logger });
      await bot.start();
    }
  });
});

describe('rate limits', () => {
  it('a 429 on the edit is waited out and retried by discord.js, and the answer still arrives', async () => {
    const interaction = briefCommand('pakistan-russia', { question: 'What about the gas pipeline?' });
    discord.rateLimitNext((r) => r.method === 'PATCH' && r.path.includes(interaction.token), 0.2);
    const isEdit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(interaction.token);
    const refused = await answered(interaction);
    const retried = await discord.waitForRequest((r) => isEdit(r) && r.seq > refused.at(-1)!.seq);
    const patches = discord.requestsFor(interaction).filter(isEdit);
    expect(patches).toEqual([refused.at(-1), retried]);
    expect(patches[1]!.body).toEqual(patches[0]!.body);
    expect(discord.originalMessage(interaction)!.embeds[0]!.title).toBe('Q: What about the gas pipeline?');
  });
});

describe('gateway drop', () => {
  it('resumes the session and answers interactions sent while it was down', async () => {
    const resumes = discord.resumes;
    const identifies = discord.identifies;
    discord.dropConnection(4000);
    // Dispatched while the socket is down: Discord replays it on RESUME.
    const interaction = briefCommand('afghanistan');
    const requests = await answered(interaction);
    expect(discord.resumes).toBe(resumes + 1);
    expect(discord.identifies).toBe(identifies);
    const resume = [...discord.frames].reverse().find((f) => f.direction === 'in' && f.payload.op === 6)!;
    expect(resume.payload.d).toMatchObject({ token: discord.token });
    expect((requests.at(-1)!.body as MessageBody).embeds![0]!.title).toBe('Briefing: Afghanistan after 2014');
  });
});
