/**
 * What a person asked for, decided from their words (Slack's `/brief …`, a mention, a DM): a
 * topic's brief when the words name a topic (topics.ts findTopic, as everywhere), its timeline for
 * "<topic> timeline", otherwise a question. call-service.ts sends it to the briefing service.
 */
import { closeTopic, findTopic, type Topic } from '../../briefing/topics.js';

export type ChatRequest =
  | { kind: 'brief'; topic: string; title: string; timeline?: boolean }
  | { kind: 'ask'; question: string; title: string };

/** A brief when the words name a topic, a question otherwise; null for no words at all. */
export function requestFromWords(words: string, topics: readonly Topic[]): ChatRequest | null {
  const text = words.trim();
  if (text === '') return null;
  const topic = findTopic(topics, text);
  if (topic) return { kind: 'brief', topic: topic.slug, title: topic.title };
  // "trade-tariffs timeline": the topic's dated events in order.
  const timeline = /^(.+?)\s+timeline$/i.exec(text);
  const timelineTopic = timeline ? findTopic(topics, timeline[1]!) : undefined;
  if (timelineTopic) return timelineRequest(timelineTopic);
  // A misspelt topic goes to the service as a brief, which answers the topic meant with a note.
  const meant = closeTopic(topics, text);
  if (meant) return { kind: 'brief', topic: text, title: meant.title };
  return { kind: 'ask', question: text, title: text };
}

/** The timeline view of a topic. */
export function timelineRequest(topic: Topic): ChatRequest {
  return { kind: 'brief', topic: topic.slug, title: `${topic.title}: timeline`, timeline: true };
}
