/**
 * Topics: named searches (`/brief trade-tariffs`). Defined in a JSON file so operators can add
 * their own without code; validated with zod because a typo there should fail loudly at start-up.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const topicSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase words joined by hyphens'),
  title: z.string().min(1).max(200),
  description: z.string().max(1000).optional(),
  /** Search terms; the brief is retrieved with all of them, each a word or a short phrase. */
  terms: z.array(z.string().min(1).max(100)).min(1).max(100),
});
export type Topic = z.infer<typeof topicSchema>;

export const topicsFileSchema = z.object({ topics: z.array(topicSchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  for (const [i, t] of file.topics.entries()) {
    if (seen.has(t.slug)) {
      ctx.addIssue({ code: 'custom', path: ['topics', i, 'slug'], message: `duplicate slug "${t.slug}"` });
    }
    seen.add(t.slug);
  }
});

export class TopicsFileError extends Error {
  override name = 'TopicsFileError';
}

/** Reads and validates a topics file; throws TopicsFileError naming the file and each problem. */
export function loadTopics(path: string): Topic[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new TopicsFileError(`cannot read topics file ${path}: ${(err as Error).message}`);
  }
  const parsed = topicsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new TopicsFileError(`invalid topics file ${path}: ${problems.join('; ')}`);
  }
  return [...parsed.data.topics].sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * A name as topics are compared: accents dropped, lowercase, each run of anything but letters and
 * digits one hyphen ("Trade – Tariffs" -> trade-tariffs), so a slug typed with spaces, a title
 * in any case and the slug itself all meet.
 */
function topicKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The topic a name means exactly: its slug or its title, forgiving case, accents, spaces and
 * punctuation ("Trade Tariffs" -> trade-tariffs). The one resolver every surface and the
 * service use; a slug wins over another topic's title.
 */
export function findTopic(topics: readonly Topic[], name: string): Topic | undefined {
  const key = topicKey(name);
  if (key === '') return undefined;
  return topics.find((t) => t.slug === key) ?? topics.find((t) => topicKey(t.title) === key);
}

/**
 * Topics matching what someone is typing, best first (autocomplete): a prefix of the slug or the
 * title, then a word of either starting with it, then either containing it; list order breaks ties.
 */
export function matchTopics(topics: readonly Topic[], typed: string): Topic[] {
  const q = topicKey(typed.slice(0, 100));
  const rank = (topic: Topic): number | null => {
    if (q === '') return 0;
    const hay = [topic.slug, topicKey(topic.title)];
    if (hay.some((h) => h.startsWith(q))) return 0;
    if (hay.some((h) => h.split('-').some((w) => w.startsWith(q)))) return 1;
    if (hay.some((h) => h.includes(q))) return 2;
    return null;
  };
  return topics
    .map((topic, i) => ({ topic, i, r: rank(topic) }))
    .filter((x): x is { topic: Topic; i: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map(({ topic }) => topic);
}

export type TopicResolution = { ok: true; topic: Topic } | { ok: false; suggestions: string[] };

/**
 * The topic a typed value means: the topic it names (findTopic), or the only topic it matches;
 * otherwise up to five slugs to suggest. Someone can skip autocomplete and type anything, so this
 * never assumes the value is a slug.
 */
export function resolveTopic(topics: readonly Topic[], typed: string): TopicResolution {
  const named = findTopic(topics, typed);
  if (named) return { ok: true, topic: named };
  const matches = matchTopics(topics, typed);
  if (topicKey(typed) !== '' && matches.length === 1) return { ok: true, topic: matches[0]! };
  return { ok: false, suggestions: (matches.length > 0 ? matches : topics).slice(0, 5).map((t) => t.slug) };
}

/** Up to `max` topic slugs closest to what was typed, closest first, for "did you mean". */
export function nearestTopics(topics: readonly Topic[], name: string, max = 3): string[] {
  const typed = name.trim().toLowerCase();
  const words = new Set(typed.split(/[^a-z0-9]+/).filter(Boolean));
  return topics
    .map((t) => {
      const shared = t.slug.split('-').filter((w) => words.has(w)).length;
      const distance = editDistance(typed, t.slug) / Math.max(typed.length, t.slug.length, 1);
      return { slug: t.slug, value: shared - distance };
    })
    .filter((t) => t.value > -0.6)
    .sort((a, b) => b.value - a.value || a.slug.localeCompare(b.slug))
    .slice(0, max)
    .map((t) => t.slug);
}

/**
 * The one topic a typo most likely meant ("trade-tarifs"): within a small edit distance of its
 * slug or title (1 for short names, 2 from 8 characters, 3 from 16), and strictly closer than any
 * other topic, so an ambiguous typo is never answered as the wrong topic.
 */
export function closeTopic(topics: readonly Topic[], name: string): Topic | undefined {
  const typed = name
    .trim()
    .toLowerCase()
    .replace(/[\s_–—]+/g, '-');
  if (typed.length < 4) return undefined;
  const allowed = typed.length >= 16 ? 3 : typed.length >= 8 ? 2 : 1;
  const scored = topics
    .map((t) => ({
      topic: t,
      d: Math.min(
        editDistance(typed, t.slug),
        editDistance(typed, t.title.toLowerCase().replace(/[\s_–—]+/g, '-')),
      ),
    }))
    .filter((s) => s.d <= allowed)
    .sort((a, b) => a.d - b.d);
  const [best, next] = scored;
  if (!best || (next && next.d === best.d)) return undefined;
  return best.topic;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
