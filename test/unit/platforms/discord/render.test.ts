import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { type Answer, answerSchema } from '../../../../src/briefing/answer.js';
import { bulletView, sourceView, withViews } from '../../../../src/briefing/views/answer-views.js';
import {
  DISCORD_LIMITS,
  embedLength,
  messageLimitProblems,
} from '../../../../src/platforms/discord/limits.js';
import {
  bulletLine,
  citationMarkers,
  renderAnswer,
  renderError,
  renderQuotes,
  sourceLine,
} from '../../../../src/platforms/discord/render.js';

/** An answer as the service sends it: the contract checked, the view fields filled. */
const viewed = (answer: unknown): Answer => withViews(answerSchema.parse(answer));

function source(n: number, extra: Partial<Answer['sources'][number]> = {}): Answer['sources'][number] {
  return sourceView({
    n,
    id: `article-${n}`,
    title: `Article number ${n}`,
    publisher: `Outlet ${n}`,
    published: `2012-10-0${(n % 9) + 1}`,
    url: `https://news.example/${n}`,
    path: `data/articles/${n}.md`,
    ...extra,
  });
}

const brief = viewed({
  kind: 'brief',
  topic: 'pakistan-russia',
  query: 'Pakistan Russia',
  mode: 'offline',
  fallbackReason: 'no LLM configured',
  bullets: [
    {
      text: 'Putin cancelled his visit to Islamabad.',
      citations: [
        { source: 1, quote: 'Putin cancelled his visit to Islamabad at short notice.' },
        { source: 2, quote: 'The Russian president will not travel to Pakistan.' },
      ],
    },
    {
      text: 'Kayani went to Moscow instead.',
      citations: [{ source: 2, quote: 'General Kayani arrived in Moscow on Tuesday.' }],
    },
  ],
  sources: [source(1), source(2)],
} satisfies Answer);

/** The first embed of the first message, with the parts the tests read made non-optional. */
function firstEmbed(messages: APIEmbed[][]) {
  const embed = messages[0]![0]!;
  return { ...embed, description: embed.description ?? '', fields: embed.fields ?? [] };
}

/** Every description and field value of every embed, in order. */
function texts(messages: ReturnType<typeof renderAnswer>): string[] {
  return messages.flatMap((m) =>
    m.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]),
  );
}

