import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../../src/briefing/answer.js';
import type { DateBook } from '../../../src/briefing/analysis/article-dates.js';
import { briefLead } from '../../../src/briefing/write/brief-lead.js';
import { monthSpan } from '../../../src/briefing/analysis/calendar.js';
import { type Development, groupDevelopments } from '../../../src/briefing/write/developments.js';
import { groupTimeline } from '../../../src/briefing/views/timeline.js';
import { checkableTokens, claimSupported } from '../../../src/briefing/write/verify.js';
import type { Candidate } from '../../../src/briefing/write/writer.js';
import type { Article } from '../../../src/corpus/article.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

const ID_2021 = '004_3dcc83b6feb79a6a';

const idsOf = (answer: Answer, bullet: Answer['bullets'][number]) =>
  bullet.citations.map((c) => answer.sources.find((s) => s.n === c.source)!.id);

/** What the verifier reads besides quotes: each cited source's title, outlet and date. */
function metadataOf(answer: Answer, citations: readonly { source: number }[]): string {
  return citations
    .map((c) => answer.sources.find((s) => s.n === c.source)!)
    .map((s) => [s.title, s.publisher ?? '', s.published ?? s.publishedInferred?.date ?? ''].join(' \n '))
    .join(' \n ');
}

describe('a brief built from developments (seed corpus)', () => {
  let bot: Briefbot;
  let brief: Answer;
  let timeline: Answer;
  beforeAll(async () => {
    bot = await openSeedBot();
    brief = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    timeline = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
  });
  afterAll(() => bot.close());

  it('cites all five articles in 4-10 bullets and says what it rests on', () => {
    answerSchema.parse(brief);
    expect(brief.sources.map((s) => s.id).sort()).toHaveLength(5);
    expect(brief.bullets.length).toBeGreaterThanOrEqual(4);
    expect(brief.bullets.length).toBeLessThanOrEqual(10);
    // Three named outlets; the two articles without one are not counted as outlets.
    expect(brief.note).toBe('Based on 5 articles: 3 outlets, 2 without a named outlet.');
  });

  it('leads with the latest development (2021) and keeps the 2012 ones after it', () => {
    const first = brief.bullets[0]!;
    expect(idsOf(brief, first)).toContain(ID_2021);
    const last2021 = brief.bullets.findLastIndex((b) => idsOf(brief, b).includes(ID_2021));
    const first2012 = brief.bullets.findIndex((b) => !idsOf(brief, b).includes(ID_2021));
    expect(last2021).toBeLessThan(first2012);
    const text = brief.bullets.map((b) => b.text).join('\n');
    expect(text).toMatch(/cancel/i);
    expect(text).toMatch(/Lavrov/);
    expect(text).toMatch(/Kayani[^\n]*(Moscow|Russia)/);
  });

  it('covers a development told inside an article, not in its lead: the 2012 outcomes (MoUs)', () => {
    // The round-up of the October 2012 visits tells the memorandums signed only in its body; its
    // opening restates the visits that three other articles report.
    const outcomes = brief.bullets.find((b) => /MoU|memorand|Steel Mills/i.test(b.text));
    expect(outcomes, brief.bullets.map((b) => b.text).join('\n')).toBeDefined();
    expect(idsOf(brief, outcomes!)).toContain('003_4ada443190a9d0f2');
    // ...and still every 2012 development: the cancellation, both visits with their dates.
    const dated = brief.bullets.filter((b) => b.date?.startsWith('2012-10-03'));
    expect(dated.some((b) => /Lavrov/.test(b.text))).toBe(true);
    expect(dated.some((b) => /Kayani[^\n]*(Moscow|Russia)/.test(b.text))).toBe(true);
  });

  it('numbers developments in brief order and files each disagreement under its development', () => {
    const numbers = brief.bullets.map((b) => b.development);
    expect(numbers[0]).toBe(1);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]!).toBeGreaterThanOrEqual(numbers[i - 1]!);
    const flags = brief.flags ?? [];
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.development).toBeDefined();
      // A flag's development is one a bullet of the brief belongs to, and it cites that development's articles.
      expect(numbers).toContain(f.development);
    }
    const order = flags.map((f) => f.development!);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs oldest first with --timeline: the 2021 visit last', () => {
    const dates = timeline.bullets.map((b) => b.date ?? '');
    expect(dates.at(-1)).toMatch(/^2021/);
    expect(dates.filter((d) => d.startsWith('2012')).length).toBeGreaterThan(0);
    expect(dates.findIndex((d) => d.startsWith('2021'))).toBeGreaterThan(
      dates.findLastIndex((d) => d.startsWith('2012')),
    );
  });

  it('has one heading per period and files the October 2012 visit under October 2012', () => {
    const groups = groupTimeline(timeline.bullets);
    const headings = groups.flatMap((e) => [e.label, ...e.days.map((d) => d.label).filter(Boolean)]);
    const episodes = groups.map((e) => e.label);
    expect(new Set(episodes).size).toBe(episodes.length);
    for (const e of groups) for (const d of e.days) expect(d.label).not.toBe(e.label);
    expect(headings).not.toContain('Feb 2012');
    const visit = groups.find((e) =>
      e.days.some((d) =>
        d.bullets.some((b) => b.citations.some((c) => c.quote.includes('from October 3-4'))),
      ),
    );
    expect(visit?.label).toMatch(/Oct 2012/);
    expect(timeline.bullets.some((b) => b.date?.startsWith('2012-02'))).toBe(false);
  });

  it('has a lead naming the latest developments, every figure, date and name in what it cites', () => {
    for (const answer of [brief, timeline]) {
      const lead = answer.lead!;
      expect(lead).toBeTruthy();
      expect(idsOf(answer, { text: lead.text, citations: lead.citations })[0]).toBe(ID_2021);
      expect(lead.text).toMatch(/\(2021\)/);
      const check = claimSupported(
        lead.text,
        lead.citations.map((c) => c.quote),
        metadataOf(answer, lead.citations),
      );
      expect(check, check.reason).toMatchObject({ ok: true });
    }
  });
});

