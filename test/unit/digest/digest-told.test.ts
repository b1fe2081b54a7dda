/**
 * Digests state what is new relative to what the channel was already told (issue 10, item 6): the
 * runner remembers the sentence keys each posted digest cited and passes them to the service, so a
 * new article restating a told claim is not news again, and a told fact that changed is flagged.
 * A small synthetic corpus, an injected clock, a real briefing service and a real store.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../../src/app/open-core.js';
import type { Answer } from '../../../src/briefing/answer.js';
import { answerSentenceKeys } from '../../../src/briefing/analysis/what-changed.js';
import { createCorpusWatch } from '../../../src/corpus/corpus-watch.js';
import { createDigestRunner } from '../../../src/digest/digest-runner.js';
import { DigestPostError } from '../../../src/digest/poster.js';
import type { SubscriptionSpec } from '../../../src/digest/subscription.js';
import { digestStoreFor } from '../../../src/store/open-store.js';
import { manualClock, recordingPoster, recordingSleep } from './fixtures.js';

const dirs: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const LISBON: SubscriptionSpec = {
  platform: 'slack',
  channel: 'C-DEFENCE',
  topic: 'novak-lisbon',
  cadence: { kind: 'daily' },
  time: '08:00',
  timeZone: 'Asia/Karachi',
  announceEmpty: false,
};
const KEY = { platform: LISBON.platform, channel: LISBON.channel, topic: LISBON.topic };

const TOLD = 'meet President Ana Pereira and sign a naval agreement';
const NEW_CLAIM = 'tour the Alfeite naval base';

interface Story {
  id: string;
  publisher: string;
  published: string;
  fetchedAt: string;
  paragraphs: string[];
}

function writeStory(dir: string, s: Story): void {
  const front = ['---', `id: ${s.id}`, `title: "Novak in Lisbon (${s.id})"`, `publisher: "${s.publisher}"`];
  front.push(`published: ${s.published}`);
  front.push(`fetchedAt: "${s.fetchedAt}"`, '---', '');
  writeFileSync(join(dir, `${s.id}.md`), [...front, s.paragraphs.join('\n\n'), ''].join('\n'));
}

/** The first report: what the first digest tells the channel. */
const harbor: Story = {
  id: 'harbor',
  publisher: 'Harbor Gazette',
  published: '2026-02-27',
  fetchedAt: '2026-03-01T01:00:00Z',
  paragraphs: [
    'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, officials said on Monday.',
    'Novak is expected to meet President Ana Pereira and sign a naval agreement during the visit.',
  ],
};
/** Arrives after the first digest: restates a told claim, and adds one that is new. */
const mirror: Story = {
  id: 'mirror',
  publisher: 'Lisbon Mirror',
  published: '2026-03-01',
  fetchedAt: '2026-03-01T09:00:00Z',
  paragraphs: [
    'Novak is expected to meet President Ana Pereira and sign a naval agreement during his visit, the ministry said.',
    'Novak will also tour the Alfeite naval base and meet naval cadets there, the ministry said.',
  ],
};
/** Arrives after the first digest: the told duration, changed. */
const coastal: Story = {
  id: 'coastal',
  publisher: 'Coastal Times',
  published: '2026-03-01',
  fetchedAt: '2026-03-01T10:00:00Z',
  paragraphs: [
    'Defence Minister Marek Novak will now stay in Lisbon for a five-day visit, extending his trip, the ministry said.',
  ],
};

async function setUp() {
  const corpusDir = mkdtempSync(join(tmpdir(), 'briefbot-digest-told-'));
  dirs.push(corpusDir);
  writeStory(corpusDir, harbor);
  const clock = manualClock('2026-03-01T00:00:00Z');
  const bot = await openBriefbot({
    corpusDir,
    topicsPath: 'test/fixtures/timeline/topics.json',
    db: ':memory:',
    now: clock.now,
  });
  closers.push(() => bot.close());
  const store = digestStoreFor(bot.store);
  const poster = recordingPoster();
  const runner = createDigestRunner({
    store,
    api: bot.api,
    articles: () => bot.corpus.articles(),
    poster,
    clock: clock.now,
    sleep: recordingSleep(),
  });
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
  closers.push(() => watch.stop());
  await store.upsertSubscription(LISBON, clock.now());
  /** The news of the day after the first digest arrives. */
  const secondDay = async () => {
    clock.set('2026-03-01T11:00:00Z');
    writeStory(corpusDir, mirror);
    writeStory(corpusDir, coastal);
    expect((await watch.rescan()).added.sort()).toEqual(['coastal', 'mirror']);
  };
  return { bot, store, clock, poster, runner, secondDay };
}

