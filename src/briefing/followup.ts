/**
 * Follow-up understanding, deterministic: a question in a thread is searched together with the
 * thread's topic and the names the previous answer was about, so "why did he cancel?" after a brief
 * on Putin's visit finds the cancellation, and "more" continues the last question.
 */
import type { Thread, Turn } from '../store/store.js';
import { namesIn } from './sentence-features.js';
import type { Topic } from './topics.js';

export interface QuestionPlan {
  /** "more": the next best sentences on the thread's last query. */
  kind: 'more' | 'question';
  /** What must match: the question's own subject. */
  query: string;
  /** What re-ranks: topic terms, previous names (empty outside a thread). */
  context: string;
  /** "when" questions lead with dated sentences. */
  preferDates: boolean;
  /** "why" questions lead with explanations. */
  preferReasons: boolean;
}

const MORE =
  /^\s*(?:(?:tell me |show me |give me |any ?)?more(?: please| on (?:that|this))?|go on|continue|keep going|and\??)\s*[.!?]*\s*$/i;
/** Openers that only say "this is a follow-up": "what about", "and how about", "tell me about". */
const OPENERS =
  /^\s*(?:and\s+|but\s+|so\s+|ok(?:ay)?,?\s+)?(?:what about|how about|what of|tell me (?:more )?about|and about|more about|what's the story (?:with|on)|anything on)\s+/i;

/** Turns a question (maybe a follow-up) into what to search for. */
export function planQuestion(question: string, thread: Thread | null, topic: Topic | null): QuestionPlan {
  const last: Turn | undefined = thread?.turns.at(-1);
  const context = [topic?.terms.join(' ') ?? '', last ? last.salient.join(' ') : ''].join(' ').trim();
  if (last && MORE.test(question)) {
    return {
      kind: 'more',
      query: last.query,
      context,
      preferDates: false,
      preferReasons: false,
    };
  }
  const subject = question.replace(OPENERS, '').trim();
  return {
    kind: 'question',
    query: subject || question,
    context,
    preferDates: /^\s*(?:when|what (?:date|day|time|year)|since when|how long ago)\b/i.test(question),
    preferReasons: /^\s*(?:why|what (?:was|is) the reason|for what reason|how come)\b/i.test(question),
  };
}

/** The names an answer is about, most mentioned first, for resolving "he", "it", "the deal" later. */
export function salientNames(bulletTexts: readonly string[], max = 8): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  let order = 0;
  for (const text of bulletTexts) {
    for (const name of namesIn(text)) {
      const entry = counts.get(name);
      if (entry) entry.n++;
      else counts.set(name, { n: 1, first: order++ });
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, max)
    .map(([name]) => name);
}
