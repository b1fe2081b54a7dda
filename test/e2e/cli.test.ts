import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/briefing/answer.js';
import { runCliProcess } from '../support/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const db = (name: string) => ({ BRIEFBOT_DB: join(dir, `${name}.sqlite`) });

describe('briefbot CLI', () => {
  it('brief --json prints exactly one Answer JSON document on stdout, and exits 0', async () => {
    const run = await runCliProcess(['brief', 'pakistan-russia', '--json'], db('one'));
    expect(run.code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(run.stdout));
    expect(answer.bullets.length).toBeGreaterThanOrEqual(5);
    expect(new Set(answer.sources.map((s) => s.id)).size).toBeGreaterThanOrEqual(3);
    expect(answer.sources[0]!.path).toMatch(/^data\/articles\//);
  });

  it('is byte-identical across separate runs', async () => {
    const a = await runCliProcess(['ask', 'When was Lavrov in Islamabad?', '--json'], db('det-a'));
    const b = await runCliProcess(['ask', 'When was Lavrov in Islamabad?', '--json'], db('det-b'));
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(200);
  });

  it('continues a conversation across separate processes with --thread', async () => {
    const env = db('thread');
    const first = answerSchema.parse(
      JSON.parse((await runCliProcess(['brief', 'pakistan-russia', '--thread', 't1', '--json'], env)).stdout),
    );
    const second = answerSchema.parse(
      JSON.parse(
        (await runCliProcess(['ask', 'what about the gas pipeline?', '--thread', 't1', '--json'], env))
          .stdout,
      ),
    );
    expect(second.thread).toBe('t1');
    const quotes = second.bullets.flatMap((b) => b.citations.map((c) => c.quote));
    expect(quotes.join('\n')).toMatch(/Iran-Pakistan/);
    expect(quotes.join('\n')).toMatch(/Gazprom/);
    const before = new Set(first.bullets.flatMap((b) => b.citations.map((c) => c.quote)));
    for (const q of quotes) expect(before.has(q)).toBe(false);
  });

  it('prints readable text with [n] markers and a numbered source list without --json', async () => {
    const run = await runCliProcess(['brief', 'pakistan-russia'], db('text'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Brief: pakistan-russia/);
    expect(run.stdout).toMatch(/ \[1\]/);
    expect(run.stdout).toMatch(/\nSources\n {2}\[1\] .+ — .+ — .+/);
  });

  it('opens an answer with its direct answer (lead) above the bullets, and has no lead line when none', async () => {
    const ask = (question: string, json: boolean) =>
      runCliProcess(['ask', question, ...(json ? ['--json'] : [])], db(`lead-${json}`));
    const found = "How long was Kayani's visit?";
    const missing = 'Who won the 2018 World Cup?';
    const [foundJson, foundText, missingJson, missingText] = await Promise.all([
      ask(found, true),
      ask(found, false),
      ask(missing, true),
      ask(missing, false),
    ]);
    const answer = answerSchema.parse(JSON.parse(foundJson.stdout));
    expect(answer.lead).not.toBeNull();
    const lead = answer.lead!;
    const markers = [...new Set(lead.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
    const lines = foundText.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['Answer', '']);
    // The lead paragraph, flush left, wrapped, with its markers; a blank line, then the rest.
    const end = lines.indexOf('', 2);
    expect(lines.slice(2, end).join(' ')).toBe(`${lead.text} ${markers}`);
    expect(lines.slice(2, end).every((l) => !l.startsWith(' '))).toBe(true);
    expect(lines.findIndex((l) => l.startsWith('  • '))).toBeGreaterThan(end);

    const none = answerSchema.parse(JSON.parse(missingJson.stdout));
    expect(none.lead).toBeNull();
    expect(none.note).toBeTruthy();
    // Nothing found: the note follows the heading, no lead line before it.
    expect(missingText.stdout.split('\n').slice(0, 3)).toEqual(['Answer', '', none.note]);
    // Four processes at once, on two shared cores.
  }, 90_000);

  it('lists topics and sources', async () => {
    const topics = await runCliProcess(['topics', '--json'], db('topics'));
    expect(JSON.parse(topics.stdout).topics.map((t: { slug: string }) => t.slug)).toEqual([
      'pakistan-russia',
    ]);
    const sources = await runCliProcess(['sources', '--json'], db('sources'));
    expect(JSON.parse(sources.stdout).sources).toHaveLength(5);
  });

  it('exits 2 with a usage message on an empty question or unknown command', async () => {
    for (const args of [['ask', ''], ['ask'], ['launch']]) {
      const run = await runCliProcess(args, db('usage'));
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/Usage:/);
      expect(run.stdout).toBe('');
    }
  });

  it('refuses a 10,000-character question with a clear message, without crashing', async () => {
    const run = await runCliProcess(
      ['ask', `${'why did it happen '.repeat(555)}xxxxxxxxxx`, '--json'],
      db('long'),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/10,000 characters long; the limit is 2,000/);
    expect(JSON.parse(run.stdout).error.code).toBe('question-too-long');
  });

  it('names the nearest topics for an unknown topic that matches nothing', async () => {
    const run = await runCliProcess(['brief', 'pakistan-ukraine'], db('unknown'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/No topic is named "pakistan-ukraine".*Did you mean pakistan-russia\?/);
  });

  it('gives one clear message for a missing or empty corpus folder', async () => {
    const missing = await runCliProcess(['brief', 'pakistan-russia'], {
      ...db('missing'),
      BRIEFBOT_CORPUS_DIR: join(dir, 'nope'),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(join(dir, 'nope'));
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const emptyDir = join(dir, 'empty');
    mkdirSync(emptyDir);
    const empty = await runCliProcess(['brief', 'pakistan-russia'], {
      ...db('empty'),
      BRIEFBOT_CORPUS_DIR: emptyDir,
    });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain(emptyDir);
  });

  it('skips malformed, binary and non-UTF-8 files with a warning naming each, and loads the rest', async () => {
    const corpus = join(dir, 'messy');
    mkdirSync(corpus);
    for (const f of readdirSync('data/articles')) copyFileSync(join('data/articles', f), join(corpus, f));
    writeFileSync(join(corpus, 'bad-front-matter.md'), '---\ntitle: [unclosed\n---\nBody text here.\n');
    writeFileSync(join(corpus, 'broken.json'), '{"title": "x", "body": ');
    writeFileSync(join(corpus, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    writeFileSync(
      join(corpus, 'latin1.txt'),
      Buffer.from('Caf\xe9 au lait\nUne phrase fran\xe7aise.\n', 'latin1'),
    );
    const run = await runCliProcess(['brief', 'pakistan-russia', '--json'], {
      ...db('messy'),
      BRIEFBOT_CORPUS_DIR: corpus,
    });
    expect(run.code).toBe(0);
    for (const name of ['bad-front-matter.md', 'broken.json', 'image.txt', 'latin1.txt']) {
      expect(run.stderr).toContain(name);
    }
    expect(answerSchema.parse(JSON.parse(run.stdout)).bullets.length).toBeGreaterThanOrEqual(5);
  });

  it('names the store file when it is corrupt, and exits 1', async () => {
    const path = join(dir, 'corrupt.sqlite');
    writeFileSync(path, 'this is not a database, it is a shopping list\n'.repeat(200));
    const run = await runCliProcess(['brief', 'pakistan-russia'], { BRIEFBOT_DB: path });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(path);
  });
});
