/**
 * The subcommand dispatcher: the first word picks a subcommand by name, anything else goes to the
 * default (`brief`). Adding a subcommand is one file plus one line in `NAMED`.
 */
import { askCommand } from './ask.js';
import { briefCommand } from './brief.js';
import { helpCommand } from './help.js';
import { subscribeCommand, subscriptionsCommand, unsubscribeCommand } from './subscribe.js';
import { timelineCommand } from './timeline.js';
import type { Subcommand, SubcommandContext } from './types.js';

export type { Subcommand, SubcommandContext } from './types.js';

const NAMED: readonly Subcommand[] = [
  helpCommand,
  askCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  timelineCommand,
];

/** Usage lines of every subcommand, the default first. */
export function usageLines(): string[] {
  return [...briefCommand.usage, ...NAMED.flatMap((c) => c.usage)];
}

/** The subcommand the words select, and the words left for it. */
export function pickSubcommand(text: string): { command: Subcommand; args: string } {
  const trimmed = text.trim();
  const first = trimmed.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  const named = NAMED.find((c) => c.name === first);
  if (!named) return { command: briefCommand, args: trimmed };
  const args = trimmed.slice(first.length).trim();
  // "help me understand the pipeline deal" is a question, not a request for the help page.
  if (named === helpCommand && args !== '') return { command: briefCommand, args: trimmed };
  return { command: named, args };
}

/** Runs what the words ask for; a failure is logged and told to the person, never thrown. */
export async function dispatch(ctx: Omit<SubcommandContext, 'args' | 'usage'>): Promise<void> {
  const { command, args } = pickSubcommand(ctx.text);
  try {
    await command.run({ ...ctx, args, usage: usageLines() });
  } catch (err) {
    ctx.logger.error(
      { err: (err as Error).message, subcommand: command.name, channel: ctx.channel },
      'subcommand failed',
    );
  }
}
