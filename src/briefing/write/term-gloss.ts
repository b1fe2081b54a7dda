/**
 * "What is total football?": a term written in lower case, which no name lookup glosses. News
 * brings it in ("introduced the concept of 'total football'") and says what it is in the next
 * sentence, whose subject refers back to it ("The strategy was to foster team coherence …").
 */
import type { Article } from '../../corpus/article.js';
import { escapeRegExp } from '../analysis/patterns.js';
import type { DraftBullet, DraftLead } from './writer.js';

/** "What is X?", "what are Xs?", "what was X?": the term asked, in lower case. */
const WHAT_IS_TERM =
  /^\W*[Ww]hat(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+)?(?!the\b)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,3})\W*$/;

/**
 * A sentence speaking of the term the one before brought in, saying what it is or does: "The
 * strategy was to …", "The idea is …", "It means …".
 */
const GLOSSES_BACK =
  /^(?:The|This|That|Its)\s+(?:strategy|concept|idea|system|approach|philosophy|principle|method|technique|scheme|aim|plan|rule|term|practice|style|format|theory)\s+(?:is|was|are|were|means?|meant|involves?|involved|allows?|allowed)\b|^(?:It|This)\s+(?:means|meant|involves|involved)\b/;

/** The sentence after one naming the term, in its paragraph or the next, that says what the term is. */
export function termGloss(
  question: string,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const term = WHAT_IS_TERM.exec(question)?.[1];
  if (!term) return null;
  const names = new RegExp(`(?<![\\p{L}-])${escapeRegExp(term).replace(/\s+/g, '\\s+')}(?![\\p{L}-])`, 'iu');
  const seen = new Set<string>();
  for (const bullet of evidence) {
    const id = bullet.citations[0]!.articleId;
    if (seen.has(id)) continue;
    seen.add(id);
    const sentences = get(id)?.sentences ?? [];
    for (const [at, sentence] of sentences.entries()) {
      const next = sentences[at + 1];
      if (!next || !names.test(sentence.text) || next.paragraph > sentence.paragraph + 1) continue;
      if (GLOSSES_BACK.test(next.text))
        return { text: next.text, citations: [{ articleId: id, quote: next.text }] };
    }
  }
  return null;
}
