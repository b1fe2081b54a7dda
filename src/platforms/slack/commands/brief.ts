/**
 * The default subcommand, `/brief <topic or question>`: a topic's brief when the words name a
 * topic, an answer to the question otherwise. No words at all shows the help.
 */
import { requestFromWords } from '../../chat/words.js';
import { helpCommand } from './help.js';
import type { Subcommand } from './types.js';

export const briefCommand: Subcommand = {
  name: 'brief',
  usage: [
    '`/brief <topic>` — a short brief on a topic, every point cited',
    '`/brief <question>` — an answer from the articles, e.g. `/brief what did the minister say about the talks?`',
    '`/brief <topic> timeline` — the topic’s dated events in order, each cited, with where outlets disagree',
    'Mention me (`@briefbot <topic or question>`) to answer in a thread; reply in that thread to follow up.',
  ],
  async run(ctx) {
    const request = requestFromWords(ctx.args, ctx.api.topics());
    if (request === null) return helpCommand.run(ctx);
    await ctx.answer(request);
  },
};
