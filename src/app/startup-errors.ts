/**
 * Errors that mean "briefbot cannot start with these files, this store or this platform": the
 * entry points print their one-line message and exit 1 instead of a stack trace.
 */
import { TopicsFileError } from '../briefing/topics.js';
import { CorpusDirError } from '../corpus/load-corpus.js';
import { SubscriptionsFileError } from '../digest/subscriptions-file.js';
import { PromptsError } from '../llm/prompts.js';
import { PlatformStartError } from '../platforms/chat/start-error.js';
import { StoreOpenError } from '../store/store-open-error.js';

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
