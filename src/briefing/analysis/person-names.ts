/**
 * People across spelling variants and titles: "Ruritania Army Chief Gen Mark Jonathan Naylor",
 * "General Mark Jonathon Nailor", "Gen Naylor", "Mr Naylor" and, in an article that introduced him
 * so, "the army chief" are one person, named one way ("Mark Jonathan Naylor", short "Naylor").
 *
 * A name is a run of capitalised words; the words before it that are ranks or offices ("Gen",
 * "Foreign Minister", "army chief") are its descriptors. Full names merge across articles when the
 * surnames are the same or spelling variants (corpus/name-variants.ts) and the given names agree.
 * A bare surname ("Naylor", "Reed") resolves only inside its own article, and a descriptor ("the
 * army chief") only when one person in that article carries it: "Reed" in a 2021 article is not
 * the Martin Lee Reed of a 2012 one, and "the army chief" of 2021 is not Naylor.
 */
import type { Article } from '../../corpus/article.js';
import { nameKind } from '../question/gazetteer.js';
import { Memo } from '../memo.js';
import { escapeRegExp } from './patterns.js';
import { NAME_TITLES, ROLE_WORDS } from './title-words.js';
import { isVariant, variantKey } from '../../corpus/name-variants.js';

/**
 * Ranks, honorifics and offices: the words that precede a name without being part of it. Besides
 * the shared ones, the ranks and services of military titles ("Lt Gen", "Chief of Naval Staff").
 */
const TITLE_WORDS = new Set([
  ...NAME_TITLES,
  ...ROLE_WORDS,
  ...'maj lt admiral spokesperson sheikh justice brig brigadier captain colonel major lieutenant state federation military ground naval coas cgs'.split(
    ' ',
  ),
]);
/** Titles that make the following capitalised run a person, alone ("Gen Naylor", "President Morrow"). */
const PERSON_TITLES = new Set(
  'gen general mr mrs ms dr president minister chief marshal admiral secretary spokesman spokesperson ambassador king queen prince sheikh senator governor mayor judge justice sir lord premier chancellor commander brig brigadier capt captain colonel major lieutenant col maj lt coas'.split(
    ' ',
  ),
);
/** Words that make a capitalised run an organisation or place rather than a person. */
const NOT_PERSON = new Set(
  'office ministry authority organisation organization commission university mills plant news observer bank council party summit project pipeline stream agency company group institute assembly parliament senate court department forces army navy government republic federation union nations house times post daily nation station power steel railways airlines'.split(
    ' ',
  ),
);
/** Lowercase words right after an untitled name that show it is a person speaking or acting. */
const PERSON_CUES =
  /^(?:,\s+(?:the|a|an|who)\b|,?\s+(?:said|says|told|added|commented|stated|noted|wrote|tweeted)\b)/;
/** Lowercase words right before an untitled name that show the same. */
const PERSON_LEADS =
  /\b(?:spokesman|spokesperson|minister|counterpart|official|aide|envoy|commented|invitation of)\s+$/i;
/** Words that are capitalised only because a sentence starts with them. */
const SENTENCE_WORDS = new Set(
  'the a an and but or if in on at of for to by with from as it its he she they we i this that these those there their his her our however meanwhile besides though although earlier later next last according during while after before under apart also likewise interestingly recently first second accordingly section commenting stressing views'.split(
    ' ',
  ),
);

export interface Person {
  /** Stable within one book: the canonical name's key. */
  id: string;
  /** Full name in its most common spelling: "Mark Jonathan Naylor". */
  name: string;
  /** Surname in that spelling: "Naylor". */
  short: string;
  /** Every other way the texts name this person ("Mark Jonathon Nailor", "Nailor", "the army chief"). */
  variants: string[];
}

/** A name as its words, lowercased, with each word's spelling key (variants share one). */
interface Words {
  lower: readonly string[];
  keys: readonly string[];
}

/**
 * A name mention in one sentence of one article. Mentions are read once per article and shared by
 * every book built over it, so books only read them, never change them.
 */
