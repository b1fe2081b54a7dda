/**
 * Bolt and its Web API client log through this adapter into briefbot's Logger port, with every
 * line passed through the redactor so that no token or signing secret reaches the logs.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';

function describe(part: unknown): string {
  if (part instanceof Error) return part.message;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

export function createBoltLogger(logger: Logger, redact: (text: string) => string): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let name = 'slack';
  const line = (parts: unknown[]) => redact(parts.map(describe).join(' '));
  return {
    debug: (...parts) => logger.debug({ component: name }, line(parts)),
    info: (...parts) => logger.info({ component: name }, line(parts)),
    warn: (...parts) => logger.warn({ component: name }, line(parts)),
    error: (...parts) => logger.error({ component: name }, line(parts)),
    // The level is decided by briefbot's own logger; Bolt only asks for it back.
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = `slack:${n}`;
    },
  };
}
