/**
 * Scripted "models" for the Chat Completions double: they read the passages out of the prompt they
 * were actually sent (the fence, the ids), so a test exercises the whole round trip.
 */
import type { RecordedRequest } from '../../doubles/openai-double.js';

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
}

export const chat = (r: RecordedRequest) => r.body as ChatBody;
export const userMessage = (r: RecordedRequest) => chat(r).messages.find((m) => m.role === 'user')!.content;

/** The passages as the model received them: id, title and text, read back out of the fence. */
export function passagesIn(r: RecordedRequest): { id: string; title: string; text: string }[] {
  const fence = /<passages>([\s\S]*)<\/passages>/.exec(userMessage(r))?.[1] ?? '';
  return [...fence.matchAll(/<passage id="(P\d+)">\ntitle: (.*)\n[\s\S]*?\ntext: (.*)\n<\/passage>/g)].map(
    (m) => ({
      id: m[1]!,
      title: m[2]!,
      text: m[3]!,
    }),
  );
}

export const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export interface ModelDraft {
  bullets: { text: string; citations: { passage: string; quote: string }[] }[];
}

/** A well-behaved model: one bullet per passage (at most `max`), quoting its first sentence. */
export function goodModel(r: RecordedRequest, max = Number.POSITIVE_INFINITY): ModelDraft {
  return {
    bullets: passagesIn(r)
      .slice(0, max)
      .map((p) => ({
        text: `According to "${p.title}", ${firstSentence(p.text).toLowerCase()}`,
        citations: [{ passage: p.id, quote: firstSentence(p.text) }],
      })),
  };
}
