/**
 * Causes a "why" question's ranked sentences do not give: one told with "because" elsewhere in the
 * best sentence's story, a doer's own claim, what another had seemed or done before the event.
 */
import type { Article } from '../../corpus/article.js';
import { wholeWord } from '../analysis/patterns.js';
import type { DraftBullet, DraftLead } from './writer.js';

/**
 * "Reports suggest he left because his division was not given enough clout", "I signed a new deal
 * … because I was not getting the support I needed": a cause said with "because" of someone's act,
 * the doer a pronoun or the asked name. Only a few words before it, so the clause is the act's.
 */
const DOER_BECAUSE = /\b(?:he|she|they|it)\b(?:\s+[\p{L}'’-]+){1,10}?\s*,?\s+because\b(?!\s+of\b)[^.;]{12,}/u;
/** The same in the first person: a quote's, said of the asked person only when a sentence just before names them. */
const SPEAKER_BECAUSE = /\b(?:I|we)\b(?:\s+[\p{L}'’-]+){1,10}?\s*,?\s+because\b(?!\s+of\b)[^.;]{12,}/u;
/** How many sentences before a first-person cause may name its speaker. */
const SPEAKER_BEFORE = 2;

/**
 * When no ranked sentence gives a cause, the story the best sentence comes from may give it in a
 * sentence that shares few of the question's words ("walk out" told as "left"): its first sentence
 * that says why someone acted, whole.
 */
export function causeInStory(
  best: DraftBullet,
  get: (id: string) => Article | undefined,
  names: readonly RegExp[],
): DraftLead | null {
  const citation = best.citations[0]!;
  const article = get(citation.articleId);
  if (!article) return null;
  const named = (text: string) => names.some((re) => re.test(text));
  for (const [at, sentence] of article.sentences.entries()) {
    const text = sentence.text;
    const because = /\bbecause\b(?!\s+of\b)/.exec(text);
    if (!because) continue;
    const before = text.slice(0, because.index);
    const spoken =
      SPEAKER_BECAUSE.test(text) &&
      article.sentences.slice(Math.max(0, at - SPEAKER_BEFORE), at).some((s) => named(s.text));
    if (!DOER_BECAUSE.test(text) && !spoken && !named(before)) continue;
    return { text, citations: [{ articleId: citation.articleId, quote: text }] };
  }
  return null;
}

/** A sentence opening on its doer's claim: "The government says many firms were sold …". */
const DOER_SAYS =
  /^\W*(?:(?:the|its|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?([\p{L}'’-]+)\s+(?:says|said|argues|argued|claims|claimed|believes|insists|maintains)\s+(?:that\s+)?\S/iu;

/**
 * "Why is Ukraine's new government revisiting privatisations?" — "The government says many
 * privatised firms were sold to allies … at rock-bottom prices": the asked doer's own account is
 * its reason, though no cause word says so. The first of the ranked sentences to open on it.
 */
export function doerClaim(question: string, ranked: readonly DraftBullet[]): DraftLead | null {
  for (const bullet of ranked) {
    const quote = bullet.citations[0]!.quote;
    const doer = DOER_SAYS.exec(quote)?.[1];
    if (!doer || !wholeWord(doer).test(question)) continue;
    return { text: quote, citations: [bullet.citations[0]!] };
  }
  return null;
}

/**
 * An event's cause told as what someone else had seemed or done before it: "was the night's biggest
 * surprise after The Aviator seemed to have the advantage", "has been stopped after Google began
 * blocking infected sites". A named doer and a past verb: "after the match" tells when.
 */
const AFTER_DOER =
  /(?<=\S\s+)\bafter\s+(?:the\s+)?(?:[A-Z][\p{L}'’-]*\s+){1,4}(?:seemed|appeared|looked|had|was|were|failed|refused|began|started|decided|announced|agreed)\b[^.;]*/u;

/**
 * "Why was the best picture win such a surprise?": the ranked sentence that holds the question's
 * word for the event which the best sentence lacks ("surprise") and ties it to a cause answers
 * before a best sentence whose cause is another event's ("for playing a boxer").
 */
export function causeOfAsked(
  questionTerms: readonly string[],
  best: DraftBullet,
  ranked: readonly DraftBullet[],
  terms: (text: string) => string[],
): DraftLead | null {
  const inBest = new Set(terms(best.citations[0]!.quote));
  const missing = questionTerms.filter((t) => !inBest.has(t));
  if (missing.length === 0) return null;
  for (const bullet of ranked) {
    const quote = bullet.citations[0]!.quote;
    if (!AFTER_DOER.test(quote)) continue;
    const own = new Set(terms(quote));
    if (missing.some((t) => own.has(t))) return { text: quote, citations: [bullet.citations[0]!] };
  }
  return null;
}
