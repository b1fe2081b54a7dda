/**
 * One outlet's article about a story: its own headline and wording of the shared facts, prose
 * around them, and the page furniture a scraped page carries (navigation, advertising, captions,
 * bylines, agency credits, "read more" links, story lists, reader comments, sign-up prompts), in
 * the outlet's habits: spelling of names, diacritics, hard wrapping, paragraph breaks.
 */
import { chance, int, mixSeed, mulberry32, pick, type Rng, Zipf } from './prng.js';
import { type Person, rareWord, type Story, story as storyAt } from './story.js';
import {
  ADJECTIVES,
  ADVERBS,
  AGENCIES,
  FIRST_NAMES,
  LAST_NAMES,
  MONTH_NAMES,
  NOUNS,
  type Outlet,
  OUTLETS,
  PREPOSITIONS,
  plural,
  TIME_REFERENCES,
  VERBS,
  type Verb,
} from './vocabulary.js';

export interface RenderedArticle {
  /** Declared id, or null when the file name is the id. */
  id: string | null;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
  body: string;
}

const nounRank = new Zipf(NOUNS.length, 0.9);
const verbRank = new Zipf(VERBS.length, 0.8);
const adjectiveRank = new Zipf(ADJECTIVES.length, 0.8);

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const an = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const thousands = (n: number): string => n.toLocaleString('en-US');

/** The words and habits of one outlet writing one story. */
class Voice {
  private readonly introduced = new Set<Person>();
  words = 0;

  constructor(
    readonly rng: Rng,
    readonly s: Story,
    readonly o: Outlet,
  ) {}

  /** Outlets with style 1 also drop diacritics ("Erdogan", "Sao Paulo"). */
  spell(text: string): string {
    return this.o.style === 1 ? fold(text) : text;
  }

  fullName(p: Person): string {
    const v = (names: string[]) => names[Math.min(this.o.style, names.length - 1)]!;
    return this.spell(`${v(p.first)} ${v(p.last)}`);
  }

  lastName(p: Person): string {
    return this.spell(p.last[Math.min(this.o.style, p.last.length - 1)]!);
  }

