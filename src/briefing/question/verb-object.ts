/**
 * "Who did Davenport criticise?" is answered by the name written after the verb: "Davenport has
 * criticised Wimbledon", "Nokia has worked with electronics giant Philips"; "who introduced the
 * band?" by the name after a passive's "by": "were introduced to the crowd by Mick Jones"; "who
 * was fined?" by the passive's subject or the active's object: "CBS was fined", "the FCC fined
 * CBS"; "who did Cairn get its rights from?" by the name after "from". Such a name may be a
 * person, a body or a place: where it is written decides, not its kind.
 */
import { type AnswerSpan, answerSpans, isRoleOnly, nameSpans } from './answer-spans.js';
import { stem, termOf } from '../../corpus/tokenize.js';
import { verbForms } from './verb-forms.js';
import { phrasesFor } from './phrasal-verbs.js';
import { isVerbForm } from './gazetteer.js';

/**
 * What a "who" or "which" question asks of its verb: its object, the agent of its passive, its
 * patient, or the name after a preposition the question leaves at its end.
 */
export interface AskedRole {
  role: 'object' | 'agent' | 'patient' | 'preposition';
  /** The verb, or for 'preposition' the preposition. */
  verb: string;
}

/** "Who did X …?", "whom will X …?": the question asks for the object of X's verb. */
const OBJECT_QUESTION = /^\W*who(?:m)?\s+(?:did|does|do|will|would|could|has|have|had)\s+(.+?)\W*$/i;
/** "Who introduced …?": the question asks for the subject of its verb, in a passive "by …". */
const SUBJECT_QUESTION = /^\W*who\s+([a-z]{3,}ed)\b/i;
/**
 * "Who gave the eulogy?", "who will play Bond?", "who is writing the screenplay?": "who", an
 * auxiliary at most, then a verb — the question asks for the verb's subject.
 */
