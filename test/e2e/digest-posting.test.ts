/**
 * Digests posted for real: the scheduler's runner, the briefing service over a corpus folder, a
 * SQLite ledger, and the platform posters driving the unmodified Slack WebClient and discord.js
 * REST client against the loopback doubles of the adapter issues. The clock is injected; nothing
 * waits for a schedule.
 */
import { rmSync } from 'node:fs';
import { webApi } from '@slack/bolt';
import { type APIEmbed, type APIInteraction, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { answerSchema } from '../../src/briefing/answer.js';
import { createCorpusWatch } from '../../src/corpus/corpus-watch.js';
import { createDigestRunner } from '../../src/digest/digest-runner.js';
import type { DigestPoster } from '../../src/digest/poster.js';
import type { SubscriptionSpec } from '../../src/digest/subscription.js';
import { briefbotDefinition, digestDefinition } from '../../src/platforms/discord/commands.js';
import { createDiscordDigestPoster } from '../../src/platforms/discord/digest-poster.js';
import { createDiscordBot, type DiscordBot } from '../../src/platforms/discord/index.js';
import { createSlackDigestPoster } from '../../src/platforms/slack/digest-poster.js';
import { escapeMrkdwn } from '../../src/platforms/slack/mrkdwn.js';
import type { DigestStore } from '../../src/digest/ports.js';
import { digestStoreFor } from '../../src/store/open-store.js';
import { DiscordDouble } from '../doubles/discord-double.js';
import { type SlackApiDouble, startSlackApiDouble } from '../doubles/slack-api.js';
import {
  logRecorder,
  manualClock,
  pipelineNews,
  recordingSleep,
  seedCorpusDir,
  writeNews,
} from '../unit/digest/fixtures.js';

const BOT_TOKEN = 'xoxb-digest-test-token';
const EPHEMERAL = 1 << 6;
const dirs: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const subscription = (
  platform: string,
  channel: string,
  extra: Partial<SubscriptionSpec> = {},
): SubscriptionSpec => ({
  platform,
  channel,
  topic: 'pakistan-russia',
  cadence: { kind: 'daily' },
  time: '08:00',
  timeZone: 'Asia/Karachi',
  announceEmpty: false,
  ...extra,
});

/** A bot over the seeds with one new article that arrived before the 1 March digest. */
async function setUp(poster: DigestPoster, spec: SubscriptionSpec, news = true) {
  const dir = seedCorpusDir();
  dirs.push(dir);
  const clock = manualClock('2026-03-01T00:00:00Z');
  const bot = await openBriefbot({ corpusDir: dir, db: ':memory:' });
  closers.push(() => bot.close());
  const store = digestStoreFor(bot.store);
  await store.recordSeen(
    bot.corpus.articles().map((a) => a.id),
    clock.now(),
    { baseline: true },
  );
  if (news) writeNews(dir, pipelineNews('wire-e2e', { fetchedAt: '2026-03-01T01:00:00Z' }));
  const watch = createCorpusWatch({ dir, corpus: bot.corpus, watch: false, intervalMs: 0 });
  await watch.start();
  closers.push(() => watch.stop());
  await store.upsertSubscription(spec, clock.now());
  const sleep = recordingSleep();
  const log = logRecorder();
  const runner = createDigestRunner({
    store,
    api: bot.api,
    articles: () => bot.corpus.articles(),
    poster,
    clock: clock.now,
    sleep,
    logger: log,
  });
  const run = () => runner.runDue(clock.set('2026-03-01T03:00:00Z'));
  const ledger = () => store.getDigest({ ...spec, period: '2026-03-01' });
  const digest = async () => {
    const r = await bot.api.digest({ topic: 'pakistan-russia', articleIds: ['wire-e2e'] });
    if (!r.ok) throw new Error(r.error.message);
    return answerSchema.parse(r.answer);
  };
  return { run, ledger, sleep, log, digest };
}

describe('digest posted to Slack through the real WebClient', () => {
  let double: SlackApiDouble;
  beforeAll(async () => {
    double = await startSlackApiDouble({ botToken: BOT_TOKEN });
    return () => double.close();
  });
  const poster = () =>
    createSlackDigestPoster({
      client: new webApi.WebClient(BOT_TOKEN, { slackApiUrl: double.apiUrl, retryConfig: { retries: 0 } }),
      topicTitle: (slug) => (slug === 'pakistan-russia' ? 'Pakistan–Russia relations' : undefined),
      logger: logRecorder(),
    });

  it('posts the cited digest with chat.postMessage and records the message ts', async () => {
    const t = await setUp(poster(), subscription('slack', 'C-DIGEST'));
    const before = double.ok('chat.postMessage').length;
    expect(await t.run()).toMatchObject([{ status: 'posted' }]);
    const calls = double.ok('chat.postMessage').slice(before);
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.token).toBe(BOT_TOKEN);
    expect(call.args.channel).toBe('C-DIGEST');
    const blocks = JSON.stringify(call.args.blocks);
    expect(blocks).toContain('Digest: Pakistan–Russia relations');
    expect(blocks).toContain('1 new article on');
    const answer = await t.digest();
    expect(answer.bullets.length).toBeGreaterThan(0);
    // Every bullet is in the message, with its [n] marker, and the source is listed.
    const text = (call.args.blocks as { text?: { text?: string } }[])
      .map((b) => b.text?.text ?? '')
      .join('\n');
    for (const b of answer.bullets) expect(text).toContain(`${escapeMrkdwn(b.text)} [1]`);
    expect(blocks).toContain('Pakistan and Russia agree on gas pipeline talks (wire-e2e)');
    expect(blocks).not.toContain('briefbot_share');
    expect((await t.ledger())?.messageId).toBe(call.response.ts);
  });

  it('a Slack error that can pass (internal_error) is retried; one that cannot (not_in_channel) is not', async () => {
    const a = await setUp(poster(), subscription('slack', 'C-FLAKY'));
    double.failOnce('chat.postMessage', 'internal_error');
    expect(await a.run()).toMatchObject([{ status: 'posted' }]);
    expect(a.sleep.pauses).toEqual([1000]);
    expect(await a.ledger()).toMatchObject({ status: 'posted', attempts: 2 });

    const b = await setUp(poster(), subscription('slack', 'C-GONE'));
    double.failOnce('chat.postMessage', 'not_in_channel');
    expect(await b.run()).toMatchObject([
      { status: 'failed', error: 'Slack chat.postMessage failed: not_in_channel' },
    ]);
    expect(b.sleep.pauses).toEqual([]);
    expect(await b.ledger()).toMatchObject({ status: 'failed', attempts: 1 });
    expect(b.log.lines.find((l) => l.level === 'error')?.obj).toMatchObject({ channel: 'C-GONE' });
    expect(double.ok('chat.postMessage').filter((c) => c.args.channel === 'C-GONE')).toEqual([]);
  });

  it('"nothing new" is one line when the subscription asks for it', async () => {
    const t = await setUp(poster(), subscription('slack', 'C-QUIET', { announceEmpty: true }), false);
    await t.run();
    const call = double.ok('chat.postMessage').find((c) => c.args.channel === 'C-QUIET')!;
    expect(call.args.text).toMatch(
      /^Digest: Pakistan–Russia relations: 0 new articles on .* Nothing new on this topic\.$/,
    );
    expect(call.args.blocks).toHaveLength(1);
  });
});

