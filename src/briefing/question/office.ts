/**
 * Questions asking who holds the top office of a body: "who runs General Motors?", "who's at the
 * helm of France Telecom?", "who is the boss of Kenya's athletics federation?". News never says
 * "runs" or "helm": it names the holder beside an office noun ("GM chief executive Rick Wagoner",
 * "said chief executive Thierry Breton", "Kaz Hirai, president of Sony …"). These are the common
 * English ways to ask for such a holder and the office nouns news writes, not names of any story.
 */
import { stem } from '../../corpus/tokenize.js';
import { isVerbForm } from './gazetteer.js';
import { isNoun, nounKind } from './noun-kinds.js';

/** "who runs X", "who's in charge of X", "who is the boss of X", "who leads X" (present tense only). */
const OFFICE_QUESTION =
  /^\W*who(?:['’]s|\s+is|\s+are)?\s+(?:now\s+|currently\s+)?(?:runs|heads|leads|bosses|manages|in\s+charge\s+(?:of|at)|at\s+the\s+helm\s+(?:of|at)|(?:running|heading|leading)|the\s+(?:boss|head|leader|chief)\s+(?:of|at))\s+(.+?)\s*\??\s*$/i;

/**
 * "Who is France Telecom's boss?", "who is the GM boss?", "who is Contrack International's chief
 * executive?": a name, then a noun any top office goes by, or a named top office (asks that one).
 */
const OFFICE_OF_NAME =
  /^\W*[Ww]ho(?:['’]s|\s+is|\s+are)\s+(?:now\s+|currently\s+)?(?:the\s+)?([A-Z][\p{L}&.-]*(?:\s+[A-Z][\p{L}&.-]*)*)(?:['’]s?)?\s+(?:boss|head|chief|leader|chief\s+executive|chairman|president|managing\s+director)\s*\??\s*$/u;

/** The body an office question asks the holder of ("General Motors"), or null for another question. */
export function officeAsked(question: string): string | null {
  const body = OFFICE_QUESTION.exec(question)?.[1] ?? OFFICE_OF_NAME.exec(question)?.[1];
  if (!body) return null;
  // "Who runs exploration at Cairn Energy?" asks for a department's head, not the body's: a
  // common noun of no body before "at"/"of" is what is run. ("the athletics federation of Kenya" is a body.)
  const head = /^(?:the\s+)?(?:[a-z][\w-]*\s+)*?([a-z][\w-]*)\s+(?:at|of|for|in|on)\s/.exec(body)?.[1];
  return head && nounKind(head) !== 'group' ? null : body;
}

/** A holder who has left the office ("were fired", "former", "stepped down"): asked after one who holds it. */
export const LEFT_OFFICE =
  /\b(?:fired|sacked|ousted|dismissed|axed|resign(?:ed|s|ing)?|quit|stepp(?:ed|ing) down|st(?:ood|epping) down|departed|former|late|predecessor)\b/i;

/** Nouns news writes for the holder of a body's top office. */
const OFFICE_NOUNS =
  'chief executive|chief|chairman|chairwoman|chair|president|head|boss|managing director|director-general|director general|manager|leader|coach|editor|governor|secretary-general|commissioner|ceo';
const OFFICE = `(?:${OFFICE_NOUNS})`;
/** The same, captured: which office a holder is named by. */
const OFFICE_CAUGHT = `(${OFFICE_NOUNS})`;

/** The office nouns' index terms, for the lead's "name beside the asked noun". */
export const OFFICE_FORMS: ReadonlySet<string> = new Set(
  OFFICE_NOUNS.split('|')
    .flatMap((n) => n.split(/[\s-]/))
    .map((w) => stem(w)),
);

/** A person's name as news writes it: two to four capitalised words. */
const PERSON = `[A-Z][\\p{L}'’-]+(?:\\s+(?:de|van|von|da|di|le|la)?\\s*[A-Z][\\p{L}'’-]+){1,3}`;
/** A body's name: capitalised words, "&" and initials. */
const BODY = `[A-Z][\\p{L}&.-]*(?:\\s+(?:of\\s+|&\\s+)?[A-Z][\\p{L}&.-]*)*`;

export interface OfficeHolder {
  person: string;
  /** The office noun the holder is named by ("chief executive"). */
  office: string;
  /** The body the sentence says the office is of ("GM"), or null when it does not say. */
  owner: string | null;
}

/** Holder patterns: the body (optional) before the office, the name after; or the name, then "office of Body". */
const BEFORE_NAME = new RegExp(
  `(?:(${BODY})(?:['’]s)?\\s+)?(?:([a-z-]+)\\s+)?${OFFICE_CAUGHT}(?:\\s+and\\s+${OFFICE})?,?\\s+(${PERSON})`,
  'gu',
);
const AFTER_NAME = new RegExp(
  `(${PERSON}),\\s+(?:the\\s+)?(?:([a-z-]+)\\s+)?${OFFICE_CAUGHT}(?:\\s+and\\s+${OFFICE})?\\s+of\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}(${BODY})`,
  'gu',
);
/**
 * The office noun ends the title: "chief operating officer" is no chief, though a word like "of",
 * "said" or "who" may follow.
 */
const OFFICE_ENDS = String.raw`(?![\p{L}-])(?!\s+(?!(?:of|at|for|and|said|says|told|who|has|had|is|was|will)\b)[a-z])`;
/** "Ann Brandt, Acme's chief executive": the name, then the body owning the office. */
const AFTER_NAME_OWNED = new RegExp(
  `(${PERSON}),\\s+(?:the\\s+)?(${BODY})['’]s?\\s+(?:([a-z-]+)\\s+)?${OFFICE_CAUGHT}${OFFICE_ENDS}`,
  'gu',
);
/** "… of Acme's new games unit": what the named body owns, which is a part of it. */
const OWNED_PART = /^['’]s?\s+((?:[a-z-]+\s+){0,3}[\p{L}-]+)/u;
/** ", games and music" after an office: the department it is of, in lower case. */
const DEPARTMENT = /^,\s+([a-z][a-z-]*(?:\s+(?:and\s+)?[a-z-]+){0,4})(?=[,.;]|$)/;
const OFFICE_OF = new RegExp(
  `\\b(?:the\\s+)?${OFFICE_CAUGHT}\\s+of\\s+(?:the\\s+)?(${BODY}),\\s+(${PERSON})`,
  'gu',
);

/** The office noun's capital when it opens a sentence ("Chief executive …", "Manager …"). */
const OPENING_OFFICE = new RegExp(
  `^\\W*(?:${OFFICE_NOUNS.split('|')
    .map((n) => n.split(' ')[0]![0]!.toUpperCase() + n.split(' ')[0]!.slice(1))
    .join('|')})\\b`,
);

/** The people a sentence names beside an office noun, with the body it says the office is of. */
export function officeHolders(sentence: string): OfficeHolder[] {
  const out: OfficeHolder[] = [];
  // "Chief executive Lise Marand said …": an office opening the sentence is written with a capital.
  const text = sentence.replace(OPENING_OFFICE, (word) => word.toLowerCase());
  for (const m of text.matchAll(BEFORE_NAME)) {
    if (m[2] && !topOffice(m[2])) continue;
    out.push({ person: m[4]!, office: m[3]!, owner: ownerWords(m[1]) });
  }
  for (const m of text.matchAll(AFTER_NAME)) {
    if (m[2] && !topOffice(m[2])) continue;
    // "chief of Acme's new games unit" heads a part of Acme: the owner is the whole phrase.
    const part = OWNED_PART.exec(text.slice(m.index + m[0].length))?.[1];
    out.push({ person: m[1]!, office: m[3]!, owner: ownerWords(part ? `${m[4]} ${part}` : m[4]) });
  }
  for (const m of text.matchAll(AFTER_NAME_OWNED)) {
    if (m[3] && !topOffice(m[3])) continue;
    // "Acme's managing director, games and music": the office of a part of Acme, named after it.
    const part = DEPARTMENT.exec(text.slice(m.index + m[0].length))?.[1];
    out.push({ person: m[1]!, office: m[4]!, owner: ownerWords(part ? `${m[2]} ${part}` : m[2]) });
  }
  for (const m of text.matchAll(OFFICE_OF))
    out.push({ person: m[3]!, office: m[1]!, owner: ownerWords(m[2]) });
  return out;
}

/**
 * Whether a word before an office noun leaves it the body's top office: "said chief executive",
 * "club chairman", "new coach" do; "assistant coach", "race director", "former chairman" do not.
 */
function topOffice(before: string): boolean {
  if (
    /^(?:new|current|acting|interim|joint|executive|the|its|their|his|her|our|by|with|said|and|as)$/.test(
      before,
    )
  )
    return true;
  return !isNoun(before) || isVerbForm(before) || nounKind(before) === 'group';
}

/** A sentence-opening word ("Said", "The") is no body. */
function ownerWords(owner: string | undefined): string | null {
  if (!owner) return null;
  const words = owner
    .replace(/[.,]+$/, '')
    .split(/\s+/)
    .filter((w) => !/^(?:The|A|An|Said|But|And|Its|His|Her|Former|New)$/.test(w));
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * How far the body a sentence names is the one asked: 0 when it is — its name or words of it
 * ("Telecom"), its initials ("GM" for General Motors), initials the article spells out with a word
 * of the asked name ("Athletics Kenya (AK)"); 0.5 when it only holds the asked name ("GM Europe",
 * a part of GM); null when it is another body.
 */
export function bodyMatch(owner: string, asked: readonly string[][], articleText: string): number | null {
  const words = owner.toLowerCase().split(/\s+/);
  let part = false;
  for (const name of asked) {
    const nameWords = new Set(name.map((w) => w.toLowerCase()));
    if (words.every((w) => nameWords.has(w))) return 0;
    if (name.length > 1 && name.map((w) => w[0]!.toUpperCase()).join('') === owner) return 0;
    if (words.includes(name.at(-1)!.toLowerCase())) part = true;
  }
  if (/^[A-Z]{2,6}$/.test(owner)) {
    const spelled = new RegExp(`((?:[A-Z][\\p{L}-]*\\s+){1,5})\\(${owner}\\)`, 'u').exec(articleText)?.[1];
    const spelledWords = new Set(spelled?.toLowerCase().split(/\s+/) ?? []);
    if (asked.some((name) => name.some((w) => spelledWords.has(w.toLowerCase())))) return 0;
  }
  return part ? 0.5 : null;
}

/** The office noun the question itself says ("boss" of "who's the Fiat boss?"), or null. */
export function officeNounAsked(question: string): string | null {
  return new RegExp(`\\b${OFFICE_CAUGHT}\\b`, 'i').exec(question)?.[1]?.toLowerCase() ?? null;
}
