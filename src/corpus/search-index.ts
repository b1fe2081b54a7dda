/**
 * BM25 over numbered documents (in briefbot a document is one sentence), hand-written over
 * typed-array postings because that was measured fastest here by a wide margin (PLATFORM-NOTES,
 * "Text and retrieval"). Adding a document appends to the postings in place; nothing is rebuilt.
 *
 * Layout: every term's postings live in a chain of blocks inside one growable Uint32Array pool
 * (block = [next block, capacity, postings...], capacities doubling up to 1024), a posting being
 * `doc * 64 + min(tf, 63)`. Queries are OR queries scored term by term into dense accumulators.
 * Removal is a tombstone plus exact statistics (df, document count, total length), so scores after a
 * removal equal those of an index built from the remaining documents.
 *
 * Scoring: BM25 with k1 = 1.2, b = 0.75, idf = ln(1 + (N - df + 0.5) / (df + 0.5)). A query term and
 * its spelling variants form one group whose df is their combined df; in a document the group
 * scores max(bm25(term), 0.9 * bm25(variant)). Terms in more than 20% of documents score at half
 * weight: they say little about what a sentence is about.
 */
import { ByteReader, ByteWriter } from './codec.js';
import { VariantIndex, variantKey } from './name-variants.js';
import {
  detach,
  isStopword,
  type QueryToken,
  queryTokens,
  stem,
  TOKENIZER_VERSION,
  scanWords,
  scanWordSpans,
} from './tokenize.js';

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;
/** A variant spelling scores like the term itself times this. */
export const VARIANT_WEIGHT = 0.9;
/** Terms in more than this share of documents are down-weighted... */
export const COMMON_TERM_SHARE = 0.2;
/** ...by this factor. */
export const COMMON_TERM_WEIGHT = 0.5;
/** Distinct query terms a search uses (a match bit each); further terms are ignored. */
export const MAX_QUERY_TERMS = 32;
/** At most this many variants per query term, closest first. */
const MAX_VARIANTS = 8;
/** At most this many of a term's indexed spellings are looked up for variants. */
const MAX_SPELLINGS = 16;

/** Document ids must be below this (26 bits; the other 6 of a posting hold tf). */
export const MAX_DOC_ID = 2 ** 26 - 1;
const TF_BITS = 64;
const TF_MAX = 63;
const MAX_BLOCK = 1024;
const MAX_DOC_LENGTH = 65_535;

const NEVER = 0;
const LIVE = 1;
const REMOVED = 2;

export interface SearchHit {
  doc: number;
  score: number;
  /** Distinct query terms the document contains (a variant counts for its term). */
  matched: number;
}

export interface SearchOptions {
  filter?: (docId: number) => boolean;
}

/** How one query term is weighted: lets callers set a relevance threshold. */
export interface TermAnalysis {
  term: string;
  /** The weight the term's matches get (after variants are merged and common terms down-weighted). */
  idf: number;
  /** Documents containing the term itself. */
  df: number;
  /** Other index terms searched as spellings of this one. */
  variants: string[];
}

/**
 * Every document a query touched, with its score and which query terms (bits) it matched: entries
 * 0..count-1 of the arrays. The arrays are scratch space, valid until the index's next query.
 */
export interface Accumulated {
  count: number;
  docs: Int32Array;
  scores: Float64Array;
  masks: Uint32Array;
}

interface TermGroup {
  analysis: TermAnalysis;
  termId: number;
  variantIds: number[];
}

function grow<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(
  arr: T,
  need: number,
  make: (n: number) => T,
): T {
  if (need <= arr.length) return arr;
  let n = Math.max(arr.length * 2, 16);
  while (n < need) n *= 2;
  const next = make(n);
  next.set(arr);
  return next;
}

