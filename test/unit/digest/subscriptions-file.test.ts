import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Topic } from '../../../src/briefing/topics.js';
import {
  applySubscriptions,
  loadSubscriptionsFile,
  SubscriptionsFileError,
} from '../../../src/digest/subscriptions-file.js';
import { digestStoreFor } from '../../../src/store/open-store.js';
import { openSqliteStore } from '../../../src/store/sqlite/threads.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-subs-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const topics: Topic[] = [{ slug: 'pakistan-russia', title: 'Pakistan–Russia relations', terms: ['x'] }];
let n = 0;
const file = (content: unknown) => {
  const path = join(dir, `subs-${++n}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const problems = (path: string): string => {
  try {
    loadSubscriptionsFile(path, topics);
  } catch (err) {
    expect(err).toBeInstanceOf(SubscriptionsFileError);
    return (err as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('subscriptions file (BRIEFBOT_SUBSCRIPTIONS)', () => {
  it('reads entries with defaults and canonical zones', () => {
    const specs = loadSubscriptionsFile(
      file({
        subscriptions: [
          { platform: 'slack', channel: 'C1', topic: 'pakistan-russia' },
          {
            platform: 'discord',
            channel: '123',
            topic: 'Pakistan–Russia relations',
            cadence: 'weekly',
            day: 'fri',
            time: '7:30',
            timeZone: 'asia/karachi',
            announceEmpty: true,
          },
        ],
      }),
      topics,
    );
    expect(specs).toEqual([
      {
        platform: 'slack',
        channel: 'C1',
        topic: 'pakistan-russia',
        cadence: { kind: 'daily' },
        time: '08:00',
        timeZone: 'UTC',
        announceEmpty: false,
      },
      {
        platform: 'discord',
        channel: '123',
        topic: 'pakistan-russia',
        cadence: { kind: 'weekly', day: 'fri' },
        time: '07:30',
        timeZone: 'Asia/Karachi',
        announceEmpty: true,
      },
    ]);
  });

  it('names every problem with its place in the file', () => {
    const message = problems(
      file([
        { platform: 'teams', channel: 'C1', topic: 'pakistan-russia' },
        {
          platform: 'slack',
          channel: 'C1',
          topic: 'pakistan-russia',
          time: '25:00',
          timeZone: 'Mars/Olympus',
        },
        { platform: 'slack', channel: 'C1', topic: 'pakistan-russia', day: 'mon' },
        { platform: 'slack', channel: 'C1', topic: 'pakistan-russia', colour: 'blue' },
      ]),
    );
    expect(message).toContain('0.platform');
    expect(message).toContain('1.time: "25:00" is not a time');
    expect(message).toContain('1.timeZone: "Mars/Olympus" is not a time zone');
    expect(message).toContain('Asia/Tokyo, Europe/London or UTC');
    expect(message).toContain('2.day: a daily digest has no day');
    expect(message).toContain('colour');
    expect(problems(file([{ platform: 'slack', channel: 'C1', topic: 'cricket' }]))).toContain(
      '0.topic: no topic is named "cricket"',
    );
    expect(problems(file('{ nope'))).toContain('not valid JSON');
    expect(problems(join(dir, 'missing.json'))).toContain('Cannot read the subscriptions file');
  });

  it('upserts into the store; applying again creates nothing new', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const subs = digestStoreFor(store);
      const specs = loadSubscriptionsFile(
        file([{ platform: 'slack', channel: 'C1', topic: 'pakistan-russia' }]),
        topics,
      );
      expect(await applySubscriptions(subs, specs, new Date('2026-03-01T00:00:00Z'))).toBe(1);
      expect(await applySubscriptions(subs, specs, new Date('2026-03-02T00:00:00Z'))).toBe(0);
      const [only] = await subs.listSubscriptions();
      expect(only?.createdAt).toEqual(new Date('2026-03-01T00:00:00Z'));
      expect(only?.scheduleSetAt).toEqual(new Date('2026-03-01T00:00:00Z'));
    } finally {
      store.close();
    }
  });
});
