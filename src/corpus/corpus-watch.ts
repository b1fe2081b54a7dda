/**
 * Keeps the live Corpus in step with its folder while the bot runs: the folder is walked, and new
 * and changed files are read (listCorpusFiles, skipReason, readArticleFile, buildArticle: exactly
 * as at start-up) and added, deleted files' articles are
 * removed. fs.watch triggers a rescan quickly where it works; a periodic rescan catches what it
 * misses (network folders, editors that replace files, platforms without recursive watching).
 * Rescans are debounced and never overlap. A file's problems are logged once per version of it.
 */
import { type FSWatcher, watch } from 'node:fs';
import { silentLogger, type Logger } from '../log/logger.js';
import type { Article, LoadWarning } from './article.js';
import { buildArticle } from './build-article.js';
import type { Corpus } from './corpus.js';
import {
  type CorpusFile,
  displayPath,
  duplicateId,
  listCorpusFiles,
  type LoadResult,
  readArticleFile,
  skipReason,
} from './corpus-files.js';

export interface CorpusWatchOptions {
  dir: string;
  corpus: Corpus;
  logger?: Logger;
  /** Periodic rescan; 0 turns it off. Default 30 s. */
  intervalMs?: number;
  /** Quiet time after a file event before rescanning. Default 500 ms. */
  debounceMs?: number;
  /** Use fs.watch as well as the periodic rescan. Default true. */
  watch?: boolean;
  /** Files start-up already skipped (the loader's warnings): not reported again until they change. */
  skipped?: readonly Pick<LoadWarning, 'path'>[];
  /**
   * Awaited before articles go live, e.g. to record when each was first seen. Runs before the
   * corpus changes so that nothing can be in the corpus without its sighting recorded.
   */
  beforeAdd?: (articles: readonly Article[]) => Promise<void> | void;
}

export interface RescanReport {
  /** Ids that were not in the corpus before. */
  added: string[];
  /** Ids whose file changed. */
  updated: string[];
  removed: string[];
  warnings: LoadWarning[];
}

export interface CorpusWatch {
  /** Takes stock of the folder as loaded, then rescans once and starts watching. */
  start(): Promise<void>;
  /** Compares the folder with what is loaded and applies the difference. */
  rescan(): Promise<RescanReport>;
  stop(): Promise<void>;
}

interface FileState {
  mtimeMs: number;
  size: number;
  ids: string[];
}

