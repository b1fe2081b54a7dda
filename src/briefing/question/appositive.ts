/**
 * The name written beside the noun a question asks for: "which record company …?" is answered by
 * "record company Universal", "which investment bank …?" by "NM Rothschild, the investment bank,".
 * News introduces people and bodies this way, so such a name answers whatever kind the sentence's
 * capitals alone would suggest.
 */
import { stem } from '../../corpus/tokenize.js';
import { type AnswerSpan, nameSpans } from './answer-spans.js';
import { NOUN_PHRASE_END } from './counted-noun.js';
import { isVerbForm } from './gazetteer.js';
import { nounKind } from './noun-kinds.js';
import { irregularAgents } from './word-family.js';

/**
 * The noun of "which investment bank …?", "what American football team …?", "who is the race
 * director of …?": the last word of the phrase after which/what (or "who is the"), before its verb
 * or preposition. Null for "what did …?" or a question of another form.
 */
export function askedNoun(question: string): string | null {
  const q = question.replace(/^(?:and|but|so|ok(?:ay)?)[,\s]+/i, '');
  // "Who is the race director of the London Marathon?": the role is the noun.
  const which = /^\W*(?:(?:in|to|from|at|for|with|by|into|on)\s+)?(?:which|what)\s+([^?.!,;]*)/i.exec(q);
  const m =
    which ??
    /^\W*who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:now\s+)?(?:the|their|its|his|her|[\p{L}]+['’]s)\s+([^?.!,;]*)/iu.exec(
      q,
    );
  if (!m) return null;
  const phrase: string[] = [];
  const words = m[1]!.split(/\s+/).filter(Boolean).slice(0, 4);
  for (const [i, word] of words.entries()) {
    const w = word.replace(/['’]s$/, '');
    // "At which regional grouping's meeting …?": the owner is what is asked for — but not in
    // "who is his club's boss?", which asks for the boss.
    if (w !== word && which) {
      phrase.push(w);
      break;
    }
    // "Argentina's planning minister", "which ruling party": an -ing or -ed word opening the
    // phrase, before a noun of a kind, qualifies it ("which striker joined the club" is a verb).
    const qualifies = (next: string | undefined) =>
      phrase.length === 0 && next !== undefined && nounKind(next) !== null;
    // "Which lawyer heads Spector's defence?", "which company makes Draft One?": after a noun, a
    // word in -s followed by a name or an article is the verb.
    const next = words[i + 1];
    if (
      phrase.length > 0 &&
      /^[a-z]{3,}[^s]s$/.test(w) &&
      next !== undefined &&
      (/^[A-Z]/.test(next) || /^(?:the|a|an|his|her|its|their)$/.test(next))
    )
      break;
    if (
      NOUN_PHRASE_END.has(w.toLowerCase()) ||
      // "Who was the Oscars host this year?": a time is no part of the noun phrase.
      /^(?:this|last|next)$/i.test(w) ||
      // "Who was Ruritania's foreign minister when Brandt visited?": a clause follows the noun.
      /^(?:when|while|whilst|where|after|before|during|as)$/i.test(w) ||
      ((isVerbForm(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w)) && !qualifies(words[i + 1]))
    )
      break;
    phrase.push(w);
  }
  const head = phrase.at(-1);
  return head && /^[a-z][a-z-]+$/.test(head) ? head : null;
}

/**
 * "Who's directing the film?" asks for its director, "who speaks for Valve?" its spokesman: the
 * forms of the agent noun of the verb right after "who" (the verb with -er, -or or -r, or an agent no
 * suffix makes), when WordNet files that noun as a person. News names the doer beside that noun
 * ("Chris Weitz, director of About a Boy", "Valve spokesman Doug Lombardi"). Null for another question.
 */
export function agentForms(question: string): Set<string> | null {
  const verb = /^\W*who(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)?\s+([a-z]{3,})\b/i.exec(
    question.replace(/^(?:and|but|so)[,\s]+/i, ''),
  )?.[1];
  if (!verb) return null;
  const word = verb.toLowerCase();
  // "directs", "directing", "directed", "writes", "writing": the verb's bases, most likely first.
  const bases = [
    word,
    ...[/ing$/, /ed$/, /es$/, /s$/, /d$/].flatMap((end) => {
      const cut = word.replace(end, '');
      return cut !== word && cut.length >= 3 ? [cut, `${cut}e`] : [];
    }),
  ];
  for (const base of bases) {
    const irregular = irregularAgents(base);
    if (irregular.length > 0) return new Set(irregular.map((w) => stem(w)));
  }
  for (const base of bases)
    for (const agent of base.endsWith('e') ? [`${base}r`] : [`${base}er`, `${base}or`])
      if (nounKind(agent) === 'person') return new Set([stem(agent)]);
  return null;
}

/**
 * Names standing beside the noun, likeliest first: right after it ("bank NM Rothschild"), described
 * by it ("NM Rothschild, the bank,"), or qualifying it ("the Tampa Bay Buccaneers football team").
 */
export function appositiveSpans(text: string, forms: ReadonlySet<string>): AnswerSpan[] {
  const isForm = (word: string | undefined) => word !== undefined && forms.has(stem(word.toLowerCase()));
  const ranked: { span: AnswerSpan; rank: number }[] = [];
  for (const span of nameSpans(text)) {
    const rest = text.slice(span.index + span.text.length);
    // "bank NM Rothschild", or "the city of Hanau".
    // Not "director of About a Boy": what a person's role is of is no holder of it.
    const before = /([\p{L}-]+)\s+(of\s+)?$/u.exec(text.slice(0, span.index));
    if (isForm(before?.[1]) && !(before![2] && nounKind(before![1]!.toLowerCase()) === 'person')) {
      ranked.push({ span, rank: 0 });
      continue;
    }
    // "one of hip-hop's most influential labels, Def Jam": the name set after the noun and a comma.
    if (isForm(/([\p{L}-]+),\s+$/u.exec(text.slice(0, span.index))?.[1])) {
      ranked.push({ span, rank: 1 });
      continue;
    }
    // "NM Rothschild, the investment bank,": the phrase's last word is its noun.
    const described = /^,\s+(?:the|a|an)\s+([^,.;:()"]{1,40})[,.;:)]/u.exec(rest);
    if (described && isForm(described[1]!.trim().split(/\s+/).at(-1))) {
      ranked.push({ span, rank: 1 });
      continue;
    }
    // "Chris Weitz, director of About a Boy,": the noun before "of" describes the name.
    const ofWhat = /^,\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+(?:of|at|for)\s/u.exec(
      rest,
    );
    if (ofWhat && isForm(ofWhat[1])) {
      ranked.push({ span, rank: 1 });
      continue;
    }
    // "the Tampa Bay Buccaneers American football team": the name qualifies the noun — but a
    // capitalised first word of the sentence ("Record company Universal") is no name.
    if (span.index === 0 && !/\s/.test(span.text)) continue;
    const qualifies = /^\s+(?:[A-Z][\p{L}-]*\s+)?(?:[a-z-]+\s+)?([a-z-]+)\b/u.exec(rest);
    if (qualifies && isForm(qualifies[1])) ranked.push({ span, rank: 2 });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.span.index - b.span.index).map((r) => r.span);
}
