/**
 * Near misses: a sentence that holds a value of the asked kind, and much of the question's wording,
 * but of another thing than the one asked — "In London alone … 63,000 mobile phones" for "how many
 * … in Helsinki?", "The Telegraph Group says … an £150m investment" for "how much is the Guardian
 * spending?", "the $10,000 fiction prize" for "the non-fiction award", "Henman leaves …, having won
 * 36 of his 50 matches" for "how many has Rusedski won?". Retrieval reads such a
 * sentence as stating no answer, so a better one is looked for, or nothing is answered.
 */
import { escapeRegExp, wholeWord } from '../analysis/patterns.js';
import { isStopword, queryTerms, stem } from '../../corpus/tokenize.js';
import { answerSpans, bodyOrThingName, isFreshSpan, isRoleOnly, nameSpans } from './answer-spans.js';
import { nameKind, placeForms, placeScale } from './gazetteer.js';
import { isNoun, nounKind } from './noun-kinds.js';

type BodyKind = 'place' | 'organisation';

/** A place or body the question names, with where the question writes it. */
export interface AskedBody {
  kind: BodyKind;
  /** Each a way of writing the name, as words ("United States", "US"; "ADB"). */
  forms: readonly (readonly string[])[];
  /** The word the question writes it after ("in", "buy", stemmed), or "subject". */
  slot: string;
  /** A place's size, which a rival must share: "Lyon" is in France, not instead of it. */
  scale: 'country' | 'city' | null;
}

/** Auxiliaries after a question word: the name after one is the question's subject ("did Birmingham pay"). */
const AUXILIARY = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|might|may)$/;
/** A sentence's opening adverbial of up to four words closed by a comma, with a determiner after it. */
const SENTENCE_OPENER = /^\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+,\s+(?:(?:the|a|an)\s+)?$/iu;
/** Words skipped before a name when its slot is read. */
const DETERMINER = /^(?:the|a|an)$/i;

/**
 * The word a name is written after ("in" of "in Helsinki", "buy" of "buy the Buccaneers"), stemmed;
 * "subject" when it opens the sentence or, in a question, follows the auxiliary; null after a name.
 */
