/**
 * Block Kit's documented limits, as code. `validateBlocks` checks the blocks this app builds
 * (header, section, divider, context, actions with buttons) and returns every problem it finds;
 * the renderer packs messages to stay inside these numbers and the tests hold it to them.
 */
import { z } from 'zod';

export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  /** Any text object (section text, context element). */
  text: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  /** Slack cuts a message's top-level `text` beyond this. */
  messageText: 40_000,
  /**
   * Serialized blocks per message. Slack documents no exact number, but payloads around 13k
   * characters fail with `msg_blocks_too_long`; 12k keeps a margin.
   */
  blocksJson: 12_000,
} as const;

const L = BLOCK_LIMITS;

const plainText = z.strictObject({
  type: z.literal('plain_text'),
  text: z.string().min(1).max(L.text),
  emoji: z.boolean().optional(),
});
const mrkdwnText = z.strictObject({
  type: z.literal('mrkdwn'),
  text: z.string().min(1).max(L.text),
  verbatim: z.boolean().optional(),
});
const textObject = z.union([plainText, mrkdwnText]);
const blockId = z.string().min(1).max(L.blockId).optional();

const button = z.strictObject({
  type: z.literal('button'),
  text: plainText.extend({ text: z.string().min(1).max(L.buttonText) }),
  action_id: z.string().min(1).max(L.actionId),
  value: z.string().max(L.buttonValue).optional(),
  url: z.string().max(L.buttonUrl).optional(),
  style: z.enum(['primary', 'danger']).optional(),
});

const headerBlock = z.strictObject({
  type: z.literal('header'),
  block_id: blockId,
  text: plainText.extend({ text: z.string().min(1).max(L.headerText) }),
});
const sectionBlock = z
  .strictObject({
    type: z.literal('section'),
    block_id: blockId,
    text: textObject.optional(),
    fields: z
      .array(
        z.union([
          plainText.extend({ text: z.string().min(1).max(L.sectionFieldText) }),
          mrkdwnText.extend({ text: z.string().min(1).max(L.sectionFieldText) }),
        ]),
      )
      .min(1)
      .max(L.sectionFields)
      .optional(),
  })
  .refine((b) => b.text !== undefined || b.fields !== undefined, 'a section needs text or fields');
const dividerBlock = z.strictObject({ type: z.literal('divider'), block_id: blockId });
const contextBlock = z.strictObject({
  type: z.literal('context'),
  block_id: blockId,
  elements: z.array(textObject).min(1).max(L.contextElements),
});
const actionsBlock = z.strictObject({
  type: z.literal('actions'),
  block_id: blockId,
  elements: z.array(button).min(1).max(L.actionsElements),
});

const blockSchema = z.discriminatedUnion('type', [
  headerBlock,
  sectionBlock,
  dividerBlock,
  contextBlock,
  actionsBlock,
]);

/** Every limit the blocks break, as readable lines; an empty list means the blocks are valid. */
export function validateBlocks(blocks: readonly unknown[]): string[] {
  const problems: string[] = [];
  if (blocks.length === 0) problems.push('a message needs at least one block');
  if (blocks.length > L.blocksPerMessage) {
    problems.push(`${blocks.length} blocks, more than ${L.blocksPerMessage} per message`);
  }
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    const parsed = blockSchema.safeParse(block);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`blocks[${i}]${issue.path.map((p) => `.${String(p)}`).join('')}: ${issue.message}`);
      }
      return;
    }
    const id = parsed.data.block_id;
    if (id !== undefined) {
      if (ids.has(id)) problems.push(`blocks[${i}]: block_id "${id}" is not unique`);
      ids.add(id);
    }
  });
  const json = JSON.stringify(blocks).length;
  if (json > L.blocksJson) problems.push(`blocks serialize to ${json} characters, more than ${L.blocksJson}`);
  return problems;
}

/** `validateBlocks` plus the message-level rules: a fallback `text` within Slack's cut-off. */
export function validateMessage(message: { text: string; blocks: readonly unknown[] }): string[] {
  const problems = validateBlocks(message.blocks);
  if (message.text.trim() === '') problems.push('a message with blocks needs a fallback text');
  if (message.text.length > L.messageText) {
    problems.push(`text is ${message.text.length} characters, more than ${L.messageText}`);
  }
  return problems;
}
