/**
 * Page furniture recognised by shape and by vocabulary class rather than by exact strings:
 * labels, advertising and sign-up prompts, captions and credits, bylines and datelines,
 * agency tags, "published in" lines, comment sections and headline-list markers.
 */
import { endsSentence } from './clean-lines.js';
import { wordCount } from './clean-overlap.js';
import { MONTH_NAMES, MONTH_SHORT_FORMS } from './months.js';

/**
 * A month, whole or short ("December", "Dec", "Sept"), longest first. What follows a month in a
 * date is never a letter, so at most one of the forms can match where one starts.
 */
const MONTH = `(?:${[...new Set([...MONTH_NAMES, ...MONTH_SHORT_FORMS])]
  .map((form) => form.toLowerCase())
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A calendar date in the forms pages print: "19 Dec, 2024", "October 02, 2012", "2012-10-02", "3/4/21". */
export const DATE_PATTERN = new RegExp(
  `(?:${DAY}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+${DAY},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`,
  'gi',
);
const TIME_PATTERN = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?/gi;
const RELATIVE_TIME = /\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/gi;

/** News agencies whose name alone on a line is a credit, not text. */
const AGENCIES =
  'agencies|agency|ap|afp|reuters|ani|ians|xinhua|app|uni|dpa|efe|tass|ria novosti|ips|anadolu|aa|upi|bernama|kyodo|yonhap|getty images|getty|epa|bloomberg';

const AGENCY_LINE = new RegExp(
  `^[([—–-]*\\s*(?:with inputs from |inputs from |source:\\s*)?(?:${AGENCIES})(?:\\s*(?:/|,|and|&)\\s*(?:${AGENCIES}))*\\s*[)\\]]?\\.?$`,
  'i',
);

/**
 * An agency credit by its shape, whatever the agency: "(KUNA)" or "— (XYZ/AFP)" on its own line.
 * Capitals only in brackets: a bare capitalised line may be a heading.
 */
const CREDIT_SHAPE_LINE = /^(?:[—–-]+\s*)?\(\s*\p{Lu}{2,6}(?:\s*[/,&]\s*\p{Lu}{2,6})*\s*\)\.?$/u;

const CAPTION_LABEL =
  /^[([]?\s*(?:file\s+)?(?:photos?|images?|pictures?|photograph|video|graphic|illustration|caption|credits?|courtesy|source)(?:\s+(?:credit|courtesy|by))?\s*[:|]/i;

/** A credit after a sentence: "... told the Courier. —File Photo", "... on Wednesday. (AFP)", "... Photo: Reuters". */
const TRAILING_CREDIT = new RegExp(
  `([.!?]["')\\]]?)\\s*(?:[—–-]+\\s*)?(?:\\(?\\s*(?:file\\s+)?(?:photos?|images?|pictures?|photograph|video|graphic)(?:\\s*(?:[:|/]|by|credit|courtesy)\\s*[^.!?]{0,60})?\\s*\\)?|\\(\\s*(?:file|${AGENCIES})(?:\\s+photos?)?\\s*\\))\\s*$`,
  'i',
);
/** An agency's capitals in brackets after a paragraph's last sentence: "... on Wednesday. (KUNA)". */
const TRAILING_CREDIT_SHAPE =
  /([.!?]["')\]]?)\s*(?:[—–-]+\s*)?\(\s*\p{Lu}{2,6}(?:\s*[/,&]\s*\p{Lu}{2,6})*\s*\)\s*$/u;

const CREDIT_LINE =
  /^[([]?(?:with (?:inputs|additional reporting) (?:from|by)|additional reporting (?:by|from)|reporting by|editing by|edited by|writing by|written by|compiled by|reported by)\b/i;
/** "By Jane Mwangi, Reuters": two or more capitalised words, as "By Tuesday, the army ..." is a sentence. */
const BYLINE = /^by\s+\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'.-]*){1,3}\s*(?:[,|]|$)/u;

/** "Published in X, date." / "Updated: ..." (the verb alone is not enough: "Updated figures show ..."). */
const PUBLISHED_VERB =
  /^(?:(?:first|originally|also)\s+)?(?:published|posted|printed|updated|appeared)\b|^last (?:updated|modified)\b/i;
const PUBLISHED_SHAPE = /^(?:\w+\s+)?(?:published|printed|appeared) (?:in|by|on)\b|^[\w ]{1,30}:/i;
const FIRST_APPEARED =
  /^this (?:article|story|piece|report|column) (?:was )?(?:first |originally )?(?:appeared|published|ran)\b/i;

const COPYRIGHT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|^copyright\b/i;

const READ_MORE =
  /^(?:read more|read also|also read|read next|more on this|related(?: stories| articles| news| coverage)?\s*:|see also|watch\s*:|listen\s*:|recommended\s*:|click here|tap here|share (?:this|on)|follow (?:us|him|her|them) on)\b/i;

const AD_LINE =
  /^(?:advertisements?|advert|ads?|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:post|content)|partner content|story continues (?:below|after)\b.*|continue reading\b.*|scroll (?:down )?to continue\b.*)$/i;

/** Vocabulary of sign-up, subscription and follow-us prompts. */
const PROMO_TERMS =
  /\b(?:stay (?:informed|updated|tuned|connected)|subscrib\w*|newsletters?|sign(?:ing)? ?up|sign in|log ?in|register (?:now|today|for free)|free trial|unlimited access|premium (?:subscription|membership|access|content)|go premium|membership|become an? (?:\w+ )?member|as an? (?:\w+ ){0,2}member|follow (?:us|all the)|like us on|download (?:our|the) app|get (?:the )?latest|latest news|breaking news updates?|in your inbox|(?:whatsapp|telegram) channel|push notifications?|ad-free|paywall)/gi;
/** Prompts are imperatives ("Subscribe ...", "Stay informed ...") or address the reader. */
const PROMO_OPENERS =
  /^\(?\s*(?:note:\s*)?(?:subscribe|sign|follow|stay|download|get|join|click|tap|read|like|share|register|become|support|don't miss|never miss)\b/i;
const SECOND_PERSON = /\b(?:you|your)\b/i;

/** Section labels that introduce lists of other stories. */
const TEASER_MARKER =
  /^(?:editorials?|opinions?|op-ed|columns?|related(?: (?:stories|articles|news|posts|coverage|content|reading))?|last news|latest(?: news| stories| articles| headlines)?|more (?:news|stories|headlines|from\b.*|on this\b.*|in\b.*)|most (?:read|popular|viewed|shared|commented)|trending(?: now| news| stories| photos| videos)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?like|read next|top (?:stories|news|headlines)|popular(?: now| stories)?|also read|see also|in other news|elsewhere(?: on \S+)?|further reading|editor'?s picks?|don'?t miss|what to read next|around the web|from (?:the|our) (?:web|partners|network))$/i;

const COMMENT_MARKERS = [
  /^(?:\d+\s+)?(?:reader\s+|user\s+)?comments?(?:\s*\(\d+\))?\s*:?$/i,
  /^(?:\d+\s+)?(?:responses?|replies|thoughts)(?:\s+(?:to|on)\b.*)?$/i,
  /^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)s?\b/i,
  /^(?:join|start) the (?:conversation|discussion|debate)\b/i,
  /^(?:show|view|load|see|read) (?:all |more |the )?(?:\d+ )?(?:comments|replies)\b/i,
  /^(?:reply|report|like|quote)(?:\s*\|\s*(?:reply|report|like|quote|share))*$/i,
  /^have your say\b/i,
  /^comments? (?:are|is) (?:closed|moderated)\b/i,
];
/** "name | 12 years ago | Reply": the header of one reader comment. */
const COMMENT_HEADER = /\|\s*\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;
/** "mike_t · 3h", "Ann • 2 days": a user name with a short age. */
const COMMENT_AGE = /^\S.{0,40}\s[·•|]\s*\d+\s*(?:s|m|h|d|w|y|mins?|hrs?|days?|weeks?|months?|years?)\b/i;
/** "Jane Doe says:" followed by a timestamp: a comment in blog layout. */
const COMMENT_SAYS = /^[\p{Lu}@][^.!?]{0,50}\s(?:says|wrote|writes|replied|replies):$/u;

/** A line that only occurs inside a comment thread. */
function isCommentLine(paragraphs: readonly string[], i: number): boolean {
  const p = paragraphs[i]!;
  // Asked of every paragraph: the patterns run only when the characters they need are there.
  const bar = p.includes('|');
  if (bar && COMMENT_HEADER.test(p)) return true;
  if ((bar || p.includes('·') || p.includes('•')) && COMMENT_AGE.test(p)) return true;
  if (p.length <= 6 && /^(?:reply|report|flag)$/i.test(p)) return true;
  const next = paragraphs[i + 1];
  return p.endsWith(':') && COMMENT_SAYS.test(p) && next !== undefined && isDateLine(next);
}

/**
 * True when paragraph `i` starts the reader comments. A comment header does by itself; a
 * "Comments" heading needs support, since pages also show it as a link near the top: comment
 * lines right after it, or a place in the last part of the page (`position`, 0..1 by characters).
 */
export function isCommentStart(paragraphs: readonly string[], i: number, position: number): boolean {
  if (isCommentLine(paragraphs, i)) return true;
  if (!COMMENT_MARKERS.some((re) => re.test(paragraphs[i]!))) return false;
  if (position >= 0.6) return true;
  for (let j = i + 1; j < Math.min(paragraphs.length, i + 7); j++) {
    if (isCommentLine(paragraphs, j)) return true;
  }
  return false;
}

/** How every TEASER_MARKER match begins: most paragraphs are settled by this anchored test alone. */
const TEASER_START =
  /^\s*(?:editor|opinion|op-ed|column|related|last news|latest|more |most |trending|recommended|you |read next|top |popular|also read|see also|in other news|elsewhere|further reading|don|what to read next|around the web|from )/i;

export function isTeaserMarker(p: string): boolean {
  return TEASER_START.test(p) && TEASER_MARKER.test(p.replace(/[:.»›>|-]+$/, '').trim());
}

/** A line that is only a date or time, optionally with a label or a short name (a byline). */
export function isDateLine(p: string): boolean {
  // Every date, time and "3 hours ago" has a digit: most lines are settled without the patterns.
  if (!/\d/.test(p)) return false;
  const hadDate = DATE_PATTERN.test(p) || RELATIVE_TIME.test(p) || TIME_PATTERN.test(p);
  DATE_PATTERN.lastIndex = 0;
  RELATIVE_TIME.lastIndex = 0;
  TIME_PATTERN.lastIndex = 0;
  if (!hadDate) return false;
  const rest = p
    .replace(DATE_PATTERN, ' ')
    .replace(RELATIVE_TIME, ' ')
    .replace(TIME_PATTERN, ' ')
    .replace(
      /\b(?:updated|published|posted|last|modified|on|at|by|date|dated|(?:pk|gm|u|i|e|c|p)s?t)\b/gi,
      ' ',
    )
    .replace(/[|,:;•·()\s/–—-]+/g, ' ')
    .trim();
  if (rest === '') return true;
  // What remains may be a byline: a few capitalised words and nothing else.
  return /^(?:\p{Lu}[\p{L}'.-]*\s?){1,4}$/u.test(rest);
}

/**
 * A sign-up/subscribe/follow-us prompt: prompt vocabulary addressed to the reader (an imperative
 * or "you"), or dense. "Subscribers can sign up for the new plan" is news, not a prompt.
 */
function isPromo(p: string): boolean {
  const terms = p.match(PROMO_TERMS)?.length ?? 0;
  if (terms === 0) return false;
  return PROMO_OPENERS.test(p) || SECOND_PERSON.test(p) || terms >= 3;
}

/**
 * A sign-up prompt as a sentence inside a paragraph: prompt vocabulary in an imperative ("Sign up
 * for …", "Subscribe to …"), never in quoted speech (a source saying "subscribe to your program").
 */
export function isPromptSentence(s: string): boolean {
  if (!PROMO_OPENERS.test(s) || s.includes('"')) return false;
  return (s.match(PROMO_TERMS)?.length ?? 0) > 0;
}

function isPublishedLine(p: string): boolean {
  if (FIRST_APPEARED.test(p)) return true;
  if (!PUBLISHED_VERB.test(p)) return false;
  const dated = DATE_PATTERN.test(p);
  DATE_PATTERN.lastIndex = 0;
  return dated || PUBLISHED_SHAPE.test(p);
}

/** Short and without terminal punctuation: a label, menu item, headline or byline, not a sentence. */
export function isLabel(p: string): boolean {
  const n = wordCount(p);
  if (p.endsWith(':')) return n <= 3;
  return !endsSentence(p) && n <= 15;
}

/** Where a list item's parts meet: "June 9 -- Arena, City", "1a etapa: 10 de março – Place". */
const ITEM_SEPARATOR = / (?:--|[–—|]) |: /;
/** A plain web address on a line of its own (a list of offers gives one under each item). */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * The shape of a short line that may be an item of a list or a row of a table: it opens with a
 * number ("1)", "10 Chase Elliott 2275 3 4", "1a etapa: ...") or a bullet ("- Swim proof"), or has
 * a separator between its parts ("June 9 -- Arena, City"). Null for other lines (menus,
 * headlines, labels).
 */
function itemShape(p: string): string | null {
  if (/^\(?\d{1,3}(?!\d)/.test(p)) return '#';
  // A Markdown item, unless it is only a link ("- [Home](/)"): menus are lists too.
  if (/^[-*•] /.test(p)) return /^. \[[^\]]*\]\([^)]*\)$/.test(p) ? null : '-';
  return ITEM_SEPARATOR.exec(p)?.[0].trim() ?? null;
}

/**
 * Lists and tables in the article: runs of short lines (labels by shape) where at least three
 * lines have the same item shape and make up half the run or more (bare web addresses between
 * them do not break a run). Their lines are the article's content, not furniture, so the indexes
 * of those lines are returned. Dates alone ("Updated 19 Dec, 2024") are never items. `labels[i]`
 * is isLabel(paragraphs[i]).
 */
export function listItems(paragraphs: readonly string[], labels: readonly boolean[]): Set<number> {
  const items = new Set<number>();
  let start = 0;
  const close = (end: number) => {
    const shapes = new Map<string, number[]>();
    let lines = 0;
    for (let i = start; i < end; i++) {
      const p = paragraphs[i]!;
      if (BARE_URL.test(p)) continue;
      lines++;
      const shape = isDateLine(p) ? null : itemShape(p);
      if (shape === null) continue;
      let at = shapes.get(shape);
      if (at === undefined) shapes.set(shape, (at = []));
      at.push(i);
    }
    for (const at of shapes.values()) {
      if (at.length >= 3 && at.length * 2 >= lines) for (const i of at) items.add(i);
    }
  };
  for (let i = 0; i <= paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p !== undefined && (labels[i] || BARE_URL.test(p))) continue;
    if (i - start >= 3) close(i);
    start = i + 1;
  }
  return items;
}

/**
 * True when a single paragraph is furniture, whatever surrounds it. `labels` false: short lines
 * are not furniture by their shape alone (in a structured document they are its content).
 */
export function isFurniture(p: string, labels = true): boolean {
  if (labels && isLabel(p)) return true;
  const n = wordCount(p);
  if (AD_LINE.test(p) || AGENCY_LINE.test(p) || CREDIT_SHAPE_LINE.test(p)) return true;
  if (n <= 40 && (CAPTION_LABEL.test(p) || READ_MORE.test(p) || CREDIT_LINE.test(p))) return true;
  if (n <= 12 && BYLINE.test(p)) return true;
  if (n <= 40 && (isPublishedLine(p) || COPYRIGHT.test(p))) return true;
  if (n <= 60 && isPromo(p)) return true;
  return isDateLine(p);
}

/** Removes a photo or agency credit that follows the last sentence of a paragraph. */
export function stripTrailingCredit(p: string): string {
  return p.replace(TRAILING_CREDIT, '$1').replace(TRAILING_CREDIT_SHAPE, '$1').trim();
}

const CAPS_DATELINE =
  /^\p{Lu}[\p{Lu}.'-]{2,}(?:[ ,/]+\p{Lu}[\p{Lu}.'-]+){0,3}(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?))?(?:\s*\([\p{L}. ]{2,30}\))?\s*(?::|\s[—–-]+)\s*(?=["'\p{Lu}\p{N}])/u;
const TITLE_DATELINE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s*\([\p{L}. ]{2,30}\))?\s*:\s+(?=["\p{Lu}])/u;
/** Labels that look like a "Place:" dateline but introduce something else. */
const NOT_PLACES =
  /^(?:note|update|updated|correction|editor|warning|question|answer|q|a|source|sources|photo|image|read|watch|listen|also|related|breaking|exclusive|analysis|opinion|comment|video)\b/i;

/**
 * Strips a dateline prefix ("SPRINGFIELD: ", "SHELBYVILLE, Oct 4 (AP) — "); a "Place: " prefix in title
 * case only near the top (`lead`), where datelines live and the risk of eating a label is small.
 */
export function stripDateline(p: string, lead: boolean): string {
  if (NOT_PLACES.test(p)) return p;
  const caps = CAPS_DATELINE.exec(p);
  if (caps) return p.slice(caps[0].length);
  if (lead) {
    const title = TITLE_DATELINE.exec(p);
    if (title) return p.slice(title[0].length);
  }
  return p;
}
