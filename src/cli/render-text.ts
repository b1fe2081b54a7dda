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
  if (answer.note) lines.push(...wrap(answer.note, width), '');
  for (const bullet of answer.bullets) {
    const markers = [...new Set(bullet.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
    const outlets = bullet.outlets && bullet.outlets > 1 ? ` (${bullet.outlets} outlets)` : '';
    const date = bullet.date ? `${bullet.date}: ` : '';
    const body = wrap(`${date}${bullet.text} ${markers}${outlets}`, width - 4);
    lines.push(`  • ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`));
  }
  for (const flag of answer.flags ?? []) {
    const markers = [...new Set(flag.citations.map((c) => c.source))].map((n) => `[${n}]`).join('');
    const body = wrap(`Outlets disagree: ${flag.text} ${markers}`, width - 4);
    lines.push(`  ! ${body[0]}`, ...body.slice(1).map((l) => `    ${l}`));
  }
  if (answer.sources.length > 0) {
    lines.push('', 'Sources');
    for (const s of answer.sources) lines.push(`  [${s.n}] ${describeSource(s)}`);
  }
  lines.push('', writtenBy(answer));
  if (answer.thread) lines.push(`Thread: ${answer.thread} (continue with --thread ${answer.thread})`);
  return `${lines.join('\n')}\n`;
}

export function describeSource(s: Source): string {
  const parts = [s.title, s.publisher ?? 'publisher unknown', s.published ?? 'date unknown'];
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
