/**
 * Parses the briefbot command line (docs/architecture.md, "Contracts") into a typed command.
 * Usage errors are values carrying the message to print; the caller exits 2.
 */
import { digestTargetProblem } from '../digest/subscription-commands.js';
import { INGEST_USAGE, type IngestCliCommand, parseIngestArgs } from '../ingest/cli-args.js';

export type CliCommand =
  | { name: 'brief'; topic: string; thread?: string; json: boolean; timeline: boolean }
  | { name: 'ask'; question: string; topic?: string; thread?: string; json: boolean }
  | { name: 'digest'; topic: string; since?: Date; json: boolean }
  | { name: 'topics'; json: boolean }
  | { name: 'sources'; json: boolean }
  | { name: 'subscribe'; args: string; platform: string; channel: string; json: boolean }
  | { name: 'unsubscribe'; topic: string; platform: string; channel: string; json: boolean }
  | { name: 'subscriptions'; platform?: string; channel?: string; json: boolean }
  | IngestCliCommand
  | { name: 'help' };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; message: string; code: string };

export const USAGE = `Usage:
  briefbot brief <topic> [--timeline] [--thread <id>] [--json]
  briefbot ask "<question>" [--topic <slug>] [--thread <id>] [--json]
  briefbot digest <topic> [--since <ISO date>] [--json]
  briefbot topics [--json]
  briefbot sources [--json]
  briefbot subscribe <topic> [daily|weekdays|weekly [mon..sun]] [HH:MM] [Zone/Name] [announce-empty]
           --platform slack|discord --channel <id> [--json]
  briefbot unsubscribe <topic> --platform slack|discord --channel <id> [--json]
  briefbot subscriptions [--platform slack|discord --channel <id>] [--json]
${INGEST_USAGE}

  (from a checkout: npx briefbot <command> ..., or npm run --silent cli -- <command> ...)

Options:
  --json          print exactly one JSON document on stdout (logs go to stderr)
  --timeline      brief: the topic's dated events in order, by episode and day
  --thread <id>   continue the same conversation across runs
  --topic <slug>  ask within a topic
  --since <date>  digest: only articles new since this date (e.g. 2012-10-01)
  --platform, --channel  the chat channel a digest subscription posts to (docs/digests.md)`;

const THREAD_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type OptionName =
  | 'json'
  | 'thread'
  | 'topic'
  | 'since'
  | 'timeline'
  | 'platform'
  | 'channel'
  | 'announce-empty'
  | 'interval'
  | 'publisher';
type Values = Partial<Record<OptionName | 'help', string | boolean>>;

/** Every option, with an example value for those that take one (shown when it is missing). */
const OPTIONS: Record<OptionName, string | null> = {
  json: null,
  timeline: null,
  'announce-empty': null,
  thread: 't1',
  topic: '<slug>',
  since: '2012-10-01',
  platform: 'slack',
  channel: 'C0123ABCD',
  interval: '30',
  publisher: '"Daily Courier"',
};

/** Which options each command reads; any other is refused rather than silently ignored. */
const COMMAND_OPTIONS: Record<string, readonly OptionName[]> = {
  brief: ['json', 'thread', 'timeline'],
  ask: ['json', 'thread', 'topic'],
  digest: ['json', 'since'],
  topics: ['json'],
  sources: ['json'],
  subscribe: ['json', 'platform', 'channel', 'announce-empty'],
  unsubscribe: ['json', 'platform', 'channel'],
  subscriptions: ['json', 'platform', 'channel'],
  ingest: ['json', 'topic'],
  feeds: ['json', 'topic', 'interval', 'publisher'],
};

/** Failures carry the error code `--json` reports (docs/architecture.md, "Contracts"); most are "usage". */
function usageError(message: string, code = 'usage'): ParsedArgs {
  return { ok: false, message, code };
}

/** True when the words ask for JSON output, even if they are otherwise wrong. */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Splits options from words. Hand-written rather than node:util parseArgs so every refusal is in
 * our words and names what to type instead.
 */
function splitArgs(
  argv: readonly string[],
): { ok: true; values: Values; positionals: string[] } | { ok: false; message: string } {
  const values: Values = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      values.help = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const inline = eq === -1 ? undefined : arg.slice(eq + 1);
      if (!(name in OPTIONS)) {
        return { ok: false, message: `Unknown option --${name}. ${seeHelp()}` };
      }
      const example = OPTIONS[name as OptionName];
      if (example === null) {
        if (inline !== undefined)
          return { ok: false, message: `--${name} takes no value (got "${inline}").` };
        values[name as OptionName] = true;
        continue;
      }
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        return { ok: false, message: `--${name} needs a value, e.g. --${name} ${example}` };
      }
      if (inline === undefined) i++;
      values[name as OptionName] = value;
      continue;
    }
    // "-5 degrees" is a word; "-x" is an option we do not have.
    if (/^-[A-Za-z]/.test(arg)) {
      return {
        ok: false,
        message: `Unknown option ${arg}. ${seeHelp()} (Words that begin with "-" go after --, e.g. ask -- "${arg} ...".)`,
      };
    }
    positionals.push(arg);
  }
  return { ok: true, values, positionals };
}

