/**
 * What the listeners share: the briefing service, the logger, the configured default, and the
 * app's short-term memory (answers behind buttons, threads the bot answers in, handled messages).
 */
import { randomBytes } from 'node:crypto';
import type { Answer } from '../../briefing/answer.js';
import type { BriefingApi } from '../../briefing/service-api.js';
import type { SubscriptionCommandDeps } from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import type { ChatRequest } from '../chat/words.js';
import { TtlCache } from './ttl-cache.js';

/** An answer shown with buttons: what was asked, what was answered, and whether only the asker saw it. */
export interface ShownAnswer {
  request: ChatRequest;
  answer: Answer;
  private: boolean;
}

export interface SlackDeps {
  api: BriefingApi;
  logger: Logger;
  ephemeralByDefault: boolean;
  /** Digest subscriptions for `/brief subscribe` and friends (absent: those say they are off). */
  subscriptions?: SubscriptionCommandDeps;
  /** User ids who may change any channel's digests besides admins and owners (BRIEFBOT_ADMINS). */
  admins: readonly string[];
  /** Answers behind "Show quotes" / "Share in channel", by the id in the button's value. */
  answers: TtlCache<string, ShownAnswer>;
  /** `threadKeyString`s of threads the bot has answered in: replies there are follow-ups. */
  threads: TtlCache<string, true>;
  /** `channel:ts` of messages already answered (a mention arrives as app_mention and as message). */
  handled: TtlCache<string, true>;
  /** Slack `event_id`s already handled: Slack retries a delivery it thinks failed. */
  events: TtlCache<string, true>;
}

const MINUTE = 60_000;

export function createDeps(
  base: Pick<SlackDeps, 'api' | 'logger' | 'ephemeralByDefault' | 'subscriptions'> &
    Partial<Pick<SlackDeps, 'admins'>>,
  now: () => number = Date.now,
): SlackDeps {
  return {
    ...base,
    admins: base.admins ?? [],
    // A response URL lives 30 minutes, but shared answers stay on screen; a day bounds memory use.
    answers: new TtlCache({ ttlMs: 24 * 60 * MINUTE, maxEntries: 2000, now }),
    threads: new TtlCache({ ttlMs: 7 * 24 * 60 * MINUTE, maxEntries: 20_000, now }),
    handled: new TtlCache({ ttlMs: 30 * MINUTE, maxEntries: 20_000, now }),
    // Slack retries after about 1 and 5 minutes; keep ids well past the last retry.
    events: new TtlCache({ ttlMs: 30 * MINUTE, maxEntries: 20_000, now }),
  };
}

/** Stores an answer for its buttons and returns the id they carry. */
export function rememberAnswer(deps: SlackDeps, shown: ShownAnswer): string {
  const id = randomBytes(12).toString('base64url');
  deps.answers.set(id, shown);
  return id;
}