/** True when `word` is text[start, end). */
function sameChars(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class SearchIndex {
  /** Spelling as scanned (lowercase, folded) -> term id, or -1 for a stopword. */
  private readonly surfaces = new Map<string, number>();
  /** Surfaces in insertion order, for the lazily synced variant index and for serialisation. */
  private surfaceList: string[] = [];
  private readonly termIds = new Map<string, number>();
  private terms: string[] = [];

  private df = new Int32Array(1024);
  private head = new Uint32Array(1024);
  private tail = new Uint32Array(1024);
  private tailUsed = new Uint32Array(1024);
  private lastDoc = new Int32Array(1024).fill(-1);

  /** Index 0 is reserved so that 0 can mean "no block". */
  private pool = new Uint32Array(1 << 16);
  private poolUsed = 2;

  private docLength = new Uint16Array(1024);
  private docState = new Uint8Array(1024);
  private docSlots = 0;
  private live = 0;
  private totalLength = 0;

  // termIdAt's table: slot -> entry + 1 (0: empty); per entry the word, its hash and its term id.
  private spanSlots = new Int32Array(1024);
  private spanWords: string[] = [];
  private spanHash = new Int32Array(1024);
  private spanTerm = new Int32Array(1024);

  private readonly variants = new VariantIndex();
  private variantsSynced = 0;
  /** Term id -> the spellings of it that can have variants. */
  private readonly termSurfaces = new Map<number, string[]>();

  // Scratch accumulators for queries, sized to docSlots when a query runs.
  private accScore = new Float64Array(0);
  private accMask = new Uint32Array(0);
  private groupScore = new Float64Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private groupTouched = new Int32Array(0);
  private groupCount = 0;
  private outScores = new Float64Array(0);
  private outMasks = new Uint32Array(0);

  /** Set while a search runs its filter: the scratch buffers are in use. */
  private busy = false;

  /** Number of live documents. */
  get size(): number {
    return this.live;
  }

  /** Number of distinct terms ever indexed. */
  get vocabularySize(): number {
    return this.terms.length;
  }

  has(docId: number): boolean {
    return docId >= 0 && docId < this.docSlots && this.docState[docId] === LIVE;
  }

  /** Indexes `text` as document `docId`. A doc id can be used once (after removal it stays retired). */
  add(docId: number, text: string): void {
    if (!Number.isInteger(docId) || docId < 0 || docId > MAX_DOC_ID) {
      throw new RangeError(`search index: doc id ${docId} is outside 0..${MAX_DOC_ID}`);
    }
    if (docId < this.docSlots && this.docState[docId] !== NEVER) {
      throw new Error(`search index: doc id ${docId} was already used`);
    }
    if (docId >= this.docSlots) {
      this.docState = grow(this.docState, docId + 1, (n) => new Uint8Array(n));
      this.docLength = grow(this.docLength, docId + 1, (n) => new Uint16Array(n));
      this.docSlots = docId + 1;
    }
    let length = 0;
    scanWordSpans(text, (lower, start, end, word) => {
      const id = word === null ? this.termIdAt(lower, start, end) : this.termIdOf(word);
      if (id < 0) return;
      length++;
      if (this.lastDoc[id] === docId) {
        const at = this.tail[id]! + 2 + this.tailUsed[id]! - 1;
        if ((this.pool[at]! & TF_MAX) < TF_MAX) this.pool[at]!++;
        return;
      }
      this.lastDoc[id] = docId;
      this.df[id]!++;
      this.append(id, docId * TF_BITS + 1);
    });
    length = Math.min(length, MAX_DOC_LENGTH);
    this.docState[docId] = LIVE;
    this.docLength[docId] = length;
    this.live++;
    this.totalLength += length;
  }

  /**
   * Removes document `docId`; `text` must be the text it was added with (its terms' document
   * frequencies are decremented from it). Returns false when the document is not in the index.
   */
  remove(docId: number, text: string): boolean {
    if (!this.has(docId)) return false;
    const seen = new Set<number>();
    scanWords(text, (word) => {
      const id = this.surfaces.get(word);
      if (id === undefined || id < 0 || seen.has(id)) return;
      seen.add(id);
      this.df[id]!--;
    });
    this.docState[docId] = REMOVED;
    this.live--;
    this.totalLength -= this.docLength[docId]!;
    return true;
  }

  /** Per query term: its weight, document frequency and the variant spellings searched with it. */
  analyze(query: string): TermAnalysis[] {
    return this.groups(queryTokens(query)).map((g) => g.analysis);
  }

  /**
   * Scores every document that contains any of `tokens` (only the first MAX_QUERY_TERMS are used;
   * bit i of a mask is tokens[i]). Documents come in first-touched order. The result is only valid
   * until the next call that queries this index.
   */
  accumulate(tokens: readonly QueryToken[]): Accumulated {
    if (this.busy)
      throw new Error('search index: queried from inside a search filter (results would be overwritten)');
    const groups = this.groups(tokens.slice(0, MAX_QUERY_TERMS));
    this.ensureScratch();
    const score = this.accScore;
    const mask = this.accMask;
    const gs = this.groupScore;
    const touched = this.touched;
    const groupTouched = this.groupTouched;
    this.touchedCount = 0;

    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      const bit = (1 << gi) >>> 0;
      const idf = g.analysis.idf;
      if (g.variantIds.length === 0) {
        if (g.termId >= 0) this.scoreTerm(g.termId, idf, bit, false);
        continue;
      }
      // Term plus variants: the best of them counts once per document.
      this.groupCount = 0;
      if (g.termId >= 0) this.scoreTerm(g.termId, idf, bit, true);
      for (const v of g.variantIds) this.scoreTerm(v, VARIANT_WEIGHT * idf, bit, true);
      let n = this.touchedCount;
      for (let i = 0; i < this.groupCount; i++) {
        const doc = groupTouched[i]!;
        if (mask[doc] === 0) touched[n++] = doc;
        score[doc]! += gs[doc]!;
        mask[doc]! |= bit;
        gs[doc] = 0;
      }
      this.touchedCount = n;
    }

    // The result lives in scratch buffers reused by the next query: a query over a common term
    // touches a large share of the documents, and fresh arrays each time would churn the GC.
    const n = this.touchedCount;
    const scores = this.outScores;
    const masks = this.outMasks;
    for (let i = 0; i < n; i++) {
      const doc = touched[i]!;
      scores[i] = score[doc]!;
      masks[i] = mask[doc]!;
      score[doc] = 0;
      mask[doc] = 0;
    }
    return { count: n, docs: touched, scores, masks };
  }

  /**
   * Adds one term's BM25 contributions (weight = idf, times the variant weight for a variant) to the
   * accumulators, or, for a group, keeps the best contribution per document in the group scratch.
   * Written as one flat loop: it is the hot path of every query.
   */
  private scoreTerm(termId: number, weight: number, bit: number, group: boolean): void {
    const pool = this.pool;
    const state = this.docState;
    const lengths = this.docLength;
    const score = this.accScore;
    const mask = this.accMask;
    const gs = this.groupScore;
    const touched = this.touched;
    const groupTouched = this.groupTouched;
    const avg = this.live > 0 ? this.totalLength / this.live : 1;
    const lengthNorm = BM25_K1 * (1 - BM25_B);
    const lengthScale = (BM25_K1 * BM25_B) / avg;
    const top = weight * (BM25_K1 + 1);
    const tail = this.tail[termId]!;
    let t = this.touchedCount;
    let gt = this.groupCount;
    let b = this.head[termId]!;
    while (b !== 0) {
      const end = b + 2 + (b === tail ? this.tailUsed[termId]! : pool[b + 1]!);
      for (let i = b + 2; i < end; i++) {
        const p = pool[i]!;
        const doc = (p / TF_BITS) | 0;
        if (state[doc] !== LIVE) continue;
        const tf = p & TF_MAX;
        const s = (top * tf) / (tf + lengthNorm + lengthScale * lengths[doc]!);
        if (group) {
          const prev = gs[doc]!;
          if (prev === 0) groupTouched[gt++] = doc;
          if (s > prev) gs[doc] = s;
        } else {
          const m = mask[doc]!;
          if (m === 0) touched[t++] = doc;
          score[doc]! += s;
          mask[doc] = m | bit;
        }
      }
      b = pool[b]!;
    }
    this.touchedCount = t;
    this.groupCount = gt;
  }

  /** The `k` best documents for `query`, best first; equal scores in ascending doc id order. */
  search(query: string, k: number, opts: SearchOptions = {}): SearchHit[] {
    if (!(k > 0)) return [];
    const tokens = this.selectTokens(queryTokens(query));
    const acc = this.accumulate(tokens);
    const top = new TopK(Math.floor(k));
    const filter = opts.filter;
    this.busy = true;
    try {
      for (let i = 0; i < acc.count; i++) {
        const doc = acc.docs[i]!;
        const score = acc.scores[i]!;
        if (!top.wouldAccept(score, doc)) continue;
        if (filter !== undefined && !filter(doc)) continue;
        top.push(doc, score, acc.masks[i]!);
      }
    } finally {
      this.busy = false;
    }
    return top.results().map((r) => ({ doc: r.doc, score: r.score, matched: popcount(r.mask) }));
  }

  /**
   * When a query has more than MAX_QUERY_TERMS terms, keeps the rarest (they say most about what is
   * asked), in their original order.
   */
  selectTokens(tokens: readonly QueryToken[]): QueryToken[] {
    if (tokens.length <= MAX_QUERY_TERMS) return [...tokens];
    const ranked = tokens
      .map((t, i) => ({ i, df: this.termDf(t.term) }))
      .sort((a, b) => a.df - b.df || a.i - b.i)
      .slice(0, MAX_QUERY_TERMS)
      .sort((a, b) => a.i - b.i);
    return ranked.map((r) => tokens[r.i]!);
  }

  /** Document frequency of an index term (0 when unknown). */
  termDf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.df[id]!;
  }

  // ---- serialisation ------------------------------------------------------------------------

  /**
   * A compact binary form (codec.ts's record of fields): header (magic, format and tokenizer
   * versions, counts), vocabulary, spellings, postings of live documents, document lengths and states.
   */
  toBuffer(): Buffer {
    const termCount = this.terms.length;
    const termBlob = Buffer.from(this.terms.join('\n'), 'utf8');
    const surfaceBlob = Buffer.from(this.surfaceList.join('\n'), 'utf8');
    const surfaceIds = new Int32Array(this.surfaceList.length);
    for (let i = 0; i < this.surfaceList.length; i++)
      surfaceIds[i] = this.surfaces.get(this.surfaceList[i]!)!;
    const counts = new Uint32Array(termCount);
    const dfs = new Uint32Array(termCount);
    // The pool's size bounds the number of postings; removed documents' postings are left out.
    const postings = new Uint32Array(this.poolUsed);
    let postingCount = 0;
    for (let t = 0; t < termCount; t++) {
      const before = postingCount;
      this.forEachRawPosting(t, (p) => {
        if (this.docState[(p / TF_BITS) | 0] === LIVE) postings[postingCount++] = p;
      });
      counts[t] = postingCount - before;
      dfs[t] = this.df[t]!;
    }
    const w = new ByteWriter();
    w.bytes(MAGIC);
    w.u32(FORMAT_VERSION);
    w.u32(TOKENIZER_VERSION);
    w.u32(termCount);
    w.u32(this.surfaceList.length);
    w.u32(this.docSlots);
    w.u32(this.live);
    w.f64(this.totalLength);
    w.u32(postingCount);
    w.u32(termBlob.length);
    w.bytes(termBlob);
    w.u32(surfaceBlob.length);
    w.bytes(surfaceBlob);
    w.typed(surfaceIds);
    w.typed(dfs);
    w.typed(counts);
    w.typed(postings.subarray(0, postingCount));
    w.typed(this.docLength.subarray(0, this.docSlots));
    w.typed(this.docState.subarray(0, this.docSlots));
    return w.finish();
  }

  /** Reads what `toBuffer` wrote; throws an Error naming the problem when the buffer is not one. */
  static fromBuffer(buf: Buffer): SearchIndex {
    const r = new ByteReader(buf, 'search index');
    if (!r.bytes(MAGIC.length).equals(MAGIC)) throw new Error('search index: not a briefbot search index');
    const format = r.u32();
    if (format !== FORMAT_VERSION)
      throw new Error(`search index: format ${format}, expected ${FORMAT_VERSION}`);
    const tokenizer = r.u32();
    if (tokenizer !== TOKENIZER_VERSION) {
      throw new Error(`search index: built with tokenizer ${tokenizer}, this is ${TOKENIZER_VERSION}`);
    }
    const termCount = r.u32();
    const surfaceCount = r.u32();
    const docSlots = r.u32();
    const live = r.u32();
    const totalLength = r.f64();
    const postingCount = r.u32();
    const terms = splitBlob(r.bytes(r.u32()).toString('utf8'), termCount);
    const surfaceList = splitBlob(r.bytes(r.u32()).toString('utf8'), surfaceCount);
    const surfaceIds = r.typed(Int32Array, surfaceCount);
    const dfs = r.typed(Uint32Array, termCount);
    const counts = r.typed(Uint32Array, termCount);
    const postings = r.typed(Uint32Array, postingCount);
    const docLength = r.typed(Uint16Array, docSlots);
    const docState = r.typed(Uint8Array, docSlots);
    if (!r.atEnd()) throw new Error('search index: trailing bytes');

    const index = new SearchIndex();
    const cap = Math.max(termCount, 16);
    index.terms = terms;
    index.df = new Int32Array(cap);
    index.head = new Uint32Array(cap);
    index.tail = new Uint32Array(cap);
    index.tailUsed = new Uint32Array(cap);
    index.lastDoc = new Int32Array(cap).fill(-1);
    for (let t = 0; t < termCount; t++) {
      index.termIds.set(terms[t]!, t);
      index.df[t] = dfs[t]!;
    }
    for (let i = 0; i < surfaceCount; i++) {
      const id = surfaceIds[i]!;
      if (id < -1 || id >= termCount) throw new Error('search index: spelling points at an unknown term');
      index.surfaces.set(surfaceList[i]!, id);
    }
    index.surfaceList = surfaceList;
    let total = 2;
    for (let t = 0; t < termCount; t++) if (counts[t]! > 0) total += 2 + counts[t]!;
    index.pool = new Uint32Array(Math.max(total + (total >>> 2), 1 << 16));
    let at = 0;
    for (let t = 0; t < termCount; t++) {
      const c = counts[t]!;
      if (c === 0) continue;
      if (at + c > postingCount) throw new Error('search index: postings shorter than their counts');
      const b = index.poolUsed;
      index.pool[b] = 0;
      index.pool[b + 1] = c;
      index.pool.set(postings.subarray(at, at + c), b + 2);
      index.poolUsed += 2 + c;
      index.head[t] = b;
      index.tail[t] = b;
      index.tailUsed[t] = c;
      at += c;
    }
    if (at !== postingCount) throw new Error('search index: postings longer than their counts');
    for (let i = 0; i < postingCount; i++) {
      if (Math.floor(postings[i]! / TF_BITS) >= docSlots)
        throw new Error('search index: posting for an unknown doc');
    }
    index.docSlots = docSlots;
    index.docLength = grow(new Uint16Array(16), docSlots, (n) => new Uint16Array(n));
    index.docLength.set(docLength);
    index.docState = grow(new Uint8Array(16), docSlots, (n) => new Uint8Array(n));
    index.docState.set(docState);
    index.live = live;
    index.totalLength = totalLength;
    return index;
  }

  /** `fromBuffer` as a value: a stale or damaged file is an expected failure (rebuild instead). */
  static tryFromBuffer(buf: Buffer): { ok: true; index: SearchIndex } | { ok: false; error: string } {
    try {
      return { ok: true, index: SearchIndex.fromBuffer(buf) };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * termIdOf(lower.slice(start, end)) without cutting the string: adding documents looks up every
   * word, nearly always one seen before. A hash table over the characters, in front of `surfaces`
   * (which stays the record: this only remembers its answers).
   */
  private termIdAt(lower: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
    let mask = this.spanSlots.length - 1;
    let at = h & mask;
    for (let e = this.spanSlots[at]! - 1; e >= 0; e = this.spanSlots[at]! - 1) {
      if (this.spanHash[e] === h && sameChars(this.spanWords[e]!, lower, start, end))
        return this.spanTerm[e]!;
      at = (at + 1) & mask;
    }
    const word = lower.slice(start, end);
    const id = this.termIdOf(word);
    const e = this.spanWords.length;
    this.spanWords.push(detach(word));
    this.spanHash = grow(this.spanHash, e + 1, (n) => new Int32Array(n));
    this.spanTerm = grow(this.spanTerm, e + 1, (n) => new Int32Array(n));
    this.spanHash[e] = h;
    this.spanTerm[e] = id;
    this.spanSlots[at] = e + 1;
    if (this.spanWords.length * 2 > this.spanSlots.length) {
      this.spanSlots = new Int32Array(this.spanSlots.length * 2);
      mask = this.spanSlots.length - 1;
      for (let k = 0; k < this.spanWords.length; k++) {
        let slot = this.spanHash[k]! & mask;
        while (this.spanSlots[slot] !== 0) slot = (slot + 1) & mask;
        this.spanSlots[slot] = k + 1;
      }
    }
    return id;
  }

  private termIdOf(word: string): number {
    const known = this.surfaces.get(word);
    if (known !== undefined) return known;
    const surface = detach(word);
    let id = -1;
    if (!isStopword(surface)) {
      const term = stem(surface);
      const existing = this.termIds.get(term);
      id = existing ?? this.newTerm(term === surface ? surface : detach(term));
    }
    this.surfaces.set(surface, id);
    this.surfaceList.push(surface);
    return id;
  }

  private newTerm(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.termIds.set(term, id);
    if (id >= this.df.length) {
      const n = id + 1;
      this.df = grow(this.df, n, (m) => new Int32Array(m));
      this.head = grow(this.head, n, (m) => new Uint32Array(m));
      this.tail = grow(this.tail, n, (m) => new Uint32Array(m));
      this.tailUsed = grow(this.tailUsed, n, (m) => new Uint32Array(m));
      const before = this.lastDoc.length;
      this.lastDoc = grow(this.lastDoc, n, (m) => new Int32Array(m));
      this.lastDoc.fill(-1, before);
    }
    return id;
  }

  private newBlock(capacity: number): number {
    const b = this.poolUsed;
    const need = b + 2 + capacity;
    if (need > this.pool.length) this.pool = grow(this.pool, need, (n) => new Uint32Array(n));
    this.pool[b] = 0;
    this.pool[b + 1] = capacity;
    this.poolUsed = need;
    return b;
  }

  private append(termId: number, posting: number): void {
    let t = this.tail[termId]!;
    if (t === 0) {
      t = this.newBlock(2);
      this.head[termId] = t;
      this.tail[termId] = t;
      this.tailUsed[termId] = 0;
    } else if (this.tailUsed[termId] === this.pool[t + 1]) {
      const next = this.newBlock(Math.min(this.pool[t + 1]! * 2, MAX_BLOCK));
      this.pool[t] = next;
      this.tail[termId] = next;
      this.tailUsed[termId] = 0;
      t = next;
    }
    this.pool[t + 2 + this.tailUsed[termId]!] = posting;
    this.tailUsed[termId]!++;
  }

  private forEachRawPosting(termId: number, fn: (posting: number) => void): void {
    const pool = this.pool;
    const tail = this.tail[termId]!;
    let b = this.head[termId]!;
    while (b !== 0) {
      const n = b === tail ? this.tailUsed[termId]! : pool[b + 1]!;
      const end = b + 2 + n;
      for (let i = b + 2; i < end; i++) fn(pool[i]!);
      b = pool[b]!;
    }
  }

  private ensureScratch(): void {
    if (this.accScore.length < this.docSlots) {
      // Headroom, so that adding documents between queries does not reallocate on every query.
      const n = Math.max(Math.ceil(this.docSlots * 1.25), 1024);
      this.accScore = new Float64Array(n);
      this.accMask = new Uint32Array(n);
      this.groupScore = new Float64Array(n);
      this.touched = new Int32Array(n);
      this.groupTouched = new Int32Array(n);
      this.outScores = new Float64Array(n);
      this.outMasks = new Uint32Array(n);
    }
  }

  private syncVariants(): void {
    for (; this.variantsSynced < this.surfaceList.length; this.variantsSynced++) {
      const s = this.surfaceList[this.variantsSynced]!;
      const id = this.surfaces.get(s)!;
      if (id < 0 || !this.variants.add(s)) continue;
      const list = this.termSurfaces.get(id);
      if (list === undefined) this.termSurfaces.set(id, [s]);
      else list.push(s);
    }
  }

  /**
   * Spellings to look for variants of: the query's own, plus those the index saw for the same term,
   * so a query already reduced to stems ("moham" from "Mohammed") still finds "Muhammad".
   */
  private spellingsOf(tok: QueryToken, termId: number): string[] {
    const out = tok.surfaces.filter((s) => variantKey(s) !== null);
    const seen = termId >= 0 ? this.termSurfaces.get(termId) : undefined;
    if (seen !== undefined) {
      for (let i = 0; i < seen.length && i < MAX_SPELLINGS; i++) {
        if (!out.includes(seen[i]!)) out.push(seen[i]!);
      }
    }
    return out;
  }

  private groups(tokens: readonly QueryToken[]): TermGroup[] {
    this.syncVariants();
    const n = this.live;
    return tokens.map((tok) => {
      const termId = this.termIds.get(tok.term) ?? -1;
      const df = termId >= 0 ? this.df[termId]! : 0;
      const variantIds: number[] = [];
      for (const surface of this.spellingsOf(tok, termId)) {
        for (const other of this.variants.variantsOf(surface)) {
          const id = this.surfaces.get(other)!;
          if (id === termId || id < 0 || this.df[id]! <= 0 || variantIds.includes(id)) continue;
          if (variantIds.length < MAX_VARIANTS) variantIds.push(id);
        }
      }
      variantIds.sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
      let groupDf = df;
      for (const v of variantIds) groupDf += this.df[v]!;
      groupDf = Math.min(groupDf, n);
      let idf = Math.log(1 + (n - groupDf + 0.5) / (groupDf + 0.5));
      if (n > 0 && groupDf > COMMON_TERM_SHARE * n) idf *= COMMON_TERM_WEIGHT;
      return {
        analysis: { term: tok.term, idf, df, variants: variantIds.map((v) => this.terms[v]!) },
        termId,
        variantIds,
      };
    });
  }
}

/**
 * The best `k` of a stream of (doc, score) pairs, ties going to the lower doc id. Callers ask
 * `wouldAccept` first, so an expensive filter runs only for entries that would make the cut.
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];
  private readonly masks: number[] = [];
  /** Heap of slots, worst on top. */
  private readonly heap: number[] = [];

  constructor(private readonly k: number) {}

  /** True when (score, doc) would enter the current top k. */
  wouldAccept(score: number, doc: number): boolean {
    if (this.k <= 0) return false;
    if (this.heap.length < this.k) return true;
    const w = this.heap[0]!;
    const ws = this.scores[w]!;
    return score > ws || (score === ws && doc < this.docs[w]!);
  }

  push(doc: number, score: number, mask: number): void {
    if (!this.wouldAccept(score, doc)) return;
    if (this.heap.length < this.k) {
      const slot = this.docs.length;
      this.docs.push(doc);
      this.scores.push(score);
      this.masks.push(mask);
      this.heap.push(slot);
      this.up(this.heap.length - 1);
      return;
    }
    const slot = this.heap[0]!;
    this.docs[slot] = doc;
    this.scores[slot] = score;
    this.masks[slot] = mask;
    this.down(0);
  }

  /** The kept entries, best first. */
  results(): { doc: number; score: number; mask: number }[] {
    return this.heap
      .map((slot) => ({ doc: this.docs[slot]!, score: this.scores[slot]!, mask: this.masks[slot]! }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** a ranks below b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.docs[a]! > this.docs[b]!);
  }

  private up(from: number): void {
    const h = this.heap;
    let c = from;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!this.worse(h[c]!, h[p]!)) break;
      [h[c], h[p]] = [h[p]!, h[c]!];
      c = p;
    }
  }

  private down(from: number): void {
    const h = this.heap;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.worse(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}

// ---- binary helpers -------------------------------------------------------------------------

const MAGIC = Buffer.from('BBSIDX', 'ascii');
const FORMAT_VERSION = 1;

function splitBlob(blob: string, count: number): string[] {
  if (count === 0) return [];
  const parts = blob.split('\n');
  if (parts.length !== count) throw new Error('search index: vocabulary count does not match');
  return parts;
}
