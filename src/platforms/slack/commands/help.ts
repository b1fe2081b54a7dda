/** `/brief help` (or `/brief` alone): how to use briefbot, and the topics it knows. */
import { renderHelp } from '../render.js';
import type { Subcommand } from './types.js';

export const helpCommand: Subcommand = {
  name: 'help',
  usage: ['`/brief help` — this message'],
  async run(ctx) {
    await ctx.reply(renderHelp(ctx.usage, ctx.api.topics()));
  },
};
