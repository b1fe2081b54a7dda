/**
 * `/brief`: acknowledged first, whatever follows (Slack allows 3 seconds), then dispatched to a
 * subcommand. Answers are private by default, or posted in the channel when so configured; when
 * the bot cannot post there, the asker gets a private answer and a hint to invite it.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { dispatch } from '../commands/index.js';
import type { SlackDeps } from '../deps.js';
import { subscriptionRefusal } from '../permissions.js';
import { answerInChannel, answerPrivately } from '../deliver.js';
import { commandPayloadSchema } from '../payloads.js';
import { createPoster, respondAll } from '../post.js';
import { renderProblem } from '../render.js';

export const SLASH_COMMAND = '/brief';

const NOT_IN_CHANNEL =
  'I could not post in this channel, so only you can see this answer. To share answers here, invite me with `/invite @briefbot`.';

export function briefCommandListener(deps: SlackDeps) {
  return async ({
    ack,
    body,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = commandPayloadSchema.safeParse(body);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, 'ignored a malformed slash command');
      return;
    }
    const cmd = parsed.data;
    const poster = createPoster(client, deps.logger);
    const reply = async (messages: Parameters<typeof respondAll>[3]) => {
      await respondAll(respond, deps.logger, cmd.channel_id, messages, { response_type: 'ephemeral' });
    };
    await dispatch({
      text: cmd.text,
      channel: cmd.channel_id,
      user: cmd.user_id,
      teamId: cmd.team_id,
      api: deps.api,
      logger: deps.logger,
      ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
      subscriptionRefusal: () => subscriptionRefusal(client, cmd.user_id, deps.admins, deps.logger),
      reply,
      answer: async (request) => {
        if (deps.ephemeralByDefault) return answerPrivately(deps, respond, cmd.channel_id, request);
        const posted = await answerInChannel(deps, poster, cmd.channel_id, request, (m) => reply([m]));
        if (!posted)
          await answerPrivately(deps, respond, cmd.channel_id, request, [renderProblem(NOT_IN_CHANNEL)]);
      },
    });
  };
}