interface Mention extends Words {
  articleId: string;
  sentence: number;
  /** Name words as written, without titles: ["Mark", "Jonathan", "Naylor"]. */
  words: readonly string[];
  /** Lowercase descriptor words before the name: ["ruritania", "army", "chief", "gen"]. */
  descriptors: readonly string[];
  titled: boolean;
  /** Set for a descriptor reference ("the army chief"): the words as written. */
  phrase?: string;
}

const lower = (w: string) => w.toLowerCase();
/**
 * A capitalised word as written, lowercased and with its spelling key (its variant key, or the
 * lowercase word itself when it has none). Kept per written word, bounded: names and places are a
 * small vocabulary, and one string per word (not per mention) keeps the per-article cache small.
 */
interface WordForms {
  written: string;
  lower: string;
  key: string;
  /** The word as a one-word name (most mentions are one word): its arrays, shared. */
  alone: { words: readonly string[]; lower: readonly string[]; keys: readonly string[] };
}
const wordForms = new Map<string, WordForms>();
function formsOf(word: string): WordForms {
  let forms = wordForms.get(word);
  if (forms === undefined) {
    if (wordForms.size >= 100_000) wordForms.clear();
    const lowered = lower(word);
    const key = variantKey(lowered) ?? lowered;
    forms = { written: word, lower: lowered, key, alone: { words: [word], lower: [lowered], keys: [key] } };
    wordForms.set(word, forms);
  }
  return forms;
}
const keyOf = (w: string) => variantKey(w) ?? w;
/** Shared by the many mentions with no descriptors. */
const NONE: readonly string[] = Object.freeze([]);
const wordsOf = (words: readonly string[]): Words => {
  const lowered = words.map(lower);
  return { lower: lowered, keys: lowered.map(keyOf) };
};
/**
 * The same word up to case or spelling ("Naylor"/"Nailor"). Variants share a key, so words with
 * different keys are never variants and the costlier check runs only within a key.
 */
const sameWord = (a: Words, i: number, b: Words, j: number) =>
  a.lower[i] === b.lower[j] || (a.keys[i] === b.keys[j] && isVariant(a.lower[i]!, b.lower[j]!));

/** A capitalised run: "Gen Mark Jonathan Naylor", "Ministry of Foreign Affairs", "Naylor's". */
const CAPITAL_RUN = /[A-Z][\p{L}'’`-]*\.?(?:\s+(?:of\s+)?[A-Z][\p{L}'’`-]*\.?)*/gu;
const LOWER_WORD = /^[a-z]+$/;

/** A run's word without a possessive ("Naylor's") or a full stop ("Gen."). */
function bareWord(w: string): string {
  return w.replace(/(?:['’`]s|['’`])$/u, '').replace(/\.$/, '');
}

/** The last three all-lowercase words of `before` (split on spaces), in reading order. */
function lastLowerWords(before: string): string[] {
  const tokens = before.split(/\s+/);
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < 3; i--) {
    if (LOWER_WORD.test(tokens[i]!)) out.push(tokens[i]!);
  }
  return out.reverse();
}

/** A title word, or a hyphenated run of them ("Col-Gen"). */
function isTitleWord(word: string): boolean {
  const w = lower(word);
  if (!w.includes('-')) return TITLE_WORDS.has(w);
  return w.split('-').every((p) => TITLE_WORDS.has(p));
}

