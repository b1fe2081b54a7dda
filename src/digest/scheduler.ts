/**
 * node-cron wiring: one task per subscription, in the subscription's time zone, plus a sweep every
 * minute. Tasks hold no logic: each only calls runner.runDue(clock()), which decides from the ledger
 * what is due. The sweep exists because node-cron alone is not enough:
 *  - a local time that does not exist on a DST day (02:30 when clocks skip to 03:00) never matches
 *    a cron expression; the sweep runs it at the next valid minute;
 *  - node-cron skips a run it missed by more than a second (a busy event loop);
 *  - subscriptions added by another process (the CLI) appear without a restart.
 * `sync()` creates and removes tasks as subscriptions change; chat commands call it directly.
 */
import nodeCron from 'node-cron';
import { silentLogger, type Logger } from '../log/logger.js';
import type { SubscriptionStore } from './ports.js';
import type { DigestHealth, DigestRunner } from './digest-runner.js';
import { cronExpression, nextSlotAfter } from './schedule.js';
import { type Subscription, subscriptionKey } from './subscription.js';

/** The part of node-cron the scheduler uses; tests pass a recording fake. */
export interface CronPort {
  schedule(
    expression: string,
    fn: () => unknown,
    options: { timezone?: string; name?: string; noOverlap?: boolean },
  ): { destroy(): void | Promise<void> };
}

export const realCron: CronPort = {
  schedule: (expression, fn, options) => nodeCron.schedule(expression, () => fn(), options),
};

export const SWEEP_EXPRESSION = '* * * * *';

export interface DigestSchedulerOptions {
  runner: DigestRunner;
  subscriptions: SubscriptionStore;
  clock?: () => Date;
  cron?: CronPort;
  logger?: Logger;
}

export interface ScheduledDigest {
  key: string;
  expression: string;
  timeZone: string;
  nextRun: Date;
}

export interface DigestScheduler {
  /** Creates the tasks, reports stuck digests, catches up once on what was missed, starts the sweep. */
  start(): Promise<void>;
  /** Brings the tasks in line with the stored subscriptions. */
  sync(): Promise<void>;
  /** The tasks now scheduled, with their next run. */
  scheduled(): ScheduledDigest[];
  /** Health as of the last sweep (for /healthz): cheap, no database call. */
  health(): DigestHealth & { subscriptions: number; nextRun: string | null };
  /** Destroys every task and waits for a run in progress. */
  stop(): Promise<void>;
}

export function createDigestScheduler(options: DigestSchedulerOptions): DigestScheduler {
  const { runner } = options;
  const clock = options.clock ?? (() => new Date());
  const cron = options.cron ?? realCron;
  const logger = options.logger ?? silentLogger;
  const tasks = new Map<
    string,
    { sub: Subscription; expression: string; task: { destroy(): void | Promise<void> } }
  >();
  let sweep: { destroy(): void | Promise<void> } | null = null;
  let lastHealth: DigestHealth = { stuck: [], failed: [] };
  let inFlight: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const tick = (why: string) => {
    if (stopped) return inFlight;
    const run = runner
      .runDue(clock())
      .catch((err: unknown) => logger.error({ err, why }, 'digest run failed'));
    inFlight = run;
    return run;
  };

  async function refreshHealth(): Promise<void> {
    const before = new Set(lastHealth.stuck.map(rowKey));
    lastHealth = await runner.health(clock());
    for (const row of lastHealth.stuck) {
      if (before.has(rowKey(row))) continue;
      logger.warn(
        {
          platform: row.platform,
          channel: row.channel,
          topic: row.topic,
          period: row.period,
          claimedBy: row.claimedBy,
        },
        'a digest was left in "posting" (the process stopped while posting): it may or may not have reached the channel and is not posted again',
      );
    }
  }

  async function sync(): Promise<void> {
    const subs = await options.subscriptions.listSubscriptions();
    const wanted = new Map(subs.map((s) => [subscriptionKey(s), s]));
    for (const [key, entry] of tasks) {
      const now = wanted.get(key);
      if (now && cronExpression(now) === entry.expression && now.timeZone === entry.sub.timeZone) {
        entry.sub = now;
        continue;
      }
      await entry.task.destroy();
      tasks.delete(key);
      if (!now) logger.info({ subscription: key }, 'digest unscheduled');
    }
    for (const [key, sub] of wanted) {
      if (tasks.has(key)) continue;
      const expression = cronExpression(sub);
      const task = cron.schedule(expression, () => tick(key), {
        timezone: sub.timeZone,
        name: `digest:${key}`,
        noOverlap: true,
      });
      tasks.set(key, { sub, expression, task });
      logger.info(
        {
          subscription: key,
          expression,
          timeZone: sub.timeZone,
          nextRun: nextSlotAfter(sub, clock()).at.toISOString(),
        },
        'digest scheduled',
      );
    }
  }

  function scheduled(): ScheduledDigest[] {
    const now = clock();
    return [...tasks.entries()].map(([key, { sub, expression }]) => ({
      key,
      expression,
      timeZone: sub.timeZone,
      nextRun: nextSlotAfter(sub, now).at,
    }));
  }

  return {
    async start() {
      stopped = false;
      await sync();
      await refreshHealth();
      // Catch-up: whatever was due while the bot was down runs now, once (latest period only).
      await tick('start-up');
      sweep = cron.schedule(
        SWEEP_EXPRESSION,
        async () => {
          try {
            await sync();
            await tick('sweep');
            await refreshHealth();
          } catch (err) {
            logger.error({ err }, 'digest sweep failed');
          }
        },
        { name: 'digest:sweep', noOverlap: true },
      );
    },
    sync,
    scheduled,
    health() {
      const next = scheduled()
        .map((s) => s.nextRun.getTime())
        .sort((a, b) => a - b)[0];
      return {
        ...lastHealth,
        subscriptions: tasks.size,
        nextRun: next === undefined ? null : new Date(next).toISOString(),
      };
    },
    async stop() {
      stopped = true;
      await sweep?.destroy();
      sweep = null;
      for (const { task } of tasks.values()) await task.destroy();
      tasks.clear();
      await inFlight;
    },
  };
}

function rowKey(r: { platform: string; channel: string; topic: string; period: string }): string {
  return `${r.platform}:${r.channel}:${r.topic}:${r.period}`;
}