const WHO_VERB =
  /^\W*who(?:\s+(?:will|would|could|has|have|had)|\s+(?:is|are|was|were)(?=\s+[a-z]+ing\b)|['’]s(?=\s+[a-z]+ing\b))?\s+([a-z]{3,})\b/i;
/** Words after "who" that are no verb of its subject: the copula and auxiliaries asked otherwise. */
const NOT_SUBJECT_VERB =
  /^(?:is|are|was|were|be|been|did|does|do|has|have|had|will|would|could|should|can|may|might|must|else|exactly|then)$/i;
/** "Who was fined …?": the question asks for whom the verb was done to. */
const PATIENT_QUESTION =
  /^\W*who\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|got)\s+([a-z]{3,}(?:ed|en|wn|ld|ght))\b/i;
/** "Who did Cairn get its rights from?", "which club did he join from?": a preposition left at the end. */
const STRANDED = /^\W*(?:who|whom|which|what)\b.*\s(from|with|against|to)\W*$/i;
/** Words between a verb and its object: a particle, an article, a description ("with electronics giant"). */
const MAX_BETWEEN = 4;

/**
 * The role a question asks for ("who did Cairn get its rights from?", "who did X criticise?",
 * "who introduced …?", "who was fined?"), or null.
 */
export function askedRole(question: string): AskedRole | null {
  const stranded = STRANDED.exec(question);
  if (stranded) return { role: 'preposition', verb: stranded[1]!.toLowerCase() };
  const object = askedVerb(question);
  if (object) return { role: 'object', verb: object };
  const agent = SUBJECT_QUESTION.exec(question)?.[1] ?? subjectVerb(question);
  if (agent) return { role: 'agent', verb: agent.toLowerCase() };
  const patient = PATIENT_QUESTION.exec(question)?.[1];
  return patient ? { role: 'patient', verb: patient.toLowerCase() } : null;
}

/** The verb a "who" question asks the subject of ("who gave the eulogy?" → gave), or null. */
function subjectVerb(question: string): string | null {
  const verb = WHO_VERB.exec(question)?.[1];
  if (verb) return NOT_SUBJECT_VERB.test(verb) ? null : verb;
  return whichVerb(question);
}

/** "Which company developed …", "which party heads …": the phrase asked, then its verb. */
const WHICH_PHRASE = /^\W*(?:which|what)\s+(.+?)\W*$/i;
/** Words that end the phrase asked without a verb of its subject: a relative, a preposition, an auxiliary. */
const NO_SUBJECT_VERB =
  /^(?:that|who|which|whose|of|in|at|on|for|from|to|with|by|did|does|do|is|are|was|were|be|been|can|may|might|should|must)$/i;

/**
 * The verb of a which-question asking for its subject ("Which company developed the chip?" →
 * developed, "which club has signed …" → signed), or null when the phrase asked is the verb's
 * object ("which record label has Jay-Z been put in charge of?") or no verb follows it.
 */
function whichVerb(question: string): string | null {
  const words = (WHICH_PHRASE.exec(question)?.[1] ?? '')
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  for (let i = 1; i < Math.min(words.length, 6); i++) {
    const w = words[i]!;
    const next = words[i + 1] ?? '';
    if (/^(?:has|have|had|will|would|could)$/i.test(w))
      return /^[a-z]{3,}$/.test(next) && next !== 'been' ? next : null;
    if (NO_SUBJECT_VERB.test(w) || !/^[a-z]{3,}$/.test(w)) {
      if (/^[a-z]/.test(w)) return null;
      continue;
    }
    // After a noun, a word in -s or -ed before a name or an article is the verb ("which company
    // makes Draft One?", "which businessmen took over the group?").
    if (
      isVerbForm(w) ||
      /ed$/.test(w) ||
      (/[^s]s$/.test(w) && /^(?:[A-Z]|the$|a$|an$|his$|her$|its$|their$)/.test(next))
    )
      return w;
  }
  return null;
}

/** The verb of an object question, after its capitalised subject; null for another kind of question. */
export function askedVerb(question: string): string | null {
  const m = OBJECT_QUESTION.exec(question);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}'’-]/gu, ''));
  // The verb is the first lower-case word after the subject ("Lindsay Davenport criticise").
  let i = 0;
  while (i < words.length && /^[A-Z]/.test(words[i]!)) i++;
  const verb = words[i];
  return i > 0 && verb && /^[a-z]{3,}$/.test(verb) ? verb : null;
}

/** Words that end an object phrase: a preposition, a conjunction, a relative. */
const OBJECT_END =
  /^(?:at|in|on|for|from|to|with|by|of|after|before|during|against|and|or|but|while|when|who|which|that|this|last|next)$/;
/** Words of no meaning in an object phrase. */
const OBJECT_FILLER = /^(?:the|a|an|his|her|its|their|our|my)$/;
/** How many words after a verb its object phrase may run. */
const OBJECT_WORDS = 6;

/**
 * The stems of the object phrase after the first form of `verb` in `text`, up to a preposition
 * or a break ("won the young people's literature prize for …" → young, peopl, literatur, prize);
 * empty when the verb is not written or nothing follows it.
 */
export function objectAfter(text: string, verb: string): string[] {
  return objectWordsAfter(text, verb).map((word) => stem(word.toLowerCase()));
}