/** Capitalised runs of a sentence with the words before them, as name mentions. */
export function nameMentions(text: string): { words: string[]; descriptors: string[]; titled: boolean }[] {
  const out: { words: string[]; descriptors: string[]; titled: boolean }[] = [];
  CAPITAL_RUN.lastIndex = 0;
  for (let m = CAPITAL_RUN.exec(text); m !== null; m = CAPITAL_RUN.exec(text)) {
    const run = m[0];
    const raw: string[] = [];
    for (const w of /\s/.test(run) ? run.split(/\s+/) : [run]) {
      const bare = bareWord(w);
      if (bare) raw.push(bare);
    }
    // "Besides Naylor", "With Freedonian President ...": a capital that only starts the sentence.
    let first = 0;
    if (startsSentence(text, m.index)) {
      // A country or city opening the sentence ("Ruritania wants ...") starts no person's name.
      while (
        first < raw.length &&
        (SENTENCE_WORDS.has(lower(raw[first]!)) || nameKind([raw[first]!]) === 'place')
      ) {
        first++;
      }
    }
    // Titles are the leading words found in TITLE_WORDS (with hyphenated "Col-Gen" split).
    const length = raw.length - first;
    let cut = first;
    for (let i = first; i < raw.length; i++) {
      if (isTitleWord(raw[i]!) || (i === first && isPlaceAdjective(raw[i]!, length))) cut = i + 1;
      else break;
    }
    const count = raw.length - cut;
    if (count === 0 || count > 4) continue;
    let notPerson = false;
    for (let i = cut; i < raw.length && !notPerson; i++) notPerson = NOT_PERSON.has(lower(raw[i]!));
    // The lexicon's places and bodies ("Paris", "Siemens", "the BBC") are no one.
    const kind = notPerson ? null : nameKind(raw.slice(cut));
    if (notPerson || kind === 'place' || kind === 'organisation' || kind === 'nationality') continue;
    const words = raw.slice(cut);
    const titles = raw.slice(first, cut).map(lower);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lowerBefore = lastLowerWords(before);
    const descriptors = [
      ...lowerBefore.filter((w) => TITLE_WORDS.has(w) && w !== 'of' && w !== 'the'),
      ...titles,
    ];
    const titled = titles.some((t) => PERSON_TITLES.has(t)) || lowerBefore.some((w) => PERSON_TITLES.has(w));
    const end = m.index + run.length;
    const cued = PERSON_CUES.test(text.slice(end, end + 14)) || PERSON_LEADS.test(before);
    if (!titled && !cued && words.length < 2) {
      out.push({ words, descriptors, titled: false });
      continue;
    }
    if (!titled && !cued) {
      // An untitled two-to-four word run is a person only if it reads like "Given Surname".
      if (!words.every((w) => /^[A-Z][a-z'-]+$/.test(w))) continue;
    }
    out.push({ words, descriptors, titled: titled || cued });
  }
  return out;
}

/** Nothing but spaces before `index`, or spaces after a full stop, quote mark or colon. */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || '.!?"“:'.includes(text[i]!);
}

/** "Freedonian", "Israeli": a nationality in front of a title, never part of the name. */
function isPlaceAdjective(word: string, runLength: number): boolean {
  return runLength > 2 && /(?:an|ian|ani|ese|ish|i)$/.test(word) && /^[A-Z][a-z]+$/.test(word);
}

function surname(words: readonly string[]): string {
  return words[words.length - 1]!;
}

/** Given names agree: the first ones match (or one side has none) and no pair clashes. */
function compatible(a: Words, b: Words): boolean {
  const na = a.lower.length;
  const nb = b.lower.length;
  if (!sameWord(a, na - 1, b, nb - 1)) return false;
  if (na === 1 || nb === 1) return true;
  if (!sameWord(a, 0, b, 0)) return false;
  const [short, long] = na <= nb ? [a, b] : [b, a];
  for (let i = 0; i < short.lower.length - 1; i++) {
    let found = false;
    for (let j = 0; j < long.lower.length - 1 && !found; j++) found = sameWord(short, i, long, j);
    if (!found) return false;
  }
  return true;
}

/**
 * The people of a set of articles. Build once per answer over the articles it draws on; ask which
 * people a sentence names with `peopleIn`.
 */
export class NameBook {
  private readonly people: Person[] = [];
  /** Per article id, the people of each sentence (by sentence index). */
  private readonly bySentence = new Map<string, Person[][]>();

  static build(articles: readonly Article[]): NameBook {
    const book = new NameBook();
    book.index(articles);
    return book;
  }

  /** Everyone the book knows, most mentioned first. */
  all(): readonly Person[] {
    return this.people;
  }

  /** The people a sentence names (by name, variant, title or an unambiguous descriptor), in order. */
  peopleIn(articleId: string, sentenceIndex: number): Person[] {
    return this.bySentence.get(articleId)?.[sentenceIndex] ?? [];
  }

  /**
   * Where in `text` a person is named (character offsets), by surname, a variant's surname or a
   * descriptor phrase the book resolved to them: to tell whose "three-day visit" it is.
   */
  positionsIn(text: string, person: Person): number[] {
    const forms = new Set<string>([person.short]);
    for (const v of person.variants) {
      if (/^the\s/i.test(v)) forms.add(v);
      else forms.add(surname(v.split(' ')));
    }
    const out: number[] = [];
    for (const form of forms) {
      // Most forms are not in most sentences: a plain search first spares the pattern.
      if (!/^the\s/i.test(form) && !text.includes(form)) continue;
      for (const m of text.matchAll(formPattern(form))) out.push(m.index);
    }
    return out.sort((a, b) => a - b);
  }

  /** The person a written name refers to, if the book knows exactly one. */
  find(name: string): Person | undefined {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length === 0) return undefined;
    const written = wordsOf(words);
    const hits = this.people.filter((p) => compatible(wordsOf(p.name.split(' ')), written));
    return hits.length === 1 ? hits[0] : undefined;
  }

  private index(articles: readonly Article[]): void {
    const read = articles.map(namesOf);
    // Clusters are found through their surname's spelling key (variants share it), so each
    // mention is compared with the few people of that surname, not with everyone.
    const clusters: Cluster[] = [];
    const byKey = new Map<string, Cluster[]>();
    const bucket = (m: Words) => byKey.get(m.keys[m.keys.length - 1]!) ?? [];
    const add = (c: Cluster, m: Mention) => {
      c.mentions.push(m);
      if (m.words.length > 1) {
        const form = m.words.join(' ');
        if (!c.forms.has(form)) c.forms.set(form, m);
        const surnames = c.fullIn.get(m.articleId) ?? [];
        surnames.push(m);
        c.fullIn.set(m.articleId, surnames);
      }
    };
    const fits = (c: Cluster, words: Words) => {
      for (const f of c.forms.values()) if (compatible(f, words)) return true;
      return false;
    };
    // 1. Full names (given + surname) of people, merged across articles.
    for (const { mentions } of read) {
      for (const m of mentions) {
        if (m.words.length < 2 || !m.titled) continue;
        const key = m.keys[m.keys.length - 1]!;
        const list = byKey.get(key) ?? [];
        const home = list.find((c) => fits(c, m));
        if (home) add(home, m);
        else {
          const c: Cluster = { mentions: [], forms: new Map(), fullIn: new Map() };
          add(c, m);
          clusters.push(c);
          list.push(c);
          byKey.set(key, list);
        }
      }
    }
    // Two clusters joined by a later mention ("Mark Naylor" links "Mark Jonathan Naylor" and
    // "Mark Jonathon Nailor") merge.
    for (const list of byKey.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i]!;
          const b = list[j]!;
          if ([...b.forms.values()].some((f) => fits(a, f))) {
            for (const m of b.mentions) add(a, m);
            list.splice(j, 1);
            clusters.splice(clusters.indexOf(b), 1);
            j = i;
          }
        }
      }
    }
    // Untitled full names ("Kelly Brandt's arrival") join a person named with a title elsewhere.
    for (const { mentions } of read) {
      for (const m of mentions) {
        if (m.words.length < 2 || m.titled) continue;
        const home = bucket(m).filter((c) => fits(c, m));
        if (home.length === 1) add(home[0]!, m);
      }
    }
    // 2. Bare surnames and titled surnames: to the one cluster named in the same article.
    for (const { mentions } of read) {
      for (const m of mentions) {
        if (m.words.length !== 1) continue;
        const candidates = bucket(m);
        if (candidates.length === 0) continue;
        const here = candidates.filter((c) =>
          (c.fullIn.get(m.articleId) ?? []).some((f) => sameWord(f, f.lower.length - 1, m, 0)),
        );
        if (here.length === 1) here[0]!.mentions.push(m);
        else if (here.length === 0 && (m.titled || m.words[0]!.length >= 5)) {
          // "President Morrow" or "Brandt" with no full name in this article: the one person of that
          // surname, if there is exactly one. Short untitled surnames ("Reed") are too common to guess.
          const anywhere = candidates.filter((c) =>
            [...c.forms.values()].some((f) => sameWord(f, f.lower.length - 1, m, 0)),
          );
          if (anywhere.length === 1) anywhere[0]!.mentions.push(m);
        }
      }
    }
    // 3. Descriptor references: "the army chief" in an article where one person is an army chief.
    const described = new Map<string, { cluster: Cluster; descriptors: readonly string[] }[]>();
    for (const c of clusters) {
      for (const m of c.mentions) {
        if (m.descriptors.length === 0 || m.phrase) continue;
        const list = described.get(m.articleId) ?? [];
        list.push({ cluster: c, descriptors: m.descriptors });
        described.set(m.articleId, list);
      }
    }
    for (const [k, a] of articles.entries()) {
      const inArticle = described.get(a.id);
      if (!inArticle) continue;
      for (const ref of read[k]!.refs) {
        const here = new Set(
          inArticle
            .filter((d) => ref.descriptors.every((w) => d.descriptors.includes(w)))
            .map((d) => d.cluster),
        );
        if (here.size === 1) [...here][0]!.mentions.push(ref);
      }
    }
    const people = clusters.map((c) => toPerson(c.mentions));
    const order = clusters
      .map((c, i) => ({ i, n: c.mentions.length }))
      .sort((x, y) => y.n - x.n || x.i - y.i);
    for (const { i } of order) this.people.push(people[i]!);
    for (const [i, c] of clusters.entries()) {
      const person = people[i]!;
      for (const m of c.mentions) {
        let sentences = this.bySentence.get(m.articleId);
        if (!sentences) this.bySentence.set(m.articleId, (sentences = []));
        const list = (sentences[m.sentence] ??= []);
        if (!list.includes(person)) list.push(person);
      }
    }
  }
}

