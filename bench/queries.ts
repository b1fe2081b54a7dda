/**
 * What the benchmark asks: topics for `brief` (country x subject, with people, organisations and
 * places as facets, like data/topics.json) and questions for `ask` drawn from stories that are in
 * the corpus, in the forms people type them: when/why/how much/who questions, bare keywords, the
 * other spelling of a name, and a few that nothing answers.
 */
import { chance, mixSeed, mulberry32, pick, Zipf } from './prng.js';
import { person, rareWord, story } from './story.js';
import { CLUSTERS, COUNTRIES } from './vocabulary.js';

export interface BenchTopic {
  slug: string;
  title: string;
  terms: string[];
}

const slugify = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function makeTopics(seed: number, count: number): BenchTopic[] {
  const rng = mulberry32(mixSeed(seed, 11));
  const countries = new Zipf(COUNTRIES.length, 1.0);
  const topics: BenchTopic[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; topics.length < count && attempt < count * 50; attempt++) {
    const country = COUNTRIES[countries.draw(rng)]!;
    const cluster = pick(rng, CLUSTERS);
    const slug = `${slugify(country.name)}-${cluster.name}`;
    if (seen.has(slug)) continue;
    seen.add(slug);
    const terms = new Set<string>([country.name]);
    const other = COUNTRIES[countries.draw(rng)]!;
    if (other !== country) terms.add(`${country.name} ${other.name}`);
    while (terms.size < 5) terms.add(chance(rng, 0.5) ? pick(rng, cluster.events) : pick(rng, cluster.terms));
    for (let j = 0; j < 2; j++) terms.add(person(seed, country, j * 2 + (chance(rng, 0.5) ? 1 : 0)).last[0]!);
    terms.add(pick(rng, cluster.orgs));
    terms.add(country.capital);
    topics.push({ slug, title: `${country.name}: ${cluster.name}`, terms: [...terms] });
  }
  return topics;
}

/** `count` questions about the first `stories` stories of the corpus (seeded, spread evenly). */
export function makeQuestions(seed: number, stories: number, count: number): string[] {
  const rng = mulberry32(mixSeed(seed, 12));
  const out: string[] = [];
  for (let q = 0; q < count; q++) {
    const s = story(seed, Math.floor(((q + rng()) * stories) / count) % Math.max(1, stories));
    const p = s.people[0]!;
    // Half of the time the other spelling of a name, where there is one.
    const last = chance(rng, 0.5) ? p.last.at(-1)! : p.last[0]!;
    const first = chance(rng, 0.5) ? p.first.at(-1)! : p.first[0]!;
    const term = pick(rng, s.keyTerms);
    switch (q % 12) {
      case 0:
        out.push(`When did ${last} visit ${s.city}?`);
        break;
      case 1:
        out.push(`What did ${first} ${last} say about the ${term}?`);
        break;
      case 2:
        out.push(`Why was the ${s.event} postponed?`);
        break;
      case 3:
        out.push(`How much will the ${term} project cost?`);
        break;
      case 4:
        out.push(`What is the ${s.org} doing about the ${term} in ${s.country.name}?`);
        break;
      case 5:
        out.push(`${s.country.name} ${s.event}`);
        break;
      case 6:
        out.push(`Who met ${last} in ${s.city}?`);
        break;
      case 7:
        out.push(`What happened with the ${s.rare[0]} ${term}?`);
        break;
      case 8:
        out.push(`latest on ${s.country.name} ${s.cluster.name}`);
        break;
      case 9:
        out.push(s.other ? `${s.country.name} ${s.other.name} ${s.event}` : `${s.city} ${term} ${s.event}`);
        break;
      case 10:
        out.push(`How many people are affected by the ${s.event} in ${s.city}?`);
        break;
      default:
        // Nothing in the corpus answers these: the "nothing found" path costs time too.
        out.push(`what about the ${rareWord(rng).toLowerCase()} ${rareWord(rng).toLowerCase()} scheme?`);
    }
  }
  return out;
}
