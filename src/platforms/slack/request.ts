/**
 * What a person asked for, decided from their words: a topic's brief when the words name a topic
 * (its slug or title), otherwise a question. `callService` sends it to the briefing service and
 * turns every failure, expected or not, into a message the person can act on.
 */
import type { BriefingApi, UserError } from '../../briefing/service-api.js';
import { questionTooLong } from '../../briefing/service-api.js';
import type { Answer } from '../../briefing/answer.js';
import { closeTopic, type Topic } from '../../briefing/topics.js';
import type { ThreadKey } from '../../store/store.js';
import type { Logger } from '../../log.js';

export type BriefbotRequest =
  | { kind: 'brief'; topic: string; title: string; timeline?: boolean }
  | { kind: 'ask'; question: string; title: string };

export type Outcome = { ok: true; answer: Answer } | { ok: false; message: string; suggestions?: string[] };

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The topic the words name, if they name one exactly (slug, title, or the slug spelled with spaces). */
export function findTopic(words: string, topics: readonly Topic[]): Topic | undefined {
  const wanted = words.trim().toLowerCase();
  const asSlug = slugify(words);
  return topics.find((t) => t.slug === wanted || t.title.toLowerCase() === wanted || t.slug === asSlug);
}

/** A brief when the words name a topic, a question otherwise; null for no words at all. */
export function requestFromWords(words: string, topics: readonly Topic[]): BriefbotRequest | null {
  const text = words.trim();
  if (text === '') return null;
  const topic = findTopic(text, topics);
  if (topic) return { kind: 'brief', topic: topic.slug, title: topic.title };
  // "pakistan-russia timeline": the topic's dated events in order.
  const timeline = /^(.+?)\s+timeline$/i.exec(text);
  const timelineTopic = timeline ? findTopic(timeline[1]!, topics) : undefined;
  if (timelineTopic) return timelineRequest(timelineTopic);
  // A misspelt topic goes to the service as a brief, which answers the topic meant with a note.
  const meant = closeTopic(topics, text);
  if (meant) return { kind: 'brief', topic: text, title: meant.title };
  return { kind: 'ask', question: text, title: text };
}

/** The timeline view of a topic. */
export function timelineRequest(topic: Topic): BriefbotRequest {
  return { kind: 'brief', topic: topic.slug, title: `${topic.title}: timeline`, timeline: true };
}

/**
 * Problems found before anything is posted, so a public placeholder is never left for them: the
 * service's own question-length rule (service-api.ts questionTooLong), in its words.
 */
export function precheck(request: BriefbotRequest): Outcome | null {
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
  request: BriefbotRequest,
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
