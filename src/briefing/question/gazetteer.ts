/**
 * What kind of thing a capitalised name is — a person, a place, an organisation, or a word of
 * nationality — read from compromise's English lexicon (first names, countries, cities, regions,
 * companies, demonyms: ~24,000 entries). Only the lexicon is used: tagging whole sentences costs
 * ~12 ms each here, a lookup nothing. Names the lexicon does not know stay 'unknown' and are
 * judged by their shape and the words around them (answer-spans.ts).
 */
import { createRequire } from 'node:module';

export type NameKind = 'person' | 'place' | 'organisation' | 'nationality' | 'unknown';

type Tags = string | string[] | undefined;

type World = { world(): { model: { one: { lexicon: Record<string, Tags> } } } };

let lexicon: Record<string, Tags> | undefined;

/**
 * Loaded on first use (~0.5 s to unpack): a one-shot CLI command that never classes a name — a
 * brief, a topic list — does not pay for it.
 */
function lexiconOf(): Record<string, Tags> {
  lexicon ??= (createRequire(import.meta.url)('compromise/two') as World).world().model.one.lexicon;
  return lexicon;
}

type Tagger = (text: string) => { json(): { terms: { normal: string; tags: string[] }[] }[] };

/**
 * The lower-case words compromise's tagger reads as verbs in this one sentence ("be" in "when will
 * the reader be out?"), which the lexicon alone does not tell (base forms are inferred). For a
 * question now and then, not for every sentence of a corpus (~12 ms each).
 */
export function verbsIn(sentence: string): Set<string> {
  const tag = createRequire(import.meta.url)('compromise/two') as Tagger;
  const terms = tag(sentence)
    .json()
    .flatMap((s) => s.terms);
  return new Set(terms.filter((t) => t.tags.includes('Verb')).map((t) => t.normal));
}

/** The lexicon's tags for a lower-case word or phrase ("approve": Infinitive …), none when unknown. */
export function tagsOf(key: string): string[] {
  const tags = lexiconOf()[key];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);

const has = (tags: readonly string[], set: ReadonlySet<string>) => tags.some((t) => set.has(t));

/** How big a place the lexicon knows a name as: a country or a city (null: neither, or unknown). */
export function placeScale(name: string): 'country' | 'city' | null {
  // "US" and "Britain" are countries the lexicon knows by another of their names.
  const names = SAME_PLACE.find((group) => group.includes(name)) ?? [name];
  const tags = names.flatMap((n) => tagsOf(n.toLowerCase()));
  return tags.includes('Country') ? 'country' : tags.includes('City') ? 'city' : null;
}

/** The kind of a name written as `words` ("Peter Baxter", "New Zealand", "Kenyan"). */
export function nameKind(words: readonly string[]): NameKind {
  const whole = tagsOf(words.join(' ').toLowerCase());
  // "US" and "the States" are the country, though the lexicon knows neither as one.
  if (!whole.includes('Demonym') && SAME_PLACE.some((group) => group.includes(words.join(' '))))
    return 'place';
  if (has(whole, ORG_TAGS)) return 'organisation';
  if (has(whole, PLACE_TAGS)) return 'place';
  if (words.length === 1 && whole.includes('Demonym')) return 'nationality';
  if (words.length > 1 && isPlaceDemonym(words)) return 'nationality';
  // "English", "Spanish": a word in -ish the lexicon lacks, of a country it knows.
  if (words.length === 1 && whole.length === 0 && /^[A-Z][a-z]+ish$/.test(words[0]!) && countryOf(words[0]!))
    return 'nationality';
  const first = tagsOf(words[0]!.toLowerCase());
  if (words.length > 1 && has(first, PERSON_TAGS)) return 'person';
  if (words.length === 1 && has(whole, PERSON_TAGS) && !has(whole, PLACE_TAGS)) return 'person';
  if (words.some((w) => has(tagsOf(w.toLowerCase()), ORG_TAGS))) return 'organisation';
  // "UK Athletics", "Kenyan Railways": a place or nationality and one word that is no person's
  // name is a body named for where it is, not a person.
  if (
    words.length === 2 &&
    !has(first, PERSON_TAGS) &&
    (has(first, PLACE_TAGS) || first.includes('Demonym'))
  ) {
    const second = tagsOf(words[1]!.toLowerCase());
    if (!has(second, PERSON_TAGS) && !has(second, PLACE_TAGS)) return 'organisation';
  }
  if (words.length <= 2 && words.every((w) => has(tagsOf(w.toLowerCase()), PLACE_TAGS))) return 'place';
  return 'unknown';
}

