/**
 * Cleaned articles as columns, for the index cache (index-cache.ts) and the build pool's replies:
 * one JSON list of metadata, the texts, and typed arrays of paragraph lengths and sentence spans.
 * Paragraphs and sentences come back as slices of the article's text, so they cost little memory
 * and are the same strings as a fresh build.
 */
import type { Article, Sentence } from './article.js';

/** The fields of an Article that are not its text. */
type ArticleMetaRecord = Record<string, unknown>;

/**
 * Encodes articles as columns. Throws when an article is not what buildArticle makes (a sentence
 * that is not a slice of its paragraph, say): such a corpus is not cached rather than cached wrong.
 */
export function encodeArticles(articles: readonly Article[]): {
  meta: string;
  texts: string[];
  counts: Uint32Array;
  paragraphLengths: Uint32Array;
  spans: Uint32Array;
} {
  let paragraphTotal = 0;
  let sentenceTotal = 0;
  for (const a of articles) {
    paragraphTotal += a.paragraphs.length;
    sentenceTotal += a.sentences.length;
  }
  const counts = new Uint32Array(articles.length * 2);
  const paragraphLengths = new Uint32Array(paragraphTotal);
  const spans = new Uint32Array(sentenceTotal * 3);
  const metas: ArticleMetaRecord[] = [];
  let p = 0;
  let s = 0;
  articles.forEach((a, i) => {
    const { paragraphs, sentences, text, ...meta } = a;
    // The path is set again when reading (it depends on the working directory); the key keeps its place.
    metas.push({ ...meta, path: '' });
    // The text must be the paragraphs joined by blank lines: decoding slices them back out of it.
    let at = 0;
    for (const para of paragraphs) {
      if (!text.startsWith(para, at)) throw new Error(`article ${a.id}: text is not its paragraphs`);
      at += para.length + 2;
    }
    if (at - 2 !== text.length && !(paragraphs.length === 0 && text === '')) {
      throw new Error(`article ${a.id}: text is not its paragraphs`);
    }
    counts[i * 2] = paragraphs.length;
    counts[i * 2 + 1] = sentences.length;
    for (const para of paragraphs) paragraphLengths[p++] = para.length;
    let paragraph = -1;
    let cursor = 0;
    sentences.forEach((sentence, k) => {
      if (sentence.articleId !== a.id || sentence.index !== k) {
        throw new Error(
          `article ${a.id}: sentence ${k} is numbered ${sentence.index} of ${sentence.articleId}`,
        );
      }
      if (sentence.paragraph !== paragraph) {
        if (sentence.paragraph < paragraph) throw new Error(`article ${a.id}: sentences out of order`);
        paragraph = sentence.paragraph;
        cursor = 0;
      }
      const home = paragraphs[paragraph] ?? '';
      const at = home.indexOf(sentence.text, cursor);
      if (at < 0 || sentence.text === '')
        throw new Error(`article ${a.id}: sentence ${k} is not in its paragraph`);
      spans[s++] = paragraph;
      spans[s++] = at;
      spans[s++] = at + sentence.text.length;
      cursor = at + sentence.text.length;
    });
  });
  return { meta: JSON.stringify(metas), texts: articles.map((a) => a.text), counts, paragraphLengths, spans };
}

/** Encoded articles read back, decodable one by one in any order. */
export class ArticleTable {
  private readonly metas: unknown[];
  /** Per article: first text byte, first paragraph, first sentence (prefix sums). */
  private readonly textStart: Float64Array;
  private readonly paragraphStart: Uint32Array;
  private readonly sentenceStart: Uint32Array;

