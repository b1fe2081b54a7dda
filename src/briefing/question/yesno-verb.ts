/**
 * The verb a yes/no question asks about ("Will the council approve the scheme?" → approve), and
 * the index terms a sentence may write it as: what a denial must govern to answer "No." of it.
 */
import { queryTerms } from '../../corpus/tokenize.js';
import { escapeRegExp } from '../analysis/patterns.js';
import { isVerbForm, tagsOf } from './gazetteer.js';
import { synonyms } from './synonyms.js';
import { verbForms } from './verb-forms.js';
import { familyCandidates } from './word-family.js';

/** The auxiliary a yes/no question opens with, and the kind of verb form it takes. */
const OPENER = /^\W*(did|does|do|will|would|can|could|should|must|has|have|had|is|are|was|were)\s+(.+?)\W*$/i;
/** Words of a subject that are never its verb. */
const SUBJECT_WORD =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|in|at|on|for|with|from|by|and|or|to|any|all|some|every|anyone|anybody|anything|someone|it|he|she|they|we|you|i|there|still|already|ever|really|also|actually|yet|now|then|just|even|not|never)$/;
/** "going to", "about to": the verb is the one after "to". */
const GOING_TO = /^(?:going|about|planning|hoping|trying|set|due|likely|expected|able)$/;
/** Determiners an object opens with: "back the scheme", "pull the CD". */
const OBJECT_OPENER = /^(?:the|a|an|his|her|its|their|any|this|that)$/;
/** Forms of "be": a question of being asks no verb. */
const BE = /^(?:be|been|being)$/;
/** Words of the subject read before giving up: past them the question is not plain. */
const MAX_SUBJECT = 6;

/** Whether the lexicon knows no verb in a word: "council back", "foreign minister". */
function isNounLike(t: readonly string[]): boolean {
  return !t.some((tag) =>
    /^(?:Infinitive|PastTense|Participle|Gerund|PresentTense|Verb|Modal|Auxiliary|Copula)$/.test(tag),
  );
}

/** Whether `word` is a form the auxiliary takes: a bare verb after "did"/"will", a participle after "is"/"has". */
function verbAfter(aux: string, word: string, next: string | undefined, afterName: boolean): boolean {
  const t = tagsOf(word);
  if (/^(?:is|are|was|were|has|have|had)$/.test(aux))
    return (
      /(?:ed|ing)$/.test(word) || t.includes('PastTense') || t.includes('Participle') || t.includes('Gerund')
    );
  if (t.includes('Infinitive')) return true;
  // "Did the Monaco meeting change …?": "did" and "will" take a bare verb, never a gerund.
  if (t.includes('Gerund')) return false;
  // "Did Valve leak …", "did they win …": the word after a name or a pronoun, unless a bare verb
  // follows it ("Will Corlan council approve …").
  if (afterName) return !(next && /^[a-z]{3,}$/.test(next) && !SUBJECT_WORD.test(next) && isNounLike(t));
  // "Will the council back the scheme?": a noun-like word followed by its object's determiner.
  return !!next && OBJECT_OPENER.test(next) && t.length > 0 && !isVerbForm(word);
}

/** A bare verb after "to", or null ("be" asks of being). */
function bareVerb(word: string | undefined): string | null {
  const verb = word?.toLowerCase();
  return verb && /^[a-z]{2,}$/.test(verb) && verb !== 'be' ? verb : null;
}

/**
 * The verb a plain yes/no question asks about, lower case, or null when none is found (a
 * question of being: "Was Toxic her first win?").
 */
export function yesNoVerb(question: string): string | null {
  const m = OPENER.exec(question);
  if (!m) return null;
  const aux = m[1]!.toLowerCase();
  const words = m[2]!.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  let seenSubject = false;
  let afterName = false;
  for (let i = 0; i < words.length && i <= MAX_SUBJECT; i++) {
    const w = words[i]!;
    if (!w) continue;
    const lower = w.toLowerCase();
    if (/^\p{Lu}/u.test(w) || /['’]s?$/.test(w) || /\d/.test(w)) {
      seenSubject = true;
      afterName = /^\p{Lu}/u.test(w) && !/['’]s?$/.test(w);
      continue;
    }
    // "Is the minister to quit …?": the verb after "to".
    if (seenSubject && lower === 'to' && /^(?:is|are|was|were)$/.test(aux)) return bareVerb(words[i + 1]);
    if (SUBJECT_WORD.test(lower)) {
      afterName = /^(?:it|he|she|they|we|you|i|anyone|anybody|someone)$/.test(lower);
      if (afterName) seenSubject = true;
      continue;
    }
    if (seenSubject && GOING_TO.test(lower) && words[i + 1]?.toLowerCase() === 'to')
      return bareVerb(words[i + 2]);
    const next = words[i + 1]?.toLowerCase();
    if (seenSubject && /^[a-z]{3,}$/.test(lower) && verbAfter(aux, lower, next, afterName))
      return BE.test(lower) ? null : lower;
    // The subject's head, or a word of a compound ("the Freedonian delegation move …"); past it, a
    // word that is no verb ends the search: the question asks of being ("Is the site reachable?").
    const tags = tagsOf(lower);
    const gerundNoun = !/^(?:is|are|was|were|has|have|had)$/.test(aux) && tags.includes('Gerund');
    const compound =
      !!next && /^[a-z]{3,}$/.test(next) && !SUBJECT_WORD.test(next) && (isNounLike(tags) || gerundNoun);
    if (seenSubject && !compound) return null;
    seenSubject = true;
    afterName = false;
  }
  return null;
}

/**
 * The name a yes/no question's verb takes for object, by its last word ("Will Ode meet Jane Marlow
 * in Lisbon?" → "Marlow"), or null: whom the verb is asked of, which an answer must name.
 */
export function yesNoObject(question: string, verb: string): string | null {
  const m = new RegExp(
    `\\b${escapeRegExp(verb)}\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]*)`,
    'u',
  ).exec(question);
  return m
    ? m[1]!
        .split(/\s+/)
        .at(-1)!
        .replace(/['’]s$/, '')
    : null;
}

/** The index terms a sentence may write the verb as: its forms and its synonyms. */
export function verbTerms(verb: string): Set<string> {
  const out = new Set<string>();
  for (const term of queryTerms(verb)) {
    out.add(term);
    for (const form of verbForms(term)) out.add(form);
    // "approve" is said by "approval", "win" by "winner".
    for (const kin of familyCandidates(term)) out.add(kin);
  }
  for (const synonym of synonyms(verb)) for (const term of queryTerms(synonym)) out.add(term);
  return out;
}

/** "What's he …", "what did they …", "which film is she …": the wh-words and the object before the auxiliary. */
const WH_OPENER =
  /^\W*(?:what|which|who|whom)(?:\s+[a-z]+)?(?:['’]s\s+|\s+(?=(?:did|does|do|will|would|can|could|should|has|have|had|is|are|was|were)\s))/i;

/**
 * The verb a wh-question asks of its subject, read as the yes/no question it becomes without its
 * wh-words ("What's he finishing off first?" asks "is he finishing …?": "finishing"), or null.
 */
export function whVerb(question: string): string | null {
  const m = WH_OPENER.exec(question);
  if (!m) return null;
  const rest = question.slice(m[0].length);
  return yesNoVerb(/['’]s\s+$/.test(m[0]) ? `is ${rest}` : rest);
}
