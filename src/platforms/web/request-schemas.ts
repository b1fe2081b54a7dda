/**
 * The shapes the HTTP API accepts, as zod schemas with messages a person can act on. `thread` is a
 * client-chosen id (the console makes one per conversation); it becomes a web ThreadKey here.
 */
import { z } from 'zod';
import { questionTooLong } from '../../briefing/service-api.js';
import type { ThreadKey } from '../../briefing/ports.js';

export const threadIdSchema = z
  .string({ error: 'thread must be a string id' })
  .min(1, 'thread must not be empty')
  .max(128, 'thread must be at most 128 characters')
  .regex(/^[A-Za-z0-9._:-]+$/, 'thread may contain only letters, digits and . _ : -');

const topicField = z
  .string({ error: 'topic must be a string: a topic slug (GET /api/topics lists them)' })
  .trim()
  .min(1, 'topic must not be empty: send a topic slug (GET /api/topics lists them)')
  .max(200, 'topic must be at most 200 characters');

export const briefBodySchema = z.object(
  {
    topic: z
      .string({ error: 'topic is required: send {"topic": "<slug>"} with a slug from GET /api/topics' })
      .pipe(topicField),
    thread: threadIdSchema.optional(),
    /** The topic's dated events in order (the console's Timeline view). */
    timeline: z.boolean({ error: 'timeline must be true or false' }).optional(),
  },
  { error: 'send a JSON object such as {"topic": "<slug>"}' },
);

export const askBodySchema = z.object(
  {
    question: z
      .string({ error: 'question is required: send {"question": "<your question>"}' })
      .refine((q) => q.trim().length > 0, 'question is empty: type a question to ask')
      .check((ctx) => {
        // The service's own rule and words, checked before a thread is opened for the question.
        const tooLong = questionTooLong(ctx.value);
        if (tooLong) ctx.issues.push({ code: 'custom', message: tooLong, input: ctx.value });
      }),
    topic: topicField.optional(),
    thread: threadIdSchema.optional(),
  },
  { error: 'send a JSON object such as {"question": "What did the minister say?"}' },
);

/** `?since=` of the digest preview: a date (YYYY-MM-DD) or an ISO timestamp. */
export const sinceSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'since must be an ISO date such as 2024-05-01 or 2024-05-01T08:00:00Z',
  )
  .transform((s, ctx) => {
    const date = new Date(s);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: `since is not a real date: ${s}` });
      return z.NEVER;
    }
    return date;
  });

export function webThreadKey(id: string): ThreadKey {
  return { platform: 'web', channel: 'web', thread: id };
}

/** One line naming every problem; messages above already name their field, others get it prefixed. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      return field === '' || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
    })
    .join('; ');
}

const platformField = z.enum(['slack', 'discord'], { error: 'platform must be "slack" or "discord"' });
const channelField = z
  .string({
    error: 'channel is required: the channel id, e.g. "C0123ABCD" (Slack) or "1234567890" (Discord)',
  })
  .trim()
  .min(1, 'channel must not be empty: the channel id, e.g. "C0123ABCD"');

/** `POST /api/subscriptions`: the words after `subscribe`, read by the shared parser as everywhere. */
export const subscribeBodySchema = z.object(
  {
    platform: platformField,
    channel: channelField,
    subscription: z
      .string({ error: 'subscription is required, e.g. "<slug> daily 08:00 Asia/Tokyo"' })
      .max(500, 'subscription must be at most 500 characters'),
  },
  {
    error:
      'send a JSON object such as {"platform": "slack", "channel": "C0123ABCD", "subscription": "<slug> daily 08:00 Asia/Tokyo"}',
  },
);

/** `POST /api/subscriptions/remove`. */
export const unsubscribeBodySchema = z.object(
  {
    platform: platformField,
    channel: channelField,
    topic: topicField,
  },
  {
    error: 'send a JSON object such as {"platform": "slack", "channel": "C0123ABCD", "topic": "<slug>"}',
  },
);
