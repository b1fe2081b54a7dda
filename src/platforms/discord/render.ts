/**
 * Answer JSON -> Discord embeds: the direct answer (lead) in bold, then bullets with `[n]` markers,
 * sources as numbered links (title, outlet, date), a footer saying offline or LLM. Long answers
 * become several embeds and messages, split between bullets, never inside one. All article text is
 * markdown-escaped.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, Bullet, Citation, Source } from '../../briefing/answer.js';
import { clip, escapeLinkText, escapeText, linkTarget } from './markdown.js';
import { packEmbeds, type Section } from './pack.js';

export const BRAND_COLOR = 0x2f6f9f;
export const ERROR_COLOR = 0xb03a2e;

/** Longest bullet line: keeps one claim readable and leaves its markers intact when clipped. */
const BULLET_TEXT_MAX = 3500;
const SOURCE_TITLE_MAX = 200;

export interface RenderContext {
  /** The topic's display title, when the answer has a topic the caller knows. */
  topicTitle?: string | null;
  /** The person's question, shown as the title of an answer. */
  question?: string | null;
}

/** `[1][3]`: the distinct sources a bullet cites, in the order first cited. */
export function citationMarkers(citations: readonly Citation[]): string {
  const seen: number[] = [];
  for (const c of citations) if (!seen.includes(c.source)) seen.push(c.source);
  return seen.map((n) => `[${n}]`).join('');
}

type ShownBullet = Pick<Bullet, 'text' | 'citations'> & Partial<Bullet>;

/** " · 3 outlets", or " · single source" for a claim only one outlet makes. */
export function outletNote(outlets: number | undefined): string {
  if (outlets === undefined) return '';
  return outlets > 1 ? ` · ${outlets} outlets` : ' · single source';
}

/** A bullet's date beside its quoted words, never inside them: " · *3 Oct 2012*". */
function dateNote(bullet: ShownBullet): string {
  return bullet.dateLabel ? ` · *${escapeText(bullet.dateLabel)}*` : '';
}

/** The markers end the line, where readers look for them: "• text · 3 Oct 2012 · 2 outlets [1][3]". */
export function bulletLine(bullet: ShownBullet): string {
  return `• ${clip(escapeText(bullet.text), BULLET_TEXT_MAX)}${dateNote(bullet)}${outletNote(bullet.outlets)} ${citationMarkers(bullet.citations)}`;
}

/** The direct answer in bold, markers after it like a bullet's: "**Three days.** [1][2]". */
export function leadLine(lead: NonNullable<Answer['lead']>): string {
  return `**${clip(escapeText(lead.text), BULLET_TEXT_MAX)}** ${citationMarkers(lead.citations)}`;
}

/**
 * A timeline (the answer's `timeline`): episodes in bold, days underlined, each event under its
 * day with whom it is about.
 */
export function timelineLines(answer: Answer): string[] {
  const lines: string[] = [];
  for (const episode of answer.timeline ?? []) {
    lines.push(`**${escapeText(episode.label)}**`);
    for (const day of episode.days) {
      if (day.label) lines.push(`__${escapeText(day.label)}__`);
      for (const b of day.bullets.map((i) => answer.bullets[i]!)) {
        const who = b.label ? `*${escapeText(b.label)}* — ` : '';
        const kind = b.dateNote;
        lines.push(
          `• ${who}${clip(escapeText(b.text), BULLET_TEXT_MAX)}${outletNote(b.outlets)}${kind ? ` · date ${kind}` : ''} ${citationMarkers(b.citations)}`,
        );
      }
    }
  }
  return lines;
}

export function sourceLine(source: Source): string {
  const title = clip(escapeLinkText(source.title), SOURCE_TITLE_MAX);
  const url = linkTarget(source.url);
  const head = url ? `[${title}](${url})` : title;
  const meta = [source.publisher ? escapeText(source.publisher) : null, source.dateLabel].filter(Boolean);
  return `**[${source.n}]** ${head}${meta.length > 0 ? ` — ${meta.join(', ')}` : ''}`;
}

export function answerTitle(answer: Answer, context: RenderContext): string {
  const topic = context.topicTitle ?? answer.topic;
  switch (answer.kind) {
    case 'brief':
      return answer.view === 'timeline'
        ? `Timeline: ${topic ?? answer.query}`
        : `Briefing: ${topic ?? answer.query}`;
    case 'digest':
      return `Digest: ${topic ?? answer.query}`;
    case 'answer':
      return context.question
        ? `Q: ${context.question.replace(/\s+/g, ' ').trim()}`
        : `Answer: ${answer.query}`;
  }
}

export function answerFooter(answer: Answer): string {
  if (answer.mode === 'llm') return 'Written by an LLM · every quote checked against its article';
  const why = answer.fallbackReason ? ` · ${answer.fallbackReason}` : '';
  return `Offline summary (no LLM)${why}`;
}

/** The messages of one answer, each a list of embeds within Discord's limits. */
export function renderAnswer(answer: Answer, context: RenderContext = {}): APIEmbed[][] {
  const lines: string[] = [];
  // The direct answer opens the description, a paragraph of its own (the empty line) above the rest.
  if (answer.lead) lines.push(leadLine(answer.lead), '');
  if (answer.note) lines.push(`*${escapeText(answer.note)}*`);
  if (answer.view === 'timeline' && answer.timeline) lines.push(...timelineLines(answer));
  else for (const b of answer.bullets) lines.push(bulletLine(b));
  if (answer.bullets.length === 0 && !answer.note) lines.push('Nothing in the articles answers that yet.');

  const sections: Section[] = [{ kind: 'description', lines }];
  const flags = answer.flags ?? [];
  if (flags.length > 0) {
    sections.push({
      kind: 'fields',
      name: 'Sources disagree',
      // A flag's text shows each version with its markers ("three days [1][3] vs four days [2]").
      lines: flags.map(
        (f) =>
          `⚠ ${clip(escapeText(f.text), BULLET_TEXT_MAX)}${/\[\d+\]/.test(f.text) ? '' : ` ${citationMarkers(f.citations)}`}`,
      ),
    });
  }
  if (answer.sources.length > 0) {
    sections.push({ kind: 'fields', name: 'Sources', lines: answer.sources.map(sourceLine) });
  }
  return packEmbeds({
    title: answerTitle(answer, context),
    color: BRAND_COLOR,
    sections,
    footer: answerFooter(answer),
  });
}

/** Each cited sentence verbatim, once, numbered by its source, with the sources listed below. */
export function renderQuotes(answer: Answer): APIEmbed[][] {
  const seen = new Set<string>();
  const lines: string[] = [];
  // The lead's sentences first, as the lead is shown first.
  const cited = [...(answer.lead ? [answer.lead] : []), ...answer.bullets];
  for (const b of cited) {
    for (const c of b.citations) {
      const key = `${c.source}\u0000${c.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`**[${c.source}]** “${escapeText(c.quote)}”`);
    }
  }
  if (lines.length === 0) lines.push('This answer cites no sentences.');
  const sources = new Set(cited.flatMap((b) => b.citations.map((c) => c.source)));
  return packEmbeds({
    title: 'Quoted sentences, verbatim',
    color: BRAND_COLOR,
    sections: [
      { kind: 'description', lines },
      {
        kind: 'fields',
        name: 'Sources',
        lines: answer.sources.filter((s) => sources.has(s.n)).map(sourceLine),
      },
    ],
  });
}

/** A short error embed: what went wrong and what to do. */
export function renderError(message: string): APIEmbed {
  return { color: ERROR_COLOR, description: clip(escapeText(message), 4096) };
}
