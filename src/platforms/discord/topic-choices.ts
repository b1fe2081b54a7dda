/**
 * Topic autocomplete: what the user typed -> at most 25 choices (slug or title matches, prefix
 * matches first). What a typed value means is topics.ts resolveTopic, as everywhere.
 */
import { matchTopics, type Topic } from '../../briefing/topics.js';
import { clip } from './markdown.js';
import { DISCORD_LIMITS } from './limits.js';

export interface TopicChoice {
  name: string;
  value: string;
}

/** Up to 25 choices for what was typed, best match first (topics.ts matchTopics). */
export function topicChoices(topics: readonly Topic[], typed: string): TopicChoice[] {
  return matchTopics(topics, typed)
    .slice(0, DISCORD_LIMITS.choices)
    .map((topic) => ({
      name: clip(`${topic.title} (${topic.slug})`, DISCORD_LIMITS.choiceName),
      value: topic.slug,
    }));
}
