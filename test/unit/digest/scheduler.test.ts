/**
 * The scheduler's node-cron wiring, with a recording cron (no timers fire) and an injected clock:
 * one task per subscription in its zone, created and removed as subscriptions change, catch-up at
 * start, and the sweep that covers what cron cannot (a DST gap). Real node-cron is asked only where
 * its own behaviour is the point (next run in a zone, no match inside a DST gap).
 */
import { rmSync } from 'node:fs';
import nodeCron from 'node-cron';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../../src/app/open-core.js';
import { createCorpusWatch } from '../../../src/corpus/corpus-watch.js';
import { createDigestRunner } from '../../../src/digest/digest-runner.js';
import { type CronPort, createDigestScheduler, SWEEP_EXPRESSION } from '../../../src/digest/scheduler.js';
import { runSubscriptionCommand } from '../../../src/digest/subscription-commands.js';
import { digestStoreFor } from '../../../src/store/open-store.js';
import {
  citedIds,
  logRecorder,
  manualClock,
  pipelineNews,
  recordingPoster,
  seedCorpusDir,
  writeNews,
} from './fixtures.js';

interface FakeTask {
  expression: string;
  options: { timezone?: string; name?: string; noOverlap?: boolean };
  fire: () => Promise<unknown>;
  destroyed: boolean;
}

function recordingCron(): CronPort & { tasks: FakeTask[]; live: () => FakeTask[] } {
  const tasks: FakeTask[] = [];
  return {
    tasks,
    live: () => tasks.filter((t) => !t.destroyed),
    schedule(expression, fn, options) {
      const task: FakeTask = { expression, options, fire: async () => fn(), destroyed: false };
      tasks.push(task);
      return {
        destroy() {
          task.destroyed = true;
        },
      };
    },
  };
}

const dirs: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function setUp(start: string) {
  const corpusDir = seedCorpusDir();
  dirs.push(corpusDir);
  const clock = manualClock(start);
  const bot = await openBriefbot({ corpusDir, db: ':memory:' });
  closers.push(() => bot.close());
  const store = digestStoreFor(bot.store);
  await store.recordSeen(
    bot.corpus.articles().map((a) => a.id),
    clock.now(),
    { baseline: true },
  );
  const watch = createCorpusWatch({
    dir: corpusDir,
    corpus: bot.corpus,
    watch: false,
    intervalMs: 0,
    beforeAdd: (articles) =>
      store.recordSeen(
        articles.map((a) => a.id),
        clock.now(),
      ),
  });
  await watch.start();
  const poster = recordingPoster();
  const log = logRecorder();
  const runner = createDigestRunner({
    store,
    api: bot.api,
    articles: () => bot.corpus.articles(),
    poster,
    clock: clock.now,
    logger: log,
  });
  const cron = recordingCron();
  const scheduler = createDigestScheduler({
    runner,
    subscriptions: store,
    clock: clock.now,
    cron,
    logger: log,
  });
  closers.push(() => scheduler.stop());
  const commands = {
    subscriptions: store,
    topics: () => bot.topics(),
    now: clock.now,
    onChange: () => scheduler.sync(),
  };
  const chat = (command: 'subscribe' | 'unsubscribe' | 'subscriptions', args = '') =>
    runSubscriptionCommand(commands, { platform: 'slack', channel: 'C1' }, command, args);
  return { bot, store, clock, poster, log, cron, scheduler, chat, watch, corpusDir };
}

