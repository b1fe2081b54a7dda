/**
 * The parts of Slack's wire payloads this app relies on, checked with zod. Bolt has already
 * verified the signature; this makes sure a field we read is really there and of the right type,
 * and ignores the many fields we do not use.
 */
import { z } from 'zod';

/** A slash command, as posted form-encoded to the request URL. */
export const commandPayloadSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  team_id: z.string().optional(),
  response_url: z.string().url(),
});
export type CommandPayload = z.infer<typeof commandPayloadSchema>;

/** A `block_actions` interaction (a button press), as posted in `payload=`. */
export const blockActionPayloadSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z
    .object({
      channel_id: z.string().optional(),
      message_ts: z.string().optional(),
      thread_ts: z.string().optional(),
      is_ephemeral: z.boolean().optional(),
    })
    .optional(),
  message: z.object({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  response_url: z.string().url().optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
export type BlockActionPayload = z.infer<typeof blockActionPayloadSchema>;

/** A person's message, from `message.*` events or `app_mention`. */
export const userMessageEventSchema = z.object({
  type: z.enum(['message', 'app_mention']),
  user: z.string().min(1),
  text: z.string(),
  ts: z.string().min(1),
  channel: z.string().min(1),
  channel_type: z.string().optional(),
  thread_ts: z.string().optional(),
  parent_user_id: z.string().optional(),
});
export type UserMessageEvent = z.infer<typeof userMessageEventSchema>;
