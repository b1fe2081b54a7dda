/**
 * Answer JSON to Block Kit: a header, the direct answer (lead) in bold, the bullets with their
 * `[n]` markers (and, on request, each cited sentence verbatim), any disagreement between sources,
 * the sources, the buttons and a footer saying how the answer was written. Long answers become
 * several messages; every message stays inside BLOCK_LIMITS.
 */
import type { Answer, Bullet, Citation } from '../../briefing/answer.js';
import type { Topic } from '../../briefing/topics.js';
import { BLOCK_LIMITS } from './block-limits.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from './mrkdwn.js';
import { packMessages, sectionsFromLines, type SlackBlock, type SlackMessage } from './pack.js';

/** action_id of each button; the listeners in listeners/actions.ts match on these. */
export const ACTION_IDS = {
  showQuotes: 'briefbot_show_quotes',
  hideQuotes: 'briefbot_hide_quotes',
  share: 'briefbot_share',
} as const;

export interface AnswerView {
  /** Shown in the header: the topic's title or the question. */
  title: string;
  /** Show each cited sentence under its bullet. */
  quotes: boolean;
  /** Key of the cached answer the buttons act on; null draws no buttons. */
  answerId: string | null;
  /** Offer "Share in channel" (only on a private answer). */
  share: boolean;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function markers(citations: readonly Citation[]): string {
  return [...new Set(citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
}

/** " · _3 outlets_", or " · _single source_" for a claim only one outlet makes. */
export function outletNote(outlets: number | undefined): string {
  if (outlets === undefined) return '';
  return outlets > 1 ? ` · _${outlets} outlets_` : ' · _single source_';
}

/** A bullet's date beside its markers, never inside its quoted words: " · _3 Oct 2012_". */
function dateNote(bullet: Bullet): string {
  return bullet.dateLabel ? ` · _${escapeMrkdwn(bullet.dateLabel)}_` : '';
}

function bulletLines(bullet: Bullet, quotes: boolean): string[] {
  const lines = [
    `• ${escapeMrkdwn(oneLine(bullet.text))} ${markers(bullet.citations)}${dateNote(bullet)}${outletNote(bullet.outlets)}`,
  ];
  if (quotes) {
    for (const c of bullet.citations) lines.push(`> “${escapeMrkdwn(oneLine(c.quote))}” [${c.source}]`);
  }
  return lines;
}

/** The direct answer, in bold above the bullets, with its markers and (on request) its quotes. */
function leadLines(lead: NonNullable<Answer['lead']>, quotes: boolean): string[] {
  const lines = [`*${escapeMrkdwn(oneLine(lead.text))}* ${markers(lead.citations)}`];
  if (quotes) {
    for (const c of lead.citations) lines.push(`> “${escapeMrkdwn(oneLine(c.quote))}” [${c.source}]`);
  }
  return lines;
}

/** A timeline (the answer's `timeline`): each episode a heading, each day a bold line, each event under its day. */
function timelineLines(answer: Answer, quotes: boolean): string[] {
  const lines: string[] = [];
  for (const episode of answer.timeline ?? []) {
    lines.push(`:calendar: *${escapeMrkdwn(episode.label)}*`);
    for (const day of episode.days) {
      if (day.label) lines.push(`*${escapeMrkdwn(day.label)}*`);
      for (const b of day.bullets.map((i) => answer.bullets[i]!)) {
        const who = b.label ? `_${escapeMrkdwn(b.label)}_ — ` : '';
        const kind = b.dateNote;
        lines.push(
          `• ${who}${escapeMrkdwn(oneLine(b.text))} ${markers(b.citations)}${outletNote(b.outlets)}${kind ? ` · date ${escapeMrkdwn(kind)}` : ''}`,
        );
        if (quotes) {
          for (const c of b.citations) lines.push(`> “${escapeMrkdwn(oneLine(c.quote))}” [${c.source}]`);
        }
      }
    }
  }
  return lines;
}

function sourceLine(source: Answer['sources'][number]): string {
  const parts = [`*[${source.n}]* ${mrkdwnLink(source.url, truncate(oneLine(source.title), 300))}`];
  if (source.publisher) parts.push(` — ${escapeMrkdwn(truncate(source.publisher, 200))}`);
  if (source.dateLabel) parts.push(` · ${escapeMrkdwn(source.dateLabel)}`);
  return parts.join('');
}

function footerText(answer: Answer): string {
  if (answer.mode === 'llm')
    return ':robot_face: Written by an LLM · every citation checked against its article';
  const reason = answer.fallbackReason
    ? ` · LLM not used: ${escapeMrkdwn(truncate(oneLine(answer.fallbackReason), 500))}`
    : '';
  return `:page_facing_up: Offline summary, sentences taken from the articles${reason}`;
}

function buttons(view: AnswerView): SlackBlock[] {
  if (view.answerId === null) return [];
  const elements = [
    view.quotes
      ? { text: 'Hide quotes', action_id: ACTION_IDS.hideQuotes }
      : { text: 'Show quotes', action_id: ACTION_IDS.showQuotes },
    ...(view.share
      ? [{ text: 'Share in channel', action_id: ACTION_IDS.share, style: 'primary' as const }]
      : []),
  ].map(({ text, action_id, ...rest }) => ({
    type: 'button' as const,
    text: { type: 'plain_text' as const, text },
    action_id,
    value: view.answerId as string,
    ...rest,
  }));
  return [{ type: 'actions', block_id: 'briefbot_actions', elements }];
}

/** The answer as one or more Slack messages, in order. */
export function renderAnswer(answer: Answer, view: AnswerView): SlackMessage[] {
  const title = oneLine(view.title) || answer.query || 'briefbot';
  const body: SlackBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: truncate(title, BLOCK_LIMITS.headerText), emoji: false },
    },
  ];
  if (answer.bullets.length === 0) {
    const nothing = answer.note ?? 'Nothing in the articles I have answers this.';
    body.push(...sectionsFromLines([`${escapeMrkdwn(nothing)} Try another topic, or \`/brief help\`.`]));
  } else {
    // The direct answer comes first, in a section of its own, apart from the bullets.
    if (answer.lead) body.push(...sectionsFromLines(leadLines(answer.lead, view.quotes)));
    if (answer.note) {
      body.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `_${escapeMrkdwn(truncate(answer.note, 2000))}_` }],
      });
    }
    body.push(
      ...sectionsFromLines(
        answer.view === 'timeline' && answer.timeline
          ? timelineLines(answer, view.quotes)
          : answer.bullets.flatMap((b) => bulletLines(b, view.quotes)),
      ),
    );
  }
  for (const flag of answer.flags ?? []) {
    // A flag's text shows each version with its markers ("three days [1][3] vs four days [2]").
    const flagMarkers = /\[\d+\]/.test(flag.text) ? '' : ` ${markers(flag.citations)}`;
    const lines = [`:warning: *Sources disagree:* ${escapeMrkdwn(oneLine(flag.text))}${flagMarkers}`];
    if (view.quotes) {
      for (const c of flag.citations) lines.push(`> “${escapeMrkdwn(oneLine(c.quote))}” [${c.source}]`);
    }
    body.push(...sectionsFromLines(lines));
  }
  if (answer.sources.length > 0) {
    body.push({ type: 'divider' });
    body.push(...sectionsFromLines(['*Sources*', ...answer.sources.map(sourceLine)]));
  }
  const trailer: SlackBlock[] = [
    ...buttons(view),
    { type: 'context', elements: [{ type: 'mrkdwn', text: footerText(answer) }] },
  ];
  // The notification shows the direct answer when there is one.
  const counts = `${answer.bullets.length} point${answer.bullets.length === 1 ? '' : 's'} from ${answer.sources.length} source${answer.sources.length === 1 ? '' : 's'}`;
  const summary = answer.lead ? `${title}: ${oneLine(answer.lead.text)} (${counts})` : `${title}: ${counts}`;
  return packMessages(body, trailer, (i, n) =>
    escapeMrkdwn(truncate(n === 1 ? summary : `${summary} (part ${i + 1} of ${n})`, 1000)),
  );
}

