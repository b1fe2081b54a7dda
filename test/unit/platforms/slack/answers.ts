/**
 * Hand-built answers for the renderer tests, validated against the Answer JSON schema, with the
 * view fields filled as the service fills them.
 */
import { type Answer, answerSchema } from '../../../../src/briefing/answer.js';
import { withViews } from '../../../../src/briefing/views/answer-views.js';

const viewed = (answer: unknown): Answer => withViews(answerSchema.parse(answer));

export function briefAnswer(overrides: Partial<Answer> = {}): Answer {
  return viewed({
    kind: 'brief',
    topic: 'pakistan-russia',
    query: 'Pakistan Russia',
    mode: 'offline',
    fallbackReason: 'no LLM configured (OPENAI_API_KEY is not set)',
    bullets: [
      {
        text: 'Lavrov arrived in Islamabad a day after the visit was cancelled.',
        citations: [
          { source: 1, quote: 'Lavrov arrived in Islamabad a day after the visit was cancelled.' },
          { source: 2, quote: 'The Russian foreign minister landed in Islamabad on Wednesday.' },
        ],
      },
      {
        text: 'Gazprom wanted the pipeline contract without bidding.',
        citations: [{ source: 2, quote: 'Russia wanted Gazprom to be given the contract without bidding.' }],
      },
    ],
    sources: [
      {
        n: 1,
        id: 'a1',
        title: 'Russia sends out top diplomat',
        publisher: 'The Express Tribune',
        published: '2012-10-03',
        url: 'https://tribune.com.pk/story/446263',
        path: 'data/articles/a1.md',
      },
      {
        n: 2,
        id: 'a2',
        title: 'Kayani to visit Moscow',
        publisher: null,
        published: null,
        url: null,
        path: 'data/articles/a2.md',
      },
    ],
    ...overrides,
  });
}

/** An answer far longer than one Slack message: many long bullets, many sources, long quotes. */
export function longAnswer(bullets = 120): Answer {
  const sources = Array.from({ length: 40 }, (_, i) => ({
    n: i + 1,
    id: `s${i + 1}`,
    title: `Article number ${i + 1} about talks between Islamabad & Moscow <with> "markup"`,
    publisher: `Outlet ${i % 7}`,
    published: `2012-10-${String((i % 28) + 1).padStart(2, '0')}`,
    url: i % 3 === 0 ? null : `https://news.example/${i + 1}?a=1&b=2`,
    path: `data/articles/s${i + 1}.md`,
  }));
  return viewed({
    kind: 'answer',
    topic: null,
    query: 'long',
    mode: 'llm',
    bullets: Array.from({ length: bullets }, (_, i) => ({
      text: `Point ${i}: ${'the delegation discussed energy, defence & trade at length '.repeat(4)}(end ${i})`,
      citations: [
        {
          source: (i % 40) + 1,
          quote: `Quote ${i} ${'a sentence said by an official in the capital '.repeat(3)}`,
        },
        { source: ((i + 5) % 40) + 1, quote: `Second quote ${i}.` },
      ],
    })),
    sources,
  });
}
