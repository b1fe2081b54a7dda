/**
 * The boundaries between src/'s folders are lint rules (eslint.config.js): this copies the repo's
 * ESLint config and a few real source files into a temporary folder, checks the copy lints clean,
 * then adds one forbidden import (or environment read) at a time and checks the lint reports it
 * on that line. Removing a boundary from the config makes its case fail here.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');

// One file from each side of the boundaries the cases cross: the core, a platform, a domain, the
// CLI, the store, and the composition root (which may import anything, and alone reads the
// environment, in config.ts).
const FILES = [
  'src/briefing/topics.ts',
  'src/platforms/slack/render.ts',
  'src/platforms/web/server.ts',
  'src/digest/digests.ts',
  'src/cli/run.ts',
  'src/store/open-store.ts',
  'src/app/compose.ts',
  'src/app/config.ts',
];

interface Case {
  why: string;
  file: string;
  line: string;
  rule: string;
  /** A piece of the message the lint gives. */
  says: string;
}

const CASES: Case[] = [
  {
    why: 'the core imports a platform',
    file: 'src/briefing/topics.ts',
    line: "import { renderAnswer } from '../platforms/slack/render.js';",
    rule: 'no-restricted-imports',
    says: 'briefing may not import src/platforms/',
  },
  {
    why: 'the core imports the LLM',
    file: 'src/briefing/topics.ts',
    line: "import type { OpenAIWriterOptions } from '../llm/openai-writer.js';",
    rule: 'no-restricted-imports',
    says: 'briefing may not import src/llm/',
  },
  {
    why: 'the core reads process.env',
    file: 'src/briefing/topics.ts',
    line: 'export const topicsFile = process.env.BRIEFBOT_TOPICS;',
    rule: 'no-restricted-properties',
    says: 'only src/app/config.ts reads the environment',
  },
  {
    why: 'the core hides an import from the rule in import()',
    file: 'src/briefing/topics.ts',
    line: "export const slack = await import('../platforms/slack/index.js');",
    rule: 'no-restricted-syntax',
    says: 'import statically',
  },
  {
    why: 'a platform imports another platform',
    file: 'src/platforms/slack/render.ts',
    line: "import { renderAnswer } from '../discord/render.js';",
    rule: 'no-restricted-imports',
    says: 'platforms/slack may not import src/platforms/discord/',
  },
  {
    why: 'a platform renders with a core helper instead of the Answer',
    file: 'src/platforms/slack/render.ts',
    line: "import { groupTimeline } from '../../briefing/timeline.js';",
    rule: 'no-restricted-imports',
    says: 'platforms/slack may not import src/briefing/ except answer.ts',
  },
  {
    why: 'a domain imports a store implementation',
    file: 'src/digest/digests.ts',
    line: "import { createSqliteDigestStore } from '../store/sqlite/digests.js';",
    rule: 'no-restricted-imports',
    says: 'digest may not import src/store/',
  },
  {
    why: 'a platform opens the store',
    file: 'src/platforms/web/server.ts',
    line: "import { openStore } from '../../store/open-store.js';",
    rule: 'no-restricted-imports',
    says: "'openStore' import from '../../store/open-store.js' is restricted",
  },
  {
    why: 'a domain starts the corpus watcher (a folder it may read, a factory the root owns)',
    file: 'src/digest/digests.ts',
    line: "import { createCorpusWatch } from '../corpus/corpus-watch.js';",
    rule: 'no-restricted-imports',
    says: 'the composition root (src/app/) builds this',
  },
  {
    why: 'the CLI opens the core itself',
    file: 'src/cli/run.ts',
    line: "import { openBriefbot } from '../app/open-core.js';",
    rule: 'no-restricted-imports',
    says: 'cli may not import src/app/ except cli-session.ts',
  },
  {
    why: 'the store imports more of a domain than its ports',
    file: 'src/store/open-store.ts',
    line: "import type { DigestScheduler } from '../digest/scheduler.js';",
    rule: 'no-restricted-imports',
    says: 'store may not import src/digest/ except ports.ts',
  },
  {
    why: 'the composition root reads process.env outside config.ts',
    file: 'src/app/compose.ts',
    line: 'export const port = process.env.PORT;',
    rule: 'no-restricted-properties',
    says: 'only src/app/config.ts reads the environment',
  },
];

let scratch: string;
let eslint: ESLint;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'briefbot-lint-'));
  cpSync(join(repo, 'eslint.config.js'), join(scratch, 'eslint.config.js'));
  // The config imports @eslint/js and typescript-eslint, resolved from beside it.
  symlinkSync(join(repo, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  for (const file of FILES) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(repo, file), join(scratch, file));
  }
  eslint = new ESLint({ cwd: scratch, overrideConfigFile: join(scratch, 'eslint.config.js') });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the boundary lint rules', () => {
  it('pass the copied source files as they are', async () => {
    const results = await eslint.lintFiles(FILES);
    expect(results).toHaveLength(FILES.length);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });

  it.each(CASES)('fail when $why', async ({ file, line, rule, says }) => {
    const source = readFileSync(join(scratch, file), 'utf8');
    const added = `${source.trimEnd()}\n${line}\n`;
    const forbiddenLine = added.split('\n').length - 1;
    const [result] = await eslint.lintText(added, { filePath: join(scratch, file) });
    const reported = result!.messages
      .filter((m) => m.line === forbiddenLine && m.ruleId === rule)
      .map((m) => m.message);
    expect(
      reported.some((m) => m.includes(says)),
      reported.join('\n') || 'nothing reported',
    ).toBe(true);
  });
});