export function slotOf(text: string, index: number, question: boolean): string | null {
  // "Meanwhile, Southwest Airlines saw …", "On Tuesday, the Telegraph said …": a short opener set off
  // by a comma leaves the name the sentence's subject.
  if (!question && SENTENCE_OPENER.test(text.slice(0, index))) return 'subject';
  const before = (text.slice(0, index).match(/[\p{L}'’-]+/gu) ?? []).filter((w) => !DETERMINER.test(w));
  const last = before.at(-1);
  if (last === undefined) return 'subject';
  if (question && AUXILIARY.test(last.toLowerCase())) return 'subject';
  // A capital opens the sentence ("In London alone") or belongs to a name, which is no slot.
  if (!/^[a-z]/.test(last) && before.length > 1) return null;
  return stem(last.toLowerCase());
}

/** The initials of a name of several words ("Asian Development Bank" → "ADB"). */
function initials(words: readonly string[]): string | null {
  const caps = words.filter((w) => /^[A-Z]/.test(w));
  return caps.length >= 2 ? caps.map((w) => w[0]).join('') : null;
}

/**
 * The places and bodies among the question's names: what the lexicon knows as one, a name with a
 * body's word ("Guardian"), or one of several words read as one ("Tampa Bay Buccaneers"). A single
 * word the lexicon does not know may be a surname, and an outlet ("did the Courier say") only reports:
 * both are left out, as is a name in no slot.
 */
export function askedBodies(
  question: string,
  focus: readonly (readonly string[])[],
  isOutlet: (group: readonly string[]) => boolean,
): AskedBody[] {
  const out: AskedBody[] = [];
  for (const group of focus) {
    if (isOutlet(group)) continue;
    const known = nameKind(group);
    const name = group.join(' ');
    let kind: BodyKind | null = known === 'place' || known === 'organisation' ? known : null;
    if (!kind && known === 'unknown') {
      if (bodyOrThingName(name)) kind = 'organisation';
      else if (group.length > 1)
        kind =
          (['place', 'organisation'] as const).find((k) =>
            answerSpans(question, k, () => new Set()).some((s) => s.text === name),
          ) ?? null;
    }
    const at = question.indexOf(name);
    const slot = at >= 0 ? slotOf(question, at, true) : null;
    if (!kind || !slot) continue;
    const forms: string[][] = [[...group], ...placeForms(group)];
    const short = initials(group);
    if (short) forms.push([short]);
    out.push({ kind, forms, slot, scale: kind === 'place' ? placeScale(name) : null });
  }
  return out;
}

/** "according to the Financial Times": who reports, not whose figure it is. */
const REPORTER_BEFORE = /\b(?:according\s+to|told|reported\s+by|said|says)\s+(?:the\s+)?$/i;

/**
 * Whether the sentence names none of a place or body the question asks about and names another of
 * its kind in its place — after the same word, or as the subject: "In London alone …" for "… in
 * Helsinki?", "The Telegraph Group says …" for "how much is the Guardian spending?". The value it
 * holds is that other's. `rarest` picks the word of a name a sentence must say to name it.
 */
export function namesRival(
  text: string,
  bodies: readonly AskedBody[],
  questionWords: ReadonlySet<string>,
  rarest: (words: readonly string[]) => string,
  people: () => ReadonlySet<string>,
): boolean {
  return bodies.some((body) => {
    // A name of several words is said by its rarest ("Buccaneers"), as news shortens it.
    if (body.forms.some((form) => wholeWord(rarest(form)).test(text))) return false;
    return answerSpans(text, body.kind, people).some(
      (span) =>
        isFreshSpan(span, questionWords) &&
        slotOf(text, span.index, false) === body.slot &&
        (body.kind !== 'place' || placeScale(span.text) === body.scale) &&
        !REPORTER_BEFORE.test(text.slice(Math.max(0, span.index - 20), span.index)),
    );
  });
}

/** "non-fiction", "anti-doping": a word negating the one after its hyphen. */
const NEGATED = /\b(?:non|anti)-([a-z]+)\b/gi;

/** The negated words the question writes ("non-fiction"), each with the word it negates. */
export function negatedWords(question: string): { word: string; root: string }[] {
  return [...question.matchAll(NEGATED)].map((m) => ({ word: m[0], root: m[1]! }));
}

/**
 * Whether the sentence says a negated word's root and never the word: "the $10,000 fiction prize"
 * is not the non-fiction award's. (The index splits "non-fiction", so "fiction" alone matches it.)
 */
export function saysOpposite(text: string, negated: readonly { word: string; root: string }[]): boolean {
  return negated.some(({ word, root }) => !wholeWord(word).test(text) && wholeWord(root).test(text));
}

/** The measures a "what" question asks as a figure ("What is Australia's unemployment rate?"). */
const MEASURE_NOUN = /^(?:rates?|targets?|deficit|profits?|revenues?|earnings|income)$/;

/**
 * The noun that qualifies the measure the question asks ("unemployment" of "unemployment rate"),
 * or null: a figure of the same measure of another kind ("interest rates") is no answer.
 */
export function measureModifier(question: string): { modifier: string; head: string } | null {
  const words = question.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [m, h] = [words[i]!, words[i + 1]!];
    if (!MEASURE_NOUN.test(h) || !/^[a-z][a-z-]*$/.test(m) || isStopword(m)) continue;
    if (isNoun(m)) return { modifier: m, head: h };
  }
  return null;
}

/**
 * Whether the sentence says the measure only of another kind and never the asked one: "lifted
 * interest rates 0.25% to 5.5%" for "unemployment rate".
 */
export function otherMeasure(text: string, asked: { modifier: string; head: string }): boolean {
  const terms = queryTerms(text);
  if (queryTerms(asked.modifier).some((t) => terms.includes(t))) return false;
  const head = stem(asked.head);
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return words.some((w, i) => {
    const before = words[i - 1];
    // A capitalised word before it is a name's; a determiner or an adjective no other kind.
    return (
      i > 0 &&
      stem(w.toLowerCase()) === head &&
      /^[a-z][a-z-]*$/.test(before!) &&
      !isStopword(before!) &&
      isNoun(before!)
    );
  });
}

/** A word written as a surname: a capital, then lower-case letters. */
const SURNAME = /^[A-Z][\p{Ll}'’-]+$/u;

/** A person the question names as whose the value is: "did Lisa I'Anson get", "Rusedski's record". */
export interface AskedPerson {
  /** The words of the name, any of which a sentence may name the person by ("Rusedski"). */
  words: readonly string[];
  /** A title ("The Grudge", "Half-Life 2"): a film's, game's or book's, whose rival is any name. */
  thing?: boolean;
}

/** "did The Grudge make", "did Half-Life 2 cost": a name written as a title, after "The" or before its number. */
function writtenAsTitle(question: string, at: number, name: string): boolean {
  return /\S\s+The\s+$/.test(question.slice(0, at)) || /^\s+\d+\b/.test(question.slice(at + name.length));
}

/**
 * The people among the question's names written as the subject (after the auxiliary) or the owner
 * ("X's") of what it asks. A name in another slot ("how many votes did she beat Caprice by?") may
 * be anyone's foil, not whose the figure is.
 */
export function askedPeople(question: string, focus: readonly (readonly string[])[]): AskedPerson[] {
  const out: AskedPerson[] = [];
  for (const group of focus) {
    const name = group.join(' ');
    const kind = nameKind(group);
    const person =
      kind === 'person' ||
      (kind === 'unknown' &&
        // One word no lexicon knows, written as a surname, as whose the figure is, is likeliest
        // one ("has Rusedski won"); initials ("did the FA give") are a body's.
        ((group.length === 1 && SURNAME.test(name)) ||
          answerSpans(question, 'person', () => new Set()).some((s) => s.text === name)));
    const at = question.indexOf(name);
    const thing = kind === 'unknown' && at >= 0 && writtenAsTitle(question, at, name);
    if (at < 0 || !(person || thing)) continue;
    const owner = /^['’]s\b/.test(question.slice(at + name.length));
    if (owner || slotOf(question, at, true) === 'subject')
      out.push(thing ? { words: group, thing: true } : { words: group });
  }
  return out;
}

/** Where a clause ends and another, with its own subject, begins ("…, but Henman took …"). */
const CLAUSE_BREAK = /;|:(?!\d)|,?\s+(?:but|while|whereas|although|though)\s+/g;
/** A verb of saying or thinking between the subject and the figure: the figure is what was said. */
const SAYING =
  /\b(?:said|says|say|told|tells|added|adds|believes?|believed|thinks?|(?<!\b(?:is|are|was|were|been)\s)thought|insisted|insists|claimed|claims|admitted|admits|revealed|reveals|according|expects?|expected|hopes?|hoped|that)\b/i;
const PRONOUN = /\b(?:he|him|his|she|her|hers)\b/i;

/** The clause of `text` around `index`: from the break before it to the break after it. */
function clauseAround(text: string, index: number): { start: number; text: string } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at >= index) {
      end = at;
      break;
    }
  }
  return { start, text: text.slice(start, end) };
}

/**
 * Whether the value at `span` is another person's: its clause opens on a person's name ("Henman
 * leaves …, having won 36 of his 50 matches", "Caprice, who left … having gained just 5%") and never
 * names an asked person — whom a pronoun may stand for, after a sentence naming them. A name the
 * sentence only reports ("Bates said the left-hander had won 20") is not whose the value is.
 * `people`: the surnames the article names in full; `previous`: the sentence before.
 */
export function anothersValue(
  text: string,
  span: { index: number },
  asked: readonly AskedPerson[],
  people: () => ReadonlySet<string>,
  previous: () => string | undefined,
): boolean {
  if (asked.length === 0) return false;
  const clause = clauseAround(text, span.index);
  const names = (t: string) => asked.some((p) => p.words.some((w) => wholeWord(w).test(t)));
  if (names(clause.text)) return false;
  const first = nameSpans(clause.text)[0];
  if (!first || slotOf(clause.text, first.index, false) !== 'subject') return false;
  const after = clause.text.slice(first.index + first.text.length, span.index - clause.start);
  if (SAYING.test(after)) return false;
  const words = first.text.split(/\s+/);
  const kind = nameKind(words);
  if (kind === 'place' || kind === 'organisation') return false;
  const person =
    asked.every((p) => p.thing) ||
    /^,?\s+who\b/.test(after) ||
    (words.length === 1 && people().has(words[0]!)) ||
    answerSpans(clause.text, 'person', people).some((s) => s.index === first.index);
  if (!person) return false;
  const before = previous();
  return !(PRONOUN.test(clause.text) && before !== undefined && names(before));
}

/** A question asking how something ended: a final result or score, a verdict, an outcome. */
const OUTCOME_ASKED =
  /\b(?:final\s+(?:result|score|outcome|verdict)|verdict|outcome|ruling|finally\s+(?:give|decide|rule)\w*)\b/i;
/** A question about what is still to come ("is Marvel going to accept the verdict?"). */
const FUTURE_ASKED = /\b(?:will|going\s+to|expected|likely|plan\w*)\b/i;
/** Words telling how something ended: a result, a ruling, a score. */
const OUTCOME_TOLD =
  /\b(?:won|beat|beaten|lost|drew|defeated|ruled|upheld|rejected|overturned|dismissed|cleared|convicted|acquitted|guilty|sided|victory|triumph\w*|\d+-\d+)\b/i;
/** A sentence looking ahead to it, or supposing it: "must now ratify", "has until next week", "if found guilty". */
const ANTICIPATES =
  /\b(?:if|will|would|could|can|may|might|must|should|expected|likely|hopes?|believes?|until|begins?|set\s+to|due\s+to|plans?\s+to)\b/i;

/** A score at a moment of the game, not its end: "with the score at 1-1 and two minutes remaining". */
const INTERIM =
  /\b(?:score\s+at|(?:minutes?|time)\s+(?:left|remaining|to\s+play)|remaining|leading|trailing|half-?time)\b/i;

/** Whether the question asks how something ended, not what is to come. */
export function asksOutcome(question: string): boolean {
  return OUTCOME_ASKED.test(question) && !FUTURE_ASKED.test(question);
}

/**
 * Whether the sentence tells how something ended: a result word ("ruled", "won", "3-1") in a
 * sentence that does not only look ahead to it ("believes Britain can win the tie", "if found
 * guilty", "has until next week to announce its verdict").
 */
export function tellsOutcome(text: string): boolean {
  return OUTCOME_TOLD.test(text) && !ANTICIPATES.test(text) && !INTERIM.test(text);
}

/** A capitalised word of a name. */
const CAPITALISED = /^[A-Z][\p{L}'’-]*$/u;

/**
 * The question's names of two words or more whose last two are capitalised ("French Open", "Lindsay
 * Davenport"): a name sharing the last word and not the one before it ("Australian Open", "Serena
 * Williams") is another of the same kind.
 */
export function siblingNamed(focus: readonly (readonly string[])[]): { qualifier: string; head: string }[] {
  return focus.flatMap((group) => {
    const [qualifier, head] = [group.at(-2), group.at(-1)];
    // A person's surname is written after a title or a nationality ("President Bush", "American
    // Davenport") as often as after another first name: only names of things and bodies are read.
    if (!qualifier || !head || nameKind(group) === 'person') return [];
    return CAPITALISED.test(qualifier) && CAPITALISED.test(head) ? [{ qualifier, head }] : [];
  });
}

/**
 * Whether the sentence names a sibling of an asked name and never the asked name's qualifier:
 * "Serena Williams, who won … at the 2003 Australian Open" for "When did Lindsay Davenport win the
 * French Open?". Its value is the sibling's — another event, body or person of the same kind.
 */
export function namesSibling(text: string, named: readonly { qualifier: string; head: string }[]): boolean {
  return named.some(({ qualifier, head }) => {
    if (wholeWord(qualifier).test(text)) return false;
    const sibling = new RegExp(`(?<=\\S\\s+)([A-Z][\\p{L}'’-]*)\\s+${escapeRegExp(head)}\\b`, 'gu');
    return [...text.matchAll(sibling)].some(
      (m) =>
        m[1] !== qualifier &&
        !isStopword(m[1]!.toLowerCase()) &&
        // "Mr Dawson" or "Chairman Walsh" is a title, not another name.
        (nameKind([m[1]!]) === 'nationality' || !isRoleOnly(m[1]!)),
    );
  });
}

/** Words making an office a lesser one: the vice president is not the president. */
const LESSER = /^(?:vice|deputy|assistant|under|sub|co)$/i;

/**
 * Whether the sentence says the office asked ("president") only as a lesser one ("David Higdon,
 * Vice President of the ATP") which the question does not: the name it gives holds another office.
 */
export function lesserOffice(text: string, question: string, office: string): boolean {
  const before = (t: string) =>
    [...t.matchAll(new RegExp(`(?:^|[^\\p{L}])([\\p{L}]+)?[\\s-]*${escapeRegExp(office)}s?\\b`, 'giu'))].map(
      (m) => m[1] ?? '',
    );
  if (before(question).some((w) => LESSER.test(w))) return false;
  const said = before(text);
  return said.length > 0 && said.every((w) => LESSER.test(w));
}

/** What follows a noun to say which it is: a name, a title, "called", a verb of being, a clause. */
const SPECIFIED_AFTER =
  /^\s*(?:,\s*)?(?:called|named|known|was|is|were|are|of|for|that|which|who|to|on|[A-Z"“‘']|[a-z]+ing\b)/;

/** "an injury scare": a noun after the asked one makes it a qualifier of another thing. */
function compoundAfter(rest: string): boolean {
  const next = /^\s+([a-z][a-z-]+)/.exec(rest)?.[1];
  return next !== undefined && !isStopword(next) && isNoun(next);
}

/**
 * Whether the sentence says the thing a "what" question asks for only as one not named: "after
 * testing positive for a banned substance" for "What substance did Koubek test positive for?",
 * "Salam Pax - not his real name -" for "What is his real name?". The sentence tells that there is
 * such a thing, not which. A noun before it ("a leg injury") or a word after it ("an injury scare",
 * "a deadline looming for …", "the substance was …") says which. False when the sentence never
 * says the noun.
 */
export function namesNoneOf(text: string, noun: string): boolean {
  const n = escapeRegExp(noun);
  const all = [...text.matchAll(new RegExp(`\\b${n}\\b`, 'gi'))];
  if (all.length === 0) return false;
  const vague = new RegExp(
    `\\b(?:(not\\s+(?:his|her|its|their|the|a))|an?|the|this|that|some|any)\\s+((?:[a-z-]+\\s+){0,2})${n}\\b`,
    'g',
  );
  const vagueAt = new Set(
    [...text.matchAll(vague)]
      .filter(
        (m) =>
          !SPECIFIED_AFTER.test(text.slice(m.index + m[0].length)) &&
          !compoundAfter(text.slice(m.index + m[0].length)) &&
          // "not his real name": a denial names none whatever qualifies it; "a banned substance" none
          // while what qualifies it is no noun ("a leg injury" names the leg).
          (m[1] !== undefined ||
            m[2]!
              .split(/\s+/)
              .filter(Boolean)
              .every((w) => !isNoun(w))),
      )
      .map((m) => m.index + m[0].length),
  );
  return all.every((m) => vagueAt.has(m.index + m[0].length));
}

/** A role a person question asks for: its noun and the lower-case words the question writes before it. */
export interface AskedHolderRole {
  noun: string;
  /** "chief financial" of "chief financial officer", "media" of "media manager". */
  modifiers: readonly string[];
}

/** Words telling when a role is held, not which it is: the new chief executive is a chief executive. */
const WHEN_HELD = /^(?:new|current|acting|interim|former|first|last|next|previous|incoming|outgoing|late)$/;
/** A lower-case word that may qualify a role noun ("chief", "media", "long-time"). */
const ROLE_WORD = /^[a-z][a-z-]*$/;

/**
 * The role the question asks the holder of, when the asked noun is one a person is ("judge",
 * "officer"), with the words it writes before it ("chief financial officer"), or null.
 */
export function roleAsked(question: string, noun: string | null): AskedHolderRole | null {
  if (!noun || nounKind(noun) !== 'person') return null;
  const words = question.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const at = words.findIndex((w) => w.toLowerCase() === noun.toLowerCase());
  if (at < 0) return null;
  const modifiers: string[] = [];
  for (let i = at - 1; i >= 0 && modifiers.length < 2; i--) {
    const w = words[i]!;
    if (!ROLE_WORD.test(w) || isStopword(w)) break;
    if (!WHEN_HELD.test(w)) modifiers.unshift(w);
  }
  return { noun: noun.toLowerCase(), modifiers };
}

/** Whether the sentence says the asked role: its noun and every word the question qualifies it by. */
export function saysRole(text: string, role: AskedHolderRole): boolean {
  const terms = new Set(queryTerms(text));
  return [role.noun, ...role.modifiers].every((w) => queryTerms(w).every((t) => terms.has(t)));
}

/** Determiners before a role said of a name: "Their lawyer, …", "was the head coach". */
const ROLE_DETERMINER = /^(?:the|a|an|its|his|her|their|our)$/i;
/** After a name, the role it is given: ", a lawyer", " was the head coach". */
const ROLE_AFTER =
  /^(?:,\s+|\s+(?:is|was|are|were|has\s+been|will\s+be)\s+)((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;

/** The role words a run of lower-case words ends on a person noun with ("head coach"), or null. */
function roleRun(words: readonly string[]): string[] | null {
  const run = words.filter((w) => ROLE_WORD.test(w) && !isStopword(w));
  if (run.length !== words.length || run.length === 0) return null;
  return nounKind(run.at(-1)!) === 'person' ? run : null;
}

/**
 * The role a sentence gives the name at `span`: the lower-case words right before it ("New Zealand
 * winger Jonah Lomu", "Their lawyer, Majeed Memon", "chief operating officer Jean Levy"), an
 * appositive after it (", a lawyer"), or what it is said to be ("was the head coach"); null when
 * the sentence gives it none.
 */
function roleGiven(text: string, span: { index: number; text: string }): string[] | null {
  const before = text
    .slice(0, span.index)
    .replace(/,?\s*$/, '')
    .split(/\s+/)
    .slice(-3);
  const lower: string[] = [];
  for (let i = before.length - 1; i >= 0 && ROLE_WORD.test(before[i]!) && !isStopword(before[i]!); i--)
    lower.unshift(before[i]!);
  const titled = roleRun(lower);
  if (titled) return titled;
  const after = ROLE_AFTER.exec(text.slice(span.index + span.text.length))?.[1]?.split(/\s+/) ?? [];
  const said = after[0] && ROLE_DETERMINER.test(after[0]) ? after.slice(1) : after;
  const end = said.findIndex((w) => !ROLE_WORD.test(w) || isStopword(w));
  return roleRun(end < 0 ? said : said.slice(0, end));
}

/**
 * Whether the sentence gives the name at `span` the asked role's noun otherwise qualified: "chief
 * operating officer Jean Levy" for the chief financial officer, "Ivo Marr was the team manager" for
 * the media manager. The name holds that other role.
 */
export function givenOtherRole(
  text: string,
  span: { index: number; text: string },
  role: AskedHolderRole,
): boolean {
  const given = roleGiven(text, span);
  if (!given) return false;
  // Only the same noun otherwise qualified: "a striker" may well be the player asked.
  if (stem(given.at(-1)!.toLowerCase()) !== stem(role.noun)) return false;
  const stems = new Set(given.map((w) => stem(w.toLowerCase())));
  return role.modifiers.some((m) => !stems.has(stem(m.toLowerCase())));
}