const seeHelp = () => 'Run briefbot help for the commands and their options.';

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const split = splitArgs(argv);
  if (!split.ok) return usageError(split.message);
  const { values, positionals } = split;
  const [name, ...rest] = positionals;
  const json = values.json === true;
  if (values.help || name === 'help') return { ok: true, command: { name: 'help' } };
  if (name === undefined) return usageError(`No command given.\n\n${USAGE}`);
  const allowed = COMMAND_OPTIONS[name];
  if (!allowed) return usageError(`Unknown command "${name}".\n\n${USAGE}`);
  const stray = (Object.keys(values) as OptionName[]).filter((o) => !allowed.includes(o));
  if (stray.length > 0) {
    return usageError(
      `${name} does not take --${stray[0]}; it takes ${allowed.map((o) => `--${o}`).join(', ')}.`,
    );
  }
  const thread = typeof values.thread === 'string' ? values.thread : undefined;
  if (thread !== undefined && !THREAD_ID.test(thread)) {
    return usageError('--thread takes an id of letters, digits and . _ : - (at most 128 characters).');
  }
  const text = rest.join(' ').trim();

  switch (name) {
    case 'brief':
      if (!text)
        return usageError(
          `brief needs a topic, e.g. "brief <topic>" (briefbot topics lists them).\n\n${USAGE}`,
        );
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
        return usageError(
          `ask needs a question, e.g. ask "When did the talks begin?"\n\n${USAGE}`,
          'empty-question',
        );
      const topic = typeof values.topic === 'string' ? values.topic.trim() : undefined;
      if (topic === '')
        return usageError('--topic needs a topic slug, e.g. --topic <slug> (briefbot topics lists them)');
      return {
        ok: true,
        command: { name, question: text, json, ...(topic ? { topic } : {}), ...(thread ? { thread } : {}) },
      };
    }
    case 'digest': {
      if (!text)
        return usageError(
          `digest needs a topic, e.g. "digest <topic>" (briefbot topics lists them).\n\n${USAGE}`,
        );
      let since: Date | undefined;
      if (typeof values.since === 'string') {
        since = parseSince(values.since);
        if (!since)
          return usageError(
            `--since takes an ISO date such as 2012-10-01 or 2012-10-01T08:00:00Z (got "${values.since}").`,
          );
      }
      return { ok: true, command: { name, topic: text, json, ...(since ? { since } : {}) } };
    }
    case 'topics':
    case 'sources':
      if (text) return usageError(`${name} takes no words (got "${text}").`);
      return { ok: true, command: { name, json } };
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return subscriptionCommand(name, text, values, json);
    default: {
      const parsed = parseIngestArgs(name as 'ingest' | 'feeds', rest, values, json);
      return parsed.ok ? parsed : usageError(parsed.message);
    }
  }
}

/** subscribe, unsubscribe, subscriptions: the words are parsed later by parseSubscription. */
function subscriptionCommand(
  name: 'subscribe' | 'unsubscribe' | 'subscriptions',
  text: string,
  values: Values,
  json: boolean,
): ParsedArgs {
  const platform = typeof values.platform === 'string' ? values.platform.toLowerCase() : undefined;
  const channel = typeof values.channel === 'string' ? values.channel.trim() : undefined;
  const problem = digestTargetProblem(platform, channel);
  if (problem)
    return usageError(problem.replace(/^The platform/, '--platform').replace(/^The channel/, '--channel'));
  if (name === 'subscriptions') {
    if ((platform === undefined) !== (channel === undefined)) {
      return usageError('Give both --platform and --channel, or neither (all subscriptions).');
    }
    return { ok: true, command: { name, json, ...(platform && channel ? { platform, channel } : {}) } };
  }
  if (!platform || !channel) {
    return usageError(
      `${name} needs --platform slack|discord and --channel <id>, e.g. ${name} <topic>${name === 'subscribe' ? ' daily 08:00 Asia/Tokyo' : ''} --platform slack --channel C0123ABCD`,
    );
  }
  if (!text)
    return usageError(
      `${name} needs a topic, e.g. "${name} <topic>" (briefbot topics lists them).\n\n${USAGE}`,
    );
  if (name === 'unsubscribe') return { ok: true, command: { name, topic: text, platform, channel, json } };
  const args = values['announce-empty'] === true ? `${text} announce-empty` : text;
  return { ok: true, command: { name, args, platform, channel, json } };
}

function parseSince(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
