/**
 * RawArticle -> Article: clean the body, split paragraphs into sentences, and keep the joined
 * text that citations are verified against (every sentence is a substring of it).
 */
import type { Article, RawArticle, Sentence } from './article.js';
import { cleanBody } from './clean.js';
import { splitSentences } from './segment.js';

export function buildArticle(raw: RawArticle): Article {
  const { body, ...meta } = raw;
  const paragraphs = cleanBody({ title: raw.title, body });
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of splitSentences(paragraph)) {
      sentences.push({ articleId: raw.id, index: sentences.length, paragraph: p, text });
    }
  });
  return { ...meta, paragraphs, sentences, text: paragraphs.join('\n\n') };
}