/** A demonym's ending and the place name's ending it stands for: "Lankan" Lanka, "Zealander" Zealand. */
const DEMONYM_ENDINGS: readonly (readonly [RegExp, string])[] = [
  [/n$/, ''],
  [/er$/, ''],
  [/an$/, 'o'],
];

/**
 * "Sri Lankan", "New Zealander", "South African": several words whose last, unmade into its
 * place's ending, gives a place the lexicon knows ("Sri Lanka") — a nationality, not a person.
 */
function isPlaceDemonym(words: readonly string[]): boolean {
  const last = words.at(-1)!;
  if (!/^[A-Z][a-z]+$/.test(last)) return false;
  const head = words.slice(0, -1).join(' ').toLowerCase();
  return DEMONYM_ENDINGS.some(([ending, place]) => {
    if (!ending.test(last)) return false;
    return has(tagsOf(`${head} ${last.toLowerCase().replace(ending, place)}`), PLACE_TAGS);
  });
}

const VERB_TAGS = new Set(['PastTense', 'Copula', 'Modal', 'Auxiliary', 'Gerund']);

/** Whether the lexicon knows the word as a verb form that never names a thing ("won", "said", "is"). */
export function isVerbForm(word: string): boolean {
  return has(tagsOf(word.toLowerCase()), VERB_TAGS);
}

/** A lower-case word the lexicon knows only as a place or a body ("ukraine", "siemens"), if it is one. */
export function lowerCaseName(word: string): 'place' | 'organisation' | null {
  if (word.length < 3) return null;
  const tags = tagsOf(word);
  if (tags.length === 0 || tags.some((t) => !PLACE_TAGS.has(t) && !ORG_TAGS.has(t))) return null;
  return has(tags, PLACE_TAGS) ? 'place' : 'organisation';
}

/** "he" or "she" by a first name the lexicon knows; null when it does not say. */
export function nameGender(words: readonly string[]): 'male' | 'female' | null {
  for (const w of words.slice(0, -1).length > 0 ? words.slice(0, -1) : words) {
    const tags = tagsOf(w.toLowerCase());
    if (tags.includes('MaleName')) return 'male';
    if (tags.includes('FemaleName')) return 'female';
  }
  return null;
}

/**
 * Countries and unions that news names in several ways ("the States", "US gamers", "in Britain",
 * "UK shops"): a name of one of them matches an article writing any of its forms. The lexicon has
 * no such links, and these few cover most of English-language news; each form is matched as words.
 */
const SAME_PLACE: readonly (readonly string[])[] = [
  ['United States', 'US', 'USA', 'U.S.', 'America', 'American', 'Americans', 'States'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British'],
  ['European Union', 'EU'],
  ['United Arab Emirates', 'UAE', 'Emirates'],
  ['Soviet Union', 'USSR'],
];

/** The other ways news writes a place name (`words` as asked), each as words; [] for most names. */
export function placeForms(words: readonly string[]): string[][] {
  const asked = words.join(' ').toLowerCase();
  const forms = SAME_PLACE.find((group) => group.some((form) => form.toLowerCase() === asked));
  return forms ? forms.filter((f) => f.toLowerCase() !== asked).map((f) => f.split(' ')) : [];
}

let countries: string[] | undefined;

/** The one-word countries the lexicon knows, lower case. */
function countryNames(): string[] {
  countries ??= Object.entries(lexiconOf())
    .filter(([key, tags]) => !key.includes(' ') && (Array.isArray(tags) ? tags : [tags]).includes('Country'))
    .map(([key]) => key);
  return countries;
}

let demonyms: Map<string, string[]> | undefined;

/**
 * The nationality words of a one-word country ("Belgium": Belgian), as the lexicon knows them and
 * countryOf reads them back: news writes "Belgian authorities" where the question asks of Belgium.
 */
export function countryDemonyms(country: string): string[] {
  if (!demonyms) {
    demonyms = new Map();
    for (const [key, tags] of Object.entries(lexiconOf())) {
      if (key.includes(' ') || !(Array.isArray(tags) ? tags : [tags]).includes('Demonym')) continue;
      const of = countryOf(key);
      if (of) demonyms.set(of, [...(demonyms.get(of) ?? []), key]);
    }
  }
  return demonyms.get(country) ?? [];
}

/**
 * The country a nationality word is of ("English": England, "Chinese": China): the one country
 * whose name begins as the word does (four letters; three for a word in -ish, "Spanish": Spain),
 * capitalised; null when none or several do.
 */
export function countryOf(word: string): string | null {
  const w = word.toLowerCase();
  const n = w.endsWith('ish') ? 3 : 4;
  if (w.length < n + 2) return null;
  const found = countryNames().filter((c) => c.startsWith(w.slice(0, n)));
  return found.length === 1 ? found[0]![0]!.toUpperCase() + found[0]!.slice(1) : null;
}
