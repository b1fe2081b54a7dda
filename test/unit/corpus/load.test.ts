import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadWarning } from '../../../src/corpus/article.js';
import {
  parseFrontMatter,
  parseJsonlText,
  parseMarkdownText,
  parserFor,
  parseTextFile,
  publishedLine,
} from '../../../src/corpus/formats.js';
import { MAX_FILE_BYTES, parseArticleFile } from '../../../src/corpus/corpus-files.js';
import { CorpusDirError, loadCorpusDir } from '../../../src/corpus/load-corpus.js';

const FORMATS = 'test/fixtures/corpus/formats';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'briefbot-load-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A fresh folder under the scratch dir, filled with the given files. */
async function folder(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  return dir;
}

const GOOD_MD = '---\nid: good\ntitle: "A good article"\n---\nA body that loads.\n';

function warningFor(warnings: LoadWarning[], fileEnd: string): LoadWarning {
  const w = warnings.find((x) => x.path.endsWith(fileEnd));
  if (!w) throw new Error(`no warning for ${fileEnd}: ${JSON.stringify(warnings)}`);
  return w;
}

describe('loadCorpusDir on every format', () => {
  it('loads .md, .markdown (nested), .txt, .json arrays and .jsonl, in path order', async () => {
    const { articles, warnings } = await loadCorpusDir(FORMATS);
    expect(articles.map((a) => a.id)).toEqual([
      'md-1',
      'b-plain',
      'json-1',
      'c-records-2',
      'jsonl-1',
      'jsonl-3',
      'd-lines-5',
      'e-nested',
    ]);
    const md = articles[0]!;
    expect(md).toEqual({
      id: 'md-1',
      title: 'Quoted: with a colon',
      publisher: "O'Brien Weekly",
      published: '2023-01-15',
      url: 'https://example.com/a',
      fetchedAt: null,
      feed: null,
      alsoPublishedBy: [],
      path: `${FORMATS}/a-markdown.md`,
      body: 'The first paragraph of the markdown article, with enough words to be prose.\n',
    });
    const txt = articles[1]!;
    expect(txt.title).toBe('Plain text headline');
    expect(txt.body.trim()).toBe('The body of the plain text article follows the headline line.');
    expect(txt.publisher).toBeNull();
    expect(articles[3]).toMatchObject({
      title: 'Second JSON record',
      body: 'Text field instead of body.',
      publisher: 'Wire',
    });
    expect(articles[7]).toMatchObject({
      title: 'Bare title without quotes',
      path: `${FORMATS}/nested/e-nested.markdown`,
    });

    // The bad JSONL line is named by file and line; the README is unknown; the hidden file is silent.
    expect(warnings).toHaveLength(2);
    expect(warningFor(warnings, 'd-lines.jsonl').message).toMatch(/^line 2: invalid JSON/);
    expect(warningFor(warnings, 'README').message).toMatch(/unsupported file type/);
    expect(warnings.some((w) => w.path.includes('.hidden'))).toBe(false);
  });

  it('shows paths outside the working directory as absolute', async () => {
    const dir = await folder('outside', { 'x.md': GOOD_MD });
    const { articles } = await loadCorpusDir(dir);
    expect(articles[0]!.path).toBe(join(dir, 'x.md'));
  });
});

