/**
 * Parses the briefbot command line (../shared/DESIGN.md, "Command line") into a typed command.
 * Usage errors are values carrying the message to print; the caller exits 2.
 */
import { parseArgs } from 'node:util';

export type CliCommand =
  | { name: 'brief'; topic: string; thread?: string; json: boolean; timeline: boolean }
  | { name: 'ask'; question: string; topic?: string; thread?: string; json: boolean }
  | { name: 'digest'; topic: string; since?: Date; json: boolean }
  | { name: 'topics'; json: boolean }
  | { name: 'sources'; json: boolean }
  | { name: 'help' };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; message: string };

export const USAGE = `Usage:
  briefbot brief <topic> [--thread <id>] [--json]
  briefbot ask "<question>" [--topic <slug>] [--thread <id>] [--json]
  briefbot digest <topic> [--since <ISO date>] [--json]
  briefbot topics [--json]
  briefbot sources [--json]

  (from a checkout: npm run --silent cli -- <command> ...)

Options:
  --json          print exactly one JSON document on stdout (logs go to stderr)
  --thread <id>   continue the same conversation across runs
  --topic <slug>  ask within a topic
  --since <date>  digest: only articles new since this date (e.g. 2012-10-01)`;

const THREAD_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        thread: { type: 'string' },
        topic: { type: 'string' },
        since: { type: 'string' },
        timeline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return { ok: false, message: `${(err as Error).message}\n\n${USAGE}` };
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const json = values.json === true;
  const thread = typeof values.thread === 'string' ? values.thread : undefined;
  if (thread !== undefined && !THREAD_ID.test(thread)) {
    return {
      ok: false,
      message: '--thread takes an id of letters, digits and . _ : - (at most 128 characters).',
    };
  }
  if (values.help || name === undefined || name === 'help') return { ok: true, command: { name: 'help' } };
  const text = rest.join(' ').trim();

  switch (name) {
    case 'brief':
      if (!text)
        return { ok: false, message: `brief needs a topic, e.g. "brief pakistan-russia".\n\n${USAGE}` };
      return {
        ok: true,
        command: {
          name,
          topic: text,
          json,
          timeline: values.timeline === true,
          ...(thread ? { thread } : {}),
        },
      };
    case 'ask': {
      if (!text)
        return {
          ok: false,
          message: `ask needs a question, e.g. ask "When was Lavrov in Islamabad?"\n\n${USAGE}`,
        };
      const topic = typeof values.topic === 'string' ? values.topic : undefined;
      return {
        ok: true,
        command: { name, question: text, json, ...(topic ? { topic } : {}), ...(thread ? { thread } : {}) },
      };
    }
    case 'digest': {
      if (!text)
        return { ok: false, message: `digest needs a topic, e.g. "digest pakistan-russia".\n\n${USAGE}` };
      let since: Date | undefined;
      if (typeof values.since === 'string') {
        since = parseSince(values.since);
        if (!since)
          return {
            ok: false,
            message: `--since takes an ISO date such as 2012-10-01 or 2012-10-01T08:00:00Z (got "${values.since}").`,
          };
      }
      return { ok: true, command: { name, topic: text, json, ...(since ? { since } : {}) } };
    }
    case 'topics':
    case 'sources':
      return { ok: true, command: { name, json } };
    default:
      return { ok: false, message: `Unknown command "${name}".\n\n${USAGE}` };
  }
}

function parseSince(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
