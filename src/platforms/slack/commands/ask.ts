/** `/brief ask <question>`: a question, even when its words happen to name a topic. */
import { renderProblem } from '../render.js';
import type { Subcommand } from './types.js';

export const askCommand: Subcommand = {
  name: 'ask',
  usage: ['`/brief ask <question>` — always treated as a question'],
  async run(ctx) {
    const question = ctx.args.trim();
    if (question === '') {
      await ctx.reply([renderProblem('Ask what? For example: `/brief ask who attended the talks?`')]);
      return;
    }
    await ctx.answer({ kind: 'ask', question, title: question });
  },
};