describe('loadCorpusDir skips bad files with a warning naming each, and loads the rest', () => {
  let result: Awaited<ReturnType<typeof loadCorpusDir>>;
  beforeAll(async () => {
    const dir = await folder('mixed', {
      '01-good.md': GOOD_MD,
      '02-no-front-matter.md': 'Just text without metadata.\n',
      '03-unclosed.md': '---\ntitle: "Never closed"\nBody.\n',
      '04-bad-line.md': '---\ntitle: "ok"\nthis is not a key value line\n---\nBody.\n',
      '05-nested.md': '---\ntitle: "ok"\nauthor:\n  name: X\n---\nBody.\n',
      '06-bad-date.md': '---\ntitle: "ok"\npublished: 02/10/2012\n---\nBody.\n',
      '07-no-title.md': '---\npublisher: "X"\n---\nBody.\n',
      '08-invalid.json': '{ "title": "broken", "body": ',
      '09-not-object.json': '"just a string"',
      '10-no-body.json': '{ "title": "no body here" }',
      '11-binary.txt': Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0x0a, 0x41]),
      '12-latin1.txt': Buffer.from('Caf\xe9 headline\n\nA body in Latin-1: na\xefve.\n', 'latin1'),
      '13-empty-body.md': '---\ntitle: "Nothing below"\n---\n\n  \n',
      '14-empty.txt': '',
      '15-dupe.md': GOOD_MD.replace('A body that loads.', 'A second body with the same id.'),
      '16-lines.jsonl':
        '{"id":"l1","title":"One","body":"B1"}\nnot json at all\n{"id":"l3","title":"Three"}\n{"id":"l4","title":"Four","body":"B4"}\n',
      '17-array-partly-bad.json': JSON.stringify([
        { id: 'arr-1', title: 'Fine', body: 'Fine body.' },
        { id: 'arr-2', title: '', body: 'Empty title.' },
      ]),
      '18-bad-url.md': '---\ntitle: "ok"\nurl: not a url\n---\nBody.\n',
      '19-dup-key.md': '---\ntitle: "a"\ntitle: "b"\n---\nBody.\n',
      'notes.docx': 'whatever',
      '.DS_Store': Buffer.from([0, 0, 0, 1]),
      'sub/.hidden/ignored.md': GOOD_MD,
      'sub/deeper.txt': 'Deeper headline\nDeeper body line.\n',
    });
    result = await loadCorpusDir(dir);
  });

  it('loads every good record', () => {
    expect(result.articles.map((a) => a.id)).toEqual(['good', 'l1', 'l4', 'arr-1', 'deeper']);
    expect(result.articles[0]!.body).toBe('A body that loads.\n');
  });

  it.each([
    ['02-no-front-matter.md', /no front matter/],
    ['03-unclosed.md', /not closed/],
    ['04-bad-line.md', /line 3: expected "key: value"/],
    ['05-nested.md', /nested or indented/],
    ['06-bad-date.md', /published: expected a date as YYYY-MM-DD/],
    ['07-no-title.md', /title/],
    ['08-invalid.json', /invalid JSON/],
    ['09-not-object.json', /expected an object/],
    ['10-no-body.json', /missing "body"/],
    ['11-binary.txt', /binary/],
    ['12-latin1.txt', /not valid UTF-8/],
    ['13-empty-body.md', /empty body/],
    ['14-empty.txt', /empty file/],
    ['15-dupe.md', /duplicate article id "good" \(already loaded from .*01-good\.md\)/],
    ['16-lines.jsonl', /line 2: invalid JSON/],
    ['17-array-partly-bad.json', /record 2: invalid metadata \(title:/],
    ['18-bad-url.md', /url:/],
    ['19-dup-key.md', /duplicate key "title"/],
    ['notes.docx', /unsupported file type/],
  ])('%s', (file, message) => {
    expect(warningFor(result.warnings, file).message).toMatch(message);
  });

  it('names the bad JSONL lines one by one', () => {
    const lines = result.warnings.filter((w) => w.path.endsWith('16-lines.jsonl')).map((w) => w.message);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^line 3: missing "body"/);
  });

  it('stays silent about hidden files and folders', () => {
    expect(result.warnings.some((w) => /\.DS_Store|\.hidden/.test(w.path))).toBe(false);
  });
});

