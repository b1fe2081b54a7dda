/** The offline lead for a question, composed from bullets quoting one bare article. */
import { analyzeQuestion } from '../../src/briefing/question/question.js';
import { composeLead } from '../../src/briefing/write/lead.js';
import type { Article } from '../../src/corpus/article.js';

/** The lead's text for `question` when the evidence is `quotes`, in order, or null when there is none. */
export function leadOver(question: string, ...quotes: string[]): string | null {
  const article = { id: 'a', publisher: null, sentences: [] } as unknown as Article;
  const bullets = quotes.map((quote) => ({ text: quote, citations: [{ articleId: 'a', quote }] }));
  return composeLead(analyzeQuestion(question), bullets, () => article)?.text ?? null;
}