/** The pattern of a name form, kept: `matchAll` copies it, so the shared one is never advanced. */
const formPatterns = new Map<string, RegExp>();
function formPattern(form: string): RegExp {
  let re = formPatterns.get(form);
  if (!re) {
    if (formPatterns.size >= 100_000) formPatterns.clear();
    const escaped = escapeRegExp(form);
    re = new RegExp(`\\b${escaped}\\b`, /^the\s/i.test(form) ? 'gi' : 'g');
    formPatterns.set(form, re);
  }
  return re;
}

/** What an article's sentences say of people, whichever book reads them. */
interface ArticleNames {
  mentions: Mention[];
  /** Descriptor phrases ("the army chief"), as mentions waiting for a person to refer to. */
  refs: Mention[];
}

/**
 * Books are built per answer over the articles it draws on, so the same articles are read for
 * names answer after answer. What an article yields depends on its text alone: it is kept per
 * Article object, for a bounded number of articles (least recently used dropped first), since a
 * long-running process on a large corpus would otherwise keep every article it ever read.
 */
const ARTICLE_CACHE_MAX = 20_000;
const articleNames = new Memo<Article, ArticleNames>(ARTICLE_CACHE_MAX, (article) =>
  readArticleNames(article),
);
/**
 * Reads an article's names ahead of the first book that needs them (idle time, start-up): the
 * first read is most of what an answer over articles never seen before costs.
 */
