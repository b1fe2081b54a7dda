/**
 * Phrasal verbs and the words they mean: news writes "called on the army chief" for "met",
 * "turned down the offer" for "rejected", "took over from" for "replaced". Word embeddings give one
 * vector a word, so a verb and its particle mean nothing together there, and no installable
 * lexicon links the two; these are common English phrases of news, not of any one story.
 */
import { escapeRegExp } from '../analysis/patterns.js';
import { stem } from '../../corpus/tokenize.js';
import { Memo } from '../memo.js';
import { nounKind } from './noun-kinds.js';

/** A word and the phrases that say it. */
const MEANINGS: Readonly<Record<string, readonly string[]>> = {
  meet: ['call on', 'hold talks', 'sit down with'],
  visit: ['call on', 'drop in on'],
  // "Who asked her to come?" is told "at the invitation of …": asking someone over is inviting.
  invite: ['ask to come', 'ask to visit', 'ask to join', 'ask over'],
  cancel: ['call off', 'pull out of', 'scrap'],
  withdraw: ['pull out', 'back out', 'drop out'],
  // "What got him dropped from the team?" is told by "was axed" or "left out of the squad"
  // ("ax": the stem "axed" and "axes" share, which "axe" itself does not index to).
  drop: ['ax', 'leave out'],
  resign: ['step down', 'stand down'],
  quit: ['step down', 'stand down', 'walk out'],
  replace: ['take over from', 'step in for'],
  succeed: ['take over from'],
  beat: ['see off', 'finish ahead of', 'finish clear of', 'knock out'],
  defeat: ['see off', 'knock out'],
  donate: ['chip in', 'hand over'],
  give: ['hand over', 'chip in'],
  reject: ['turn down', 'knock back'],
  refuse: ['turn down'],
  postpone: ['put off', 'push back'],
  delay: ['put off', 'push back', 'hold up'],
  found: ['set up'],
  establish: ['set up'],
  create: ['set up'],
  // "When does the tour begin?" is told "the tour kicks off in mid-February".
  begin: ['kick off', 'get under way'],
  start: ['kick off', 'get under way'],
  investigate: ['look into'],
  examine: ['look into'],
  reduce: ['cut back', 'scale back'],
  increase: ['step up', 'ramp up'],
  support: ['stand by', 'back up'],
  discover: ['find out'],
  arrive: ['turn up', 'touch down', 'fly in'],
  attend: ['turn up', 'show up'],
  appear: ['show up', 'turn up', 'crop up', 'pop up'],
  continue: ['carry on', 'press on'],
  end: ['wind up', 'call time on', 'wrap up'],
  complete: ['wrap up'],
  conclude: ['wrap up'],
  finish: ['wrap up'],
  close: ['shut down', 'wind up'],
  collapse: ['fall through', 'break down'],
  fail: ['fall through'],
  tolerate: ['put up with'],
  pay: ['fork out', 'shell out'],
  rise: ['go up', 'shoot up', 'climb', 'jump'],
  fall: ['go down', 'drop', 'slip', 'tumble'],
  spend: ['fork out', 'shell out'],
  merge: ['tie up', 'team up', 'join forces'],
  merger: ['tie up', 'team up', 'join forces'],
  alliance: ['tie up', 'team up', 'join forces'],
  jail: ['lock up', 'do time', 'put away'],
  imprison: ['lock up', 'put away'],
  attack: ['go after', 'hit out at'],
  target: ['go after'],
  injure: ['get hurt'],
  reconcile: ['bury the hatchet', 'patch up', 'make peace'],
  // "How many games in a row has he won?" is told "his ninth consecutive win".
  row: ['consecutive', 'successive'],
  // An office English also names in other words: "premier" is written "prime minister".
  premier: ['prime minister'],
};

/** The small words of a phrase, which say nothing of its meaning alone. */
const PARTICLES = new Set([
  'up',
  'down',
  'in',
  'on',
  'out',
  'off',
  'over',
  'with',
  'from',
  'of',
  'at',
  'for',
  'after',
  'the',
  'a',
  'back',
  'by',
  'through',
  'ahead',
  'clear',
  'forces',
]);

/** Past tenses and participles that do not add -ed. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  take: ['took', 'taken'],
  hold: ['held'],
  sit: ['sat'],
  see: ['saw', 'seen'],
  give: ['gave', 'given'],
  stand: ['stood'],
  find: ['found'],
  fly: ['flew', 'flown', 'flies'],
  break: ['broke', 'broken'],
  fall: ['fell', 'fallen'],
  leave: ['left'],
  show: ['shown'],
  go: ['went', 'gone', 'goes'],
  do: ['did', 'done', 'does'],
  get: ['got', 'gotten'],
  make: ['made'],
  shoot: ['shot'],
  wind: ['wound'],
  shut: [],
  put: [],
  set: [],
  cut: [],
};

/** Every form of a verb: "call" → call, calls, called, calling; "step" → stepped, stepping. */
function verbForms(verb: string): string[] {
  const irregular = IRREGULAR[verb];
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(verb) ? verb + verb.at(-1)! : verb;
  const base = verb.endsWith('e') ? verb.slice(0, -1) : doubled;
  const regular = irregular ? [`${verb}s`, `${base}ing`] : [`${verb}s`, `${base}ed`, `${base}ing`];
  return [verb, ...regular, ...(irregular ?? [])];
}

