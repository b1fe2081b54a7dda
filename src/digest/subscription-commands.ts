/**
 * `subscribe`, `unsubscribe` and `subscriptions` for one channel, as plain text in and out: Slack,
 * Discord and the CLI wrap this, so the three say the same things in the same words.
 */
import { findTopic, nearestTopics, type Topic } from '../briefing/topics.js';
import type { SubscriptionStore } from './ports.js';
import { parseSubscription, SUBSCRIBE_USAGE, type SubscriptionDefaults } from './parse-subscription.js';
import { nextSlotAfter } from './schedule.js';
import {
  type DigestTarget,
  describeCadence,
  describeSubscription,
  type Subscription,
} from './subscription.js';

export type SubscriptionCommand = 'subscribe' | 'unsubscribe' | 'subscriptions';

export interface SubscriptionCommandDeps {
  subscriptions: SubscriptionStore;
  topics: () => readonly Topic[];
  now?: () => Date;
  defaults?: SubscriptionDefaults;
  /** Called after a change, so the scheduler picks it up without a restart. */
  onChange?: () => Promise<void> | void;
}

export type SubscriptionReply =
  | { ok: true; message: string; subscriptions?: Subscription[] }
  | { ok: false; message: string; code?: SubscriptionErrorCode };

/** What went wrong, for `--json` error documents and the console (docs/architecture.md, "Contracts"). */
export type SubscriptionErrorCode = 'usage' | 'unknown-topic' | 'not-subscribed' | 'forbidden';

export const UNSUBSCRIBE_USAGE = 'unsubscribe <topic>';

/**
 * Operators (the CLI, the web console) name the channel themselves: a platform and a channel id,
 * checked the same way everywhere. Null when fine, else what to type instead.
 */
export function digestTargetProblem(
  platform: string | undefined,
  channel: string | undefined,
): string | null {
  if (platform !== undefined && platform !== 'slack' && platform !== 'discord') {
    return `The platform is slack or discord (got "${platform}").`;
  }
  if (channel !== undefined && !/^[A-Za-z0-9._:#-]{1,100}$/.test(channel)) {
    return 'The channel is its id, e.g. C0123ABCD (Slack) or 1234567890 (Discord).';
  }
  return null;
}

/** subscribe and unsubscribe change what a channel receives, so they need a right; listing does not. */
export function changesSubscriptions(command: SubscriptionCommand): boolean {
  return command !== 'subscriptions';
}

/**
 * The private refusal for someone who may not change a channel's digests; `who` names who may
 * ("a workspace admin or owner"). The same words on every platform.
 */
export function notAllowedReply(who: string, why?: string): SubscriptionReply {
  return {
    ok: false,
    code: 'forbidden',
    message:
      why ??
      `Only ${who} can subscribe or unsubscribe this channel's digests, so nothing changed. Ask one of them, or ask whoever runs briefbot to add your user id to BRIEFBOT_ADMINS.`,
  };
}

export async function runSubscriptionCommand(
  deps: SubscriptionCommandDeps,
  target: DigestTarget,
  command: SubscriptionCommand,
  args: string,
): Promise<SubscriptionReply> {
  const now = (deps.now ?? (() => new Date()))();
  if (command === 'subscriptions') {
    const list = await deps.subscriptions.listSubscriptions(target);
    if (list.length === 0) {
      return {
        ok: true,
        message: `This channel has no digest subscriptions. Add one: ${SUBSCRIBE_USAGE}`,
        subscriptions: [],
      };
    }
    const lines = list.map((s) => `• ${describeSubscription(s)} (next: ${whenNext(s, now)})`);
    return { ok: true, message: `Digests for this channel:\n${lines.join('\n')}`, subscriptions: list };
  }

  if (command === 'unsubscribe') {
    const name = args.trim().split(/\s+/)[0]?.toLowerCase();
    if (!name) return { ok: false, code: 'usage', message: `Name the topic to stop: ${UNSUBSCRIBE_USAGE}` };
    const slug = findTopic(deps.topics(), name)?.slug ?? name;
    const removed = await deps.subscriptions.removeSubscription({ ...target, topic: slug });
    if (!removed) {
      const list = await deps.subscriptions.listSubscriptions(target);
      const have = list.map((s) => s.topic).join(', ');
      return {
        ok: false,
        code: 'not-subscribed',
        message: `This channel has no digest on "${name}".${have ? ` Its digests: ${have}.` : ''}`,
      };
    }
    await deps.onChange?.();
    return { ok: true, message: `Stopped the ${slug} digest for this channel.` };
  }

  const parsed = parseSubscription(args, deps.defaults);
  if (!parsed.ok) return { ...parsed, code: 'usage' };
  const topic = findTopic(deps.topics(), parsed.value.topic);
  if (!topic) {
    const suggestions = nearestTopics(deps.topics(), parsed.value.topic);
    const known = deps
      .topics()
      .map((t) => t.slug)
      .join(', ');
    return {
      ok: false,
      code: 'unknown-topic',
      message:
        `No topic is named "${parsed.value.topic}".` +
        (suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : '') +
        ` Topics: ${known || '(none defined)'}.`,
    };
  }
  const { subscription, created } = await deps.subscriptions.upsertSubscription(
    { ...target, ...parsed.value, topic: topic.slug },
    now,
  );
  await deps.onChange?.();
  const what = `${topic.slug} digest ${describeCadence(subscription.cadence)} at ${subscription.time} ${subscription.timeZone}`;
  return {
    ok: true,
    message: `${created ? 'Subscribed: ' : 'Updated: '}${what}. Next: ${whenNext(subscription, now)}.`,
    subscriptions: [subscription],
  };
}

/** "2026-03-02 08:00 Europe/Berlin (07:00 UTC)". */
function whenNext(sub: Subscription, now: Date): string {
  const next = nextSlotAfter(sub, now);
  const utc = next.at.toISOString().slice(11, 16);
  return `${next.localDate} ${sub.time} ${sub.timeZone} (${utc} UTC)`;
}
