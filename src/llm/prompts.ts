/**
 * The LLM prompts live as text files in prompts/ so they can be read and changed without code.
 * This module finds that folder from its own location (works from src/ under tsx and from dist/),
 * reads each file once, checks its {{placeholders}}, and fills them. Article text and thread history
 * go inside fences the system prompt declares to be data, never instructions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistoryTurn, WriteRequest } from '../briefing/write/writer.js';
import type { LlmContext, Passage } from './passages.js';

export const PROMPT_NAMES = ['system', 'brief', 'answer', 'follow-up', 'digest'] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];
export type Prompts = Readonly<Record<PromptName, string>>;

/** The only placeholders a prompt may use; anything else is a typo worth failing on at start-up. */
export const PLACEHOLDERS = [
  'topic',
  'query',
  'question',
  'answerType',
  'maxBullets',
  'history',
  'passages',
] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER_RE = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

export class PromptsError extends Error {
  override name = 'PromptsError';
}

/** The nearest folder at or above `start` holding a package.json: the package root. */
export function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new PromptsError(`no package.json above ${start}`);
    dir = parent;
  }
}

export function defaultPromptsDir(): string {
  return join(findPackageRoot(dirname(fileURLToPath(import.meta.url))), 'prompts');
}

const loaded = new Map<string, Prompts>();

/** Reads every prompt file once per folder; throws PromptsError naming a missing file or bad placeholder. */
export function loadPrompts(dir: string = defaultPromptsDir()): Prompts {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const prompts = {} as Record<PromptName, string>;
  for (const name of PROMPT_NAMES) {
    const path = join(dir, `${name}.md`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new PromptsError(`cannot read prompt ${path}: ${(err as Error).message}`);
    }
    for (const [, key] of text.matchAll(PLACEHOLDER_RE)) {
      if (!(PLACEHOLDERS as readonly string[]).includes(key!)) {
        throw new PromptsError(`prompt ${path} uses unknown placeholder {{${key}}}`);
      }
    }
    prompts[name] = text.trim();
  }
  loaded.set(dir, prompts);
  return prompts;
}

/**
 * Replaces each {{name}} in one pass, so a value that itself contains "{{...}}" (article text, a
 * question) is never expanded again.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER_RE, (whole, key: string) => values[key] ?? whole);
}

/** Defuses our own fence tags inside untrusted text so it cannot close the fence early. */
export function neutralizeFences(text: string): string {
  return text.replace(/<(\/?\s*(?:passages?|history|turn)\b)/gi, '\u2039$1');
}

/** One passage, as the model sees it: id, the article's title, outlet and date, then its text. */
export function formatPassage(p: Passage): string {
  const meta = [
    `title: ${neutralizeFences(p.title)}`,
    `outlet: ${neutralizeFences(p.publisher ?? 'unknown')}`,
    `date: ${p.published ?? 'unknown'}`,
  ];
  return `<passage id="${p.id}">\n${meta.join('\n')}\ntext: ${neutralizeFences(p.text)}\n</passage>\n`;
}

export function formatHistoryTurn(turn: HistoryTurn): string {
  const asked = turn.question === null ? `(${turn.kind})` : neutralizeFences(turn.question);
  const shown = turn.bullets.map((b) => `- ${neutralizeFences(b)}`).join('\n');
  return `<turn>\nasked: ${asked}\nshown:\n${shown || '(nothing)'}\n</turn>\n`;
}

export function fencePassages(passages: readonly Passage[]): string {
  return `<passages>\n${passages.map(formatPassage).join('\n')}</passages>`;
}

export function fenceHistory(turns: readonly HistoryTurn[]): string {
  if (turns.length === 0) return '<history>\n(no earlier exchanges in this thread)\n</history>';
  return `<history>\n${turns.map(formatHistoryTurn).join('\n')}</history>`;
}

/** Which request template fits: a question with thread history is a follow-up. */
export function templateFor(request: Pick<WriteRequest, 'kind' | 'history'>): PromptName {
  if (request.kind === 'answer') return request.history.length > 0 ? 'follow-up' : 'answer';
  return request.kind;
}

/** What the lead must give, by the kind of answer the question asks for (briefing/question/question.ts). */
const ANSWER_TYPE_WORDS: ReadonlyMap<string, string> = new Map([
  ['date', 'a date (when)'],
  ['duration', 'a length of time (how long)'],
  ['amount', 'an amount (how much)'],
  ['number', 'a number (how many)'],
  ['age', 'an age (how old)'],
  ['score', 'a score (the result of a game, e.g. 3-2)'],
  ['person', 'a person (who)'],
  ['organisation', 'an organisation (which body, party or company)'],
  ['place', 'a place (where)'],
  ['reason', 'a reason (why)'],
  ['yesno', 'yes or no, with what the passages say about it'],
  ['list', 'a list (which ones)'],
]);

/** The answer type in words for the prompt; none or an unknown one is "a direct answer". */
export function answerTypeWords(answerType: string | undefined): string {
  return ANSWER_TYPE_WORDS.get(answerType ?? '') ?? 'a direct answer';
}

export interface PromptMessages {
  system: string;
  user: string;
}

/** The system and user messages for one request and its (already budgeted) context. */
export function buildMessages(
  prompts: Prompts,
  request: Pick<WriteRequest, 'kind' | 'query' | 'question' | 'topic' | 'maxBullets' | 'history'> &
    Partial<Pick<WriteRequest, 'answerType'>>,
  context: Pick<LlmContext, 'passages' | 'history'>,
): PromptMessages {
  const values: Record<Placeholder, string> = {
    topic: request.topic ? `${request.topic.title} (${request.topic.slug})` : '(none)',
    query: neutralizeFences(request.query),
    question: neutralizeFences(request.question ?? request.query),
    answerType: answerTypeWords(request.answerType),
    maxBullets: String(request.maxBullets),
    history: fenceHistory(context.history),
    passages: fencePassages(context.passages),
  };
  return { system: prompts.system, user: fillTemplate(prompts[templateFor(request)], values) };
}
