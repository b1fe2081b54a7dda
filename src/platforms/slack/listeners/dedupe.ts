/**
 * Slack redelivers an event (with `X-Slack-Retry-Num`) when it thinks the first delivery failed;
 * Bolt passes every delivery on. This global middleware lets each `event_id` through once.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';

export function dedupeRetries(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deps.events.claim(eventId, true)) {
      deps.logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'skipped a Slack retry of an event already handled',
      );
      return;
    }
    await next();
  };
}