export function createCorpusWatch(options: CorpusWatchOptions): CorpusWatch {
  const { dir, corpus } = options;
  const logger = options.logger ?? silentLogger;
  const intervalMs = options.intervalMs ?? 30_000;
  const debounceMs = options.debounceMs ?? 500;
  const files = new Map<string, FileState>();
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let debounce: NodeJS.Timeout | null = null;
  let running: Promise<RescanReport> | null = null;
  let again = false;
  let stopped = false;
  let dirProblem: string | null = null;
  // Paths the listing skipped (links out of the folder, broken links) that were reported already,
  // so each is logged once, not on every rescan; start-up's are reported by the loader.
  let listingTold = new Set((options.skipped ?? []).map((w) => w.path));

  async function takeStock(): Promise<void> {
    const byPath = new Map<string, string[]>();
    for (const a of corpus.articles()) byPath.set(a.path, [...(byPath.get(a.path) ?? []), a.id]);
    const skipped = new Set((options.skipped ?? []).map((w) => w.path));
    for (const file of listCorpusFiles(dir, { throwIfUnreadable: true }).files) {
      const ids = byPath.get(file.shown);
      // A file neither loaded nor skipped arrived after start-up's load: the first rescan takes it.
      if (ids === undefined && !skipped.has(file.shown)) continue;
      // Gone already (no stat): the first rescan notices.
      if (file.size < 0) continue;
      files.set(file.full, { mtimeMs: file.mtimeMs, size: file.size, ids: ids ?? [] });
    }
  }

  async function scan(): Promise<RescanReport> {
    const report: RescanReport = { added: [], updated: [], removed: [], warnings: [] };
    let listed: CorpusFile[];
    let listingProblems: LoadWarning[];
    try {
      ({ files: listed, warnings: listingProblems } = listCorpusFiles(dir, { throwIfUnreadable: true }));
      if (dirProblem) logger.info({ dir: displayPath(dir) }, 'corpus folder readable again');
      dirProblem = null;
    } catch (err) {
      // An unmounted or renamed folder must not empty the corpus: keep what is loaded.
      const problem = (err as Error).message;
      if (dirProblem !== problem)
        logger.warn(
          { dir: displayPath(dir), err: problem },
          'corpus folder unreadable; keeping the loaded articles',
        );
      dirProblem = problem;
      return report;
    }
    const present = new Set(listed.map((f) => f.full));
    for (const w of listingProblems) if (!listingTold.has(w.path)) report.warnings.push(w);
    listingTold = new Set(listingProblems.map((w) => w.path));
    // Which file each id comes from, so a second file claiming an id is refused (first path wins,
    // as at start-up), unless its first file is gone.
    const owners = new Map<string, string>();
    for (const [file, state] of files)
      if (present.has(file)) for (const id of state.ids) owners.set(id, file);
    const toAdd: Article[] = [];
    const nextStates = new Map<string, FileState>();
    const dropped: string[] = [];

    for (const entry of listed) {
      const { full: file, shown, size, mtimeMs } = entry;
      if (size < 0) continue; // deleted between listing and stat
      const known = files.get(file);
      if (known && known.mtimeMs === mtimeMs && known.size === size) continue;
      const skip = skipReason(entry);
      const read: LoadResult | { error: string } =
        skip === null
          ? await readArticleFile(file)
          : { articles: [], warnings: [{ path: shown, message: skip }] };
      if ('error' in read) {
        report.warnings.push({ path: shown, message: read.error });
        nextStates.set(file, { mtimeMs, size, ids: known?.ids ?? [] });
        continue;
      }
      const parsed = read;
      report.warnings.push(...parsed.warnings);
      const ids: string[] = [];
      for (const raw of parsed.articles) {
        const owner = owners.get(raw.id);
        if ((owner !== undefined && owner !== file) || ids.includes(raw.id)) {
          report.warnings.push({ path: raw.path, message: duplicateId(raw.id, displayPath(owner ?? file)) });
          continue;
        }
        owners.set(raw.id, file);
        ids.push(raw.id);
        toAdd.push(buildArticle(raw));
        (corpus.get(raw.id) ? report.updated : report.added).push(raw.id);
      }
      for (const old of known?.ids ?? []) if (!ids.includes(old)) dropped.push(old);
      nextStates.set(file, { mtimeMs, size, ids });
    }
    for (const [file, state] of files) {
      if (!present.has(file)) {
        dropped.push(...state.ids);
        files.delete(file);
      }
    }

    if (toAdd.length > 0) await options.beforeAdd?.(toAdd);
    const kept = new Set(toAdd.map((a) => a.id));
    for (const id of dropped) {
      if (kept.has(id)) continue; // moved to another file: replaced below, not removed
      if (corpus.remove(id)) report.removed.push(id);
    }
    for (const article of toAdd) corpus.add(article);
    for (const [file, state] of nextStates) files.set(file, state);

    for (const w of report.warnings) logger.warn({ file: w.path }, `skipped: ${w.message}`);
    if (report.added.length + report.updated.length + report.removed.length > 0) {
      logger.info(
        {
          added: report.added.length,
          updated: report.updated.length,
          removed: report.removed.length,
          articles: corpus.size,
        },
        'corpus updated from its folder',
      );
    }
    return report;
  }

  function rescan(): Promise<RescanReport> {
    if (running) {
      // One more pass after the current one, for changes it may have listed too early.
      again = true;
      return running;
    }
    running = (async () => {
      try {
        let report = await scan();
        while (again && !stopped) {
          again = false;
          const more = await scan();
          report = {
            added: [...report.added, ...more.added],
            updated: [...report.updated, ...more.updated],
            removed: [...report.removed, ...more.removed],
            warnings: [...report.warnings, ...more.warnings],
          };
        }
        return report;
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const rescanLogged = () => {
    rescan().catch((err: unknown) => logger.error({ err }, 'corpus rescan failed'));
  };

  return {
    async start() {
      stopped = false;
      await takeStock();
      await rescan();
      if (options.watch ?? true) {
        try {
          watcher = watch(dir, { recursive: true, persistent: false }, () => {
            if (debounce) clearTimeout(debounce);
            debounce = setTimeout(rescanLogged, debounceMs);
            debounce.unref();
          });
          watcher.on('error', (err) => {
            logger.warn({ err: err.message }, 'corpus folder watch stopped; the periodic rescan continues');
            watcher?.close();
            watcher = null;
          });
        } catch (err) {
          logger.info(
            { err: (err as Error).message },
            'corpus folder cannot be watched here; rescanning periodically',
          );
        }
      }
      if (intervalMs > 0) {
        timer = setInterval(rescanLogged, intervalMs);
        timer.unref();
      }
    },
    rescan,
    async stop() {
      stopped = true;
      watcher?.close();
      watcher = null;
      if (timer) clearInterval(timer);
      if (debounce) clearTimeout(debounce);
      timer = null;
      debounce = null;
      await running?.catch(() => undefined);
    },
  };
}
