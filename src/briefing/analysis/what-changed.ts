/**
 * "What's new?": what a thread (or a channel's digests) has not been told yet. New is measured in
 * claims, not articles: a fresh article restating what was already said adds nothing, while a
 * sentence that changes a told fact (four days, now three) is news and is flagged as a change.
 */
import { type Article, sentenceKey } from '../../corpus/article.js';
import type { Answer } from '../answer.js';
import { sentenceIndexOf } from './annotate.js';
import { textFactsDisagree } from './claims.js';
import { statementMatcher } from '../write/same-statement.js';
import type { Candidate } from '../write/writer.js';

/** "what's new?", "anything new on Naylor?", "what has changed?", "any updates?". */
const WHATS_NEW =
  /^\s*(?:(?:so|and|ok|okay|well),?\s+)?(?:what['’]?s\s+new|what\s+is\s+new|what\s+else\s+is\s+new|anything\s+(?:else\s+)?new|what\s+(?:has\s+|have\s+)?changed|anything\s+changed|any\s+(?:news|updates?|changes)|updates?|what['’]?s\s+the\s+latest|latest)(?![\w'’])([\s\S]{0,80})$/i;
const FOCUS_LEAD = /^[\s,:-]*(?:(?:since|on|about|with|for|regarding|in)\s+)?(?:the\s+)?/i;

/** Whether the question asks what is new, and what about ("on Naylor" -> "Naylor"), if anything. */
export function whatsNewQuestion(question: string): { focus: string } | null {
  const m = WHATS_NEW.exec(question.trim());
  if (!m) return null;
  const focus = m[1]!
    .replace(/[?!.]+\s*$/, '')
    .replace(FOCUS_LEAD, '')
    .replace(/^(?:then|now|today|yesterday|last time|so far|there)\b/i, '')
    .trim();
  return { focus };
}

export function isWhatsNew(question: string): boolean {
  return whatsNewQuestion(question) !== null;
}

export interface ToldSentence {
  article: Article;
  index: number;
  text: string;
}

/** The sentences behind sentence keys (`articleId#index`) that are still in the corpus. */
export function toldSentences(
  keys: Iterable<string>,
  get: (id: string) => Article | undefined,
): ToldSentence[] {
  const out: ToldSentence[] = [];
  for (const key of keys) {
    const at = key.lastIndexOf('#');
    const article = get(key.slice(0, at));
    const index = Number(key.slice(at + 1));
    const s = article?.sentences[index];
    if (article && s) out.push({ article, index, text: s.text });
  }
  return out;
}

/**
 * The candidates that say something not told yet: neither a told sentence nor a restatement of
 * one. A sentence that disagrees with a told one on a fact is kept: that is a change.
 */
export function whatChanged(
  candidates: readonly Candidate[],
  told: readonly ToldSentence[],
): { fresh: Candidate[]; restated: number } {
  const toldKeys = new Set(told.map((t) => sentenceKey({ articleId: t.article.id, index: t.index })));
  const same = statementMatcher([...candidates.map((c) => c.sentence.text), ...told.map((t) => t.text)]);
  const fresh: Candidate[] = [];
  let restated = 0;
  for (const c of candidates) {
    if (toldKeys.has(sentenceKey(c.sentence))) continue;
    const text = c.sentence.text;
    if (told.some((t) => same(t.text, text) && !textFactsDisagree(t.text, text))) {
      restated++;
      continue;
    }
    fresh.push(c);
  }
  return { fresh, restated };
}

/**
 * The sentence keys an answer showed (its bullets' and flags' citations), for a caller that keeps
 * what a channel was told (a digest ledger) and passes it back as `told`.
 */
export function answerSentenceKeys(answer: Answer, get: (id: string) => Article | undefined): string[] {
  const keys = new Set<string>();
  const ids = new Map(answer.sources.map((s) => [s.n, s.id]));
  const citations = [
    ...answer.bullets.flatMap((b) => b.citations),
    ...(answer.flags ?? []).flatMap((f) => f.citations),
  ];
  for (const c of citations) {
    const id = ids.get(c.source);
    const article = id ? get(id) : undefined;
    if (!article) continue;
    const index = sentenceIndexOf(article, c.quote);
    if (index >= 0) keys.add(sentenceKey({ articleId: article.id, index }));
  }
  return [...keys].sort();
}
