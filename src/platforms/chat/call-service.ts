/**
 * What every chat adapter does between a request and a reply: the pre-check (problems found before
 * anything is posted) and the call to the briefing service, which turns every failure, expected or
 * not, into a message the person can act on.
 */
import type { Answer } from '../../briefing/answer.js';
import { type BriefingApi, questionTooLong, type UserError } from '../../briefing/service-api.js';
import type { ThreadKey } from '../../briefing/ports.js';
import type { Logger } from '../../log/logger.js';
import type { ChatRequest } from './words.js';

export type Outcome = { ok: true; answer: Answer } | { ok: false; message: string; suggestions?: string[] };

/**
 * Problems found before anything is posted, so a public placeholder is never left for them: the
 * service's own question-length rule (service-api.ts questionTooLong), in its words.
 */
export function precheck(request: ChatRequest): Outcome | null {
  const tooLong = request.kind === 'ask' ? questionTooLong(request.question) : null;
  return tooLong ? { ok: false, message: tooLong } : null;
}

function fromUserError(error: UserError): Outcome {
  return {
    ok: false,
    message: error.message,
    ...(error.suggestions ? { suggestions: error.suggestions } : {}),
  };
}

export async function callService(
  api: BriefingApi,
  request: ChatRequest,
  thread: ThreadKey | undefined,
  logger: Logger,
): Promise<Outcome> {
  const early = precheck(request);
  if (early) return early;
  try {
    const result =
      request.kind === 'brief'
        ? await api.brief({
            topic: request.topic,
            ...(request.timeline ? { timeline: true } : {}),
            ...(thread ? { thread } : {}),
          })
        : await api.ask({ question: request.question, ...(thread ? { thread } : {}) });
    return result.ok ? { ok: true, answer: result.answer } : fromUserError(result.error);
  } catch (err) {
    // A bug in the service must not leave the person without a reply, nor take the app down.
    logger.error({ err: (err as Error).message, kind: request.kind }, 'briefing service failed');
    return {
      ok: false,
      message: 'Something went wrong on my side while writing this. Please try again in a minute.',
    };
  }
}
