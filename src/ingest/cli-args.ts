/**
 * The command line of ingestion: `ingest <feed-or-page-url | file> [--topic <slug>]` and
 * `feeds list | add <url> [--topic] [--interval] [--publisher] | remove <url>`, parsed into typed
 * commands (parse-args.ts hands these words over). Usage errors are values with the message.
 */

export type IngestCliCommand =
  | { name: 'ingest'; target: string; topic?: string; json: boolean }
  | {
      name: 'feeds';
      action: 'list' | 'add' | 'remove';
      url?: string;
      topic?: string;
      intervalMinutes?: number;
      publisher?: string;
      json: boolean;
    };

export const INGEST_USAGE = `  briefbot ingest <feed-or-page-url | file> [--topic <slug>] [--json]
  briefbot feeds list [--json]
  briefbot feeds add <feed-url> [--topic <slug>] [--interval <minutes>] [--publisher <name>]
  briefbot feeds remove <feed-url>`;

type Parsed = { ok: true; command: IngestCliCommand } | { ok: false; message: string };

export function parseIngestArgs(
  name: 'ingest' | 'feeds',
  words: readonly string[],
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  json: boolean,
): Parsed {
  const topic = typeof values.topic === 'string' ? values.topic.trim() : undefined;
  if (name === 'ingest') {
    if (words.length !== 1) {
      return {
        ok: false,
        message: `ingest takes one feed URL, page URL or file, e.g. ingest https://example.com/rss.xml --topic <slug>\n\n${INGEST_USAGE}`,
      };
    }
    return { ok: true, command: { name, target: words[0]!, json, ...(topic ? { topic } : {}) } };
  }
  const [action, url, ...extra] = words;
  if (action === 'list' && url === undefined) return { ok: true, command: { name, action, json } };
  if ((action === 'add' || action === 'remove') && url !== undefined && extra.length === 0) {
    if (action === 'remove') return { ok: true, command: { name, action, url, json } };
    let intervalMinutes: number | undefined;
    if (values.interval !== undefined) {
      intervalMinutes = Number(values.interval);
      if (!Number.isInteger(intervalMinutes)) {
        return {
          ok: false,
          message: `--interval takes whole minutes, e.g. --interval 30 (got "${String(values.interval)}").`,
        };
      }
    }
    const publisher = typeof values.publisher === 'string' ? values.publisher.trim() : undefined;
    return {
      ok: true,
      command: {
        name,
        action,
        url,
        json,
        ...(topic ? { topic } : {}),
        ...(intervalMinutes !== undefined ? { intervalMinutes } : {}),
        ...(publisher ? { publisher } : {}),
      },
    };
  }
  return { ok: false, message: `feeds takes list, add <url> or remove <url>.\n\n${INGEST_USAGE}` };
}