export function readNames(article: Article): void {
  namesOf(article);
}

function namesOf(article: Article): ArticleNames {
  return articleNames.get(article);
}

function readArticleNames(article: Article): ArticleNames {
  const mentions: Mention[] = [];
  const refs: Mention[] = [];
  for (const s of article.sentences) {
    for (const m of nameMentions(s.text)) {
      const forms = m.words.map(formsOf);
      const words =
        forms.length === 1
          ? forms[0]!.alone
          : {
              words: forms.map((f) => f.written),
              lower: forms.map((f) => f.lower),
              keys: forms.map((f) => f.key),
            };
      mentions.push({
        articleId: article.id,
        sentence: s.index,
        words: words.words,
        lower: words.lower,
        keys: words.keys,
        descriptors: m.descriptors.length > 0 ? m.descriptors : NONE,
        titled: m.titled,
      });
    }
    for (const ref of descriptorRefs(s.text)) {
      refs.push({
        articleId: article.id,
        sentence: s.index,
        words: NONE,
        lower: NONE,
        keys: NONE,
        descriptors: ref.words,
        titled: true,
        phrase: ref.phrase,
      });
    }
  }
  // A short untitled surname ("Abe", "Lyon") joins only someone its article names in full (see
  // `index`): without such a full name here it never joins anyone, so it is not kept.
  const fullKeys = new Set(mentions.filter((m) => m.words.length > 1).map((m) => m.keys[m.keys.length - 1]));
  return {
    mentions: mentions.filter(
      (m) => m.words.length > 1 || m.titled || m.words[0]!.length >= 5 || fullKeys.has(m.keys[0]),
    ),
    refs,
  };
}

