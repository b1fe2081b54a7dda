/**
 * The buttons under an answer. "Show quotes" reveals each cited sentence verbatim (in place on a
 * private answer, privately to the clicker on a public one), "Hide quotes" undoes it, and "Share
 * in channel" posts a private answer for everyone, in a thread of its own for follow-ups.
 */
import type { AllMiddlewareArgs, BlockAction, RespondFn, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps, ShownAnswer } from '../deps.js';
import { answerInChannel } from '../deliver.js';
import { blockActionPayloadSchema, type BlockActionPayload } from '../payloads.js';
import { createPoster, respondAll, slackErrorCode } from '../post.js';
import { ACTION_IDS, renderAnswer, renderProblem } from '../render.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

const EXPIRED =
  'That answer is no longer in my memory (it is over a day old, or I was restarted). Run `/brief` again for a fresh one.';
const CANNOT_POST =
  'I could not post in this channel. If I am not a member, invite me with `/invite @briefbot` and press Share again.';

/** The parsed payload and the answer its button points at, or null after telling the clicker why not. */
async function lookUp(
  deps: SlackDeps,
  body: unknown,
  respond: RespondFn,
): Promise<{ payload: BlockActionPayload; shown: ShownAnswer; id: string } | null> {
  const parsed = blockActionPayloadSchema.safeParse(body);
  if (!parsed.success) {
    deps.logger.warn({ issues: parsed.error.issues.length }, 'ignored a malformed block action');
    return null;
  }
  const payload = parsed.data;
  const id = payload.actions[0]?.value ?? '';
  const shown = deps.answers.get(id);
  if (!shown) {
    const channel = payload.channel?.id ?? '';
    await respondAll(respond, deps.logger, channel, [renderProblem(EXPIRED)], {
      response_type: 'ephemeral',
      replace_original: false,
    });
    return null;
  }
  return { payload, shown, id };
}

function setQuotes(deps: SlackDeps, quotes: boolean) {
  return async ({ ack, body, respond, client }: ActionArgs): Promise<void> => {
    await ack();
    const found = await lookUp(deps, body, respond);
    if (!found) return;
    const { payload, shown, id } = found;
    const channel = payload.channel?.id ?? payload.container?.channel_id ?? '';
    const title = shown.request.title;
    const inPlace = renderAnswer(shown.answer, { title, quotes, answerId: id, share: shown.private });
    // A private answer of one message is redrawn in place; anything else would rewrite a public
    // message for everyone, so the quotes go to the clicker alone.
    if (payload.container?.is_ephemeral && inPlace.length === 1) {
      await respondAll(respond, deps.logger, channel, inPlace, { replace_original: true });
      return;
    }
    if (!quotes) return;
    const messages = renderAnswer(shown.answer, { title, quotes: true, answerId: null, share: false });
    if (payload.container?.is_ephemeral) {
      await respondAll(respond, deps.logger, channel, messages, {
        response_type: 'ephemeral',
        replace_original: false,
      });
      return;
    }
    const threadTs = payload.container?.thread_ts ?? payload.message?.thread_ts;
    await createPoster(client, deps.logger).ephemeral(channel, payload.user.id, messages, threadTs);
  };
}

function share(deps: SlackDeps) {
  return async ({ ack, body, respond, client }: ActionArgs): Promise<void> => {
    await ack();
    const found = await lookUp(deps, body, respond);
    if (!found) return;
    const { payload, shown } = found;
    const channel = payload.channel?.id ?? payload.container?.channel_id;
    const tell = (messages: Parameters<typeof respondAll>[3]) =>
      respondAll(respond, deps.logger, channel ?? '', messages, {
        response_type: 'ephemeral',
        replace_original: false,
      });
    if (!channel) {
      await tell([renderProblem(CANNOT_POST)]);
      return;
    }
    const posted = await answerInChannel(
      deps,
      createPoster(client, deps.logger),
      channel,
      shown.request,
      (m) => tell([m]),
    );
    if (!posted) {
      await tell([renderProblem(CANNOT_POST)]);
      return;
    }
    // The private copy has done its job once everyone can see the answer.
    try {
      await respond({ delete_original: true });
    } catch (err) {
      deps.logger.warn(
        { channel, error: slackErrorCode(err) },
        'could not remove the private copy of a shared answer',
      );
    }
  };
}

export const actionListeners = (deps: SlackDeps) =>
  [
    [ACTION_IDS.showQuotes, setQuotes(deps, true)],
    [ACTION_IDS.hideQuotes, setQuotes(deps, false)],
    [ACTION_IDS.share, share(deps)],
  ] as const;
