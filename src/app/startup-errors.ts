/**
 * Errors that mean "briefbot cannot start with these files or this store": the entry points print
 * their one-line message and exit 1 instead of a stack trace.
 */
import { TopicsFileError } from '../briefing/topics.js';
import { CorpusDirError } from '../corpus/load.js';
import { SubscriptionsFileError } from '../digest/subscriptions-file.js';
import { PromptsError } from '../llm/prompts.js';
import { StoreOpenError } from '../store/store.js';

/** Slack or Discord could not be reached, or refused the token, at start-up. */
export class PlatformStartError extends Error {
  override name = 'PlatformStartError';
}

export function isStartupError(err: unknown): err is Error {
  return (
    err instanceof PlatformStartError ||
    err instanceof CorpusDirError ||
    err instanceof StoreOpenError ||
    err instanceof TopicsFileError ||
    err instanceof SubscriptionsFileError ||
    err instanceof PromptsError
  );
}

/** The innermost message of an error chain ("getaddrinfo EAI_AGAIN slack.com", not "fetch failed"). */
export function rootCause(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 5; depth++) {
    const next =
      (current as { original?: unknown }).original ?? (current as { cause?: unknown }).cause ?? undefined;
    if (!next || typeof next !== 'object') break;
    current = next;
  }
  const message = current instanceof Error ? current.message : String(current);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
