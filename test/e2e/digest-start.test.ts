/**
 * Digests in `npm start`'s own start(): the subscriptions file is applied and scheduled, a Slack
 * `/brief subscribe` (signed, through the real Bolt app) adds a schedule without a restart, and an
 * article file dropped into the corpus folder is served without one. /healthz reports digests.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/app/config.js';
import type { DigestsHealth } from '../../src/digest/digests.js';
import { nextSlotAfter } from '../../src/digest/schedule.js';
import { silentLogger } from '../../src/log/logger.js';
import { type Running, start } from '../../src/app/compose.js';
import { type SlackApiDouble, startSlackApiDouble } from '../doubles/slack-api.js';
import { postSlash } from '../support/slack-slash.js';
import { pipelineNews, writeNews } from '../unit/digest/fixtures.js';

const BOT_TOKEN = 'xoxb-1234567890-0987654321-digestStartToken';
const SIGNING_SECRET = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

let dir: string;
let double: SlackApiDouble;
let running: Running;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-start-'));
  cpSync('data/articles', join(dir, 'corpus'), { recursive: true });
  const subscriptions = join(dir, 'subscriptions.json');
  writeFileSync(
    subscriptions,
    JSON.stringify({
      subscriptions: [
        {
          platform: 'slack',
          channel: 'C0FILE0001',
          topic: 'pakistan-russia',
          cadence: 'daily',
          time: '08:00',
          timeZone: 'Asia/Karachi',
        },
      ],
    }),
  );
  // Alice may change digests: subscribing needs a workspace admin or owner.
  double = await startSlackApiDouble({ botToken: BOT_TOKEN, users: { U0ALICE001: { is_admin: true } } });
  const env = parseEnv({
    BRIEFBOT_CORPUS_DIR: join(dir, 'corpus'),
    BRIEFBOT_DB: join(dir, 'store.sqlite'),
    BRIEFBOT_SUBSCRIPTIONS: subscriptions,
    BRIEFBOT_CORPUS_RESCAN_SECONDS: '1',
    BRIEFBOT_POLL_FEEDS: '0',
    // The default (var/index) would leave a cache in the checkout.
    BRIEFBOT_INDEX_CACHE: join(dir, 'index'),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: double.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  running = await start(env, silentLogger);
});
afterAll(async () => {
  await running?.stop();
  await double?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function digestsHealth(): Promise<DigestsHealth> {
  const res = await fetch(new URL('healthz', running.url!));
  return ((await res.json()) as { details: { digests: DigestsHealth } }).details.digests;
}

function slash(text: string, responseId: string): Promise<number> {
  return postSlash(running.url!, SIGNING_SECRET, {
    channel: 'C0CHAT0001',
    user: 'U0ALICE001',
    text,
    responseUrl: double.responseUrl(responseId),
  });
}

describe('digests in the running bot', () => {
  it('schedules the subscriptions file and reports it in /healthz', async () => {
    const health = await digestsHealth();
    const expected = nextSlotAfter(
      { cadence: { kind: 'daily' }, time: '08:00', timeZone: 'Asia/Karachi' },
      new Date(),
    ).at.toISOString();
    expect(health).toMatchObject({ scheduler: 'running', subscriptions: 1, stuck: 0, failed: [] });
    expect(health.nextRun).toBe(expected);
    expect(health.nextRun).toMatch(/T03:00:00\.000Z$/);
  });

  it('a Slack /brief subscribe adds a schedule at once, and says so to the person', async () => {
    expect(await slash('subscribe pakistan-russia weekly fri 17:30 Europe/London', 'sub-1')).toBe(200);
    const reply = await double.waitFor('the subscribe reply', () =>
      double.responses.find((r) => r.id === 'sub-1'),
    );
    expect(JSON.stringify(reply.body)).toContain(
      'Subscribed: pakistan-russia digest weekly on fri at 17:30 Europe/London',
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect((await digestsHealth()).subscriptions).toBe(2);

    expect(await slash('subscriptions', 'list-1')).toBe(200);
    const list = await double.waitFor('the list reply', () =>
      double.responses.find((r) => r.id === 'list-1'),
    );
    expect(JSON.stringify(list.body)).toContain('pakistan-russia: weekly on fri at 17:30 Europe/London');
  });

  it('serves an article file dropped into the corpus folder without a restart', async () => {
    writeNews(join(dir, 'corpus'), pipelineNews('dropped-while-running'));
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(new URL('api/sources/dropped-while-running', running.url!))).status;
      if (status !== 200) await delay(100);
    }
    expect(status).toBe(200);
  });
});
