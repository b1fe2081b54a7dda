import { describe, expect, it } from 'vitest';
import { validateMessage } from '../../../../src/platforms/slack/block-limits.js';
import { escapeMrkdwn } from '../../../../src/platforms/slack/mrkdwn.js';
import type { SlackMessage } from '../../../../src/platforms/slack/pack.js';
import {
  ACTION_IDS,
  renderAnswer,
  renderHelp,
  renderPending,
  renderProblem,
} from '../../../../src/platforms/slack/render.js';
import type { Answer } from '../../../../src/briefing/answer.js';
import { briefAnswer, longAnswer } from './answers.js';

type AnyBlock = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; text: unknown; value?: string }[];
};

const sections = (messages: SlackMessage[]) =>
  messages.flatMap((m) =>
    (m.blocks as AnyBlock[]).filter((b) => b.type === 'section').map((b) => b.text?.text ?? ''),
  );
const blocksOf = (messages: SlackMessage[]) => messages.flatMap((m) => m.blocks as AnyBlock[]);
const actionIds = (messages: SlackMessage[]) =>
  blocksOf(messages).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
const view = { title: 'Pakistan–Russia relations', quotes: false, answerId: 'id1', share: true };

describe('renderAnswer', () => {
  it('draws a header, bullets with [n] markers, the sources, buttons and an offline footer', () => {
    const [message, ...rest] = renderAnswer(briefAnswer(), view);
    expect(rest).toEqual([]);
    expect(validateMessage(message!)).toEqual([]);
    const blocks = message!.blocks as AnyBlock[];
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Pakistan–Russia relations', emoji: false },
    });
    const text = sections([message!]).join('\n');
    expect(text).toContain('• Lavrov arrived in Islamabad a day after the visit was cancelled. [1][2]');
    expect(text).toContain('• Gazprom wanted the pipeline contract without bidding. [2]');
    expect(text).toContain(
      '*[1]* <https://tribune.com.pk/story/446263|Russia sends out top diplomat> — The Express Tribune · 2012-10-03',
    );
    expect(text).toContain('*[2]* Kayani to visit Moscow');
    expect(text).not.toContain('> “');
    const footer = blocks.at(-1);
    expect(footer?.type).toBe('context');
    expect(JSON.stringify(footer)).toContain('Offline summary');
    expect(JSON.stringify(footer)).toContain('OPENAI_API_KEY is not set');
    expect(actionIds([message!])).toEqual([ACTION_IDS.showQuotes, ACTION_IDS.share]);
    expect(message!.text).toContain('2 points from 2 sources');
  });

  it('shows each cited sentence verbatim under its bullet when asked for quotes', () => {
    const text = sections(renderAnswer(briefAnswer(), { ...view, quotes: true })).join('\n');
    const lines = text.split('\n');
    const first = lines.indexOf('• Lavrov arrived in Islamabad a day after the visit was cancelled. [1][2]');
    expect(lines.slice(first + 1, first + 3)).toEqual([
      '> “Lavrov arrived in Islamabad a day after the visit was cancelled.” [1]',
      '> “The Russian foreign minister landed in Islamabad on Wednesday.” [2]',
    ]);
    expect(actionIds(renderAnswer(briefAnswer(), { ...view, quotes: true }))).toContain(
      ACTION_IDS.hideQuotes,
    );
  });

  it('draws no buttons without an answer id, and no share button on a public answer', () => {
    expect(actionIds(renderAnswer(briefAnswer(), { ...view, answerId: null }))).toEqual([]);
    expect(actionIds(renderAnswer(briefAnswer(), { ...view, share: false }))).toEqual([
      ACTION_IDS.showQuotes,
    ]);
  });

  it('escapes article text so it can never ping, mention or link', () => {
    const answer = briefAnswer({
      bullets: [
        {
          text: 'Say <!channel> & <@U123> <https://evil.example|click>',
          citations: [{ source: 1, quote: '<!here> & co' }],
        },
      ],
    });
    const text = sections(renderAnswer(answer, { ...view, quotes: true })).join('\n');
    expect(text).toContain('Say &lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt; [1]');
    expect(text).toContain('> “&lt;!here&gt; &amp; co” [1]');
    expect(text).not.toMatch(/<!|<@/);
  });

  it('links only http(s) URLs and keeps a link from being cut short by | or >', () => {
    const answer = briefAnswer({
      sources: [
        {
          n: 1,
          id: 'a',
          title: 'A | B > C',
          publisher: null,
          published: null,
          url: 'https://x.example/a|b>c&d',
          path: 'p',
        },
        {
          n: 2,
          id: 'b',
          title: 'Local',
          publisher: null,
          published: null,
          url: 'javascript:alert(1)',
          path: 'p',
        },
      ],
    });
    const text = sections(renderAnswer(answer, view)).join('\n');
    expect(text).toContain('*[1]* <https://x.example/a%7Cb%3Ec&amp;d|A ¦ B &gt; C>');
    expect(text).toContain('*[2]* Local');
    expect(text).not.toContain('javascript:');
  });

  it('flags sources that disagree, with markers and, on request, the quotes', () => {
    const answer = briefAnswer({
      flags: [
        {
          kind: 'contradiction',
          text: 'The outlets give different dates for the visit.',
          citations: [
            { source: 1, quote: 'He arrives on Tuesday.' },
            { source: 2, quote: 'He arrives on Thursday.' },
          ],
        },
      ],
    });
    const plain = sections(renderAnswer(answer, view)).join('\n');
    expect(plain).toContain(
      ':warning: *Sources disagree:* The outlets give different dates for the visit. [1][2]',
    );
    const quoted = sections(renderAnswer(answer, { ...view, quotes: true })).join('\n');
    expect(quoted).toContain('> “He arrives on Thursday.” [2]');
  });

  it("shows every dated bullet's date beside its quote, never inside it, and says when it is inferred", () => {
    const answer = briefAnswer({
      bullets: [
        {
          text: "Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow.",
          date: '2012-10-03',
          dateKind: 'relative',
          citations: [{ source: 1, quote: 'q' }],
        },
        { text: 'Talks began.', date: '2012', dateKind: 'inferred', citations: [{ source: 1, quote: 'q' }] },
        {
          text: 'Trade grew.',
          date: '2012-10-02',
          dateKind: 'article',
          citations: [{ source: 1, quote: 'q' }],
        },
        { text: 'No date here.', date: null, citations: [{ source: 1, quote: 'q' }] },
      ],
    });
    const text = sections(renderAnswer(answer, view)).join('\n');
    expect(text).toContain(
      "• Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow. [1] · _3 Oct 2012_",
    );
    expect(text).toContain('• Talks began. [1] · _2012, inferred_');
    expect(text).toContain('• Trade grew. [1] · _reported 2 Oct 2012_');
    expect(text).toMatch(/• No date here\. \[1\](?! · _)/);
  });

  describe('the direct answer (lead)', () => {
    const lead = {
      text: 'Three days, per The Express Tribune; Dawn says four days.',
      citations: [
        { source: 1, quote: 'Lavrov arrived in Islamabad a day after the visit was cancelled.' },
        { source: 2, quote: 'The Russian foreign minister landed in Islamabad on Wednesday.' },
      ],
    };
    const asked = (extra: Partial<Answer> = {}) =>
      briefAnswer({ kind: 'answer', lead, note: 'answered as a question', ...extra });
    const leadLine = `*${lead.text}* [1][2]`;

    it('comes first, in bold, with its markers, in a section of its own above the note and bullets', () => {
      const [message] = renderAnswer(asked(), { ...view, title: 'How long was the visit?' });
      expect(validateMessage(message!)).toEqual([]);
      const blocks = message!.blocks as AnyBlock[];
      expect(blocks[0]!.type).toBe('header');
      expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: leadLine } });
      expect(JSON.stringify(blocks[2])).toContain('answered as a question');
      expect(blocks[3]!.text!.text.startsWith('• Lavrov arrived')).toBe(true);
      // A notification shows the answer itself.
      expect(message!.text).toBe(`How long was the visit?: ${lead.text} (2 points from 2 sources)`);
    });

    it('shows its quoted sentences under it when quotes are on, like a bullet', () => {
      const blocks = renderAnswer(asked(), { ...view, quotes: true })[0]!.blocks as AnyBlock[];
      expect(blocks[1]!.text!.text.split('\n')).toEqual([
        leadLine,
        `> “${lead.citations[0]!.quote}” [1]`,
        `> “${lead.citations[1]!.quote}” [2]`,
      ]);
    });

    it('opens the first message of a long answer, every message within the Block Kit limits', () => {
      for (const quotes of [false, true]) {
        const messages = renderAnswer({ ...longAnswer(), lead }, { ...view, quotes });
        expect(messages.length).toBeGreaterThan(1);
        for (const message of messages) expect(validateMessage(message)).toEqual([]);
        expect((messages[0]!.blocks[1] as AnyBlock).text!.text.split('\n')[0]).toBe(leadLine);
        expect(sections(messages).filter((s) => s.includes(leadLine))).toHaveLength(1);
      }
    });

    it('is escaped like article text', () => {
      const blocks = renderAnswer(asked({ lead: { ...lead, text: 'Ping <!channel> & co.' } }), view)[0]!
        .blocks as AnyBlock[];
      expect(blocks[1]!.text!.text).toBe('*Ping &lt;!channel&gt; &amp; co.* [1][2]');
    });

    it('draws no lead line when lead is null', () => {
      const messages = renderAnswer(asked({ lead: null }), view);
      const blocks = messages[0]!.blocks as AnyBlock[];
      expect(JSON.stringify(blocks[1])).toContain('answered as a question');
      expect(sections(messages)[0]!.startsWith('• ')).toBe(true);
      expect(messages[0]!.text).toBe('Pakistan–Russia relations: 2 points from 2 sources');
    });
  });

  it('says so when nothing was found, and names the LLM in the footer', () => {
    const empty = renderAnswer(briefAnswer({ bullets: [], sources: [], note: 'nothing found' }), view);
    expect(validateMessage(empty[0]!)).toEqual([]);
    expect(sections(empty).join('\n')).toContain('nothing found');
    const llm = renderAnswer(briefAnswer({ mode: 'llm', fallbackReason: undefined }), view);
    expect(JSON.stringify(blocksOf(llm).at(-1))).toContain('Written by an LLM');
  });

  it('splits a long answer into messages that each pass the Block Kit limits, never mid-citation', () => {
    const answer = longAnswer();
    for (const quotes of [false, true]) {
      const messages = renderAnswer(answer, { ...view, quotes });
      expect(messages.length).toBeGreaterThan(1);
      for (const message of messages) expect(validateMessage(message)).toEqual([]);
      const all = sections(messages);
      for (const bullet of answer.bullets) {
        const markers = [...new Set(bullet.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
        const line = `• ${escapeMrkdwn(bullet.text)} ${markers}`;
        // The whole bullet, with its markers, sits inside one section.
        expect(all.filter((s) => s.split('\n').includes(line))).toHaveLength(1);
        if (quotes) {
          for (const c of bullet.citations) {
            expect(
              all.some((s) => s.split('\n').includes(`> “${escapeMrkdwn(c.quote.trim())}” [${c.source}]`)),
            ).toBe(true);
          }
        }
      }
      // Header first, buttons and footer once, at the very end.
      expect((messages[0]!.blocks[0] as AnyBlock).type).toBe('header');
      expect(blocksOf(messages).filter((b) => b.type === 'actions')).toHaveLength(1);
      expect((messages.at(-1)!.blocks.at(-1) as AnyBlock).type).toBe('context');
      expect(messages[1]!.text).toMatch(/part 2 of \d+/);
    }
  });

  it('keeps a single over-long bullet whole at its markers', () => {
    const answer = briefAnswer({
      bullets: [
        {
          text: 'word '.repeat(1500).trim(),
          citations: [
            { source: 1, quote: 'q' },
            { source: 2, quote: 'r' },
          ],
        },
      ],
    });
    const messages = renderAnswer(answer, view);
    for (const message of messages) expect(validateMessage(message)).toEqual([]);
    const pieces = sections(messages).filter((s) => s.includes('word'));
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.at(-1)).toMatch(/word \[1\]\[2\]$/);
    expect(pieces.slice(0, -1).join('')).not.toContain('[');
  });
});

