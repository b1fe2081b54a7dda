/**
 * The citation verifier, shared by every writer: a quote counts only if it is found in the cited
 * text, up to whitespace and typographic quote/dash differences. Nothing unverified is shown.
 */
import { isStopword, stem } from '../../corpus/tokenize.js';
import { TENS_WORDS, UNIT_WORDS } from '../analysis/number-words.js';
import type { DraftBullet, DraftCitation } from './writer.js';

/**
 * Plain ASCII text with single spaces (and no backquote) is its own match form: most sentences are,
 * and the folds below cost a sizeable part of an answer when run on every sentence and paragraph.
 */
const NEEDS_NORMALIZING = /[^\x20-\x5f\x61-\x7e]|\x20\x20|^\x20|\x20$/;

/** False when normalizeForMatch leaves `text` as it is, character for character. */
export function needsNormalizing(text: string): boolean {
  return NEEDS_NORMALIZING.test(text);
}

/** Folds what may legitimately differ between a quote and its source: quotes, dashes, spaces, case of none. */
export function normalizeForMatch(text: string): string {
  if (!needsNormalizing(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shorter than this, a "quote" proves nothing (a single word is in most articles). */
export const MIN_QUOTE_CHARS = 12;

/** True when `quote` occurs in `source` after normalisation. */
export function quoteIsIn(quote: string, source: string): boolean {
  const q = normalizeForMatch(quote);
  if (q.length < MIN_QUOTE_CHARS) return false;
  return normalizeForMatch(source).includes(q);
}

export interface DroppedCitation {
  citation: DraftCitation;
  reason: 'unknown-source' | 'quote-not-found' | 'quote-too-short';
}

export interface VerifiedDraft {
  bullets: DraftBullet[];
  dropped: DroppedCitation[];
  /** Bullets removed because none of their citations verified. */
  droppedBullets: number;
  /** Bullets removed because they claim what their quotes do not say. */
  unsupported: { text: string; reason: string }[];
}

/** What the verifier may read of a cited article besides its text. */
export interface VerifyContext {
  /** The article's sentences: a quote shorter than MIN_QUOTE_WORDS must be one of them. */
  sentences?: (id: string) => readonly string[] | undefined;
  /** The article's title, outlet and date: a claim may name them without a quote saying them. */
  metadata?: (id: string) => string;
}

/**
 * Keeps the citations whose quote is found in the text `lookup` returns for their id (an article's
 * cleaned text, or a passage's text for the LLM writer); drops bullets left without one.
 * Duplicate citations within a bullet and bullets repeating an earlier bullet's only quote go too.
 */
export function verifyDraft(
  bullets: readonly DraftBullet[],
  lookup: (id: string) => string | undefined,
  context: VerifyContext = {},
): VerifiedDraft {
  const dropped: DroppedCitation[] = [];
  const unsupported: { text: string; reason: string }[] = [];
  const kept: DraftBullet[] = [];
  const normalizedCache = new Map<string, string>();
  const seenQuotes = new Set<string>();
  let droppedBullets = 0;

  for (const bullet of bullets) {
    const citations: DraftCitation[] = [];
    const local = new Set<string>();
    for (const citation of bullet.citations) {
      const source = lookup(citation.articleId);
      if (source === undefined) {
        dropped.push({ citation, reason: 'unknown-source' });
        continue;
      }
      let normalizedSource = normalizedCache.get(citation.articleId);
      if (normalizedSource === undefined) {
        normalizedSource = normalizeForMatch(source);
        normalizedCache.set(citation.articleId, normalizedSource);
      }
      const q = normalizeForMatch(citation.quote);
      if (q.length < MIN_QUOTE_CHARS || !normalizedSource.includes(q)) {
        dropped.push({ citation, reason: 'quote-not-found' });
        continue;
      }
      if (!quoteIsEvidence(citation.quote, () => context.sentences?.(citation.articleId))) {
        dropped.push({ citation, reason: 'quote-too-short' });
        continue;
      }
      const k = `${citation.articleId}\u0000${q}`;
      if (local.has(k)) continue;
      local.add(k);
      citations.push(citation);
    }
    const keys = citations.map((c) => `${c.articleId}\u0000${normalizeForMatch(c.quote)}`);
    // A bullet that only re-cites sentences an earlier bullet already cited says nothing new.
    if (citations.length === 0 || keys.every((k) => seenQuotes.has(k))) {
      droppedBullets++;
      continue;
    }
    const support = claimSupported(
      bullet.text,
      citations.map((c) => c.quote),
      citations.map((c) => context.metadata?.(c.articleId) ?? '').join(' \n '),
    );
    if (!support.ok) {
      unsupported.push({ text: bullet.text, reason: support.reason ?? 'unsupported' });
      droppedBullets++;
      continue;
    }
    for (const k of keys) seenQuotes.add(k);
    kept.push({ text: bullet.text, citations });
  }
  return { bullets: kept, dropped, droppedBullets, unsupported };
}

/** Number words a claim may use for a figure its quote writes as a word or in digits. */
export const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  [
    ...Object.entries(UNIT_WORDS).filter(([, n]) => n >= 1 && n <= 12),
    ...Object.entries(TENS_WORDS).filter(([, n]) => n <= 50),
    ['hundred', 100] as const,
  ].map(([w, n]) => [w, String(n)]),
);
const DIGITS_TO_WORD = new Map(Object.entries(NUMBER_WORDS).map(([w, d]) => [d, w]));

/** Words every claim may use without a quote saying them: how claims are put, not what they say. */
const CONNECTIVE = new Set(
  'a an the and or but per says say said according to of in on at for by with from as is are was were be been it its this that these those there their his her they he she one another report reports outlet outlets versus vs while whereas also both each all not no'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return normalizeForMatch(text).match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu) ?? [];
}

/**
 * The words of a claim that must be backed by what it cites: figures (digits and number words)
 * and proper names (capitalised words that do not open the claim or one of its clauses).
 */
export function checkableTokens(text: string): string[] {
  const out: string[] = [];
  const normalized = normalizeForMatch(text);
  // "1.55bn" is one figure: cut at the decimal point, "1.55" is no word of the quote saying it.
  for (const m of normalized.matchAll(/[\p{L}\p{N}]+(?:[.,]\d+[\p{L}\p{N}]*)*/gu)) {
    const w = m[0];
    const before = normalized.slice(0, m.index).trimEnd();
    const opensClause = before === '' || /[.!?]$/.test(before);
    if (/\d/.test(w)) out.push(w);
    else if (NUMBER_WORDS[w.toLowerCase()] !== undefined) out.push(w.toLowerCase());
    // A capital opening a sentence says nothing, unless the word is no common word ("Brandt held").
    else if (/^\p{Lu}/u.test(w) && (!opensClause || !isCommonOpener(w))) out.push(w);
  }
  return out;
}

const OPENERS = new Set(
  'because however meanwhile after before during while although though since according despite following earlier later yes no both each many most some several few other another once then now also still yet so thus instead'.split(
    ' ',
  ),
);

/** A word that opens sentences by being common, not by being a name. */
function isCommonOpener(word: string): boolean {
  const lower = word.toLowerCase();
  return isStopword(lower) || OPENERS.has(lower);
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/** The character (whole code point) ending just before `at`, or ''. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}

/**
 * Whether lower-cased `text` says lower-cased `t` as a token: a word not inside a longer word; a
 * figure not inside a longer number ("3.5" is said by "£3.5m" and "6.40am", never by "3.55");
 * anything else not after a letter or figure nor before a letter ("GB" by "1.8GB"). Written with
 * index and character tests, not a regular expression per token: each new token's expression cost
 * more to compile than the whole check (~0.2 ms, most of an answer's verification).
 */
function saysToken(text: string, t: string): boolean {
  const letters = /^\p{L}+$/u.test(t);
  const figure = !letters && /\d$/.test(t);
  for (let at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
    const before = charBefore(text, at);
    if (before && (LETTER.test(before) || (!letters && DIGIT.test(before)))) continue;
    const end = at + t.length;
    const after = String.fromCodePoint(text.codePointAt(end) ?? 32);
    if (figure) {
      if (DIGIT.test(after) || (/[.,]/.test(after) && /\d/.test(text.charAt(end + 1)))) continue;
    } else if (LETTER.test(after)) continue;
    return true;
  }
  return false;
}

/** Whether `token` is said by `support` (case-insensitive, a figure as digits or as a word). */
function backed(token: string, support: string, loweredSupport = support.toLowerCase()): boolean {
  const lower = token.toLowerCase();
  const has = (t: string) => saysToken(loweredSupport, t);
  if (has(lower)) return true;
  const asDigits = NUMBER_WORDS[lower];
  if (asDigits && has(asDigits)) return true;
  const asWord = DIGITS_TO_WORD.get(lower);
  if (asWord && has(asWord)) return true;
  // "Naylor's" is backed by "Naylor"; "Shelbyville-bound" by "Shelbyville".
  return lower.endsWith('s') && has(lower.slice(0, -1));
}

/** Shortest quote that can support a claim on its own, unless it is a whole sentence of the article. */
export const MIN_QUOTE_WORDS = 8;
/** Share of a claim's own content words its quotes must say. */
const MIN_CONTENT_SUPPORT = 0.6;

export interface ClaimCheck {
  ok: boolean;
  /** Why not, in a phrase for logs and fallbackReason. */
  reason?: string;
}

/**
 * Whether a claim says only what its quotes (and the cited sources' titles, outlets and dates, in
 * `metadata`) say: every figure and proper name is in them, and most of its other words are.
 */
export function claimSupported(text: string, quotes: readonly string[], metadata = ''): ClaimCheck {
  const support = normalizeForMatch(`${quotes.join(' \n ')} \n ${metadata}`);
  const loweredSupport = support.toLowerCase();
  const missing = checkableTokens(text).filter((t) => !backed(t, support, loweredSupport));
  if (missing.length > 0)
    return { ok: false, reason: `says "${missing.slice(0, 3).join('", "')}" that its quotes do not` };
  const content = words(text).filter((w) => !CONNECTIVE.has(w.toLowerCase()) && w.length > 2);
  if (content.length === 0) return { ok: true };
  const said = new Set(words(support).map((w) => w.toLowerCase()));
  const stemOf = (w: string) => stem(w.toLowerCase());
  const saidStems = new Set([...said].map(stemOf));
  const found = content.filter(
    (w) =>
      said.has(w.toLowerCase()) ||
      saidStems.has(stemOf(w)) ||
      saidStems.has(stemOf(w.replace(/s$/i, ''))) ||
      said.has(w.toLowerCase().replace(/s$/, '')),
  ).length;
  if (found / content.length < MIN_CONTENT_SUPPORT)
    return { ok: false, reason: 'says more than its quotes do' };
  return { ok: true };
}

/** Whether a quote is long enough to stand as evidence: 8 words, or one whole sentence of its article. */
export function quoteIsEvidence(
  quote: string,
  sentences: readonly string[] | undefined | (() => readonly string[] | undefined),
): boolean {
  if (words(quote).length >= MIN_QUOTE_WORDS) return true;
  const q = normalizeForMatch(quote).replace(/[.!?"']+$/, '');
  const list = typeof sentences === 'function' ? sentences() : sentences;
  return (list ?? []).some((s) => normalizeForMatch(s).replace(/[.!?"']+$/, '') === q);
}
