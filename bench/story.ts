/**
 * The facts of one synthetic news story, a pure function of (seed, story number): who, where, when,
 * what, with figures and a few rare words of its own. Several outlets report the same story in
 * their own words (render.ts); nothing here is random outside the seeded generator.
 */
import { chance, int, mixSeed, mulberry32, pick, type Rng, Zipf } from './prng.js';
import {
  CLUSTERS,
  type Cluster,
  COUNTRIES,
  type Country,
  FIRST_NAMES,
  LAST_NAMES,
  ORGANISATIONS,
  OUTLETS,
  ROLES,
  SYLLABLES,
} from './vocabulary.js';

export interface Person {
  /** Spellings of the first name; index = an outlet's style where there are two. */
  first: string[];
  last: string[];
  role: string;
  country: Country;
}

export interface Story {
  n: number;
  cluster: Cluster;
  event: string;
  country: Country;
  /** The other country in a bilateral story. */
  other: Country | null;
  city: string;
  people: Person[];
  org: string;
  /** YYYY-MM-DD */
  date: string;
  keyTerms: string[];
  /** Rare proper nouns of this story (a project, a firm, a village). */
  rare: string[];
  amount: string;
  count: number;
  percent: string;
  /** Indexes into OUTLETS of the outlets that carry the story. */
  outlets: number[];
}

/** Stories start on this day; a dozen break each day, so a bigger corpus spans more years. */
const FIRST_DAY = Date.UTC(2012, 0, 1);
const STORIES_PER_DAY = 12;
const PEOPLE_PER_COUNTRY = 60;
/** Distinct rare words; drawn Zipf-wise, so a large corpus keeps meeting new ones. */
const TAIL_WORDS = 120_000;

const countryRank = new Zipf(COUNTRIES.length, 1.0);
const personRank = new Zipf(PEOPLE_PER_COUNTRY, 1.1);
const tailRank = new Zipf(TAIL_WORDS, 1.0);
const outletRank = new Zipf(OUTLETS.length, 0.6);
const clusterRank = new Zipf(CLUSTERS.length, 0.5);

const splitVariants = (name: string): string[] => name.split('/');

/** The `j`-th person of a country (the lower j, the more senior and the more often in the news). */
export function person(seed: number, country: Country, j: number): Person {
  const rng = mulberry32(mixSeed(seed, 7, COUNTRIES.indexOf(country), j));
  const role = j < ROLES.length ? ROLES[j]! : pick(rng, ROLES.slice(8));
  return {
    first: splitVariants(pick(rng, FIRST_NAMES[country.region])),
    last: splitVariants(pick(rng, LAST_NAMES[country.region])),
    role,
    country,
  };
}

/** A made-up proper noun, distinct for each rank: "Karvessa", "Tolimor". */
export function tailWord(rank: number): string {
  const n = SYLLABLES.length;
  let r = rank + n;
  let word = '';
  while (r > 0) {
    word += SYLLABLES[r % n];
    r = Math.floor(r / n);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function rareWord(rng: Rng): string {
  return tailWord(tailRank.draw(rng));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const OUTLET_COUNTS = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4];

export function story(seed: number, n: number): Story {
  const rng = mulberry32(mixSeed(seed, 1, n));
  const cluster = CLUSTERS[clusterRank.draw(rng)]!;
  const country = COUNTRIES[countryRank.draw(rng)]!;
  let other: Country | null = null;
  if (chance(rng, 0.45)) {
    other = COUNTRIES[countryRank.draw(rng)]!;
    if (other === country) other = COUNTRIES[(COUNTRIES.indexOf(country) + 1) % COUNTRIES.length]!;
  }
  const host = other && chance(rng, 0.4) ? other : country;
  const city = chance(rng, 0.5) ? host.capital : pick(rng, [host.capital, ...host.cities]);
  const people = [person(seed, country, personRank.draw(rng))];
  if (other) people.push(person(seed, other, personRank.draw(rng)));
  people.push(person(seed, country, personRank.draw(rng)));
  const org = chance(rng, 0.6) ? pick(rng, cluster.orgs) : pick(rng, ORGANISATIONS);
  const keyTerms: string[] = [];
  while (keyTerms.length < 4) {
    const t = pick(rng, cluster.terms);
    if (!keyTerms.includes(t)) keyTerms.push(t);
  }
  const outlets: number[] = [];
  const want = pick(rng, OUTLET_COUNTS);
  while (outlets.length < want) {
    const o = outletRank.draw(rng);
    if (!outlets.includes(o)) outlets.push(o);
  }
  const day = Math.floor(n / STORIES_PER_DAY) + int(rng, -2, 0);
  const amountValue = chance(rng, 0.5) ? `${int(rng, 2, 95) / 10} billion` : `${int(rng, 20, 900)} million`;
  return {
    n,
    cluster,
    event: pick(rng, cluster.events),
    country,
    other,
    city,
    people,
    org,
    date: isoDay(FIRST_DAY + Math.max(0, day) * 86_400_000),
    keyTerms,
    rare: [rareWord(rng), rareWord(rng)],
    amount: `$${amountValue}`,
    count: int(rng, 3, 4000),
    percent: `${int(rng, 1, 40)}.${int(rng, 0, 9)}`,
    outlets,
  };
}
