/**
 * Words of a question that ask nothing of its names, so that a sentence need not say them to answer:
 * "how many Oscars did The Aviator end up with?" is told by "won five Oscars", "where is the heroine
 * Lyra from?" by "Springfield school child Lyra". Retrieval still searches them; only the check that the
 * best sentences say what is asked (question-search.ts) leaves them out.
 */
import { isVerbForm } from './gazetteer.js';
import { nounKind } from './noun-kinds.js';

/**
 * Hedges and adverbs of degree or time: "really worth", "roughly how much", "still have to". They
 * qualify the question's verb; no sentence is told apart by them.
 */
const HEDGES =
  /\b(?:think|thinks|believe|believes|reckon|reckons|really|actually|roughly|approximately|exactly|precisely|already|still|ever|currently|finally|eventually|originally|initially|allegedly|reportedly|apparently|supposedly)\b/gi;

/**
 * "end up with", "came away with": a verb that, with its particle, means only "got" — the count or
 * the name that follows is the whole of what is asked.
 */
const GOT_PHRASE =
  /\b(end|ends|ended|ending|wind|winds|wound|winding|come|comes|came|coming|walk|walks|walked|walking)\s+(?:up|away)\s+with\b/gi;

/**
 * "the heroine Lyra", "striker Thierry Henry": a noun for a person set before a name describes
 * whom the question is about; it asks nothing of them.
 */
const BEFORE_NAME = /\b([a-z]+)\s+(?=[A-Z][\p{L}'’-]*)/gu;

const PLURAL = /[^s]s$/;

/** "Which country is X from?", "what nationality is X?": the country a person is of. */
export const NATION_ASKED =
  /^\W*(?:(?:which|what)\s+(country|nation)\s+(?:is|was|are|were|does|do|did)\s+.+?\s+(?:come\s+)?from|what\s+(nationality)\s+(?:is|was|are|were)\s+.+?)\W*$/i;

/**
 * "Where is the show held?", "where will the final take place?": a verb of staging or standing,
 * asked with "where", asks only the place — "gathered in Springfield for the annual show" answers.
 */
const WHERE_STAGED =
  /^\W*where\b.*?\b(held|hold|holding|staged|stage|staging|hosted|host|hosting|located|situated|based|take|takes|taking|took|happen|happens|happened|happening)\b(?:\s+place\b)?/i;

/** The lower-case words of `question` that ask nothing of its names (see the module comment). */
export function idleWords(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(HEDGES)) out.add(m[0].toLowerCase());
  for (const m of question.matchAll(GOT_PHRASE)) out.add(m[1]!.toLowerCase());
  // "Which country is Naylor from?" is told by "Ruritanian Paul Naylor", which says no "country".
  const nation = NATION_ASKED.exec(question);
  if (nation) out.add((nation[1] ?? nation[2]!).toLowerCase());
  if (nation && /\bcome\s+from\W*$/i.test(question)) out.add('come');
  const staged = WHERE_STAGED.exec(question);
  // "take" idles only in "take place".
  if (staged && (!/^t(?:ake|akes|aking|ook)$/i.test(staged[1]!) || /\splace\b/i.test(staged[0])))
    out.add(staged[1]!.toLowerCase());
  for (const m of question.matchAll(BEFORE_NAME)) {
    const word = m[1]!;
    // One person described: "the creditors China Aviation Oil has to win over" are whom it asks for.
    if (nounKind(word) === 'person' && !isVerbForm(word) && !PLURAL.test(word)) out.add(word);
  }
  return out;
}

/**
 * "lodge an appeal", "file a complaint": a verb whose object follows it is said by a sentence that
 * says the object ("has 10 days to appeal"). The object of each such verb the question writes.
 */
export function supportedObjects(question: string): Map<string, string> {
  const out = new Map<string, string>();
  // A verb by the lexicon, or by the "to" before it ("got to lodge an appeal": "lodge" is a noun too).
  for (const m of question.matchAll(/\b(to\s+)?([a-z]+)\s+(?:an?|the)\s+([a-z]{3,})\b/g)) {
    if (m[1] || isVerbForm(m[2]!)) out.set(m[2]!, m[3]!);
  }
  return out;
}
