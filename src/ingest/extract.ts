/**
 * The main text of an article page: Mozilla's Readability over linkedom's server-side DOM (checked
 * to work together: Readability only needs the standard DOM calls linkedom provides). Navigation,
 * ads, comment threads and related-links boxes are what Readability scores away; a page where it
 * finds too little text (a home page, a login wall, an error page) is "no article", a value.
 */
import { Readability } from '@mozilla/readability';
import { nodeToParagraphs, parseDocument } from './html-text.js';

export interface ExtractedPage {
  title: string | null;
  paragraphs: string[];
  siteName: string | null;
  byline: string | null;
  /** As the page states it (ISO-8601 usually), or null. */
  publishedTime: string | null;
  /** <link rel="canonical">, as written. */
  canonical: string | null;
}

export type Extraction = { ok: true; page: ExtractedPage } | { ok: false; reason: string };

/** Less text than this is not an article (teasers, index pages, consent walls). */
export const MIN_ARTICLE_CHARS = 280;

type Doc = ReturnType<typeof parseDocument>;

function meta(doc: Doc, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function extractArticle(html: string): Extraction {
  let doc: Doc;
  try {
    doc = parseDocument(html);
  } catch (err) {
    return { ok: false, reason: `the page could not be parsed as HTML (${(err as Error).message})` };
  }
  // Read before Readability, which rewrites the document as it goes.
  const siteName = meta(doc, 'og:site_name', 'application-name');
  const publishedTime = meta(
    doc,
    'article:published_time',
    'og:published_time',
    'date',
    'dc.date',
    'DC.date',
  );
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const ogTitle = meta(doc, 'og:title');

  let parsed: ReturnType<Readability['parse']>;
  try {
    // linkedom's Document is not lib.dom's type; Readability uses only what linkedom implements.
    parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: 100_000,
    }).parse();
  } catch (err) {
    return { ok: false, reason: `article extraction failed (${(err as Error).message})` };
  }
  if (!parsed?.content) return { ok: false, reason: 'no article found on the page' };
  const content = parseDocument(parsed.content).body;
  if (content) dropFurniture(content as unknown as Element);
  const paragraphs = content
    ? nodeToParagraphs(content as unknown as Parameters<typeof nodeToParagraphs>[0])
    : [];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: `no article found on the page (only ${chars} characters of text)` };
  }
  return {
    ok: true,
    page: {
      title: parsed.title?.trim() || ogTitle,
      paragraphs,
      siteName: parsed.siteName?.trim() || siteName,
      byline: parsed.byline?.trim() || null,
      publishedTime: parsed.publishedTime?.trim() || publishedTime,
      canonical,
    },
  };
}

type Element = {
  querySelectorAll(selector: string): ArrayLike<Element>;
  querySelector(selector: string): Element | null;
  remove(): void;
  textContent: string | null;
};

/** Characters of text, white space left out. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * What Readability keeps around an article that is not its text: captions (a figure holding a
 * picture or a video, and every figcaption) and blocks that are links and nothing else (menus,
 * "related" lists, "read more" lines, tag clouds). A paragraph with links in its prose stays.
 */
function dropFurniture(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('figcaption'))) el.remove();
  for (const el of Array.from(root.querySelectorAll('figure'))) {
    if (el.querySelector('img, picture, video, iframe, svg')) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('p, li, ul, ol, div'))) {
    const total = textLength(el);
    if (total === 0) continue;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += textLength(a);
    if (linked >= total * 0.9) el.remove();
  }
}
