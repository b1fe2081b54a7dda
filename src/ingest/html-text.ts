/**
 * HTML -> paragraphs of plain text over linkedom's DOM (never regexes over markup): block elements
 * end a paragraph, <br> too, whitespace collapses, scripts and forms say nothing. Used for the
 * article Readability extracted and for the content a feed carries.
 */
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

const SILENT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'OBJECT',
  'EMBED',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** A parsed HTML document's body, for fragments as well as whole pages. */
export function parseDocument(html: string) {
  return parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`)
    .document;
}

/** The paragraphs of an HTML fragment or document, in order, without empty ones. */
export function htmlToParagraphs(html: string): string[] {
  const body = parseDocument(html).body as unknown as DomNode | null;
  if (!body) return [];
  return nodeToParagraphs(body);
}

/**
 * A list item is written as a Markdown item ("- text") when it is text rather than a link (the
 * corpus format is Markdown, and the cleaner keeps lists as content); a link list (related
 * stories, share buttons) stays bare, for the cleaner to judge as furniture.
 */
export function nodeToParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let linkChars = 0;
  let inLink = 0;
  let item = false;
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (text !== '') {
      paragraphs.push(item && linkChars * 2 < text.length ? `- ${text}` : text);
      item = false;
    }
    current = '';
    linkChars = 0;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      current += t;
      if (inLink > 0) linkChars += t.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SILENT.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    if (name === 'TD' || name === 'TH') current += ' ';
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'LI') item = true;
    if (name === 'A') inLink++;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (name === 'A') inLink--;
    if (block) flush();
    if (name === 'LI') item = false;
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Plain text of a short HTML string (a title): tags gone, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return htmlToParagraphs(html).join(' ').trim();
}