describe('parseArticleFile', () => {
  it('parses one file from bytes, with a UTF-8 byte order mark and CRLF line ends', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('---\r\ntitle: "Windows file"\r\n---\r\nBody line.\r\n'),
    ]);
    const { articles, warnings } = parseArticleFile('/elsewhere/win.md', bytes);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ id: 'win', title: 'Windows file', path: '/elsewhere/win.md' });
    expect(articles[0]!.body).toBe('Body line.\r\n');
  });

  it('refuses a file over the size limit', () => {
    const big = Buffer.alloc(MAX_FILE_BYTES + 1, 0x61);
    const { articles, warnings } = parseArticleFile('big.txt', big);
    expect(articles).toEqual([]);
    expect(warnings).toEqual([{ path: 'big.txt', message: expect.stringMatching(/over the 5 MB limit/) }]);
  });

  it('keeps a lead paragraph in the body when a .txt file has no headline line', () => {
    const lead = `${'In an unprecedented exchange between two countries, ministers met. '.repeat(4)}`.trim();
    const { articles } = parseArticleFile('lead.txt', Buffer.from(`${lead}\nSecond line.\n`));
    expect(articles[0]!.body.startsWith(lead)).toBe(true);
    expect(articles[0]!.title.length).toBeLessThanOrEqual(201);
    expect(lead.startsWith(articles[0]!.title.replace(/…$/, ''))).toBe(true);
  });
});