/** `/brief` alone or `/brief help`: how to use the command, and the topics there are. */
export function renderHelp(usage: readonly string[], topics: readonly Topic[]): SlackMessage[] {
  const topicLines =
    topics.length === 0
      ? ['No topics are configured yet: ask a question instead.']
      : topics.map((t) => {
          const description = t.description ? `: ${escapeMrkdwn(oneLine(t.description))}` : '';
          return `• \`${t.slug}\` — *${escapeMrkdwn(t.title)}*${description}`;
        });
  const body: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'briefbot: cited news briefs', emoji: false } },
    // Usage lines are plain text with `code` spans; `<topic>` must still be escaped for Slack.
    ...sectionsFromLines(['*Usage*', ...usage.map(escapeMrkdwn)]),
    ...sectionsFromLines(['*Topics*', ...topicLines]),
  ];
  return packMessages(body, [], (i, n) =>
    n === 1 ? 'briefbot help' : `briefbot help (part ${i + 1} of ${n})`,
  );
}

/** A problem the person can fix: what went wrong, nearby topics, and where to find help. */
export function renderProblem(message: string, suggestions: readonly string[] = []): SlackMessage {
  const lines = [`:warning: ${escapeMrkdwn(oneLine(message))}`];
  if (suggestions.length > 0)
    lines.push(`Did you mean ${suggestions.map((s) => `\`${escapeMrkdwn(s)}\``).join(', ')}?`);
  lines.push('Type `/brief help` for usage and the list of topics.');
  const blocks = sectionsFromLines(lines).slice(0, BLOCK_LIMITS.blocksPerMessage);
  return { text: escapeMrkdwn(truncate(oneLine(message), 1000)), blocks };
}

/** What a public message says while the answer is being written. */
export function renderPending(title: string): SlackMessage {
  const text = `:hourglass_flowing_sand: Briefing on *${escapeMrkdwn(truncate(oneLine(title), 500))}*…`;
  return {
    text: `Briefing on ${escapeMrkdwn(truncate(oneLine(title), 500))}…`,
    blocks: sectionsFromLines([text]),
  };
}
