/**
 * Parses the briefbot command line (../shared/DESIGN.md, "Command line") into a typed command.
 * Usage errors are values carrying the message to print; the caller exits 2.
 */
import { parseArgs } from 'node:util';
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

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; message: string };

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

  (from a checkout: npm run --silent cli -- <command> ...)

Options:
  --json          print exactly one JSON document on stdout (logs go to stderr)
  --timeline      brief: the topic's dated events in order, by episode and day
  --thread <id>   continue the same conversation across runs
  --topic <slug>  ask within a topic
  --since <date>  digest: only articles new since this date (e.g. 2012-10-01)
  --platform, --channel  the chat channel a digest subscription posts to (docs/digests.md)`;

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
        platform: { type: 'string' },
        channel: { type: 'string' },
        'announce-empty': { type: 'boolean', default: false },
        interval: { type: 'string' },
        publisher: { type: 'string' },
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
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return subscriptionCommand(name, text, values, json);
    case 'ingest':
    case 'feeds':
      return parseIngestArgs(name, rest, values, json);
    default:
      return { ok: false, message: `Unknown command "${name}".\n\n${USAGE}` };
  }
}

/** subscribe, unsubscribe, subscriptions: the words are parsed later by parseSubscription. */
function subscriptionCommand(
  name: 'subscribe' | 'unsubscribe' | 'subscriptions',
  text: string,
  values: ReturnType<typeof parseArgs>['values'],
  json: boolean,
): ParsedArgs {
  const platform = typeof values.platform === 'string' ? values.platform.toLowerCase() : undefined;
  const channel = typeof values.channel === 'string' ? values.channel.trim() : undefined;
  if (platform !== undefined && platform !== 'slack' && platform !== 'discord') {
    return { ok: false, message: `--platform takes slack or discord (got "${values.platform}").` };
  }
  if (channel !== undefined && !/^[A-Za-z0-9._:#-]{1,100}$/.test(channel)) {
    return {
      ok: false,
      message: '--channel takes the channel id, e.g. C0123ABCD (Slack) or 1234567890 (Discord).',
    };
  }
  if (name === 'subscriptions') {
    if ((platform === undefined) !== (channel === undefined)) {
      return { ok: false, message: 'Give both --platform and --channel, or neither (all subscriptions).' };
    }
    return { ok: true, command: { name, json, ...(platform && channel ? { platform, channel } : {}) } };
  }
  if (!platform || !channel) {
    return {
      ok: false,
      message: `${name} needs --platform slack|discord and --channel <id>, e.g. ${name} pakistan-russia${name === 'subscribe' ? ' daily 08:00 Asia/Karachi' : ''} --platform slack --channel C0123ABCD`,
    };
  }
  if (!text)
    return { ok: false, message: `${name} needs a topic, e.g. "${name} pakistan-russia".\n\n${USAGE}` };
  if (name === 'unsubscribe') return { ok: true, command: { name, topic: text, platform, channel, json } };
  const args = values['announce-empty'] === true ? `${text} announce-empty` : text;
  return { ok: true, command: { name, args, platform, channel, json } };
}

function parseSince(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
