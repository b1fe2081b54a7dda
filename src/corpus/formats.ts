/**
 * The article formats of a corpus folder: Markdown with front matter, plain text, JSON and JSON
 * Lines, and the one registry (file extension -> parser) that the loader, the index cache and the
 * folder watcher all go by. Each parser turns decoded text into records (unvalidated metadata +
 * body) and problems, never throws; validation against articleMetaSchema is in corpus-files.ts.
 */
import { extname } from 'node:path';
import { publicationLine } from './publication-line.js';

/** One article as found in a file, before its metadata is validated. */
export interface ParsedRecord {
  meta: Record<string, unknown>;
  body: string;
  /** Where in the file the record sits ("line 3", "record 2"), for warnings; absent for whole-file formats. */
  where?: string;
  /** The record's line (JSONL) or 1-based place (JSON array): a stable part of a derived id. */
  position?: number;
}

export interface ParseOutcome {
  records: ParsedRecord[];
  /** Problems that skip a record (or the whole file when no record came out). */
  problems: string[];
}

/** The formats as users are told them, in messages about what a corpus folder may hold. */
export const FORMAT_NAMES = '.md, .txt, .json or .jsonl';

/** Why a file of no registered format is skipped. */
export const UNSUPPORTED_TYPE = `unsupported file type (expected ${FORMAT_NAMES}): skipped`;

/**
 * The parser for a file by its extension (any case); undefined when it holds no articles. The one
 * list of article formats: adding one here adds it to loading, caching and watching alike.
 */
export function parserFor(path: string): ((text: string) => ParseOutcome) | undefined {
  return ARTICLE_FORMATS.get(extname(path).toLowerCase());
}

type Scalar = string | boolean | null;
type FrontValue = Scalar | Scalar[];

export type FrontMatterResult =
  { ok: true; data: Record<string, FrontValue>; body: string } | { ok: false; error: string };

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * A deliberately small front-matter parser: `key: value` lines where a value is a quoted string
 * ("..." with JSON escapes, or '...' with '' for a quote), a bare word, null, true/false or a
 * `[a, "b"]` list. Anything fancier (nesting, block scalars) is an error rather than a guess.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  // Lines are cut only up to the closing fence: the body is the rest of the text as it is (what
  // splitting every line and joining the body's again would give).
  const lines: string[] = [];
  let at = 0;
  let close = -1;
  while (close < 0 && at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (lines.length === 0 && !FENCE.test(stripCr(line))) {
      return { ok: false, error: 'no front matter: the file must start with a line "---"' };
    }
    if (lines.length > 0 && CLOSE.test(stripCr(line))) close = lines.length;
    lines.push(line);
    at = nl < 0 ? text.length + 1 : nl + 1;
  }
  if (close < 0)
    return { ok: false, error: 'front matter is not closed: add a line "---" after the metadata' };
  // No prototype: a key named __proto__ must be data, not a way to change the object.
  const data: Record<string, FrontValue> = Object.create(null);
  for (let i = 1; i < close; i++) {
    const line = stripCr(lines[i] ?? '');
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    if (/^\s/.test(line)) {
      return { ok: false, error: `front matter line ${i + 1}: nested or indented values are not supported` };
    }
    const m = KEY_LINE.exec(line);
    if (!m)
      return { ok: false, error: `front matter line ${i + 1}: expected "key: value", got "${clip(line)}"` };
    const key = m[1]!;
    if (Object.hasOwn(data, key))
      return { ok: false, error: `front matter line ${i + 1}: duplicate key "${key}"` };
    const value = parseValue(m[2] ?? '');
    if (!value.ok) return { ok: false, error: `front matter line ${i + 1} (${key}): ${value.error}` };
    data[key] = value.value;
  }
  return { ok: true, data, body: at <= text.length ? text.slice(at) : '' };
}

type ValueResult<T> = { ok: true; value: T } | { ok: false; error: string };

function parseValue(raw: string): ValueResult<FrontValue> {
  const v = raw.trim();
  if (v.startsWith('[')) {
    if (!v.endsWith(']')) return { ok: false, error: 'a list must end with "]"' };
    return parseList(v.slice(1, -1));
  }
  return parseScalar(v, false);
}

