/**
 * Shared pieces of the digest tests: a corpus folder (the seeds plus news written by the test), a
 * poster that records what it was asked to post, a sleeper that only notes the pauses, and a clock
 * the test moves by hand.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../../src/briefing/answer.js';
import type { DigestPoster } from '../../../src/digest/poster.js';
import type { DigestTarget } from '../../../src/digest/subscription.js';
import type { Logger } from '../../../src/log/logger.js';

/** A fresh folder holding the five seed articles. */
export function seedCorpusDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-digest-corpus-'));
  mkdirSync(dir, { recursive: true });
  cpSync('data/articles', dir, { recursive: true });
  return dir;
}

export interface News {
  id: string;
  title: string;
  /** Sentences about Pakistan and Russia, so the topic's search finds them. */
  body: string;
  published?: string;
  fetchedAt?: string;
}

/** Writes a Markdown article with front matter; returns its path. */
export function writeNews(dir: string, news: News): string {
  const lines = ['---', `id: ${news.id}`, `title: "${news.title}"`, 'publisher: "Test Wire"'];
  if (news.published) lines.push(`published: ${news.published}`);
  if (news.fetchedAt) lines.push(`fetchedAt: "${news.fetchedAt}"`);
  lines.push('---', '', news.body, '');
  const path = join(dir, `${news.id}.md`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** News on the pakistan-russia topic with a sentence that names the article, to find it in answers. */
export function pipelineNews(id: string, extra: Partial<News> = {}): News {
  return {
    id,
    title: `Pakistan and Russia agree on gas pipeline talks (${id})`,
    body:
      `Russian and Pakistani officials met in Islamabad on the gas pipeline, report ${id} said. ` +
      `Gazprom will study the pipeline route from Moscow's side, Lavrov told reporters in report ${id}. ` +
      `Defence cooperation between Pakistan and Russia was also discussed, officials said in report ${id}.`,
    ...extra,
  };
}

/**
 * Pakistan-Russia news whose claims differ from pipelineNews' and from each other's (story 0 to 3):
 * for digests that must carry each one, now that a restated claim is not news twice.
 */
export function storyNews(id: string, story: number, extra: Partial<News> = {}): News {
  const stories = [
    [
      'Pakistan and Russia signed a wheat trade deal in Moscow, the commerce ministry said.',
      'Russia will ship two million tonnes of wheat to Karachi this year under the deal.',
    ],
    [
      'Russian and Pakistani troops began joint counter-terrorism drills near Rawalpindi, the army said.',
      'The drills are the largest defence cooperation exercise the two armies have held.',
    ],
    [
      "Lavrov discussed Afghanistan with Pakistan's foreign minister by telephone, Moscow said.",
      'Both governments called for talks between the Taliban and Kabul before winter.',
    ],
    [
      'A Russian steel delegation toured the Karachi steel mills to plan their revival with Pakistan.',
      'Engineers from Moscow will inspect the blast furnaces in spring, the mills said.',
    ],
  ];
  const lines = stories[story % stories.length]!;
  return {
    id,
    title: `Pakistan and Russia: ${lines[0]!.split(' ').slice(0, 6).join(' ')} (${id})`,
    body: lines.join(' '),
    ...extra,
  };
}

export interface Posted {
  target: DigestTarget;
  answer: Answer;
}

export function recordingPoster(): DigestPoster & {
  posted: Posted[];
  failWith: (err: Error | null, times?: number) => void;
} {
  const posted: Posted[] = [];
  let failure: Error | null = null;
  let failuresLeft = 0;
  return {
    posted,
    failWith(err, times = Number.POSITIVE_INFINITY) {
      failure = err;
      failuresLeft = times;
    },
    async post(target, answer) {
      if (failure && failuresLeft > 0) {
        failuresLeft--;
        throw failure;
      }
      posted.push({ target, answer });
      return { messageId: `m${posted.length}` };
    },
  };
}

export function recordingSleep(): ((ms: number) => Promise<void>) & { pauses: number[] } {
  const pauses: number[] = [];
  const sleep = async (ms: number) => {
    pauses.push(ms);
  };
  return Object.assign(sleep, { pauses });
}

export function manualClock(start: string): { now: () => Date; set: (iso: string) => Date } {
  let t = new Date(start);
  return {
    now: () => t,
    set: (iso) => {
      t = new Date(iso);
      return t;
    },
  };
}

export function logRecorder(): Logger & { lines: { level: string; obj: object; msg?: string }[] } {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => {
    lines.push({ level, obj, ...(msg === undefined ? {} : { msg }) });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The article ids an answer cites. */
export function citedIds(answer: Answer): string[] {
  return [...new Set(answer.sources.map((s) => s.id))].sort();
}
