/**
 * The buttons under an answer and the follow-up modal, as plain Discord JSON. Their custom ids
 * carry the conversation's thread id (or the answer's cache key), so a click needs no lookup
 * table to know which conversation it continues — and survives a restart of the bot.
 */
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../briefing/service-api.js';

const PREFIX = 'bb';

export type CustomId =
  /** "Follow up" button: opens the modal for the thread. */
  | { kind: 'follow'; thread: string }
  /** "Show quotes" button: the answer kept under `key`. */
  | { kind: 'quotes'; key: string }
  /** The follow-up modal, submitted. */
  | { kind: 'ask'; thread: string };

/** Snowflakes and similar ids only; anything else in a custom id is not ours. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function formatCustomId(id: CustomId): string {
  const value = id.kind === 'quotes' ? id.key : id.thread;
  if (!ID.test(value)) throw new Error(`not a usable id for a custom id: ${value}`);
  return `${PREFIX}:${id.kind}:${value}`;
}

/** Parses a custom id from a component or modal; null for ids this bot did not make. */
export function parseCustomId(customId: string): CustomId | null {
  const [prefix, kind, value, ...rest] = customId.split(':');
  if (prefix !== PREFIX || value === undefined || rest.length > 0 || !ID.test(value)) return null;
  switch (kind) {
    case 'follow':
      return { kind, thread: value };
    case 'ask':
      return { kind, thread: value };
    case 'quotes':
      return { kind, key: value };
    default:
      return null;
  }
}

export const QUESTION_INPUT_ID = 'question';

/** "Follow up" and "Show quotes" under an answer. */
export function answerButtons(thread: string, answerKey: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: 1,
    components: [
      { type: 2, style: 1, label: 'Follow up', custom_id: formatCustomId({ kind: 'follow', thread }) },
      {
        type: 2,
        style: 2,
        label: 'Show quotes',
        custom_id: formatCustomId({ kind: 'quotes', key: answerKey }),
      },
    ],
  };
}

/** The modal asking for a follow-up question (a label around a paragraph text input). */
export function followUpModal(thread: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: formatCustomId({ kind: 'ask', thread }),
    title: 'Follow-up question',
    components: [
      {
        type: 18,
        label: 'Your question',
        description: 'Asked in this conversation: "he", "it" and "that" refer to the answer above.',
        component: {
          type: 4,
          custom_id: QUESTION_INPUT_ID,
          style: 2,
          min_length: 1,
          max_length: MAX_QUESTION_CHARS,
          required: true,
          placeholder: 'What did they agree on?',
        },
      },
    ],
  };
}
