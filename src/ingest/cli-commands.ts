/**
 * What `briefbot ingest` and `briefbot feeds` do, for the CLI. `ingest` prints the report (or, with
 * --json, the report as one JSON document) and exits 0 when the source was read, 1 when it could not
 * be (unreachable, refused, malformed), 2 on bad usage. `feeds` edits the feeds list file only.
 */
import { existsSync } from 'node:fs';
import { loadTopics, type Topic } from '../briefing/topics.js';
import type { IngestCliCommand } from './cli-args.js';
import { feedEntrySchema, loadFeedsFile, saveFeedsFile, withFeed, withoutFeed } from './feeds-file.js';
import type { Ingester } from './ingester.js';
import { renderReport } from './report.js';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runIngestCommand(
  command: Extract<IngestCliCommand, { name: 'ingest' }>,
  deps: { topics: () => readonly Topic[]; ingester: () => Ingester },
  io: CommandIo,
): Promise<number> {
  const slugs = deps.topics().map((t) => t.slug);
  if (command.topic && !slugs.includes(command.topic)) {
    io.err(`Unknown topic "${command.topic}". Topics: ${slugs.join(', ') || '(none defined)'}.\n`);
    return 2;
  }
  const target = command.target;
  if (!/^https?:\/\//i.test(target) && !existsSync(target)) {
    io.err(`"${target}" is neither an http(s) URL nor a file that exists.\n`);
    return 2;
  }
  const report = await deps.ingester().ingest(target, command.topic ? { topic: command.topic } : {});
  if (command.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else io.out(renderReport(report));
  if (report.failed) {
    if (command.json) io.err(`${target}: ${report.failed}\n`);
    return 1;
  }
  return 0;
}

export async function runFeedsCommand(
  command: Extract<IngestCliCommand, { name: 'feeds' }>,
  paths: { feedsPath: string; topicsPath: string },
  io: CommandIo,
): Promise<number> {
  const loaded = await loadFeedsFile(paths.feedsPath);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  if (command.action === 'list') {
    if (command.json) io.out(`${JSON.stringify({ feeds: loaded.feeds }, null, 2)}\n`);
    else if (loaded.feeds.length === 0)
      io.out(`No feeds in ${paths.feedsPath}. Add one with: feeds add <url>\n`);
    else
      for (const f of loaded.feeds)
        io.out(
          `${f.url}\tevery ${f.intervalMinutes} min${f.topic ? `\ttopic ${f.topic}` : ''}${f.publisher ? `\tpublisher ${f.publisher}` : ''}\n`,
        );
    return 0;
  }
  if (command.action === 'remove') {
    const next = withoutFeed(loaded.feeds, command.url!);
    if (!next.removed) {
      io.err(`${command.url} is not in ${paths.feedsPath}.\n`);
      return 2;
    }
    await saveFeedsFile(paths.feedsPath, next.feeds);
    io.out(command.json ? `${JSON.stringify({ removed: command.url })}\n` : `Removed ${command.url}.\n`);
    return 0;
  }
  const entry = feedEntrySchema.safeParse({
    url: command.url,
    ...(command.topic ? { topic: command.topic } : {}),
    ...(command.intervalMinutes !== undefined ? { intervalMinutes: command.intervalMinutes } : {}),
    ...(command.publisher ? { publisher: command.publisher } : {}),
  });
  if (!entry.success) {
    io.err(`${entry.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}\n`);
    return 2;
  }
  if (entry.data.topic) {
    const slugs = loadTopics(paths.topicsPath).map((t) => t.slug);
    if (!slugs.includes(entry.data.topic)) {
      io.err(`Unknown topic "${entry.data.topic}". Topics: ${slugs.join(', ') || '(none defined)'}.\n`);
      return 2;
    }
  }
  const next = withFeed(loaded.feeds, entry.data);
  await saveFeedsFile(paths.feedsPath, next.feeds);
  if (command.json) io.out(`${JSON.stringify({ feed: entry.data, replaced: next.replaced })}\n`);
  else
    io.out(
      `${next.replaced ? 'Updated' : 'Added'} ${entry.data.url} (every ${entry.data.intervalMinutes} min). ` +
        'A running briefbot picks it up within a minute.\n',
    );
  return 0;
}
