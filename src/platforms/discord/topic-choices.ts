/**
 * Topic autocomplete and resolution: what the user typed -> at most 25 choices (slug or title
 * matches, prefix matches first), and a typed value -> one topic slug or suggestions.
 */
import type { Topic } from '../../briefing/topics.js';
import { clip } from './markdown.js';
import { DISCORD_LIMITS } from './limits.js';

export interface TopicChoice {
  name: string;
  value: string;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015_-]+/g, ' ')
    .trim();
}

/** 0 = prefix of slug or title, 1 = a word starts with it, 2 = contains it, null = no match. */
function rank(topic: Topic, typed: string): number | null {
  if (typed === '') return 0;
  const hay = [fold(topic.slug), fold(topic.title)];
  if (hay.some((h) => h.startsWith(typed))) return 0;
  if (hay.some((h) => h.split(' ').some((w) => w.startsWith(typed)))) return 1;
  if (hay.some((h) => h.includes(typed))) return 2;
  return null;
}

export function topicChoices(topics: readonly Topic[], typed: string): TopicChoice[] {
  const q = fold(typed).slice(0, 100);
  return topics
    .map((topic, i) => ({ topic, i, r: rank(topic, q) }))
    .filter((x): x is { topic: Topic; i: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, DISCORD_LIMITS.choices)
    .map(({ topic }) => ({
      name: clip(`${topic.title} (${topic.slug})`, DISCORD_LIMITS.choiceName),
      value: topic.slug,
    }));
}

export type TopicResolution = { ok: true; topic: Topic } | { ok: false; suggestions: string[] };

/**
 * The topic a typed value means: an exact slug or title, or the only topic it matches. Someone
 * can skip autocomplete and type anything, so this never assumes the value is a slug.
 */
export function resolveTopic(topics: readonly Topic[], typed: string): TopicResolution {
  const exact = topics.find((t) => t.slug === typed.trim());
  if (exact) return { ok: true, topic: exact };
  const q = fold(typed);
  const byTitle = topics.find((t) => fold(t.title) === q || fold(t.slug) === q);
  if (byTitle) return { ok: true, topic: byTitle };
  const matches = topicChoices(topics, typed);
  if (q !== '' && matches.length === 1) {
    const only = topics.find((t) => t.slug === matches[0]!.value);
    if (only) return { ok: true, topic: only };
  }
  const suggestions = (matches.length > 0 ? matches.map((m) => m.value) : topics.map((t) => t.slug)).slice(
    0,
    5,
  );
  return { ok: false, suggestions };
}
