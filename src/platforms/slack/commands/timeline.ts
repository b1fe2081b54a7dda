/**
 * `/brief timeline <topic>` (also `/brief <topic> timeline`, read by the default subcommand): the
 * topic's dated events in order, by episode and day, with where outlets disagree.
 */
import { findTopic } from '../../../briefing/topics.js';
import { requestFromWords, timelineRequest } from '../../chat/words.js';
import { renderProblem } from '../render.js';
import type { Subcommand } from './types.js';

export const timelineCommand: Subcommand = {
  name: 'timeline',
  // The usage line is the brief command's ("/brief <topic> timeline"), the form people type.
  usage: [],
  async run(ctx) {
    const topics = ctx.api.topics();
    if (ctx.args.trim() === '') {
      await ctx.reply([
        renderProblem(
          `A timeline of which topic? For example: \`/brief ${topics[0]?.slug ?? '<topic>'} timeline\`.`,
          topics.slice(0, 5).map((t) => t.slug),
        ),
      ]);
      return;
    }
    const topic = findTopic(topics, ctx.args);
    if (!topic) {
      // "timeline of the talks in 2012?" is a question that starts with the word.
      const request = requestFromWords(ctx.text, topics);
      if (request) await ctx.answer(request);
      return;
    }
    await ctx.answer(timelineRequest(topic));
  },
};