/** A made-up article whose sentences are `texts` (the first is its report). */
function article(id: string, title: string, texts: string[]): Article {
  return {
    id,
    title,
    publisher: null,
    published: null,
    url: null,
    path: `${id}.md`,
    paragraphs: texts,
    text: texts.join('\n\n'),
    sentences: texts.map((text, index) => ({ articleId: id, index, paragraph: index, text })),
  } as unknown as Article;
}

const undated = {
  sentenceDate: () => null,
  articleDate: () => null,
} as unknown as DateBook;

function candidates(a: Article): Candidate[] {
  return a.sentences.map((sentence) => ({ sentence, article: a, score: 1 - sentence.index * 0.1 }));
}

describe('groupDevelopments without dates', () => {
  const talks = article('talks', 'Carmakers hold crisis talks', [
    'Carmakers Alpha and Beta will meet in Zurich on Tuesday for crisis talks over their troubled alliance.',
    'Alpha claims Beta is obliged to buy its loss-making car unit under the put option.',
  ]);
  const deal = article('deal', 'Beta pays Alpha to end alliance', [
    'Beta is to pay Alpha two billion euros to escape the put option and end the alliance.',
    'The payment will let Alpha reduce its debt.',
    'The firms held crisis talks in Zurich over the troubled alliance last week.',
  ]);
  const after = article('after', 'Alpha closes engine plant', [
    'Alpha will close its engine plant in Norden and buy engines from Beta instead, unions said.',
    'The closure would cost 800 jobs at the plant.',
    'Beta paid Alpha two billion euros to escape the put option and end the alliance.',
  ]);

  it('makes each report a development and orders them by what later articles retell', () => {
    const developments = groupDevelopments(
      [...candidates(after), ...candidates(deal), ...candidates(talks)],
      undated,
    );
    const order = developments.map((d: Development) => d.members[0]!.article.id);
    expect(order).toEqual(['talks', 'deal', 'after']);
  });
});

describe('groupDevelopments: a preview and its outcome', () => {
  const preview = article('preview', 'Ruiz tipped to win the Harbour Prize', [
    'Novelist Ana Ruiz is tipped to win the Harbour Prize for fiction at a ceremony in Lisbon on Friday.',
    'Bookmakers make her novel the favourite to take the Harbour Prize for fiction.',
  ]);
  const preview2 = article('preview2', 'Harbour Prize shortlist', [
    'Ana Ruiz could win the Harbour Prize for fiction in Lisbon on Friday, critics say.',
  ]);
  const outcome = article('outcome', 'Ruiz wins the Harbour Prize', [
    'Novelist Ana Ruiz won the Harbour Prize for fiction at a ceremony in Lisbon on Friday.',
    'She thanked her publisher for the Harbour Prize for fiction.',
  ]);

  it('are two developments however alike their words, and the previews stay together', () => {
    const developments = groupDevelopments(
      [...candidates(preview), ...candidates(preview2), ...candidates(outcome)],
      undated,
    );
    const groups = developments.map((d) => [...new Set(d.members.map((m) => m.article.id))].sort());
    expect(groups).toContainEqual(['outcome']);
    expect(groups.flat().sort()).toEqual(['outcome', 'preview', 'preview2']);
  });
});

describe('briefLead', () => {
  const a = article('a', 'Minister visits', [
    'The minister arrived in the capital on October 3 for two days of talks.',
  ]);
  const b = article('b', 'Summit cancelled', ['The president called off his trip to the summit.']);
  const dev = (x: Article, month: number): Development => ({
    members: candidates(x),
    date: monthSpan(2012, month),
    score: 1,
  });
  const bullet = (x: Article) => ({
    text: x.sentences[0]!.text,
    citations: [{ articleId: x.id, quote: x.sentences[0]!.text }],
  });

  it('names the month where the quote carries it, the year only where the source does, else no date', () => {
    const metadata = (id: string) =>
      id === 'b' ? 'Summit cancelled \n \n 2012-09-28' : 'Minister visits \n \n 2012-10-05';
    const lead = briefLead([dev(b, 9), dev(a, 10)], [bullet(a), bullet(b)], metadata)!;
    expect(lead.text).toBe(
      'The minister arrived in the capital on October 3 for two days of talks (October 2012). Before that: The president called off his trip to the summit (2012).',
    );
    expect(lead.citations.map((c) => c.articleId)).toEqual(['a', 'b']);
    const check = claimSupported(
      lead.text,
      lead.citations.map((c) => c.quote),
      lead.citations.map((c) => metadata(c.articleId)).join(' \n '),
    );
    expect(check.ok).toBe(true);
    const bare = briefLead([dev(b, 9)], [bullet(b)], () => '')!;
    expect(bare.text).toBe('The president called off his trip to the summit.');
  });
});

describe('checkableTokens', () => {
  it('keeps a figure with its unit whole, so a verbatim sentence verifies', () => {
    const text = 'General Motors is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal.';
    expect(checkableTokens(text)).toContain('1.55bn');
    expect(claimSupported(text, [text]).ok).toBe(true);
    expect(claimSupported(text.replace('1.55bn', '1.65bn'), [text]).ok).toBe(false);
  });
});
