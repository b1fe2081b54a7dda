/**
 * The LLM writer: any OpenAI-compatible Chat Completions server through the `openai` package.
 * It asks for JSON (a strict json_schema, or plain json_object when the server rejects that), keeps
 * only citations verified against the passages it sent, and reports every failure as a value with
 * a short reason, all within one deadline that covers the SDK's retries too.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import type { WriteRequest, WriteResult, Writer } from '../briefing/write/writer.js';
import type { Logger } from '../log/logger.js';
import { groundDraft, llmDraftSchema, parseDraft } from './draft.js';
import { buildContext } from './passages.js';
import { buildMessages, loadPrompts } from './prompts.js';

export interface OpenAIWriterOptions {
  apiKey: string;
  /** Any OpenAI-compatible `/v1` URL (Ollama, vLLM, llama.cpp, a gateway); OpenAI's own when absent. */
  baseURL?: string;
  model: string;
  /** The whole budget of one write, retries included. */
  timeoutMs: number;
  /** Retries the SDK makes on 408/409/429/5xx and connection errors (default 2). */
  maxRetries?: number;
  /** Characters of passages and history sent to the model. */
  contextChars: number;
  logger: Logger;
  /** The prompt folder; the package's prompts/ by default. */
  promptsDir?: string;
}

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** A context budget that fits small local models (8k tokens) with room for the answer. */
export const DEFAULT_CONTEXT_CHARS = 12_000;

/** Fewer valid bullets than this (or than asked for, if fewer) and the offline answer is better. */
export const MIN_VALID_BULLETS = 2;

/**
 * Longest assistant message parsed. A draft of a few bullets, even behind a reasoning block, is far
 * shorter; the cap keeps parsing and grounding (synchronous, beyond any timer) inside the budget.
 */
export const MAX_REPLY_CHARS = 256_000;

type ResponseFormat = 'json_schema' | 'json_object';
type Call = { ok: true; completion: ChatCompletion; format: ResponseFormat } | { ok: false; reason: string };

const RETRYABLE = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

function short(text: string, max = 160): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * A failed HTTP status in our words. The server's own message never goes into a reason: reasons reach
 * users, and the message is whatever the server (or something posing as it) chose to write.
 */
function statusWords(status: number): string {
  if (status === 400 || status === 422) return 'the server rejected the request';
  if (status === 404) return 'model or endpoint not found';
  if (status === 408) return 'the server timed out';
  if (status === 413) return 'request too large for the server';
  if (status === 429) return 'rate limited';
  if (status >= 500) return 'server error';
  return 'unexpected status';
}

/** A server that does not do json_schema says so with a 400/422 naming the parameter. */
function rejectsJsonSchema(err: unknown): boolean {
  return (
    err instanceof APIError &&
    (err.status === 400 || err.status === 422) &&
    /response_format|json_schema/i.test(`${err.message} ${JSON.stringify(err.error ?? {})}`)
  );
}

function connectionCause(err: APIConnectionError): string {
  let cause: unknown = err.cause;
  // undici wraps the socket error: TypeError('fetch failed', { cause: Error{ code: 'ECONNREFUSED' } }).
  for (let depth = 0; depth < 3 && cause instanceof Error; depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code) return code;
    cause = cause.cause;
  }
  // The SDK's own message ("Connection error."), not the server's.
  return short(err.message, 80);
}