/** The object's words as `text` writes them (objectAfter), before stemming. */
function objectWordsAfter(text: string, verb: string): string[] {
  const first = verbAt(text, verb)[0];
  if (!first) return [];
  const rest = text.slice(first.index + first.word.length).split(/[,;:.()"“”?!]/)[0] ?? '';
  const out: string[] = [];
  for (const word of rest.split(/\s+/).filter(Boolean).slice(0, OBJECT_WORDS)) {
    const w = word.replace(/['’]s$/, '');
    if (OBJECT_END.test(w.toLowerCase())) break;
    if (!OBJECT_FILLER.test(w.toLowerCase())) out.push(w);
  }
  return out;
}

/**
 * objectAfter's stems when the object is written in common words only ("best first screenplay
 * award"); empty when a word of it is capitalised, a name ("coaches Kelly Holmes").
 */
export function commonObjectAfter(text: string, verb: string): string[] {
  const words = objectWordsAfter(text, verb);
  return words.every((w) => w === w.toLowerCase()) ? words.map((w) => stem(w.toLowerCase())) : [];
}

/**
 * Whether a sentence's object is another thing of the kind the question's names: "the young
 * people's literature prize" for "the non-fiction prize" — the same noun, none of its qualifiers.
 */
export function otherObject(asked: readonly string[], said: readonly string[]): boolean {
  const head = asked.at(-1);
  const qualifiers = asked.slice(0, -1);
  return (
    head !== undefined &&
    qualifiers.length > 0 &&
    said.includes(head) &&
    !qualifiers.some((q) => said.includes(q))
  );
}

/**
 * Whether the verb's object in a sentence is another thing than the question's, which the sentence
 * gives elsewhere: "The Producers was named best musical, Victoria Hamilton was best actress" for
 * "who was named best actress?". The name in the verb's role there is the other thing's. `terms`:
 * the sentence's index terms.
 */
export function objectElsewhere(
  asked: readonly string[],
  said: readonly string[],
  terms: ReadonlySet<string>,
): boolean {
  const head = asked.at(-1);
  const saidHead = said.at(-1);
  return (
    head !== undefined &&
    saidHead !== undefined &&
    !said.includes(head) &&
    !asked.includes(saidHead) &&
    terms.has(head)
  );
}

/** Words a name and the object it is given may stand apart: "Victoria Hamilton was best actress". */
const OBJECT_GAP_WORDS = 5;
const GAP_PREPOSITION = /^(?:in|at|on|for|from|with|by|of|to|against|after|before|during)$/;

/**
 * Whether the sentence's object puts a word of its own between two of the question's: "best
 * supporting actor" is another award than "best actor".
 */
export function interruptedObject(asked: readonly string[], said: readonly string[]): boolean {
  for (let i = 0; i + 1 < asked.length; i++) {
    const from = said.indexOf(asked[i]!);
    const to = said.indexOf(asked[i + 1]!);
    if (from >= 0 && to > from + 1 && said.slice(from + 1, to).some((w) => !asked.includes(w))) return true;
  }
  return false;
}

/**
 * Where the sentence writes the question's object: its head, or two of its words in a row ("best
 * actor" of "the best actor Oscar"), as word offsets in `text`.
 */
function objectPlaces(text: string, asked: readonly string[]): number[] {
  const head = asked.at(-1);
  const words = stemmedWords(text);
  return words
    .filter((w, i) => {
      if (w.term === head) return true;
      const k = asked.indexOf(w.term);
      return k >= 0 && k + 1 < asked.length && words[i + 1]?.term === asked[k + 1];
    })
    .map((w) => w.at);
}

/**
 * The name written right before the question's object where a sentence gives it to someone other
 * than its verb's subject ("…, Victoria Hamilton was best actress", "with its star Leonardo
 * DiCaprio named best actor", "Jamie Foxx won best actor for Ray, while Clive Owen took best
 * supporting actor"): the last fresh name before the object, given it by a verb ("was", "named",
 * "won"), with no preposition or clause break between; null if none.
 */
export function nameBeforeObject(
  text: string,
  asked: readonly string[],
  known: ReadonlySet<string>,
): AnswerSpan | null {
  const names = nameSpans(text);
  for (const at of objectPlaces(text, asked)) {
    const name = names.filter((n) => n.index + n.text.length <= at).at(-1);
    if (!name) continue;
    const gap = text.slice(name.index + name.text.length, at);
    if (/[,;:.()"“”]/.test(gap) || gap.trim().split(/\s+/).length > OBJECT_GAP_WORDS) continue;
    // Given it by a verb ("was best actress"), not set beside it by a preposition ("Andy Roddick
    // in the fourth rubber").
    const words = gap.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
    if (words.some((w) => GAP_PREPOSITION.test(w)) || !words.some((w) => isVerbForm(w))) continue;
    if (fresh(name, known)) return name;
  }
  return null;
}

/** The name `text` writes in that role, whatever kind of name it is; null if none. */
export function nameInRole(
  text: string,
  asked: AskedRole,
  known: ReadonlySet<string>,
  active = true,
): AnswerSpan | null {
  if (asked.role === 'object') return verbObject(text, asked.verb, known);
  if (asked.role === 'agent')
    return passiveAgent(text, asked.verb, known) ?? (active ? activeSubject(text, asked.verb, known) : null);
  if (asked.role === 'preposition') return afterPreposition(text, asked.verb, known);
  return patientOf(text, asked.verb, known);
}

/** "the meeting between …", "a visit by …": the verb's form used as a noun, its object not the question's. */
const NOUN_USE = /\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+$/i;

/** Where `text` writes a form of `verb` ("criticised", "met" for "meet"), in order. */
function verbAt(text: string, verb: string): { index: number; word: string }[] {
  const term = termOf(verb);
  if (!term) return [];
  const forms = new Set([term, ...verbForms(term)]);
  const out: { index: number; word: string }[] = [];
  for (const m of text.matchAll(/[\p{L}'’-]+/gu))
    if (forms.has(termOf(m[0].toLowerCase()) ?? '') && !NOUN_USE.test(text.slice(0, m.index!)))
      out.push({ index: m.index!, word: m[0] });
  // "called on General Baxter" for "meet": a phrase saying the verb, its object after the particle.
  for (const phrase of phrasesFor(term)) {
    for (const m of text.matchAll(new RegExp(phrase.test.source, `${phrase.test.flags}g`)))
      out.push({ index: m.index!, word: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A name that says more than the question's own words. */
function fresh(name: AnswerSpan, known: ReadonlySet<string>): boolean {
  return !name.text
    .toLowerCase()
    .split(/\s+/)
    .every((w) => known.has(w));
}

/**
 * The name written after the first form of `verb` in `text` ("criticised Wimbledon", "worked with
 * electronics giant Philips"), unless it is made of the question's own words; null if none.
 */
export function verbObject(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const first = verbAt(text, verb)[0];
  if (!first) return null;
  const after = first.index + first.word.length;
  const names = nameSpans(text);
  const at = names.findIndex((n) => n.index >= after);
  const name = names[at];
  if (!name) return null;
  const between = text.slice(after, name.index);
  // Only lower-case words between: no clause break, no other name.
  if (/[,;:.()"“”]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > MAX_BETWEEN)
    return null;
  return fresh(name, known) ? holderOf(text, names, at) : null;
}

/**
 * The name for a role written before its holder: "Chief of General Staff (CGS) General Baxter"
 * is General Baxter; "Ruritania's Anna Naylor" is Anna Naylor, the possessor only says whose she
 * is; any other name is itself.
 */
function holderOf(text: string, names: readonly AnswerSpan[], at: number): AnswerSpan {
  const role = names[at]!;
  const next = names[at + 1];
  if (
    next &&
    /^['’]s?\s+$/.test(text.slice(role.index + role.text.length, next.index)) &&
    answerSpans(next.text, 'person').some((p) => p.text === next.text)
  )
    return next;
  const tail = role.text.split(/\s+/).slice(-3).join(' ');
  if (!isRoleOnly(tail)) return role;
  for (const next of names.slice(at + 1, at + 3)) {
    const gap = text.slice(role.index + role.text.length, next.index);
    if (/^\s*(?:\([A-Z]{2,6}\)\s*|,\s*)?$/.test(gap) && !isRoleOnly(next.text)) return next;
    if (!/^\s*\(?$/.test(gap) && !/^[A-Z]{2,6}$/.test(next.text)) break;
  }
  return role;
}

/** Words a verb's subject may stand before it: "Anna Naylor came from a set down to beat …". */
const SUBJECT_GAP_WORDS = 10;

/**
 * The name written as the subject of the first form of `verb` in `text` — the last name before
 * it, with nothing but lower-case words between ("Anna Naylor came from a set down to beat …") —
 * or null when none is ("In Acme City, the side beat …", "The Ruritanian beat …").
 */
export function verbSubject(text: string, verb: string): AnswerSpan | null {
  const first = verbAt(text, verb)[0];
  if (!first) return null;
  const name = nameSpans(text)
    .filter((n) => n.index + n.text.length <= first.index)
    .at(-1);
  if (!name) return null;
  const between = text.slice(name.index + name.text.length, first.index);
  if (/[^\s\p{Ll}'’-]/u.test(between) || between.trim().split(/\s+/).length > SUBJECT_GAP_WORDS) return null;
  return name;
}

/**
 * The name after "by" following a form of `verb` in `text` ("were introduced to the crowd by Mick
 * Jones"), within a few words; null if none.
 */
export function passiveAgent(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const names = nameSpans(text);
  for (const at of verbAt(text, verb)) {
    const after = at.index + at.word.length;
    const by = /^((?:\s+[a-z][\p{L}'’-]*){0,5}?)\s+by\s+/u.exec(text.slice(after));
    if (!by) continue;
    const from = after + by[0].length;
    const name = names.find((n) => n.index >= from);
    // "by Mick Jones", "by the German group Siemens": only lower-case words between.
    if (!name || !/^(?:[a-z][\p{L}'’-]*\s+|[A-Z][a-z]+\s+(?=[a-z]))*$/u.test(text.slice(from, name.index)))
      continue;
    if (fresh(name, known)) return name;
  }
  return null;
}

/**
 * Whom a form of `verb` was done to in `text`: the subject of its passive ("CBS was fined") or
 * the object of its active ("the FCC fined CBS"); null if neither is written.
 */
export function patientOf(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const names = nameSpans(text);
  for (const at of verbAt(text, verb)) {
    const passive = /\b(?:was|were|is|are|been|be|being)\s+(?:[a-z]+ly\s+)?$/.exec(text.slice(0, at.index));
    if (passive) {
      // "CBS was fined", "Twenty CBS-owned TV stations were fined": the name ending the subject.
      const subject = names.filter((n) => n.index + n.text.length <= passive.index && fresh(n, known)).at(-1);
      const gap = subject ? text.slice(subject.index + subject.text.length, passive.index) : '';
      if (subject && /^[\p{L}\s'’-]{0,30}$/u.test(gap) && !/[,;]/.test(gap)) return subject;
      continue;
    }
    const object = verbObject(text.slice(at.index), at.word, known);
    if (object) return { ...object, index: object.index + at.index };
  }
  return null;
}

/** The name after `preposition` in `text` ("from oil giant Shell"), a few lower-case words between; null if none. */
export function afterPreposition(
  text: string,
  preposition: string,
  known: ReadonlySet<string>,
): AnswerSpan | null {
  const names = nameSpans(text);
  for (const m of text.matchAll(new RegExp(`\\b${preposition}\\s+`, 'gi'))) {
    const from = m.index! + m[0].length;
    const name = names.find((n) => n.index >= from);
    if (!name || !/^(?:(?:the|a|an|[a-z][\p{L}'’-]*)\s+){0,3}$/u.test(text.slice(from, name.index))) continue;
    if (fresh(name, known)) return name;
  }
  return null;
}

/** Words between a subject and its verb: auxiliaries and adverbs ("has also", "previously"). */
const AUXILIARIES =
  /(?:\s+(?:has|have|had|will|would|could|is|are|was|were|also|then|later|previously|finally|already|[a-z]+ly))*\s*$/;
/** A be-form before a participle makes a passive, whose subject is no doer. */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$/;
/** What may stand between a name and its verb: ", who", or an aside with no verb (", a five-time winner,"). */
const AFTER_SUBJECT = /^(?:\s*,\s*who|\s*,\s*(?:a|an|the|his|her|its|their)\s[^;:()"“”]{1,100},)?$/;
/**
 * The name written as the subject of a form of `verb` in `text`: right before it ("Cristiano
 * Ronaldo scored the opener"), before ", who" ("Harry Belafonte, who gave the eulogy") or before
 * an aside ("Robin Williams, a five-time Globe winner, received …"); null if none. A passive's
 * subject ("The Telegraph was bought") is whom it was done to, not who did it.
 */
export function activeSubject(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const names = nameSpans(text);
  for (const at of verbAt(text, verb)) {
    const before = text.slice(0, at.index);
    if (!/ing$/i.test(at.word) && BE_BEFORE.test(before)) continue;
    const end = before.replace(AUXILIARIES, '').length;
    const subject = names
      .filter((n) => n.index + n.text.length <= end)
      .reverse()
      .find((n) => AFTER_SUBJECT.test(text.slice(n.index + n.text.length, end)));
    if (subject && fresh(subject, known)) return subject;
  }
  return null;
}

/**
 * Where `text` writes the asked object whole, its words in a row ("the best first screenplay
 * award"; articles and possessives between them skipped), as a character range; null when it does
 * not, or when the object is one word (a single word is said of too many things to tell by).
 */
export function wholeObjectAt(text: string, asked: readonly string[]): TextRange | null {
  if (asked.length < 2) return null;
  const words = stemmedWords(text).filter((w) => !OBJECT_FILLER.test(w.lower));
  for (let i = 0; i + asked.length <= words.length; i++)
    if (asked.every((term, k) => words[i + k]!.term === term))
      return { start: words[i]!.at, end: words[i + asked.length - 1]!.end };
  return null;
}

/** Where a stretch of a sentence lies, as character offsets. */
export interface TextRange {
  start: number;
  end: number;
}

/** The words of `text` with where each lies, lower-cased without a possessive, and stemmed. */
function stemmedWords(text: string): { at: number; end: number; lower: string; term: string }[] {
  return [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => {
    const lower = m[0].toLowerCase().replace(/['’]s$/, '');
    return { at: m.index!, end: m.index! + m[0].length, lower, term: stem(lower) };
  });
}

/** Words a name may stand from the object it is given: "Lund, who took best actress", "went to Lund". */
const BESIDE_OBJECT_WORDS = 4;

/**
 * The name given the asked object where a sentence writes it whole (`object`, from wholeObjectAt),
 * by whatever verb ("The best first screenplay award went to Kasper Lund", "Maria Lenz, who took
 * best actress"):
 * of `names` (the sentence's answers of the asked kind), the nearest to the object within a few
 * words, not across a semicolon or a sentence's break. Null when none is that near.
 */
export function holderBesideObject(
  text: string,
  object: TextRange,
  names: readonly AnswerSpan[],
  known: ReadonlySet<string>,
): AnswerSpan | null {
  let best: { name: AnswerSpan; words: number } | null = null;
  for (const name of names) {
    if (!fresh(name, known)) continue;
    const end = name.index + name.text.length;
    if (name.index < object.end && end > object.start) continue;
    const before = end <= object.start;
    const gap = before ? text.slice(end, object.start) : text.slice(object.end, name.index);
    if (/[;:.!?()"“”]/.test(gap)) continue;
    const words = gap.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    if (words.length > BESIDE_OBJECT_WORDS) continue;
    // Given the object by a verb ("Lenz, who took best actress"), or given it after: "went to
    // Lund", "was won by Lund". A name after any other word ("taking bets on Big Brother") is
    // what the object is of, not who holds it.
    const given = before
      ? words.some((w) => isVerbForm(w))
      : /^(?:to|by)$/.test(words.at(-1) ?? '') && !gap.includes(',');
    if (given && (!best || words.length < best.words)) best = { name, words: words.length };
  }
  return best?.name ?? null;
}
