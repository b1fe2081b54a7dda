/**
 * Renders an Answer as readable terminal text: bullets with [n] markers, then the numbered sources
 * (title, publisher, date), then how it was written. Deterministic, like the Answer itself.
 */
import type { Answer, Source } from '../briefing/answer.js';

const KIND_LABEL: Record<Answer['kind'], string> = { brief: 'Brief', answer: 'Answer', digest: 'Digest' };

export function renderAnswerText(answer: Answer, width = 100): string {
  const lines: string[] = [];
  const heading = answer.topic ? `${KIND_LABEL[answer.kind]}: ${answer.topic}` : KIND_LABEL[answer.kind];
  lines.push(heading, '');
  // The direct answer opens, flush left above the indented bullets, so it reads as the reply.
  if (answer.lead) lines.push(...wrap(`${answer.lead.text} ${markersOf(answer.lead.citations)}`, width), '');
  if (answer.note) lines.push(...wrap(answer.note, width), '');
  const bulletLines = (bullet: Answer['bullets'][number]) => {
    // The date stands beside the quote, after its markers, never inside the quoted words.
    const date = bullet.dateLabel;
    const body = wrap(
      `${bullet.text} ${markersOf(bullet.citations)}${date ? ` (${date})` : ''}${outletNote(bullet.outlets)}`,
      width - 4,
    );
    return [`  • ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`)];
  };
  if (answer.view === 'timeline') {
    // Episodes apart, days as headings, each event under its day (the answer's `timeline`).
    for (const episode of answer.timeline ?? []) {
      lines.push(`== ${episode.label} ==`);
      for (const day of episode.days) {
        // An episode of one undivided period ("Feb 2012") needs no second heading saying the same.
        if (day.label) lines.push(day.label);
        for (const bullet of day.bullets.map((i) => answer.bullets[i]!)) {
          const who = bullet.label ? `${bullet.label} — ` : '';
          const kind = bullet.dateNote;
          const body = wrap(
            `${who}${bullet.text} ${markersOf(bullet.citations)}${outletNote(bullet.outlets)}${kind ? ` (date ${kind})` : ''}`,
            width - 4,
          );
          lines.push(`  • ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`));
        }
      }
      lines.push('');
    }
  } else {
    for (const bullet of answer.bullets) lines.push(...bulletLines(bullet));
  }
  for (const flag of answer.flags ?? []) {
    // A flag's text shows each version with its markers ("three days [1][3] vs four days [2]").
    const markers = /\[\d+\]/.test(flag.text) ? '' : ` ${markersOf(flag.citations)}`;
    const body = wrap(`Outlets disagree: ${flag.text}${markers}`, width - 4);
    lines.push(`  ! ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`));
  }
  if (answer.names && answer.names.length > 0) {
    lines.push('', 'Names');
    for (const n of answer.names)
      lines.push(
        ...wrap(`${n.name}: also ${n.variants.join(', ')}`, width - 4).map(
          (l, i) => `${i === 0 ? '  ' : '    '}${l}`,
        ),
      );
  }
  if (answer.sources.length > 0) {
    lines.push('', 'Sources');
    for (const s of answer.sources) lines.push(`  [${s.n}] ${describeSource(s)}`);
  }
  lines.push('', writtenBy(answer));
  if (answer.thread) lines.push(`Thread: ${answer.thread} (continue with --thread ${answer.thread})`);
  return `${lines.join('\n')}\n`;
}

const markersOf = (citations: readonly { source: number }[]) =>
  [...new Set(citations.map((c) => c.source))].map((n) => `[${n}]`).join('');

/** "(3 outlets)", or "(single source)" for a claim only one outlet makes. */
function outletNote(outlets: number | undefined): string {
  if (outlets === undefined) return '';
  return outlets > 1 ? ` (${outlets} outlets)` : ' (single source)';
}

/** A source as the answer lists it (its `dateLabel` as every surface words its date). */
export function describeSource(s: Source): string {
  const parts = [s.title, s.publisher ?? 'publisher unknown', s.dateLabel];
  return `${parts.join(' — ')}${s.url ? ` <${s.url}>` : ''}`;
}

export function writtenBy(answer: Answer): string {
  if (answer.mode === 'llm') return 'Written by the LLM writer; every quote verified against its article.';
  return `Written offline (${answer.fallbackReason ?? 'offline writer'}); each bullet quotes its article.`;
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || out.length === 0) out.push(line);
  return out;
}
