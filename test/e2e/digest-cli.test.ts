/**
 * The digest commands of the real CLI, as separate processes: the preview contract
 * (`digest pakistan-russia --since 2012-10-01 --json` is a cited Answer of kind digest covering
 * every seed: four have no published date and are new by when they entered the corpus) and the
 * operators' subscribe / subscriptions / unsubscribe on a store file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/briefing/answer.js';
import { runCliProcess } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BRIEFBOT_DB: join(dir, 'store.sqlite') };

describe('CLI: digest preview', () => {
  it('digest pakistan-russia --since 2012-10-01 --json gives a cited Answer of kind digest', async () => {
    const run = await runCliProcess(['digest', 'pakistan-russia', '--since', '2012-10-01', '--json'], env);
    expect(run.code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(run.stdout));
    expect(answer.kind).toBe('digest');
    expect(answer.topic).toBe('pakistan-russia');
    expect(answer.bullets.length).toBeGreaterThan(0);
    for (const b of answer.bullets) {
      for (const c of b.citations) expect(answer.sources.some((s) => s.n === c.source)).toBe(true);
    }
    // The seed published on 2 October 2012 is new, and so are the four without a published date:
    // they entered the corpus (their files were written) after 1 October 2012. Each is cited.
    expect(answer.sources).toHaveLength(5);
    expect(answer.sources.filter((s) => s.published).map((s) => s.published)).toEqual(['2012-10-02']);
    expect(answer.note).toBe(
      '5 new articles on Pakistan–Russia relations since 2012-10-01; 4 have no published date, so they are new by when they entered the corpus.',
    );
  });
});

describe('CLI: subscriptions for operators', () => {
  it('subscribes, lists, refuses bad zones with the accepted form, and unsubscribes', async () => {
    const target = ['--platform', 'slack', '--channel', 'C0123ABCD'];
    const sub = await runCliProcess(
      ['subscribe', 'pakistan-russia', 'weekly', 'fri', '07:30', 'Asia/Karachi', ...target],
      env,
    );
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('Subscribed: pakistan-russia digest weekly on fri at 07:30 Asia/Karachi');

    const bad = await runCliProcess(
      ['subscribe', 'pakistan-russia', 'daily', '08:00', 'Mars/Olympus', ...target],
      env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"Mars/Olympus" is not a time zone');
    expect(bad.stderr).toContain('Asia/Tokyo, Europe/London or UTC');

    const noChannel = await runCliProcess(['subscribe', 'pakistan-russia'], env);
    expect(noChannel.code).toBe(2);
    expect(noChannel.stderr).toContain('--platform slack|discord and --channel');

    const list = await runCliProcess(['subscriptions', '--json'], env);
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as {
      subscriptions: { channel: string; time: string; cadence: unknown }[];
    };
    expect(parsed.subscriptions).toMatchObject([
      { channel: 'C0123ABCD', time: '07:30', cadence: { kind: 'weekly', day: 'fri' } },
    ]);

    const un = await runCliProcess(['unsubscribe', 'pakistan-russia', ...target], env);
    expect(un.code).toBe(0);
    const empty = await runCliProcess(['subscriptions'], env);
    expect(empty.stdout).toContain('No digest subscriptions.');
    // Six CLI processes one after another: more than the default 30 s on a busy 2-core machine.
  }, 120_000);
});