  /** First mention: role and full name; later: the surname, or a description. */
  mention(p: Person): string {
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      return `${this.spell(p.country.adjective)} ${p.role} ${this.fullName(p)}`;
    }
    if (chance(this.rng, 0.25)) return `the ${this.spell(p.country.adjective)} ${p.role.toLowerCase()}`;
    return this.lastName(p);
  }

  person(): Person {
    return pick(this.rng, this.s.people);
  }

  noun(): string {
    const r = this.rng();
    if (r < 0.3) return pick(this.rng, this.s.cluster.terms);
    if (r < 0.42) return pick(this.rng, this.s.keyTerms);
    return nounRank.pick(this.rng, NOUNS);
  }

  nouns(): string {
    const n = this.noun();
    return /s$/.test(n) ? n : plural(n);
  }

  adjective(): string {
    return adjectiveRank.pick(this.rng, ADJECTIVES);
  }

  verb(): Verb {
    return verbRank.pick(this.rng, VERBS);
  }

  /** "the new pipeline", "a deadly flood", "its budget". */
  np(): string {
    const noun = this.noun();
    const adj = chance(this.rng, 0.45) ? `${this.adjective()} ` : '';
    const det = pick(this.rng, ['the', 'the', 'the', 'a', 'its', 'their', 'the country’s']);
    if (det === 'a') return `${an(adj || noun)} ${adj}${noun}`;
    return `${det} ${adj}${noun}`;
  }

  place(): string {
    const s = this.s;
    const r = this.rng();
    if (r < 0.35) return this.spell(s.city);
    if (r < 0.6) return this.spell(s.country.name);
    if (r < 0.75 && s.other) return this.spell(s.other.name);
    if (r < 0.85) return `the ${this.spell(s.country.adjective)} capital`;
    return `the ${rareWord(this.rng)} ${pick(this.rng, ['district', 'valley', 'region', 'area', 'province'])}`;
  }

  when(): string {
    if (chance(this.rng, 0.15)) {
      const [, m, d] = this.s.date.split('-').map(Number) as [number, number, number];
      return `on ${MONTH_NAMES[m - 1]} ${d}`;
    }
    return pick(this.rng, TIME_REFERENCES);
  }

  source(): string {
    return pick(this.rng, [
      'officials said',
      'a senior official said',
      `the ${this.s.org} said`,
      `${this.lastName(this.person())} said`,
      'diplomatic sources said',
      'state media reported',
      'according to a statement',
      `${pick(this.rng, AGENCIES)} reported`,
    ]);
  }

  event(): string {
    return this.s.event;
  }

  /** Prose that carries the story's vocabulary but no particular fact. */
  filler(): string {
    const v = this.verb();
    const w = this.verb();
    switch (int(this.rng, 0, 9)) {
      case 0:
        return `${cap(this.np())} ${v.past} ${this.np()} ${pick(this.rng, PREPOSITIONS)} ${this.np()} ${this.when()}, ${this.source()}.`;
      case 1:
        return `${cap(this.source().replace(/ said$| reported$/, ''))} said ${this.np()} would ${v.base} ${this.np()} ${pick(this.rng, PREPOSITIONS)} ${this.place()} and ${w.base} ${this.np()}.`;
      case 2:
        return `${pick(this.rng, ['Analysts', 'Experts', 'Officials', 'Diplomats', 'Economists'])} ${pick(this.rng, ['say', 'believe', 'warn', 'expect'])} that ${this.np()} could ${v.base} ${this.np()} in ${this.place()} if ${this.np()} ${w.third} ${this.np()}.`;
      case 3:
        return `${cap(this.np())} ${pick(this.rng, ['rose', 'fell', 'grew', 'dropped'])} by ${int(this.rng, 1, 60)} percent ${this.when()}, the ${this.s.org} said in a statement.`;
      case 4:
        return `There has been ${this.adjective()} ${this.noun()} over ${this.np()} since ${pick(this.rng, MONTH_NAMES)}, when ${this.np()} ${v.past} ${this.np()} ${pick(this.rng, PREPOSITIONS)} ${this.place()}.`;
      case 5: {
        const p = this.person();
        return `${cap(this.mention(p))} ${v.past} ${this.np()} in ${this.place()} and ${w.past} ${this.np()} with ${this.np()}.`;
      }
      case 6:
        return `${cap(pick(this.rng, ADVERBS))}, ${this.np()} has ${v.participle} ${this.np()}, ${pick(this.rng, ['a move', 'a step', 'a decision'])} that ${this.np()} ${pick(this.rng, ['welcomed', 'criticised', 'questioned', 'opposed'])}.`;
      case 7:
        return `${thousands(int(this.rng, 2, 9000))} ${this.nouns()} ${pick(this.rng, ['were', 'have been'])} ${v.participle} ${pick(this.rng, PREPOSITIONS)} ${this.place()} ${this.when()}, ${this.source()}.`;
      case 8:
        return `The ${this.noun()} of ${this.np()} in ${this.place()} remains ${this.adjective()}, and ${this.np()} ${v.past} ${this.np()} ${this.when()}.`;
      default:
        return `${cap(this.np())} is expected to ${v.base} ${this.np()} and ${w.base} ${this.np()} ${this.when()}, ${this.source()}.`;
    }
  }

  /** The story's facts, worded differently by each outlet. */
  lead(): string {
    const s = this.s;
    const p = s.people[0]!;
    const city = this.spell(s.city);
    const when = this.when();
    switch (int(this.rng, 0, 4)) {
      case 0:
        return `${cap(this.mention(p))} ${pick(this.rng, ['announced', 'unveiled', 'confirmed', 'outlined'])} the ${s.event} in ${city} ${when}, ${this.source()}.`;
      case 1:
        return s.other
          ? `${this.spell(s.country.name)} and ${this.spell(s.other.name)} ${pick(this.rng, ['agreed', 'moved', 'pledged'])} to ${pick(this.rng, ['press ahead with', 'revive', 'finalise', 'review'])} the ${s.event} after talks in ${city} ${when}.`
          : `${this.spell(s.country.name)} ${pick(this.rng, ['pressed ahead with', 'revived', 'finalised', 'reviewed'])} the ${s.event} after talks in ${city} ${when}.`;
      case 2:
        return `The ${s.event} ${pick(this.rng, ['was cancelled', 'was postponed', 'went ahead', 'was approved'])} ${when}, ${this.mention(p)} told reporters in ${city}.`;
      case 3:
        return `${cap(when.replace(/^on /, 'On '))}, ${this.mention(p)} ${pick(this.rng, ['travelled', 'flew', 'went'])} to ${city} for talks on the ${s.event}, the first such visit in ${int(this.rng, 2, 12)} years.`;
      default:
        return `In ${city}, ${this.mention(p)} said the ${s.event} would ${pick(this.rng, ['go ahead', 'be delayed', 'be reviewed', 'cost more than planned'])} and called on the ${s.org} to ${pick(this.rng, ['help', 'step in', 'respond'])}.`;
    }
  }

  fact(): string {
    const s = this.s;
    const p = this.person();
    switch (int(this.rng, 0, 6)) {
      case 0:
        return `"${cap(pick(this.rng, ['we', 'our government', 'this country', 'the region']))} will ${this.verb().base} ${this.np()} and ${this.verb().base} the ${pick(this.rng, s.keyTerms)}," ${this.mention(p)} ${pick(this.rng, ['said', 'told reporters', `told ${this.o.name}`, 'said in a speech'])}.`;
      case 1:
        return `The ${pick(this.rng, s.keyTerms)} ${pick(this.rng, ['project', 'plan', 'deal', 'programme'])} will cost ${s.amount}, according to the ${s.org}.`;
      case 2:
        return `About ${thousands(s.count)} ${this.nouns()} are ${pick(this.rng, ['affected', 'involved', 'expected', 'at risk'])}, ${this.source()}.`;
      case 3:
        return `The ${s.event} comes after ${this.mention(p)} ${this.verb().past} the ${pick(this.rng, s.keyTerms)} near ${s.rare[0]} ${this.when()}.`;
      case 4:
        return `The ${s.rare[0]} ${pick(this.rng, ['consortium', 'group', 'authority', 'project'])} and ${s.rare[1]} ${pick(this.rng, ['Holdings', 'officials', 'residents', 'engineers'])} ${pick(this.rng, ['welcomed', 'criticised', 'questioned'])} the ${s.event}.`;
      case 5:
        return `${cap(this.np())} ${pick(this.rng, ['rose', 'fell'])} ${s.percent} percent after the ${s.event} was ${pick(this.rng, ['announced', 'delayed', 'confirmed'])}, ${this.source()}.`;
      default:
        return `The ${s.org} ${pick(this.rng, ['welcomed', 'criticised', 'questioned', 'backed'])} the ${s.event}, saying ${this.np()} should ${this.verb().base} ${this.np()}.`;
    }
  }

  headline(): string {
    const s = this.s;
    const p = s.people[0]!;
    switch (int(this.rng, 0, 4)) {
      case 0:
        return `${this.lastName(p)} ${pick(this.rng, ['announces', 'defends', 'backs', 'unveils'])} ${s.event} in ${this.spell(s.city)}`;
      case 1:
        return s.other
          ? `${this.spell(s.country.name)}, ${this.spell(s.other.name)} ${pick(this.rng, ['agree on', 'discuss', 'revive'])} ${s.event}`
          : `${this.spell(s.country.name)} ${pick(this.rng, ['pushes ahead with', 'reviews', 'halts'])} ${s.event}`;
      case 2:
        return `${cap(s.event)}: ${s.org} warns of ${pick(this.rng, s.keyTerms)} ${pick(this.rng, ['risks', 'delays', 'costs'])}`;
      case 3:
        return `${this.spell(s.country.adjective)} ${p.role.toLowerCase()} ${this.lastName(p)} heads to ${this.spell(s.city)} for ${s.event} talks`;
      default:
        return `${cap(pick(this.rng, s.keyTerms))} at centre of ${s.event} in ${this.spell(s.country.name)}`;
    }
  }
}

