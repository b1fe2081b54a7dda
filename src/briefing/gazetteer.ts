/**
 * What kind of thing a capitalised name is — a person, a place, an organisation, or a word of
 * nationality — read from compromise's English lexicon (first names, countries, cities, regions,
 * companies, demonyms: ~24,000 entries). Only the lexicon is used: tagging whole sentences costs
 * ~12 ms each here, a lookup nothing. Names the lexicon does not know stay 'unknown' and are
 * judged by their shape and the words around them (answer-spans.ts).
 */
import nlp from 'compromise/two';

export type NameKind = 'person' | 'place' | 'organisation' | 'nationality' | 'unknown';

type Tags = string | string[] | undefined;

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, Tags> } } } }).world().model
  .one.lexicon;

function tagsOf(key: string): string[] {
  const tags = lexicon[key];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);

const has = (tags: readonly string[], set: ReadonlySet<string>) => tags.some((t) => set.has(t));

/** The kind of a name written as `words` ("Nikolai Makarov", "New Zealand", "Russian"). */
export function nameKind(words: readonly string[]): NameKind {
  const whole = tagsOf(words.join(' ').toLowerCase());
  if (has(whole, ORG_TAGS)) return 'organisation';
  if (has(whole, PLACE_TAGS)) return 'place';
  if (words.length === 1 && whole.includes('Demonym')) return 'nationality';
  const first = tagsOf(words[0]!.toLowerCase());
  if (words.length > 1 && has(first, PERSON_TAGS)) return 'person';
  if (words.length === 1 && has(whole, PERSON_TAGS) && !has(whole, PLACE_TAGS)) return 'person';
  if (words.some((w) => has(tagsOf(w.toLowerCase()), ORG_TAGS))) return 'organisation';
  if (words.length <= 2 && words.every((w) => has(tagsOf(w.toLowerCase()), PLACE_TAGS))) return 'place';
  return 'unknown';
}