describe('renderAnswer', () => {
  it('shows bullets with [n] markers, numbered sources with links, and an offline footer', () => {
    const messages = renderAnswer(brief, { topicTitle: 'Pakistan–Russia relations' });
    expect(messages).toHaveLength(1);
    const [embed] = messages[0]!;
    expect(embed!.title).toBe('Briefing: Pakistan–Russia relations');
    expect(embed!.description).toBe(
      '• Putin cancelled his visit to Islamabad. [1][2]\n• Kayani went to Moscow instead. [2]',
    );
    expect(embed!.fields).toEqual([
      {
        name: 'Sources',
        value:
          '**[1]** [Article number 1](https://news.example/1) — Outlet 1, 2012-10-02\n' +
          '**[2]** [Article number 2](https://news.example/2) — Outlet 2, 2012-10-03',
      },
    ]);
    expect(embed!.footer?.text).toBe('Offline summary (no LLM) · no LLM configured');
  });

  it('says LLM in the footer for LLM answers, and titles an answer with the question', () => {
    const answer = { ...brief, kind: 'answer' as const, mode: 'llm' as const, fallbackReason: undefined };
    const [[embed]] = renderAnswer(answer, { question: 'Why was the visit cancelled?' }) as [
      [{ title?: string; footer?: { text: string } }],
    ];
    expect(embed.title).toBe('Q: Why was the visit cancelled?');
    expect(embed.footer?.text).toMatch(/^Written by an LLM/);
  });

  it('escapes markdown from article text: no bold, links, headings or mentions leak through', () => {
    const answer = viewed({
      ...brief,
      bullets: [
        {
          text: '# **Breaking** _news_ [click](https://evil.example) `code` ~~gone~~ ||spoiler||',
          citations: [{ source: 1, quote: 'irrelevant quote text here' }],
        },
      ],
      sources: [
        source(1, {
          title: 'A [bracketed] *title*',
          url: 'https://en.wikipedia.org/wiki/Talk_(disambiguation)',
        }),
      ],
    });
    const embed = firstEmbed(renderAnswer(answer));
    expect(embed.description).toContain('\\*\\*Breaking\\*\\*');
    expect(embed.description).toContain('\\_news\\_');
    expect(embed.description).toContain('\\`code\\`');
    expect(embed.description).toContain('\\~\\~gone\\~\\~');
    expect(embed.description).toContain('\\|\\|spoiler\\|\\|');
    expect(embed.description).toContain('\\[click](https://evil.example)');
    expect(embed.description).not.toMatch(/(^|[^\\])\*\*/);
    expect(embed.fields[0]!.value).toBe(
      '**[1]** [A \\[bracketed\\] \\*title\\*](https://en.wikipedia.org/wiki/Talk_%28disambiguation%29) — Outlet 1, 2012-10-02',
    );
  });

  it("shows a bullet's date beside its quote, never inside it, and says when it is inferred", () => {
    const cite = [{ source: 2, quote: 'q' }];
    const text = "Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow.";
    expect(
      bulletLine(bulletView({ text, citations: cite, date: '2012-10-03', dateKind: 'relative', outlets: 1 })),
    ).toBe(`• ${text} · *3 Oct 2012* · single source [2]`);
    expect(
      bulletLine(bulletView({ text: 'Talks began.', citations: cite, date: '2012', dateKind: 'inferred' })),
    ).toBe('• Talks began. · *2012, inferred* [2]');
    expect(
      bulletLine(
        bulletView({
          text: 'Talks ran.',
          citations: cite,
          date: '2012-10-03',
          dateEnd: '2012-10-06',
          dateKind: 'explicit',
        }),
      ),
    ).toBe('• Talks ran. · *3–6 Oct 2012* [2]');
    expect(bulletLine(bulletView({ text: 'No date.', citations: cite, date: null }))).toBe('• No date. [2]');
  });

  it('lists sources without a URL or date as plain text, saying the date is unknown as every surface does', () => {
    expect(sourceLine(source(3, { url: null, published: null, publisher: null }))).toBe(
      '**[3]** Article number 3 — date unknown',
    );
    expect(
      sourceLine(source(5, { url: null, published: null, publishedInferred: { date: '2012', basis: 'b' } })),
    ).toBe('**[5]** Article number 5 — Outlet 5, 2012 (inferred)');
    expect(sourceLine(source(4, { url: 'javascript:alert(1)' }))).toBe(
      '**[4]** Article number 4 — Outlet 4, 2012-10-05',
    );
  });

  describe('the direct answer (lead)', () => {
    const lead = {
      text: 'Three days, per Outlet 2; Outlet 1 says *four* days.',
      citations: [
        { source: 2, quote: 'General Kayani arrived in Moscow on Tuesday.' },
        { source: 1, quote: 'Putin cancelled his visit to Islamabad at short notice.' },
      ],
    };
    const asked = viewed({ ...brief, kind: 'answer', lead, note: 'answered as a question' });

    it('opens the description in bold (escaped), with its markers, a paragraph above the note and bullets', () => {
      const embed = firstEmbed(renderAnswer(asked, { question: 'How long was the visit?' }));
      expect(embed.title).toBe('Q: How long was the visit?');
      expect(embed.description.split('\n')).toEqual([
        '**Three days, per Outlet 2; Outlet 1 says \\*four\\* days.** [2][1]',
        '',
        '*answered as a question*',
        '• Putin cancelled his visit to Islamabad. [1][2]',
        '• Kayani went to Moscow instead. [2]',
      ]);
    });

    it('draws no lead line when lead is null', () => {
      const embed = firstEmbed(renderAnswer({ ...asked, lead: null }));
      expect(embed.description.split('\n')[0]).toBe('*answered as a question*');
      expect(embed.description).not.toContain('**');
    });

    it('lists its quoted sentences first under "show quotes", like a bullet\'s', () => {
      const embed = firstEmbed(renderQuotes(asked));
      expect(embed.description.split('\n')).toEqual([
        '**[2]** “General Kayani arrived in Moscow on Tuesday.”',
        '**[1]** “Putin cancelled his visit to Islamabad at short notice.”',
        '**[2]** “The Russian president will not travel to Pakistan.”',
      ]);
    });

    it('leaves no stray empty line at the end of an embed when a long answer is split after it', () => {
      const bullets = Array.from({ length: 40 }, (_, i) => ({
        text: `Claim ${i + 1}: ${'The talks covered gas and arms, officials said. '.repeat(15)}`,
        citations: [{ source: 1, quote: 'Putin cancelled his visit to Islamabad at short notice.' }],
      }));
      const long = viewed({
        ...asked,
        note: undefined,
        lead: { ...lead, text: 'x'.repeat(3400) },
        bullets,
      });
      const messages = renderAnswer(long);
      for (const m of messages) expect(messageLimitProblems({ embeds: m })).toEqual([]);
      const descriptions = messages.flat().map((e) => e.description ?? '');
      expect(descriptions[0]!.startsWith(`**${'x'.repeat(3400)}** [2][1]`)).toBe(true);
      for (const d of descriptions) expect(d).not.toMatch(/^\n|\n$/);
    });
  });

  it('says so when nothing was found, and shows the note', () => {
    const none = viewed({
      ...brief,
      bullets: [],
      sources: [],
      note: 'nothing found for "cricket"',
    });
    const embed = firstEmbed(renderAnswer(none));
    expect(embed.description).toBe('*nothing found for "cricket"*');
    expect(embed.fields).toEqual([]);
  });

  it('splits an over-long answer into embeds and messages within every limit, never inside a bullet', () => {
    const sentence = 'The talks covered gas, arms and Afghanistan in some detail, officials said. ';
    const sources = Array.from({ length: 30 }, (_, i) =>
      source(i + 1, { title: `${'Long headline '.repeat(8)}${i + 1}` }),
    );
    const bullets = Array.from({ length: 60 }, (_, i) => ({
      text: `Claim ${i + 1}: ${sentence.repeat(3 + (i % 5))}`,
      citations: [
        { source: (i % 30) + 1, quote: `Quote ${i + 1} ${sentence}` },
        { source: ((i + 7) % 30) + 1, quote: `Other ${i + 1} ${sentence}` },
      ],
    }));
    const long = viewed({ ...brief, bullets, sources });
    const messages = renderAnswer(long, { topicTitle: 'Pakistan–Russia relations' });

    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(messageLimitProblems({ embeds: m })).toEqual([]);
      expect(m.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    }
    const all = texts(messages).join('\n');
    // Every bullet appears whole, with its markers, exactly once and in order.
    let from = 0;
    for (const b of long.bullets) {
      const line = bulletLine(b);
      const at = all.indexOf(line, from);
      expect(at, `bullet missing or out of order: ${line.slice(0, 40)}`).toBeGreaterThanOrEqual(from);
      expect(all.indexOf(line, at + 1)).toBe(-1);
      from = at + line.length;
    }
    for (const s of sources) expect(all).toContain(sourceLine(s));
    // The title opens the first embed and the footer closes the last, once each.
    const embeds = messages.flat();
    expect(embeds.filter((e) => e.title).map((e) => e.title)).toEqual([
      'Briefing: Pakistan–Russia relations',
    ]);
    expect(embeds.findIndex((e) => e.footer)).toBe(embeds.length - 1);
  });

  it('clips a single enormous bullet but keeps its markers', () => {
    const huge = viewed({
      ...brief,
      bullets: [
        {
          text: 'word '.repeat(3000),
          citations: [{ source: 2, quote: 'General Kayani arrived in Moscow on Tuesday.' }],
        },
      ],
    });
    const messages = renderAnswer(huge);
    expect(messageLimitProblems({ embeds: messages[0]! })).toEqual([]);
    expect(messages[0]![0]!.description).toMatch(/… \[2\]$/);
  });
});