function countWords(s: string): number {
  return s.split(' ').length;
}

/** Breaks a paragraph into lines of at most `width` characters (plain-text wires). */
function hardWrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(line);
  return out.join('\n');
}

/** A headline of another story, for "read more" links and story lists. */
function otherHeadline(seed: number, rng: Rng, s: Story): string {
  const other = storyAt(seed, Math.max(0, s.n - int(rng, 1, 400)));
  const v = new Voice(rng, other, OUTLETS[0]!);
  return v.headline();
}

function comment(rng: Rng): string {
  const handle = `${pick(rng, FIRST_NAMES.anglo)}${int(rng, 1, 999)}`;
  const text = pick(rng, [
    'This is exactly what we were told last year and nothing changed.',
    'Who is going to pay for all of this? Ordinary people as usual.',
    'Great news, finally some progress!',
    'I doubt any of this will happen before the next election.',
    'Excellent reporting, thank you.',
  ]);
  return `${handle} ${int(rng, 1, 23)} hours ago\n${text}\nReply`;
}

/** Target words of an article's own text (furniture comes on top). */
const MIN_WORDS = 450;
const MAX_WORDS = 550;

export function renderArticle(
  seed: number,
  s: Story,
  outletIndex: number,
  articleNo: number,
): RenderedArticle {
  const o = OUTLETS[outletIndex]!;
  const rng = mulberry32(mixSeed(seed, 2, s.n, outletIndex));
  const voice = new Voice(rng, s, o);
  const title = voice.headline();

  const paragraphs: string[] = [];
  const lead = voice.lead();
  paragraphs.push(lead);
  const target = int(rng, MIN_WORDS, MAX_WORDS);
  let words = countWords(lead);
  while (words < target) {
    const sentences: string[] = [];
    const n = int(rng, 1, 3);
    for (let i = 0; i < n; i++) sentences.push(chance(rng, 0.4) ? voice.fact() : voice.filler());
    const p = sentences.join(' ');
    words += countWords(p);
    paragraphs.push(p);
  }

  // Page furniture, by shape as it appears on real pages.
  const top: string[] = [];
  if (chance(rng, 0.3)) top.push('Home | World | Business | Sport | Opinion | Video');
  if (chance(rng, 0.4)) top.push(title);
  if (chance(rng, 0.5)) top.push(`By ${pick(rng, FIRST_NAMES.europe)} ${pick(rng, LAST_NAMES.anglo)}`);
  if (chance(rng, 0.3)) top.push(`Published ${s.date}`);
  if (chance(rng, 0.1)) top.push(lead);
  if (chance(rng, 0.3)) {
    paragraphs[0] = `${voice.spell(s.city).toUpperCase()}: ${paragraphs[0]}`;
  }
  const body = [...paragraphs];
  if (chance(rng, 0.5)) body.splice(int(rng, 1, Math.min(4, body.length - 1)), 0, 'Advertisement');
  if (chance(rng, 0.2)) body.splice(1, 0, `Photo: ${pick(rng, AGENCIES)}`);
  if (chance(rng, 0.2))
    body.splice(int(rng, 2, body.length - 1), 0, `Read more: ${otherHeadline(seed, rng, s)}`);

  const tail: string[] = [];
  if (chance(rng, 0.3)) tail.push(pick(rng, AGENCIES));
  if (chance(rng, 0.25)) {
    tail.push('Related stories');
    for (let i = 0; i < 3; i++) {
      tail.push(otherHeadline(seed, rng, s));
      const [y, m, d] = s.date.split('-');
      tail.push(`Updated ${Number(d)} ${MONTH_NAMES[Number(m) - 1]!.slice(0, 3)}, ${y}`);
    }
  }
  if (o.comments && chance(rng, 0.6)) {
    tail.push(`Comments (${int(rng, 1, 4)})`);
    for (let i = int(rng, 1, 3); i > 0; i--) tail.push(comment(rng));
  }
  if (chance(rng, 0.4)) {
    tail.push(
      `Stay informed on all the latest news, and follow ${o.name} on social media for breaking news updates.`,
    );
  }

  let text = [...top, ...body, ...tail];
  if (o.wraps) text = text.map((p) => hardWrap(p, 72));
  // Some outlets separate paragraphs by a blank line, others by a line break only.
  const separator = outletIndex % 3 === 0 ? '\n' : '\n\n';
  const id = outletIndex % 2 === 0 ? `${o.slug}-${s.date}-${articleNo}` : null;
  return {
    id,
    title,
    publisher: o.name,
    published: chance(rng, 0.9) ? s.date : null,
    url: chance(rng, 0.7) ? `https://${o.domain}/${s.date.replace(/-/g, '/')}/story-${articleNo}` : null,
    body: `${text.join(separator)}\n`,
  };
}
