/**
 * `/brief subscribe|unsubscribe|subscriptions` through the Slack subcommand dispatcher, with a real
 * subscription store: the channel the command was typed in is the one subscribed, and refusals
 * show the accepted form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingApi } from '../../../src/briefing/service-api.js';
import type { Topic } from '../../../src/briefing/topics.js';
import type { SubscriptionReply } from '../../../src/digest/subscription-commands.js';
import { silentLogger } from '../../../src/log/logger.js';
import { dispatch, usageLines } from '../../../src/platforms/slack/commands/index.js';
import { digestStoreFor } from '../../../src/store/open-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/threads.js';

const topics: Topic[] = [
  { slug: 'pakistan-russia', title: 'Pakistan–Russia relations', terms: ['Pakistan Russia'] },
];
const api = {
  topics: () => topics,
  brief: async () => {
    throw new Error('not a brief');
  },
  ask: async () => {
    throw new Error('not a question');
  },
  digest: async () => {
    throw new Error('unused');
  },
  source: () => null,
} satisfies BriefingApi;

const stores: { close(): void }[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function setUp(
  withSubscriptions = true,
  refusal: (() => Promise<SubscriptionReply | null>) | null = async () => null,
) {
  const opened = openSqliteStore(':memory:');
  stores.push(opened);
  const store = digestStoreFor(opened);
  let changes = 0;
  const deps = {
    subscriptions: store,
    topics: () => topics,
    now: () => new Date('2026-03-01T00:00:00Z'),
    onChange: () => {
      changes++;
    },
  };
  const run = async (text: string, channel = 'C-TEAM') => {
    const replies: string[] = [];
    await dispatch({
      text,
      channel,
      user: 'U1',
      teamId: 'T1',
      api,
      logger: silentLogger,
      ...(withSubscriptions ? { subscriptions: deps } : {}),
      ...(refusal ? { subscriptionRefusal: refusal } : {}),
      reply: async (messages) => {
        replies.push(...messages.map((m) => JSON.stringify(m.blocks)));
      },
      answer: async () => {
        throw new Error('a subscription command must not answer a brief');
      },
    });
    return replies.join('\n');
  };
  return { store, run, changes: () => changes };
}

describe('Slack: /brief subscribe, unsubscribe, subscriptions', () => {
  it('subscribes the channel it was typed in, lists and stops it, telling the scheduler each time', async () => {
    const t = setUp();
    const reply = await t.run('subscribe pakistan-russia daily 08:00 Asia/Karachi');
    expect(reply).toContain('Subscribed: pakistan-russia digest daily at 08:00 Asia/Karachi');
    expect(reply).toContain('(03:00 UTC)');
    expect(await t.store.listSubscriptions()).toMatchObject([
      {
        platform: 'slack',
        channel: 'C-TEAM',
        topic: 'pakistan-russia',
        time: '08:00',
        timeZone: 'Asia/Karachi',
      },
    ]);
    expect(t.changes()).toBe(1);

    expect(await t.run('subscriptions')).toContain('pakistan-russia: daily at 08:00 Asia/Karachi');
    expect(await t.run('subscriptions', 'C-ELSEWHERE')).toContain('no digest subscriptions');

    expect(await t.run('unsubscribe pakistan-russia')).toContain('Stopped the pakistan-russia digest');
    expect(await t.store.listSubscriptions()).toEqual([]);
    expect(t.changes()).toBe(2);
  });

  it('refuses a bad zone or time with the accepted form, and changes nothing', async () => {
    const t = setUp();
    const zone = await t.run('subscribe pakistan-russia daily 08:00 Mars/Olympus');
    expect(zone).toContain(':warning:');
    expect(zone).toContain('is not a time zone');
    expect(zone).toContain('Asia/Tokyo, Europe/London or UTC');
    const time = await t.run('subscribe pakistan-russia 25:00');
    expect(time).toContain('HH:MM');
    expect(await t.store.listSubscriptions()).toEqual([]);
    expect(t.changes()).toBe(0);
  });

  it('refuses subscribe and unsubscribe, privately and saying why, to someone without the right', async () => {
    const t = setUp(true, async () => ({ ok: false, code: 'forbidden', message: 'Only admins, sorry.' }));
    expect(await t.run('subscribe pakistan-russia')).toContain('Only admins, sorry.');
    expect(await t.run('unsubscribe pakistan-russia')).toContain('Only admins, sorry.');
    expect(await t.run('subscriptions')).toContain('no digest subscriptions');
    expect(await t.store.listSubscriptions()).toEqual([]);
    // With no check wired at all, nobody may change a channel's digests.
    const unchecked = setUp(true, null);
    expect(await unchecked.run('subscribe pakistan-russia')).toContain('workspace admin or owner');
    expect(await unchecked.store.listSubscriptions()).toEqual([]);
  });

  it('says digests are off when the app has no subscription store', async () => {
    const t = setUp(false);
    expect(await t.run('subscribe pakistan-russia')).toContain('not set up');
  });

  it('lists the subcommands in help', () => {
    const usage = usageLines().join('\n');
    for (const name of ['subscribe', 'unsubscribe', 'subscriptions'])
      expect(usage).toContain(`/brief ${name}`);
  });
});