describe('Discord: /digest subscribe and a digest posted through the real discord.js client', () => {
  let double: DiscordDouble;
  let app: Awaited<ReturnType<typeof openBriefbot>>;
  let bot: DiscordBot;
  let store: DigestStore;

  beforeAll(async () => {
    double = await DiscordDouble.start();
    app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:' });
    store = digestStoreFor(app.store);
    bot = createDiscordBot({
      api: app.api,
      token: double.token,
      applicationId: double.applicationId,
      apiUrl: double.apiUrl,
      logger: logRecorder(),
      subscriptions: {
        subscriptions: store,
        topics: app.topics,
        now: () => new Date('2026-03-01T00:00:00Z'),
      },
    });
    await bot.start();
    return async () => {
      await bot.stop();
      await app.close();
      await double.close();
    };
  });

  /** Sends the interaction and resolves with its callback body. */
  async function calledBack(interaction: APIInteraction) {
    double.sendInteraction(interaction);
    const r = await double.waitForRequest(
      (x) => x.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    );
    return r.body as {
      type: number;
      data?: { embeds?: APIEmbed[]; flags?: number; choices?: { value: string }[] };
    };
  }
  /** The member's permissions in the channel as Discord computes them: the double's, plus Manage Channels. */
  const MANAGER = (2248473465835073n | BigInt(PermissionFlagsBits.ManageChannels)).toString();
  const MEMBER = (2248473465835073n & ~BigInt(PermissionFlagsBits.ManageChannels)).toString();
  const sub = (
    name: string,
    options: { name: string; type: number; value: string | boolean }[] = [],
    permissions = MANAGER,
  ) => {
    const interaction = double.slashCommand('digest', [{ name, type: 1, options } as never]);
    (interaction as unknown as { member: { permissions: string } }).member.permissions = permissions;
    return interaction;
  };

  it('subscribes the channel, refuses a bad zone, lists, and completes zone names', async () => {
    const ok = await calledBack(
      sub('subscribe', [
        { name: 'topic', type: 3, value: 'pakistan-russia' },
        { name: 'cadence', type: 3, value: 'weekdays' },
        { name: 'time', type: 3, value: '8:00' },
        { name: 'timezone', type: 3, value: 'Asia/Karachi' },
      ]),
    );
    expect(ok.data?.flags).toBe(EPHEMERAL);
    expect(ok.data?.embeds?.[0]?.description).toContain(
      'Subscribed: pakistan-russia digest weekdays at 08:00 Asia/Karachi',
    );
    expect(await store.listSubscriptions()).toMatchObject([
      { platform: 'discord', channel: double.channelId, cadence: { kind: 'weekdays' }, time: '08:00' },
    ]);

    const bad = await calledBack(
      sub('subscribe', [
        { name: 'topic', type: 3, value: 'pakistan-russia' },
        { name: 'timezone', type: 3, value: 'Mars/Olympus' },
      ]),
    );
    expect(bad.data?.embeds?.[0]?.description).toContain('is not a time zone');
    expect(bad.data?.embeds?.[0]?.description).toContain('Asia/Tokyo, Europe/London or UTC');

    const list = await calledBack(sub('subscriptions'));
    expect(list.data?.embeds?.[0]?.description).toContain('pakistan-russia: weekdays at 08:00 Asia/Karachi');

    // While typing into a subcommand's option, Discord nests the focused option in the subcommand.
    const typing = double.autocomplete('digest', 'timezone', 'karach') as unknown as {
      data: { options: unknown[] };
    };
    typing.data.options = [
      {
        name: 'subscribe',
        type: 1,
        options: [{ name: 'timezone', type: 3, value: 'karach', focused: true }],
      },
    ];
    const zones = await calledBack(typing as unknown as APIInteraction);
    expect(zones.data?.choices?.map((c) => c.value)).toContain('Asia/Karachi');
  });

  it('refuses subscribe and unsubscribe, privately and saying why, to a member who cannot manage the channel', async () => {
    const before = await store.listSubscriptions();
    for (const name of ['subscribe', 'unsubscribe']) {
      const refused = await calledBack(
        sub(name, [{ name: 'topic', type: 3, value: 'pakistan-russia' }], MEMBER),
      );
      expect(refused.data?.flags).toBe(EPHEMERAL);
      expect(refused.data?.embeds?.[0]?.description).toContain(
        'Only members who can manage this channel (Manage Channels) can subscribe or unsubscribe',
      );
    }
    expect(await store.listSubscriptions()).toEqual(before);
    // Listing changes nothing, so anyone who can see the command may.
    const list = await calledBack(sub('subscriptions', [], MEMBER));
    expect(list.data?.embeds?.[0]?.description).toContain('pakistan-russia');
  });

  it('registers the digest commands for members who can manage channels, servers only', () => {
    expect(digestDefinition.default_member_permissions).toBe(String(PermissionFlagsBits.ManageChannels));
    expect(digestDefinition.contexts).toEqual([0]);
    expect(digestDefinition.options.map((o) => o.name)).toEqual([
      'subscribe',
      'unsubscribe',
      'subscriptions',
    ]);
    expect(briefbotDefinition.options.map((o) => o.name)).toEqual(['help', 'timeline']);
  });

  it('posts the digest to the channel with the Discord renderer’s embeds and records the message id', async () => {
    const poster = createDiscordDigestPoster({
      client: bot.client,
      topicTitle: (slug) => app.topics().find((t) => t.slug === slug)?.title,
      logger: logRecorder(),
    });
    const t = await setUp(poster, subscription('discord', '1400000000000000001'));
    expect(await t.run()).toMatchObject([{ status: 'posted' }]);
    const [message, ...more] = double.channelMessages('1400000000000000001');
    expect(more).toEqual([]);
    const embed = message!.embeds[0]!;
    expect(embed.title).toBe('Digest: Pakistan–Russia relations');
    const answer = await t.digest();
    for (const b of answer.bullets) expect(embed.description).toContain(b.text.slice(0, 40));
    expect(JSON.stringify(embed.fields)).toContain(
      'Pakistan and Russia agree on gas pipeline talks (wire-e2e)',
    );
    const request = double.requests.find((r) => r.path === '/channels/1400000000000000001/messages')!;
    expect((request.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect((await t.ledger())?.messageId).toBe(message!.id);
  });

  it('an unknown channel is a permanent failure: recorded once, not retried', async () => {
    const poster = createDiscordDigestPoster({ client: bot.client, logger: logRecorder() });
    const t = await setUp(poster, subscription('discord', '1500000000000000001'));
    double.failNext((r) => r.path === '/channels/1500000000000000001/messages', 404, {
      message: 'Unknown Channel',
      code: 10003,
    });
    expect(await t.run()).toMatchObject([{ status: 'failed' }]);
    expect(t.sleep.pauses).toEqual([]);
    expect(await t.ledger()).toMatchObject({ status: 'failed', attempts: 1 });
    expect(double.channelMessages('1500000000000000001')).toEqual([]);
  });
});
