/**
 * Subscriptions declared by an operator (BRIEFBOT_SUBSCRIPTIONS, a JSON file), for deployments set
 * up without anyone typing /brief subscribe. Validated with zod; every problem is named with its
 * position in the file, and nothing is applied unless the whole file is valid.
 *
 *   { "subscriptions": [ { "platform": "slack", "channel": "C0123", "topic": "trade-tariffs",
 *       "cadence": "weekly", "day": "mon", "time": "08:00", "timeZone": "Asia/Tokyo",
 *       "announceEmpty": false } ] }
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { findTopic, type Topic } from '../briefing/topics.js';
import type { SubscriptionStore } from './ports.js';
import {
  cadenceFrom,
  type SubscriptionSpec,
  platformSchema,
  timeOfDaySchema,
  timeZoneSchema,
  weekdaySchema,
} from './subscription.js';

const entrySchema = z
  .object({
    platform: platformSchema,
    channel: z.string().trim().min(1, 'must name the channel (Slack channel id, Discord channel id)'),
    topic: z.string().trim().min(1),
    cadence: z.enum(['daily', 'weekdays', 'weekly']).default('daily'),
    day: weekdaySchema.optional(),
    time: timeOfDaySchema.default('08:00'),
    timeZone: timeZoneSchema.default('UTC'),
    announceEmpty: z.boolean().default(false),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.day && e.cadence !== 'weekly') {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message: `a ${e.cadence} digest has no day (use "cadence": "weekly")`,
      });
    }
  });

/** `{ "subscriptions": [...] }`, or the bare list. */
export const subscriptionsFileSchema = z.object({ subscriptions: z.array(entrySchema) }).strict();
const bareListSchema = z.array(entrySchema);

export class SubscriptionsFileError extends Error {
  override name = 'SubscriptionsFileError';
}

/** Reads and validates the file; throws SubscriptionsFileError naming the file and each problem. */
export function loadSubscriptionsFile(path: string, topics: readonly Topic[]): SubscriptionSpec[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SubscriptionsFileError(
      `Cannot read the subscriptions file ${path} (BRIEFBOT_SUBSCRIPTIONS): ${(err as Error).message}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SubscriptionsFileError(
      `The subscriptions file ${path} is not valid JSON: ${(err as Error).message}.`,
    );
  }
  // Picked by shape rather than a union, so each problem is reported where it is.
  const parsed = Array.isArray(json)
    ? bareListSchema.safeParse(json)
    : subscriptionsFileSchema.transform((f) => f.subscriptions).safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new SubscriptionsFileError(`The subscriptions file ${path} has problems:\n${problems.join('\n')}`);
  }
  const entries = parsed.data;
  const problems: string[] = [];
  const specs = entries.map((e, i): SubscriptionSpec => {
    const topic = findTopic(topics, e.topic);
    if (!topic) problems.push(`  - ${i}.topic: no topic is named "${e.topic}"`);
    return {
      platform: e.platform,
      channel: e.channel,
      topic: topic?.slug ?? e.topic,
      cadence: cadenceFrom(e.cadence, e.day),
      time: e.time,
      timeZone: e.timeZone,
      announceEmpty: e.announceEmpty,
    };
  });
  if (problems.length > 0) {
    throw new SubscriptionsFileError(`The subscriptions file ${path} has problems:\n${problems.join('\n')}`);
  }
  return specs;
}

/** Upserts every declared subscription; returns how many were new. */
export async function applySubscriptions(
  store: SubscriptionStore,
  specs: readonly SubscriptionSpec[],
  now: Date,
): Promise<number> {
  let created = 0;
  for (const spec of specs) if ((await store.upsertSubscription(spec, now)).created) created++;
  return created;
}
