/**
 * The `briefbot` commands: parse the arguments, open what the command needs (app/cli-session.ts),
 * run it, print. `--json` prints exactly one JSON document on stdout; everything else (logs,
 * warnings) goes to stderr. Exit 0 on an answer (also "nothing found"), 2 on bad usage, 1 on an
 * internal failure.
 */
import { type CliSession, openCliSession } from '../app/cli-session.js';
import { ConfigError, loadEnv } from '../app/config.js';
import { loggerFor } from '../app/pino-logger.js';
import { isStartupError } from '../app/startup-errors.js';
import { sourceView } from '../briefing/views/answer-views.js';
import type { ServiceResult } from '../briefing/service-api.js';
import { runSubscriptionCommand, type SubscriptionReply } from '../digest/subscription-commands.js';
import { describeSubscription } from '../digest/subscription.js';
import { runFeedsCommand, runIngestCommand } from '../ingest/cli-commands.js';
import type { DigestStore } from '../digest/ports.js';
import { type CliCommand, parseCliArgs, USAGE, wantsJson } from './parse-args.js';
import { describeSource, renderAnswerText } from './render-text.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  if (!wantsJson(argv)) return runCommand(argv, io);
  // With --json every outcome is one JSON document on stdout: a failure that printed none (a usage
  // error, a refused ingest) gets an error document made of what it said on stderr.
  let wrote = false;
  let said = '';
  const guarded: CliIo = {
    out: (text) => {
      wrote = true;
      io.out(text);
    },
    err: (text) => {
      said += text;
      io.err(text);
    },
  };
  let code: number;
  try {
    code = await runCommand(argv, guarded);
  } catch (err) {
    if (wrote) throw err;
    guarded.err(`${internalMessage(err)}\n`);
    code = 1;
  }
  if (code !== 0 && !wrote) {
    const message = said.trim() || 'The command failed.';
    failJson(io, code === 2 ? 'usage' : 'internal', message);
  }
  return code;
}

function failJson(io: CliIo, code: string, message: string): void {
  // The usage text that follows a message on stderr is for people; the document keeps the message.
  const first = message.split('\n\n')[0]!.trim();
  io.out(`${JSON.stringify({ error: { code, message: first } }, null, 2)}\n`);
}

/** A failure with its error code: to stderr, and as the error document with --json. */
function fail(io: CliIo, json: boolean, code: string, message: string, exit: 1 | 2): number {
  if (json) failJson(io, code, message);
  io.err(`${message}\n`);
  return exit;
}

export function internalMessage(err: unknown): string {
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}

async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const json = wantsJson(argv);
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return fail(io, json, parsed.code, parsed.message, 2);
  const command = parsed.command;
  if (command.name === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }

  let env: ReturnType<typeof loadEnv>;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) return fail(io, json, 'config', err.message, 2);
    throw err;
  }
  // The CLI is quiet by default: warnings (skipped files) and worse, unless LOG_LEVEL says otherwise.
  const logger = loggerFor(env, 'warn');

  if (command.name === 'feeds') {
    return runFeedsCommand(command, { feedsPath: env.BRIEFBOT_FEEDS, topicsPath: env.BRIEFBOT_TOPICS }, io);
  }

  let session: CliSession;
  try {
    session = await openCliSession(env, logger);
  } catch (err) {
    if (isStartupError(err)) return fail(io, json, 'internal', err.message, 1);
    throw err;
  }
  try {
    if (command.name === 'ingest')
      return await runIngestCommand(command, { topics: session.bot.topics, ingester: session.ingester }, io);
    return await execute(command, session, io);
  } finally {
    await session.close();
  }
}

async function execute(
  command: Exclude<CliCommand, { name: 'help' | 'ingest' | 'feeds' }>,
  session: CliSession,
  io: CliIo,
): Promise<number> {
  const bot = session.bot;
  const thread = (id: string | undefined) =>
    id ? { thread: { platform: 'cli', channel: 'cli', thread: id } } : {};
  switch (command.name) {
    case 'topics': {
      const topics = bot.api.topics();
      if (command.json) io.out(`${JSON.stringify({ topics }, null, 2)}\n`);
      else for (const t of topics) io.out(`${t.slug}\t${t.title}\n`);
      return 0;
    }
    case 'sources': {
      // Each article as the service shows a source (with the same date as answers' source lists and
      // the console's article panel), its sentence count in place of its text.
      const sources = bot.corpus.articles().map((a) => {
        const { paragraphs: _text, ...source } = bot.api.source(a.id)!;
        return { ...source, sentences: a.sentences.length };
      });
      if (command.json) io.out(`${JSON.stringify({ sources }, null, 2)}\n`);
      else
        for (const s of sources)
          io.out(`${s.id}\t${describeSource(sourceView({ ...s, n: 0 }))}\t(${s.sentences} sentences)\n`);
      return 0;
    }
    case 'brief':
      return print(
        await bot.api.brief({ topic: command.topic, timeline: command.timeline, ...thread(command.thread) }),
        command.json,
        io,
      );
    case 'ask':
      return print(
        await bot.api.ask({
          question: command.question,
          ...(command.topic ? { topic: command.topic } : {}),
          ...thread(command.thread),
        }),
        command.json,
        io,
      );
    case 'digest':
      return print(
        await bot.api.digest({ topic: command.topic, ...(command.since ? { since: command.since } : {}) }),
        command.json,
        io,
      );
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions': {
      // A running bot picks the change up at its next sweep (within a minute).
      const deps = { subscriptions: session.subscriptions(), topics: bot.topics };
      const reply =
        command.name === 'subscriptions' && !command.platform
          ? await listAll(deps.subscriptions)
          : await runSubscriptionCommand(
              deps,
              { platform: command.platform!, channel: command.channel! },
              command.name,
              command.name === 'subscribe'
                ? command.args
                : command.name === 'unsubscribe'
                  ? command.topic
                  : '',
            );
      if (!reply.ok) return fail(io, command.json, reply.code ?? 'usage', reply.message, 2);
      if (command.json) io.out(`${JSON.stringify(reply, null, 2)}\n`);
      else io.out(`${reply.message}\n`);
      return 0;
    }
  }
}

/** Every subscription of every channel, for operators. */
async function listAll(store: DigestStore): Promise<SubscriptionReply> {
  const all = await store.listSubscriptions();
  if (all.length === 0) return { ok: true, message: 'No digest subscriptions.', subscriptions: [] };
  const lines = all.map((s) => `${s.platform}\t${s.channel}\t${describeSubscription(s)}`);
  return { ok: true, message: lines.join('\n'), subscriptions: all };
}

function print(result: ServiceResult, json: boolean, io: CliIo): number {
  if (!result.ok) {
    if (json) io.out(`${JSON.stringify({ error: result.error }, null, 2)}\n`);
    io.err(`${result.error.message}\n`);
    return 2;
  }
  io.out(json ? `${JSON.stringify(result.answer, null, 2)}\n` : renderAnswerText(result.answer));
  return 0;
}