function parseScalar(v: string, inList: boolean): ValueResult<Scalar> {
  if (v.startsWith('"')) {
    try {
      const s: unknown = JSON.parse(v);
      if (typeof s === 'string') return { ok: true, value: s };
    } catch {
      // fall through to the error below
    }
    return { ok: false, error: 'bad double-quoted string' };
  }
  if (v.startsWith("'")) {
    if (v.length < 2 || !v.endsWith("'") || v.slice(1, -1).replace(/''/g, '').includes("'")) {
      return { ok: false, error: 'bad single-quoted string' };
    }
    return { ok: true, value: v.slice(1, -1).replace(/''/g, "'") };
  }
  // A bare value: YAML would read " #" as the start of a comment.
  const bare = v.replace(/\s+#.*$/, '').trim();
  if (bare === '' || bare === 'null' || bare === '~') return { ok: true, value: null };
  if (bare === 'true' || bare === 'false') return { ok: true, value: bare === 'true' };
  if (/^[{|>&*!%@`]/.test(bare) || (!inList && bare.startsWith(']'))) {
    return { ok: false, error: `unsupported value "${clip(bare)}" (quote it)` };
  }
  if (inList && /[[\]"']/.test(bare)) return { ok: false, error: `bad list item "${clip(bare)}"` };
  return { ok: true, value: bare };
}

/** Splits a list body on commas outside quotes; each item is a scalar. */
function parseList(inner: string): ValueResult<Scalar[]> {
  if (inner.trim() === '') return { ok: true, value: [] };
  const items: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (quote) {
      current += c;
      if (c === '\\' && quote === '"') {
        current += inner[++i] ?? '';
      } else if (c === quote) {
        quote = null;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
      current += c;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (quote) return { ok: false, error: 'unterminated quote in list' };
  items.push(current);
  const values: Scalar[] = [];
  for (const item of items) {
    const t = item.trim();
    if (t === '') return { ok: false, error: 'empty list item' };
    const r = parseScalar(t, true);
    if (!r.ok) return r;
    values.push(r.value);
  }
  return { ok: true, value: values };
}

/** Markdown: front matter, then the body. */
export function parseMarkdownText(text: string): ParseOutcome {
  const fm = parseFrontMatter(text);
  if (!fm.ok) return { records: [], problems: [fm.error] };
  return { records: [{ meta: fm.data, body: fm.body }], problems: [] };
}

/** Longer than this, a first line is a lead paragraph rather than a headline. */
const MAX_HEADLINE_CHARS = 200;

/**
 * Plain text: the first non-empty line is the title, the rest the body. When that line is a
 * paragraph rather than a headline, it stays in the body too (so no text is lost) and the title
 * is its first words. A "Published in X, October 2nd, 2012." line, when the text has one, gives
 * the publisher and date: the article says so itself.
 */
export function parseTextFile(text: string): ParseOutcome {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { records: [], problems: ['empty file'] };
  const line = lines[first]!.trim();
  const headline = line.length <= MAX_HEADLINE_CHARS;
  const meta: Record<string, unknown> = { title: headline ? line : shortTitle(line), ...publishedLine(text) };
  return { records: [{ meta, body: lines.slice(headline ? first + 1 : first).join('\n') }], problems: [] };
}

/**
 * Publisher and date from a "Published in <outlet>, <date>." line alone on its line; the publisher
 * alone when the date is no real day; nothing when there is no such line.
 */
export function publishedLine(text: string): { publisher?: string; published?: string } {
  const line = publicationLine(text.split('\n'), true);
  if (!line) return {};
  return {
    ...(line.publisher ? { publisher: line.publisher } : {}),
    ...(line.date ? { published: line.date } : {}),
  };
}

function shortTitle(line: string): string {
  const cut = line.slice(0, MAX_HEADLINE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** JSON: one record or an array of records. */
export function parseJsonText(text: string): ParseOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { records: [], problems: [`invalid JSON: ${(err as Error).message}`] };
  }
  if (Array.isArray(value)) {
    const out: ParseOutcome = { records: [], problems: [] };
    for (const [i, item] of value.entries()) addRecord(out, item, `record ${i + 1}`, i + 1);
    return out;
  }
  const out: ParseOutcome = { records: [], problems: [] };
  addRecord(out, value, undefined, undefined);
  return out;
}

/** JSON Lines: one record per non-blank line; a bad line is a problem, the others load. */
export function parseJsonlText(text: string): ParseOutcome {
  const out: ParseOutcome = { records: [], problems: [] };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      out.problems.push(`line ${i + 1}: invalid JSON: ${(err as Error).message}`);
      return;
    }
    addRecord(out, value, `line ${i + 1}`, i + 1);
  });
  return out;
}

function addRecord(
  out: ParseOutcome,
  value: unknown,
  where: string | undefined,
  position: number | undefined,
): void {
  const prefix = where ? `${where}: ` : '';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.problems.push(`${prefix}expected an object with "title" and "body" (or "text")`);
    return;
  }
  const { body, text, ...meta } = value as Record<string, unknown>;
  const content = typeof body === 'string' ? body : typeof text === 'string' ? text : undefined;
  if (content === undefined) {
    out.problems.push(`${prefix}missing "body" (or "text") string`);
    return;
  }
  out.records.push(where && position ? { meta, body: content, where, position } : { meta, body: content });
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Extension (lower case, with the dot) -> parser. Declared last: the parsers above are its values. */
const ARTICLE_FORMATS: ReadonlyMap<string, (text: string) => ParseOutcome> = new Map([
  ['.md', parseMarkdownText],
  ['.markdown', parseMarkdownText],
  ['.txt', parseTextFile],
  ['.json', parseJsonText],
  ['.jsonl', parseJsonlText],
]);