/** A verb's forms as text writes them, worked out once. */
const FORMS = new Map<string, readonly string[]>();
export function formsOf(verb: string): readonly string[] {
  let forms = FORMS.get(verb);
  if (!forms) FORMS.set(verb, (forms = verbForms(verb)));
  return forms;
}

/** Compiled once: every question tests every phrase, and building these patterns cost more than testing them. */
const PATTERNS = new Map<string, RegExp>();

/** A phrase as text may write it: any form of its verb, and up to three words before the particle ("turned the offer down"). */
function phraseRegExp(phrase: string): RegExp {
  let pattern = PATTERNS.get(phrase);
  if (!pattern) PATTERNS.set(phrase, (pattern = compilePhrase(phrase)));
  return pattern;
}

function compilePhrase(phrase: string): RegExp {
  const [verb, ...rest] = phrase.split(' ');
  const forms = verbForms(verb!).map(escapeRegExp).join('|');
  if (rest.length === 0) return new RegExp(`\\b(?:${forms})\\b`, 'i');
  const particle = rest.map(escapeRegExp).join('\\s+');
  // "a tie-up between Barclays and Wells Fargo": the phrase made a noun.
  return new RegExp(
    `\\b(?:${forms})\\b(?:(?:\\s+(?!${particle}\\b)[\\p{L}'’-]+){0,3}?\\s+|-)${particle}\\b`,
    'iu',
  );
}

export interface PhrasalAlike {
  /** The index term that finds such sentences: the phrase's verb ("call" of "called on"). */
  term: string;
  /** Whether a sentence says the phrase. */
  test: RegExp;
}

/** The phrases that say a question word (by its index term): "meet" → "called on …". */
export function phrasesFor(term: string): PhrasalAlike[] {
  const out: PhrasalAlike[] = [];
  for (const [word, phrases] of Object.entries(MEANINGS)) {
    if (stem(word) !== term) continue;
    for (const phrase of phrases) out.push({ term: stem(phrase.split(' ')[0]!), test: phraseRegExp(phrase) });
  }
  return out;
}

/**
 * "see" with a person for object: "Did the envoy see the prime minister?", "is she to see Mr Ode?"
 * asks of a meeting, which news writes "met", "held talks with" or "called on".
 */
const SEE_PERSON =
  /\b(?:see|sees|saw|seen|seeing)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}\p{Ll}+|(?:the|his|her|their|its|a|an)\s+((?:[a-z-]+\s+){0,2}[a-z]+))/u;
const SEEING_MEANS: readonly string[] = ['meet'];

/** Whether the question's "see" has a person for object: a name, or a noun phrase with a person's noun. */
function seesPerson(question: string): boolean {
  const m = SEE_PERSON.exec(question);
  if (!m) return false;
  return m[1] === undefined || m[1].split(/\s+/).some((word) => nounKind(word) === 'person');
}

/**
 * A common word that means another in a phrase: "after she got to Lisbon" is arriving there, "the
 * party's line on tax" its stance, which news writes "position", "view" or "perspective", and what
 * is "on the table" is discussed or proposed.
 */
const WORD_IN_PHRASE: readonly { pattern: RegExp; word: string; means: readonly string[] }[] = [
  { pattern: /\b(?:get|gets|got|getting|gotten)\s+to\s+\p{Lu}\p{Ll}+/u, word: 'get', means: ['arrive'] },
  { pattern: /\bline\s+on\b/i, word: 'line', means: ['position', 'stance', 'view', 'perspective'] },
  { pattern: /\bon\s+the\s+table\b/i, word: 'table', means: ['discuss', 'propose'] },
];

/**
 * The words a question's phrasal verbs mean, by the index term of the phrase's verb: "knock back
 * the offer" is also "reject" and "who did he take over from?" also "replace".
 */
export function meaningsIn(question: string): ReadonlyMap<string, readonly string[]> {
  return MEANT.get(question);
}

/** Kept by question text: one question's retrieval reads its phrases more than once. */
const MEANT = new Memo<string, ReadonlyMap<string, readonly string[]>>(256, (question) => {
  const out = new Map<string, string[]>();
  // A phrase's words after its verb, and one form of its verb, must all be words of the question
  // (its pattern bounds each by word boundaries), which rules out most phrases before their
  // patterns run. Not for non-ASCII text, where a case-insensitive pattern may match letters
  // that lower-casing keeps apart.
  const words = /[^\x00-\x7f]/.test(question) ? null : new Set(question.toLowerCase().split(/[^a-z0-9_]+/));
  for (const [word, phrases] of Object.entries(MEANINGS)) {
    for (const phrase of phrases) {
      if (!phrase.includes(' ')) continue;
      // "bury the hatchet": the noun of an idiom says its meaning as much as the verb does.
      const [verb, ...rest] = phrase.split(' ');
      if (words && !(rest.every((w) => words.has(w)) && formsOf(verb!).some((f) => words.has(f)))) continue;
      if (!phraseRegExp(phrase).test(question)) continue;
      const keys = [verb!, ...rest.filter((w) => !PARTICLES.has(w))];
      for (const key of new Set(keys.map(stem))) out.set(key, [...(out.get(key) ?? []), stem(word)]);
    }
  }
  if (seesPerson(question))
    out.set(stem('see'), [...(out.get(stem('see')) ?? []), ...SEEING_MEANS.map(stem)]);
  for (const { pattern, word, means } of WORD_IN_PHRASE)
    if (pattern.test(question)) out.set(stem(word), [...(out.get(stem(word)) ?? []), ...means.map(stem)]);
  return out;
});