describe('digest scheduler', () => {
  it('schedules one node-cron task per subscription, in its zone, without overlap; plus the sweep', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.chat('subscribe', 'pakistan-russia daily 08:00 Asia/Karachi');
    await t.scheduler.start();
    const [task, ...rest] = t.cron.live().filter((x) => x.expression !== SWEEP_EXPRESSION);
    expect(rest).toEqual([]);
    expect(task).toMatchObject({
      expression: '0 8 * * *',
      options: { timezone: 'Asia/Karachi', name: 'digest:slack:C1:pakistan-russia', noOverlap: true },
    });
    expect(t.cron.live().filter((x) => x.expression === SWEEP_EXPRESSION)).toHaveLength(1);
    expect(t.scheduler.scheduled().map((s) => s.nextRun.toISOString())).toEqual(['2026-03-01T03:00:00.000Z']);
    expect(t.scheduler.health()).toMatchObject({ subscriptions: 1, nextRun: '2026-03-01T03:00:00.000Z' });
  });

  it('the task firing at 08:00 Karachi (03:00 UTC) posts the digest; a second firing does not', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.chat('subscribe', 'pakistan-russia daily 08:00 Asia/Karachi');
    writeNews(t.corpusDir, pipelineNews('cron-day', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    await t.scheduler.start();
    expect(t.poster.posted).toHaveLength(0);
    const task = t.cron.live().find((x) => x.expression === '0 8 * * *')!;
    t.clock.set('2026-03-01T03:00:00.020Z');
    await task.fire();
    await task.fire();
    expect(t.poster.posted).toHaveLength(1);
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['cron-day']);
  });

  it('creates, replaces and removes tasks as subscriptions change, without a restart', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.scheduler.start();
    const digestTasks = () => t.cron.live().filter((x) => x.expression !== SWEEP_EXPRESSION);
    expect(digestTasks()).toEqual([]);

    const reply = await t.chat('subscribe', 'pakistan-russia weekly fri 17:30 Europe/London');
    expect(reply.ok).toBe(true);
    expect(digestTasks().map((x) => [x.expression, x.options.timezone])).toEqual([
      ['30 17 * * 5', 'Europe/London'],
    ]);

    await t.chat('subscribe', 'pakistan-russia daily 09:00 Europe/London');
    expect(digestTasks().map((x) => x.expression)).toEqual(['0 9 * * *']);
    expect(t.cron.tasks.filter((x) => x.destroyed).map((x) => x.expression)).toEqual(['30 17 * * 5']);

    await t.chat('unsubscribe', 'pakistan-russia');
    expect(digestTasks()).toEqual([]);
  });

  it('picks up a subscription another process (the CLI) wrote, at the next sweep', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.scheduler.start();
    await t.store.upsertSubscription(
      {
        platform: 'discord',
        channel: '1234',
        topic: 'pakistan-russia',
        cadence: { kind: 'weekdays' },
        time: '07:00',
        timeZone: 'UTC',
        announceEmpty: false,
      },
      t.clock.now(),
    );
    const sweep = t.cron.live().find((x) => x.expression === SWEEP_EXPRESSION)!;
    await sweep.fire();
    expect(t.cron.live().map((x) => x.expression)).toContain('0 7 * * 1-5');
  });

  it('at start, catches up once on the digest missed while the bot was down', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.chat('subscribe', 'pakistan-russia daily 08:00 Asia/Karachi');
    writeNews(t.corpusDir, pipelineNews('while-down', { fetchedAt: '2026-03-02T01:00:00Z' }));
    t.clock.set('2026-03-04T11:00:00Z');
    await t.watch.rescan();
    await t.scheduler.start();
    expect(t.poster.posted).toHaveLength(1);
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['while-down']);
    expect(
      await t.store.getDigest({
        platform: 'slack',
        channel: 'C1',
        topic: 'pakistan-russia',
        period: '2026-03-04',
      }),
    ).toMatchObject({ status: 'posted' });
    // Stopping and starting again (a second restart) does not post it again.
    await t.scheduler.stop();
    await t.scheduler.start();
    expect(t.poster.posted).toHaveLength(1);
  });

  it('on a DST day with no 02:30, node-cron never matches; the sweep runs the digest at 03:00 local', async () => {
    const t = await setUp('2026-03-07T12:00:00Z');
    await t.chat('subscribe', 'pakistan-russia daily 02:30 America/New_York announce-empty');
    await t.scheduler.start();

    // node-cron's own matcher, in the zone: no minute of 8 March 2026 (local) is 02:30.
    const real = nodeCron.createTask('30 2 * * *', () => {}, { timezone: 'America/New_York' });
    try {
      const dayStart = Date.parse('2026-03-08T05:00:00Z'); // 00:00 EST
      const matches = [];
      for (let m = 0; m < 23 * 60; m++) {
        const d = new Date(dayStart + m * 60_000);
        if (real.match(d)) matches.push(d.toISOString());
      }
      expect(matches).toEqual([]);
    } finally {
      await real.destroy();
    }

    const sweep = t.cron.live().find((x) => x.expression === SWEEP_EXPRESSION)!;
    t.clock.set('2026-03-08T06:59:00Z'); // 01:59 EST: not yet
    await sweep.fire();
    expect(t.poster.posted).toHaveLength(0);
    t.clock.set('2026-03-08T07:00:00Z'); // 03:00 EDT: the next valid minute
    await sweep.fire();
    expect(t.poster.posted).toHaveLength(1);
    expect(
      await t.store.getDigest({
        platform: 'slack',
        channel: 'C1',
        topic: 'pakistan-russia',
        period: '2026-03-08',
      }),
    ).toMatchObject({ slotAt: new Date('2026-03-08T07:00:00Z') });
  });

  it('node-cron itself matches 0 8 * * * in Asia/Karachi at 03:00 UTC and at no other minute of the day', async () => {
    const task = nodeCron.createTask('0 8 * * *', () => {}, { timezone: 'Asia/Karachi' });
    try {
      const matches = [];
      for (let m = 0; m < 24 * 60; m++) {
        const d = new Date(Date.parse('2026-03-01T00:00:00Z') + m * 60_000);
        if (task.match(d)) matches.push(d.toISOString());
      }
      expect(matches).toEqual(['2026-03-01T03:00:00.000Z']);
    } finally {
      await task.destroy();
    }
  });

  it('stop destroys every task', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    await t.chat('subscribe', 'pakistan-russia');
    await t.scheduler.start();
    expect(t.cron.live().length).toBe(2);
    await t.scheduler.stop();
    expect(t.cron.live()).toEqual([]);
  });
});

