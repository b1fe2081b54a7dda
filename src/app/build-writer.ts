/**
 * Chooses the writer from the configuration: the LLM writer wrapped in the offline fallback when an
 * API key is set, the offline writer alone otherwise (with the reason said in every answer).
 */
import { createOfflineWriter } from '../briefing/write/offline-writer.js';
import type { Writer } from '../briefing/write/writer.js';
import type { Env } from './config.js';
import { withFallback } from '../llm/fallback-writer.js';
import { createOpenAIWriter } from '../llm/openai-writer.js';
import type { Logger } from '../log/logger.js';

export interface WriterChoice {
  writer: Writer;
  /** Why answers are offline when no LLM is configured; undefined when an LLM is. */
  offlineReason?: string;
}

export function buildWriter(env: Env, logger: Logger): WriterChoice {
  const offline = createOfflineWriter();
  if (!env.OPENAI_API_KEY) {
    return { writer: offline, offlineReason: 'no LLM configured (OPENAI_API_KEY is not set)' };
  }
  const llm = createOpenAIWriter({
    apiKey: env.OPENAI_API_KEY,
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    model: env.OPENAI_MODEL,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
    contextChars: env.BRIEFBOT_LLM_CONTEXT_CHARS,
    logger,
  });
  return { writer: withFallback(llm, offline, logger) };
}
