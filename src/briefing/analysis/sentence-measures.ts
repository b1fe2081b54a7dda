/**
 * What each sentence of an article measures (the measure keys of its values), kept per article.
 * An answer's figures are compared with every sentence of the articles it drew on (annotate.ts);
 * at 10,000 articles the per-text quantity memo no longer holds those sentences from one answer
 * to the next, and reading them again was about a tenth of an answer's time. The keys are small
 * beside the quantities they come from, so a whole corpus's worth of articles fits.
 */
import type { Article } from '../../corpus/article.js';
import { Memo } from '../memo.js';
import { quantitiesOf } from './quantities.js';
import { measureKey } from './value-disagreements.js';

const NONE: readonly string[] = [];

/** As many articles as the other per-article analysis caches keep (person-names.ts, article-dates.ts). */
const measuresMemo = new Memo(20_000, (article: Article): readonly (readonly string[])[] =>
  article.sentences.map((s) => {
    const keys = quantitiesOf(s.text).map(measureKey);
    return keys.length > 0 ? keys : NONE;
  }),
);

/** The measure keys of each of the article's sentences, by position in `article.sentences`. */
export function sentenceMeasures(article: Article): readonly (readonly string[])[] {
  return measuresMemo.get(article);
}