const bulletQuotes = (a: Answer) => a.bullets.flatMap((b) => b.citations.map((c) => c.quote));

describe('digests state only what the channel has not been told', () => {
  it('leaves out a restated claim, carries the new one, and flags the told fact that changed', async () => {
    const t = await setUp();
    expect(await t.runner.runDue(t.clock.set('2026-03-01T03:00:00Z'))).toMatchObject([
      { status: 'posted', period: '2026-03-01' },
    ]);
    const first = t.poster.posted[0]!.answer;
    expect(bulletQuotes(first).some((q) => q.includes(TOLD))).toBe(true);
    // What the first digest told is remembered for the channel's later digests.
    const told = await t.store.toldBefore(KEY, new Date('2026-03-02T03:00:00Z'));
    expect(told).toEqual(answerSentenceKeys(first, (id) => t.bot.corpus.get(id)));
    expect(told).toContain('harbor#0');

    await t.secondDay();
    expect(await t.runner.runDue(t.clock.set('2026-03-02T03:00:00Z'))).toMatchObject([
      { status: 'posted', period: '2026-03-02' },
    ]);
    const second = t.poster.posted[1]!.answer;
    const quotes = bulletQuotes(second);
    expect(quotes.some((q) => q.includes(NEW_CLAIM))).toBe(true);
    expect(quotes.some((q) => q.includes(TOLD))).toBe(false);
    const change = (second.flags ?? []).find((f) => /three days \(told before\)/.test(f.text));
    expect(change?.text).toMatch(/three days \(told before\) \[\d+\]/);
    expect(change?.text).toMatch(/five days \[\d+\]/);

    // The same window without what was told would have repeated the claim: the memory did it.
    const forgetful = await t.bot.api.digest({ topic: LISBON.topic, articleIds: ['mirror', 'coastal'] });
    if (!forgetful.ok) throw new Error(forgetful.error.message);
    expect(bulletQuotes(forgetful.answer).some((q) => q.includes(TOLD))).toBe(true);

    // The second digest's keys are added to the first's.
    const after = await t.store.toldBefore(KEY, new Date('2026-03-03T03:00:00Z'));
    expect(after).toEqual(
      [...new Set([...told, ...answerSentenceKeys(second, (id) => t.bot.corpus.get(id))])].sort(),
    );
    expect(after.some((k) => k.startsWith('mirror#'))).toBe(true);
  });

  it('a failed post tells the channel nothing: the next digest still carries those claims', async () => {
    const t = await setUp();
    t.poster.failWith(new DigestPostError('channel_not_found', true));
    expect(await t.runner.runDue(t.clock.set('2026-03-01T03:00:00Z'))).toMatchObject([{ status: 'failed' }]);
    expect(await t.store.toldBefore(KEY, new Date('2026-03-02T03:00:00Z'))).toEqual([]);

    t.poster.failWith(null);
    await t.secondDay();
    expect(await t.runner.runDue(t.clock.set('2026-03-02T03:00:00Z'))).toMatchObject([
      { status: 'posted', period: '2026-03-02' },
    ]);
    // Never told, so the claim is news now (from whichever outlet the brief picks).
    expect(bulletQuotes(t.poster.posted[0]!.answer).some((q) => q.includes(TOLD))).toBe(true);
  });

  it('an empty digest records nothing', async () => {
    const t = await setUp();
    await t.runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    const told = await t.store.toldBefore(KEY, new Date('2026-03-03T03:00:00Z'));
    expect(told.length).toBeGreaterThan(0);
    // Nothing arrives: the next day is empty and the channel's memory is unchanged.
    expect(await t.runner.runDue(t.clock.set('2026-03-02T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    expect(await t.store.getDigest({ ...KEY, period: '2026-03-02' })).toMatchObject({ status: 'empty' });
    expect(await t.store.toldBefore(KEY, new Date('2026-03-03T03:00:00Z'))).toEqual(told);
  });
});
