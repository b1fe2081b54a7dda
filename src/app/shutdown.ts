/**
 * Stopping the running bot: refuse new requests at once, let answers in flight finish (bounded),
 * stop each part in the reverse order of starting, then close what connections are left and the
 * core. And the signals that ask for it: SIGTERM (`docker stop`) and SIGINT (Ctrl+C).
 */
import type http from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../log/logger.js';
import type { TrackedApi } from './in-flight.js';

/** How long shutdown waits for answers in flight before closing anyway. */
const DRAIN_MS = 10_000;

export interface ShutdownParts {
  server: http.Server | null;
  tracked: TrackedApi;
  /** Each part's stop, in the order the parts started. */
  stops: readonly (() => Promise<void>)[];
  /** Closes the core (background preparation, the store), last. */
  closeCore: () => Promise<void>;
  logger: Logger;
}

export async function shutDown(parts: ShutdownParts): Promise<void> {
  const { server, tracked, logger } = parts;
  // Refuse new requests at once; answers already running finish (bounded) before anything closes.
  const serverClosed = server ? stopAccepting(server) : Promise.resolve();
  const drained = await tracked.drain(DRAIN_MS);
  if (!drained) logger.warn({ inFlight: tracked.inFlight() }, 'shutdown: answers still in flight after 10 s');
  for (const stopPart of [...parts.stops].reverse()) {
    await stopPart().catch((err: unknown) => logger.error({ err }, 'shutdown: a part failed to stop'));
  }
  if (server) {
    server.closeIdleConnections();
    const closedInTime = await Promise.race([serverClosed.then(() => true), delay(1000, false)]);
    if (!closedInTime) server.closeAllConnections();
  }
  await parts.closeCore();
}

/** Stops accepting connections; resolves once every open connection has ended. */
function stopAccepting(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold close() open; idle ones can go now, busy ones finish first.
    server.closeIdleConnections();
  });
}

/** On SIGTERM or SIGINT: stop, then exit 0 (1 when stopping failed). */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