describe('renderHelp, renderProblem, renderPending', () => {
  it('lists usage and every topic within limits', () => {
    const topics = Array.from({ length: 80 }, (_, i) => ({
      slug: `topic-${i}`,
      title: `Topic ${i} & more`,
      description: 'd'.repeat(200),
      terms: ['x'],
    }));
    const messages = renderHelp(['`/brief <topic>` — a brief'], topics);
    for (const message of messages) expect(validateMessage(message)).toEqual([]);
    const text = sections(messages).join('\n');
    expect(text).toContain('`/brief &lt;topic&gt;` — a brief');
    for (const t of topics) expect(text).toContain(`• \`${t.slug}\` — *${escapeMrkdwn(t.title)}*`);
    expect(text).toContain('&amp; more');
  });

  it('says there are no topics when none are configured', () => {
    expect(sections(renderHelp([], [])).join('\n')).toContain('No topics are configured');
  });

  it('tells what went wrong and offers the nearest topics', () => {
    const message = renderProblem('No topic is named "x" <here>.', ['pakistan-russia']);
    expect(validateMessage(message)).toEqual([]);
    const text = sections([message]).join('\n');
    expect(text).toContain('No topic is named "x" &lt;here&gt;.');
    expect(text).toContain('Did you mean `pakistan-russia`?');
    expect(text).toContain('/brief help');
  });

  it('draws a placeholder for a public answer being written', () => {
    const message = renderPending('gas <pipeline>');
    expect(validateMessage(message)).toEqual([]);
    expect(sections([message])[0]).toContain('*gas &lt;pipeline&gt;*');
  });
});