  constructor(
    meta: unknown,
    private readonly texts: Buffer,
    private readonly textLengths: Uint32Array,
    private readonly counts: Uint32Array,
    private readonly paragraphLengths: Uint32Array,
    private readonly spans: Uint32Array,
  ) {
    if (!Array.isArray(meta)) throw new Error('article metadata is not a list');
    this.metas = meta;
    const n = meta.length;
    if (textLengths.length !== n || counts.length !== n * 2)
      throw new Error('article columns differ in length');
    this.textStart = new Float64Array(n + 1);
    this.paragraphStart = new Uint32Array(n + 1);
    this.sentenceStart = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      this.textStart[i + 1] = this.textStart[i]! + textLengths[i]!;
      this.paragraphStart[i + 1] = this.paragraphStart[i]! + counts[i * 2]!;
      this.sentenceStart[i + 1] = this.sentenceStart[i]! + counts[i * 2 + 1]!;
    }
    if (
      this.textStart[n] !== texts.length ||
      this.paragraphStart[n] !== paragraphLengths.length ||
      this.sentenceStart[n]! * 3 !== spans.length
    ) {
      throw new Error('article columns do not add up');
    }
  }

  get size(): number {
    return this.metas.length;
  }

  /**
   * Texts are decoded a chunk of articles at a time and sliced: a string of this many bytes or more
   * is allocated outside the young generation, so the collector never copies it (decoding article by
   * article made the collector copy every text, a third of a restart at 100,000 articles).
   */
  private static readonly CHUNK_BYTES = 256 * 1024;
  private chunkFirst = 0;
  private chunkEnd = 0;
  /** Per article of the chunk: where its text starts in `chunkText`. */
  private chunkStarts: number[] = [];
  private chunkText = '';

  /** The length in characters of article `i`'s text, from its paragraph lengths. */
  private textChars(i: number): number {
    const first = this.paragraphStart[i]!;
    const end = this.paragraphStart[i + 1]!;
    let n = end > first ? 2 * (end - first - 1) : 0;
    for (let k = first; k < end; k++) n += this.paragraphLengths[k]!;
    return n;
  }

  /** True when article `i`'s text is ASCII: as many bytes as characters. */
  private isAscii(i: number): boolean {
    return this.textStart[i + 1]! - this.textStart[i]! === this.textChars(i);
  }

  private textOf(i: number): string {
    if (i < this.chunkFirst || i >= this.chunkEnd) {
      // Only ASCII texts share a chunk: one wider character would double the memory of all of them.
      if (!this.isAscii(i)) return this.texts.toString('utf8', this.textStart[i]!, this.textStart[i + 1]!);
      let end = i + 1;
      while (
        end < this.size &&
        this.textStart[end]! - this.textStart[i]! < ArticleTable.CHUNK_BYTES &&
        this.isAscii(end)
      )
        end++;
      const text = this.texts.toString('utf8', this.textStart[i]!, this.textStart[end]!);
      const starts: number[] = [];
      let at = 0;
      for (let k = i; k < end; k++) {
        starts.push(at);
        at += this.textChars(k);
      }
      // Lengths that do not add up (a damaged cache): decoded one by one, checked as they are read.
      if (at !== text.length) return this.texts.toString('utf8', this.textStart[i]!, this.textStart[i + 1]!);
      starts.push(at);
      this.chunkFirst = i;
      this.chunkEnd = end;
      this.chunkStarts = starts;
      this.chunkText = text;
    }
    const k = i - this.chunkFirst;
    return this.chunkText.slice(this.chunkStarts[k]!, this.chunkStarts[k + 1]!);
  }

  /**
   * Article `i`, with `path` as its path (paths are not stored: they depend on the working
   * directory). Same keys in the same order as buildArticle's articles, and the same strings.
   */
  article(i: number, path: string): Article {
    const meta = this.metas[i] as ArticleMetaRecord | undefined;
    if (typeof meta !== 'object' || meta === null || typeof meta.id !== 'string') {
      throw new Error(`article ${i}: bad metadata`);
    }
    const text = this.textOf(i);
    const paragraphs: string[] = [];
    let at = 0;
    for (let k = this.paragraphStart[i]!; k < this.paragraphStart[i + 1]!; k++) {
      const length = this.paragraphLengths[k]!;
      if (at + length > text.length) throw new Error(`article ${i}: paragraph out of range`);
      paragraphs.push(text.slice(at, at + length));
      at += length + 2;
    }
    const id = meta.id;
    const sentences: Sentence[] = [];
    const first = this.sentenceStart[i]!;
    for (let k = first; k < this.sentenceStart[i + 1]!; k++) {
      const paragraph = this.spans[k * 3]!;
      const start = this.spans[k * 3 + 1]!;
      const end = this.spans[k * 3 + 2]!;
      const home = paragraphs[paragraph];
      if (home === undefined || start >= end || end > home.length)
        throw new Error(`article ${i}: bad sentence span`);
      sentences.push({ articleId: id, index: k - first, paragraph, text: home.slice(start, end) });
    }
    return { ...meta, path, paragraphs, sentences, text } as Article;
  }
}
