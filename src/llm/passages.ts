/**
 * The LLM's context: passages built from the retrieved candidates (each candidate sentence with its
 * neighbours from the same paragraph, merged where they overlap), best first, plus the thread
 * history, all cut deterministically to one character budget. Quotes are later verified against
 * exactly these passage texts, so what the model saw is what it is held to.
 */
import type { Article, Sentence } from '../corpus/article.js';
import type { Candidate, HistoryTurn, WriteRequest } from '../briefing/write/writer.js';
import { formatHistoryTurn, formatPassage } from './prompts.js';

export interface Passage {
  /** "P1", "P2"...: the id the model cites. */
  id: string;
  articleId: string;
  title: string;
  publisher: string | null;
  published: string | null;
  /** The sentences, joined with single spaces. */
  text: string;
  /** Article-level sentence indices the passage holds, in order. */
  sentences: number[];
  /** Those sentences' text: a quote shorter than the verifier's minimum must be one of them. */
  sentenceTexts: string[];
}

export interface LlmContext {
  passages: Passage[];
  /** Oldest first, as the prompt shows them; the oldest turns are the first to go. */
  history: HistoryTurn[];
  /** Characters the rendered passages and history take, at most the budget. */
  chars: number;
}

/** History may take at most this share of the budget: the passages are what gets cited. */
export const HISTORY_SHARE = 0.25;

interface Window {
  article: Article;
  paragraph: number;
  lo: number;
  hi: number;
  /** Position of the best candidate in the window (candidates come best first). */
  rank: number;
  /** The candidate sentences themselves, best first: the fallback when the window does not fit. */
  cores: number[];
}

function sentencesByIndex(
  article: Article,
  cache: Map<string, Map<number, Sentence>>,
): Map<number, Sentence> {
  let map = cache.get(article.id);
  if (!map) {
    map = new Map(article.sentences.map((s) => [s.index, s]));
    cache.set(article.id, map);
  }
  return map;
}

/** Groups candidates into windows of neighbouring sentences, merging windows that overlap or touch. */
function windowsFor(candidates: readonly Candidate[], cache: Map<string, Map<number, Sentence>>): Window[] {
  const windows: Window[] = [];
  for (const [rank, { article, sentence }] of candidates.entries()) {
    const byIndex = sentencesByIndex(article, cache);
    const sameParagraph = (i: number) => byIndex.get(i)?.paragraph === sentence.paragraph;
    let next: Window = {
      article,
      paragraph: sentence.paragraph,
      lo: sameParagraph(sentence.index - 1) ? sentence.index - 1 : sentence.index,
      hi: sameParagraph(sentence.index + 1) ? sentence.index + 1 : sentence.index,
      rank,
      cores: [sentence.index],
    };
    // Absorb every earlier window this one overlaps; the merged window keeps the better rank.
    for (let i = windows.length - 1; i >= 0; i--) {
      const w = windows[i]!;
      if (w.article.id !== article.id || w.paragraph !== next.paragraph) continue;
      if (next.lo > w.hi + 1 || next.hi < w.lo - 1) continue;
      const [first, second] = w.rank <= next.rank ? [w, next] : [next, w];
      next = {
        article,
        paragraph: next.paragraph,
        lo: Math.min(w.lo, next.lo),
        hi: Math.max(w.hi, next.hi),
        rank: first.rank,
        cores: [...new Set([...first.cores, ...second.cores])],
      };
      windows.splice(i, 1);
    }
    windows.push(next);
  }
  return windows.sort((a, b) => a.rank - b.rank);
}

function passageOf(window: Window, indices: number[], byIndex: Map<number, Sentence>): Omit<Passage, 'id'> {
  const present = indices.filter((i) => byIndex.has(i));
  return {
    articleId: window.article.id,
    title: window.article.title,
    publisher: window.article.publisher,
    published: window.article.published,
    text: present.map((i) => byIndex.get(i)!.text).join(' '),
    sentences: present,
    sentenceTexts: present.map((i) => byIndex.get(i)!.text),
  };
}

function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
}

/** Keeps the newest turns that fit `budget`, trimming the bullets of the oldest kept turn if needed. */
function historyWithin(
  history: readonly HistoryTurn[],
  budget: number,
): { turns: HistoryTurn[]; chars: number } {
  const kept: HistoryTurn[] = [];
  let chars = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    let candidate: HistoryTurn | null = turn;
    while (candidate && chars + formatHistoryTurn(candidate).length > budget) {
      candidate =
        candidate.bullets.length > 0 ? { ...candidate, bullets: candidate.bullets.slice(0, -1) } : null;
    }
    if (!candidate) break;
    kept.unshift(candidate);
    chars += formatHistoryTurn(candidate).length;
    if (candidate !== turn) break;
  }
  return { turns: kept, chars };
}

/**
 * Builds the context for one request within `budgetChars` (rendered characters). History first
 * takes at most HISTORY_SHARE of the budget; passages fill the rest best first. A passage that does
 * not fit whole is tried as its best candidate sentence alone, and skipped if even that does not fit.
 */
export function buildContext(
  request: Pick<WriteRequest, 'candidates' | 'history'>,
  budgetChars: number,
): LlmContext {
  const budget = Math.max(0, Math.floor(budgetChars));
  const history = historyWithin(request.history, Math.floor(budget * HISTORY_SHARE));
  const cache = new Map<string, Map<number, Sentence>>();
  const passages: Passage[] = [];
  let chars = history.chars;

  for (const window of windowsFor(request.candidates, cache)) {
    const byIndex = sentencesByIndex(window.article, cache);
    const id = `P${passages.length + 1}`;
    const options = [range(window.lo, window.hi), [window.cores[0]!]];
    for (const indices of options) {
      const passage: Passage = { id, ...passageOf(window, indices, byIndex) };
      if (passage.text === '') break;
      const cost = formatPassage(passage).length;
      if (chars + cost <= budget) {
        passages.push(passage);
        chars += cost;
        break;
      }
    }
  }
  return { passages, history: history.turns, chars };
}