describe('citationMarkers', () => {
  it('lists each cited source once, in the order first cited', () => {
    expect(
      citationMarkers([
        { source: 3, quote: 'a' },
        { source: 1, quote: 'b' },
        { source: 3, quote: 'c' },
      ]),
    ).toBe('[3][1]');
  });
});

describe('renderQuotes', () => {
  it('shows each cited sentence verbatim (escaped), once, with the cited sources', () => {
    const answer = viewed({
      ...brief,
      bullets: [
        ...brief.bullets,
        { text: 'Again.', citations: [{ source: 2, quote: 'General Kayani arrived in Moscow on Tuesday.' }] },
      ],
      sources: [...brief.sources, source(3)],
    });
    const embed = firstEmbed(renderQuotes(answer));
    expect(embed.description.split('\n')).toEqual([
      '**[1]** “Putin cancelled his visit to Islamabad at short notice.”',
      '**[2]** “The Russian president will not travel to Pakistan.”',
      '**[2]** “General Kayani arrived in Moscow on Tuesday.”',
    ]);
    expect(embed.fields[0]!.value).not.toContain('[3]');
  });
});

describe('renderError', () => {
  it('escapes and bounds the message', () => {
    const embed = renderError(`*${'x'.repeat(5000)}`);
    expect(embed.description!.startsWith('\\*')).toBe(true);
    expect(embed.description!.length).toBeLessThanOrEqual(4096);
  });
});
