import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../src/corpus/article.js';
import { valuesBeside } from '../../../src/briefing/question/passage.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';

/** An article whose paragraphs hold several sentences each. */
function paragraphs(id: string, paras: string[][]): Article {
  const sentences = paras.flatMap((p, paragraph) => p.map((text) => ({ text, paragraph })));
  return {
    id,
    title: paras[0]![0]!,
    publisher: null,
    published: null,
    url: null,
    paragraphs: paras.map((p) => p.join(' ')),
    text: paras.map((p) => p.join(' ')).join('\n\n'),
    sentences: sentences.map((s, index) => ({ articleId: id, index, ...s })),
  } as unknown as Article;
}

/** Options for "How much is Illva paying …?": an amount of money answers. */
const amountAsked = {
  holdsValue: (_a: Article, s: Sentence) => answerSpans(s.text, 'amount').length > 0,
  holdsName: () => false,
  saysAsked: (text: string) => /\b(?:pay|buy|acquire)/i.test(text),
  eligible: () => true,
  names: new Set<string>(),
};

describe('a value told in the sentence beside the one saying what is asked', () => {
  it('lends the next sentence, of the next paragraph too, its place a little below', () => {
    const a = paragraphs('a', [
      ['Spain coach Luis Aragones has been fined by the federation for his comments.'],
      ['The 66-year-old criticised his 3000 euros punishment.', 'He said he was not guilty.'],
    ]);
    const lent = valuesBeside([{ sentence: a.sentences[0]!, article: a, score: 1 }], {
      ...amountAsked,
      saysAsked: (text) => /\bfine/i.test(text),
    });
    expect(lent.map((l) => l.candidate.sentence.text)).toEqual([a.sentences[1]!.text]);
    expect(lent[0]!.candidate.score).toBeLessThan(1);
    expect(lent[0]!.candidate.lentBy).toBe(a.sentences[0]);
    expect(lent[0]!.lender.sentence).toBe(a.sentences[0]);
  });

  it('lends the previous sentence of its paragraph when the sentence refers back to it', () => {
    const a = paragraphs('b', [
      ["Italy's Illva has agreed to buy a third of Changyu."],
      [
        'Changyu said that Illva will pay 481.42m yuan, once the government approves.',
        'The Italian liqueur maker will acquire the shares from the state.',
      ],
    ]);
    const lent = valuesBeside([{ sentence: a.sentences[2]!, article: a, score: 1 }], amountAsked);
    expect(lent.map((l) => l.candidate.sentence.text)).toEqual([a.sentences[1]!.text]);
  });

  it('lends nothing to a sentence holding a value, nor from a neighbour about something else', () => {
    const a = paragraphs('c', [
      ['Illva will pay 481.42m yuan for a third of Changyu.'],
      ['Shares in Tokyo rose 2% to 1,088 yen on Monday.'],
    ]);
    // The sentence has its own value.
    expect(valuesBeside([{ sentence: a.sentences[0]!, article: a, score: 1 }], amountAsked)).toEqual([]);
    const b = paragraphs('d', [
      ['Illva has agreed to buy a third of Changyu.'],
      ['Markets in Tokyo rose 2% to 1,088bn yen on Monday.'],
    ]);
    // "Markets in Tokyo …" neither refers back nor shares a word with the sentence before.
    expect(valuesBeside([{ sentence: b.sentences[0]!, article: b, score: 1 }], amountAsked)).toEqual([]);
  });

  it('does not take a name of the question in common for telling of the same thing', () => {
    const a = paragraphs('f', [
      ['Pellworth had bought the rights in the basin from Harlan Oil.'],
      ['Pellworth spent £40m on two wells this year.'],
    ]);
    const candidates = [{ sentence: a.sentences[0]!, article: a, score: 1 }];
    const asked = { ...amountAsked, saysAsked: () => true };
    expect(valuesBeside(candidates, asked)).toHaveLength(1);
    expect(valuesBeside(candidates, { ...asked, names: new Set(['pellworth']) })).toEqual([]);
  });

  it('lends nothing when neither sentence says what is asked, or the lender holds a name of another kind', () => {
    const a = paragraphs('e', [
      ['Spain coach Luis Aragones has been fined by the federation.'],
      ['The 66-year-old criticised his 3000 euros punishment.'],
    ]);
    const candidates = [{ sentence: a.sentences[0]!, article: a, score: 1 }];
    expect(valuesBeside(candidates, { ...amountAsked, saysAsked: () => false })).toEqual([]);
    expect(
      valuesBeside(candidates, { ...amountAsked, saysAsked: () => true, holdsName: () => true }),
    ).toEqual([]);
  });

  it("lends an article's second sentence the name its opening sentence tells of by role, when a name is asked", () => {
    const a = paragraphs('g', [
      [
        "Real Madrid are closing in on a deal for Thomas Gravesen after the Dane's agent travelled to Spain to hold talks.",
      ],
      ['John Sivabaek told reporters: "I am here to listen to what Real have to say."', 'He left on Monday.'],
    ]);
    const nameAsked = {
      holdsValue: (_a: Article, s: Sentence) => /John Sivabaek/.test(s.text),
      holdsName: () => false,
      saysAsked: (text: string) => /\btalks\b/.test(text),
      eligible: () => true,
      names: new Set(['real', 'madrid', 'thoma', 'graves']),
    };
    const candidates = [{ sentence: a.sentences[0]!, article: a, score: 1 }];
    expect(
      valuesBeside(candidates, { ...nameAsked, namesAsked: true }).map((l) => l.candidate.sentence),
    ).toEqual([a.sentences[1]]);
    // A figure is not told that way: "Pellworth spent £40m" need not be of what the opening says.
    expect(valuesBeside(candidates, nameAsked)).toEqual([]);
  });
});

describe('a speaker named where a quote run on over sentences closes', () => {
  it("lends the sentence closing the quote the next one opens: its speaker is the quote's", () => {
    const a = paragraphs('q', [
      ['Falling prices are believed to be behind the rush of buyers.'],
      [
        '"People have been waiting for years.',
        'That is why they are buying now," said Dr Jane Corlan, an economist at Wexley College.',
      ],
    ]);
    const lent = valuesBeside([{ sentence: a.sentences[0]!, article: a, score: 1 }], {
      holdsValue: (_a: Article, s: Sentence) => answerSpans(s.text, 'person').length > 0,
      holdsName: () => false,
      saysAsked: (text: string) => /\bbuyers\b/i.test(text),
      eligible: () => true,
      names: new Set<string>(),
      namesAsked: true,
    });
    expect(lent.map((l) => l.candidate.sentence.text)).toEqual([a.sentences[2]!.text]);
  });
});