describe('subscription commands', () => {
  it('subscribe, list and unsubscribe, with clear refusals', async () => {
    const t = await setUp('2026-03-01T00:00:00Z');
    const sub = await t.chat('subscribe', 'pakistan-russia daily 08:00 Asia/Karachi');
    expect(sub).toMatchObject({ ok: true });
    expect(sub.message).toContain('Subscribed: pakistan-russia digest daily at 08:00 Asia/Karachi');
    expect(sub.message).toContain('2026-03-01 08:00 Asia/Karachi (03:00 UTC)');
    const again = await t.chat('subscribe', 'pakistan-russia weekdays 09:00 Asia/Karachi');
    expect(again.message).toMatch(/^Updated: /);

    const list = await t.chat('subscriptions');
    expect(list.message).toContain('pakistan-russia: weekdays at 09:00 Asia/Karachi');

    const badZone = await t.chat('subscribe', 'pakistan-russia daily 08:00 Mars/Olympus');
    expect(badZone.ok).toBe(false);
    expect(badZone.message).toContain('Asia/Tokyo, Europe/London or UTC');
    const badTopic = await t.chat('subscribe', 'pakistan-rusia');
    expect(badTopic).toMatchObject({ ok: false });
    expect(badTopic.message).toContain('Did you mean pakistan-russia?');

    expect(await t.chat('unsubscribe', 'energy')).toMatchObject({ ok: false });
    expect((await t.chat('unsubscribe', 'pakistan-russia')).ok).toBe(true);
    expect((await t.chat('subscriptions')).message).toContain('no digest subscriptions');
  });
});