interface Cluster {
  mentions: Mention[];
  /** The distinct full names, by their words as written ("Mark Jonathan Naylor"). */
  forms: Map<string, Mention>;
  /** Per article, the full-name mentions there (their surnames decide bare ones there). */
  fullIn: Map<string, Mention[]>;
}

/** "the army chief", "the Freedonian foreign minister": office phrases after "the". */
function descriptorRefs(text: string): { words: string[]; phrase: string }[] {
  const out: { words: string[]; phrase: string }[] = [];
  for (const m of text.matchAll(/\b[Tt]he\s+(?=((?:[A-Za-z]+\s*){1,5}))/g)) {
    // Most "the"s are followed by neither an office nor a nationality: nothing to read then.
    const first = /^[A-Za-z]+/.exec(m[1]!)![0];
    const l0 = lower(first);
    const office = TITLE_WORDS.has(l0) && l0 !== 'the' && LOWER_WORD.test(first);
    if (!office && !/^[A-Z][a-z]+(?:an|ian|ani|ese|ish)$/.test(first)) continue;
    const words: string[] = [];
    const written: string[] = [];
    for (const [i, w] of m[1]!.trim().split(/\s+/).entries()) {
      const l = lower(w);
      if (l === 'of' && words.length > 0) {
        written.push(w);
        continue;
      }
      const nationality = i === 0 && /^[A-Z][a-z]+(?:an|ian|ani|ese|ish)$/.test(w);
      if (!nationality && !(TITLE_WORDS.has(l) && l !== 'the' && /^[a-z]+$/.test(w))) break;
      words.push(l);
      written.push(w);
    }
    const offices = words.filter((w) => TITLE_WORDS.has(w));
    // One office word ("the minister") is too vague; two ("army chief", "foreign minister") is a role.
    if (offices.length < 2) continue;
    while (written.length > 0 && lower(written[written.length - 1]!) === 'of') written.pop();
    out.push({ words, phrase: `${m[0].slice(0, 3)} ${written.join(' ')}` });
  }
  return out;
}

/** The canonical person of a cluster: the commonest full spelling, ties to the longer, then A-Z. */
function toPerson(mentions: readonly Mention[]): Person {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const name = m.words.join(' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const name = [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length || (a[0] < b[0] ? -1 : 1),
  )[0]![0];
  const short = surname(name.split(' '));
  const variants = new Set<string>();
  for (const m of mentions) {
    const written = m.phrase ? m.phrase.replace(/^The\b/, 'the') : m.words.join(' ');
    if (written && written !== name && written !== short) variants.add(written);
  }
  return { id: lower(name), name, short, variants: [...variants].sort() };
}