export function createOpenAIWriter(options: OpenAIWriterOptions): Writer {
  const { model, timeoutMs, contextChars, logger } = options;
  const maxRetries = options.maxRetries ?? 2;
  const prompts = loadPrompts(options.promptsDir);
  const name = `openai:${model}`;
  const client = new OpenAI({
    apiKey: options.apiKey,
    // Explicit values, so the SDK does not quietly read OPENAI_* from the environment itself.
    baseURL: options.baseURL ?? OPENAI_DEFAULT_BASE_URL,
    organization: null,
    project: null,
    maxRetries,
    timeout: timeoutMs,
    logLevel: 'warn',
    logger: {
      error: (msg: string) => logger.error({ writer: name }, msg),
      warn: (msg: string) => logger.warn({ writer: name }, msg),
      info: (msg: string) => logger.info({ writer: name }, msg),
      debug: (msg: string) => logger.debug({ writer: name }, msg),
    },
  });
  const schemaFormat = zodResponseFormat(llmDraftSchema, 'briefbot_bullets');

  function describe(err: unknown, signal: AbortSignal, callerSignal?: AbortSignal): string {
    if (callerSignal?.aborted) return 'aborted by the caller';
    if (signal.aborted || err instanceof APIConnectionTimeoutError) return `timeout after ${timeoutMs}ms`;
    if (err instanceof APIUserAbortError) return 'aborted';
    if (err instanceof APIConnectionError) return `network error (${connectionCause(err)})`;
    // Servers echo part of a wrong key in the message; a reason may be shown to users.
    if (err instanceof APIError && (err.status === 401 || err.status === 403)) {
      return `HTTP ${err.status}: the server refused the API key`;
    }
    if (err instanceof APIError && typeof err.status === 'number') {
      const retried =
        RETRYABLE(err.status) && maxRetries > 0
          ? ` after ${maxRetries} ${maxRetries === 1 ? 'retry' : 'retries'}`
          : '';
      logger.debug({ writer: name, status: err.status, message: short(err.message) }, 'LLM server error');
      return `HTTP ${err.status}${retried}: ${statusWords(err.status)}`;
    }
    // A SyntaxError's message quotes the body it choked on, so only the kind of error is named.
    if (err instanceof SyntaxError) return 'the server replied with malformed JSON';
    logger.debug({ writer: name, err }, 'LLM call failed unexpectedly');
    return `unexpected error (${err instanceof Error ? err.name : typeof err})`;
  }

  async function complete(
    body: Omit<ChatCompletionCreateParamsNonStreaming, 'response_format'>,
    deadline: number,
    signal: AbortSignal,
  ): Promise<{ completion: ChatCompletion; format: ResponseFormat }> {
    const remaining = () => Math.max(1, Math.ceil(deadline - Date.now()));
    try {
      const completion = await client.chat.completions.create(
        { ...body, response_format: schemaFormat },
        { signal, timeout: remaining() },
      );
      return { completion, format: 'json_schema' };
    } catch (err) {
      if (!rejectsJsonSchema(err)) throw err;
      logger.debug({ writer: name }, 'server rejected json_schema; retrying with json_object');
      const completion = await client.chat.completions.create(
        { ...body, response_format: { type: 'json_object' } },
        { signal, timeout: remaining() },
      );
      return { completion, format: 'json_object' };
    }
  }

  /** One Chat Completions exchange under one deadline; the race returns on time even mid-backoff. */
  async function call(
    body: Omit<ChatCompletionCreateParamsNonStreaming, 'response_format'>,
    callerSignal?: AbortSignal,
  ): Promise<Call> {
    const controller = new AbortController();
    const deadline = Date.now() + timeoutMs;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onCallerAbort = () => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const expired = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new APIUserAbortError()), { once: true });
    });
    // Nobody awaits `expired` when the call never starts; it still rejects on the final abort.
    expired.catch(() => {});
    try {
      if (callerSignal?.aborted) return { ok: false, reason: 'aborted by the caller' };
      const { completion, format } = await Promise.race([
        complete(body, deadline, controller.signal),
        expired,
      ]);
      return { ok: true, completion, format };
    } catch (err) {
      const reason = describe(err, controller.signal, callerSignal);
      return { ok: false, reason: options.apiKey ? reason.replaceAll(options.apiKey, '[redacted]') : reason };
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
      // Cancels a socket still open; an SDK backoff sleep runs out, then its next attempt sees the abort.
      controller.abort();
    }
  }

  async function write(request: WriteRequest): Promise<WriteResult> {
    const context = buildContext(request, contextChars);
    if (context.passages.length === 0) return { ok: false, reason: 'no passages to write from' };
    const messages = buildMessages(prompts, request, context);
    const started = Date.now();
    const result = await call(
      {
        model,
        messages: [
          { role: 'system', content: messages.system },
          { role: 'user', content: messages.user },
        ],
        // No temperature: reasoning models reject anything but their default.
      },
      request.signal,
    );
    const latencyMs = Date.now() - started;
    if (!result.ok) {
      logger.debug({ writer: name, latencyMs, reason: result.reason }, 'LLM call failed');
      return { ok: false, reason: result.reason };
    }

    const { completion, format } = result;
    const choice = completion.choices[0];
    logger.debug(
      {
        writer: name,
        latencyMs,
        responseFormat: format,
        promptTokens: completion.usage?.prompt_tokens,
        completionTokens: completion.usage?.completion_tokens,
        totalTokens: completion.usage?.total_tokens,
        passages: context.passages.length,
        contextChars: context.chars,
        finishReason: choice?.finish_reason,
      },
      'LLM call',
    );
    const message = choice?.message;
    if (message?.refusal) return { ok: false, reason: 'the model refused to answer' };
    if (!message?.content?.trim()) return { ok: false, reason: 'empty content' };
    if (message.content.length > MAX_REPLY_CHARS) return { ok: false, reason: 'reply too large' };

    const parsed = parseDraft(message.content, choice?.finish_reason);
    if (!parsed.ok) return parsed;
    const grounded = groundDraft(parsed.value, context.passages, request.maxBullets);
    if (grounded.stats.droppedCitations > 0 || grounded.stats.droppedBullets > 0) {
      logger.debug({ writer: name, ...grounded.stats }, 'unverified citations dropped');
    }
    const leadDropped = parsed.value.leadIgnored ?? grounded.leadDropped;
    if (leadDropped) logger.debug({ writer: name, reason: leadDropped }, "the model's lead dropped");
    // The budget covers parsing and grounding too, not only the exchange.
    if (Date.now() - started > timeoutMs) return { ok: false, reason: `timeout after ${timeoutMs}ms` };
    const needed = Math.min(MIN_VALID_BULLETS, request.maxBullets);
    if (grounded.bullets.length < needed) {
      return {
        ok: false,
        reason: `too few valid bullets (${grounded.bullets.length} of ${grounded.stats.bullets}; ${grounded.stats.droppedCitations} citations failed verification)`,
      };
    }
    // Only a question has a direct answer; the service checks the lead's claim before showing it.
    const lead = request.kind === 'answer' ? grounded.lead : null;
    return { ok: true, mode: 'llm', bullets: grounded.bullets, ...(lead ? { lead } : {}) };
  }

  return { name, write };
}