describe('parseFrontMatter', () => {
  it('reads quoted strings, bare words, null, booleans, lists and comments', () => {
    const r = parseFrontMatter(
      '---\na: "x \\"y\\" z"\nb: \'it\'\'s\'\nc: bare words # trailing comment\nd: null\ne: ~\nf:\ng: true\nh: [one, "two, three", \'four\']\ni: []\n---\nbody',
    );
    expect(r).toEqual({
      ok: true,
      data: {
        a: 'x "y" z',
        b: "it's",
        c: 'bare words',
        d: null,
        e: null,
        f: null,
        g: true,
        h: ['one', 'two, three', 'four'],
        i: [],
      },
      body: 'body',
    });
  });

  it.each([
    ['---\na: "unterminated\n---\n', /bad double-quoted string/],
    ["---\na: 'bad ' quote'\n---\n", /bad single-quoted string/],
    ['---\na: [x, y\n---\n', /list must end/],
    ['---\na: [x, , y]\n---\n', /empty list item/],
    ['---\na: {b: 1}\n---\n', /unsupported value/],
    ['---\na: |\n---\n', /unsupported value/],
  ])('rejects %j', (text, message) => {
    const r = parseFrontMatter(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('an unusable corpus folder is one clear error', () => {
  it('a missing folder names it and says what to do', async () => {
    const missing = join(scratch, 'no-such-folder');
    const err = await loadCorpusDir(missing).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusDirError);
    expect((err as Error).message).toContain(missing);
    expect((err as Error).message).toMatch(/does not exist.*BRIEFBOT_CORPUS_DIR/);
  });

  it('a file instead of a folder', async () => {
    const dir = await folder('a-file-parent', { 'file.md': GOOD_MD });
    const err = await loadCorpusDir(join(dir, 'file.md')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusDirError);
    expect((err as Error).message).toMatch(/is not a folder.*BRIEFBOT_CORPUS_DIR/);
  });

  it('an empty folder', async () => {
    const dir = await folder('empty', {});
    const err = await loadCorpusDir(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorpusDirError);
    expect((err as Error).message).toMatch(/has no loadable article.*\.md, \.txt, \.json or \.jsonl/);
  });

  it('a folder of only bad files carries the reasons', async () => {
    const dir = await folder('only-bad', { 'x.json': '{', 'y.md': 'no front matter' });
    const err = (await loadCorpusDir(dir).catch((e: unknown) => e)) as CorpusDirError;
    expect(err).toBeInstanceOf(CorpusDirError);
    expect(err.message).toMatch(/2 file problem\(s\)/);
    expect(err.message).toContain('x.json');
    expect(err.warnings).toHaveLength(2);
  });

  it('skips, with a warning, files and folders reached through links that lead out of the folder', async () => {
    const outside = await folder('outside', {
      'secret.txt': 'root:x:0:0:root:/root:/bin/bash\nSecret text outside the corpus.\n',
      'more/other.md': '---\nid: other\ntitle: "Outside"\n---\nNot for the corpus.\n',
    });
    const dir = await folder('links-out', {
      'a.md': GOOD_MD,
      'inner/b.md': GOOD_MD.replace('id: good', 'id: b'),
    });
    await symlink(join(outside, 'secret.txt'), join(dir, 'passwd.txt'));
    await symlink(join(outside, 'more'), join(dir, 'more'));
    await symlink('../../outside/secret.txt', join(dir, 'inner', 'relative.txt'));
    // Links that stay inside the folder are followed as before.
    await symlink(join(dir, 'inner'), join(dir, 'inner-again'));
    if (existsSync('/etc/passwd')) await symlink('/etc/passwd', join(dir, 'etc-passwd.txt'));

    const { articles, warnings } = await loadCorpusDir(dir);
    expect(articles.map((a) => a.id)).toEqual(['good', 'b']);
    expect(JSON.stringify(articles)).not.toMatch(/root:|Secret text|Not for the corpus/);
    for (const name of ['passwd.txt', 'more', 'inner/relative.txt']) {
      expect(warningFor(warnings, name).message).toBe('link points outside the corpus folder: skipped');
    }
    if (existsSync('/etc/passwd')) expect(warningFor(warnings, 'etc-passwd.txt').message).toMatch(/outside/);
  });

  it('follows links inside a corpus folder that is itself reached through a link', async () => {
    const real = await folder('real-corpus', { 'a.md': GOOD_MD });
    const linked = join(scratch, 'linked-corpus');
    await symlink(real, linked);
    await symlink(join(real, 'a.md'), join(real, 'z-alias.md'));
    const { articles, warnings } = await loadCorpusDir(linked);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^duplicate article id/)]);
  });

  it('survives a link that loops back to its parent folder', async () => {
    const dir = await folder('loop', { 'a.md': GOOD_MD });
    await symlink(dir, join(dir, 'again'));
    const { articles } = await loadCorpusDir(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
  });
});

describe('plain text metadata from the text itself', () => {
  it('takes publisher and date from a "Published in X, date." line', () => {
    const text = 'A headline\n\nBody sentence one.\n\nPublished in The Express Tribune, October 2nd, 2012.\n';
    const { articles } = parseArticleFile('t.txt', Buffer.from(text));
    expect(articles[0]).toMatchObject({ publisher: 'The Express Tribune', published: '2012-10-02' });
  });

  it.each([
    ['Published in Dawn, 19 December 2024', { publisher: 'Dawn', published: '2024-12-19' }],
    ['Published in Dawn, February 30, 2024.', { publisher: 'Dawn' }],
    ['The report was published in the Guardian, October 2, 2012.', {}],
    ['No such line here.', {}],
  ])('%j', (line, expected) => {
    expect(publishedLine(`Headline\n${line}\n`)).toEqual(expected);
  });
});

describe('the registry of article formats', () => {
  it('gives each file its parser by extension, in any case, and none to other files', () => {
    expect(parserFor('a/b.md')).toBe(parseMarkdownText);
    expect(parserFor('B.MARKDOWN')).toBe(parseMarkdownText);
    expect(parserFor('x.Txt')).toBe(parseTextFile);
    expect(parserFor('x.jsonl')).toBe(parseJsonlText);
    expect(parserFor('x.json')).toBeDefined();
    for (const other of ['x.html', 'x', 'x.md.bak', '.md']) expect(parserFor(other)).toBeUndefined();
  });

  it('is what the loader skips by: an unregistered file is one warning, named', async () => {
    const dir = await folder('types', {
      'a.md': GOOD_MD,
      'b.html': '<p>hi</p>',
      'c.TXT': 'Title\n\nBody.\n',
    });
    const { articles, warnings } = await loadCorpusDir(dir);
    expect(articles.map((a) => a.id)).toEqual(['good', 'c']);
    expect(warnings.map((w) => `${w.path.split('/').at(-1)}: ${w.message}`)).toEqual([
      'b.html: unsupported file type (expected .md, .txt, .json or .jsonl): skipped',
    ]);
  });
});
