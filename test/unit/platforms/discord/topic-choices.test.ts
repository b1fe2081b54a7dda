import { describe, expect, it } from 'vitest';
import { resolveTopic, type Topic } from '../../../../src/briefing/topics.js';
import { topicChoices } from '../../../../src/platforms/discord/topic-choices.js';

const topic = (slug: string, title: string): Topic => ({ slug, title, terms: [slug] });

const topics: Topic[] = [
  topic('pakistan-russia', 'Pakistan–Russia relations'),
  topic('gas-pipelines', 'Gas pipelines in South Asia'),
  topic('afghanistan', 'Afghanistan after 2014'),
  topic('russia-energy', 'Russian energy exports'),
];

describe('topicChoices', () => {
  it('lists every topic (up to 25) when nothing is typed', () => {
    expect(topicChoices(topics, '').map((c) => c.value)).toEqual(topics.map((t) => t.slug));
    const many = Array.from({ length: 40 }, (_, i) => topic(`t-${i}`, `Topic ${i}`));
    expect(topicChoices(many, '')).toHaveLength(25);
  });

  it('filters by slug or title, prefix matches before inner matches', () => {
    expect(topicChoices(topics, 'russ').map((c) => c.value)).toEqual(['russia-energy', 'pakistan-russia']);
    expect(topicChoices(topics, 'PIPELINE').map((c) => c.value)).toEqual(['gas-pipelines']);
    expect(topicChoices(topics, 'south asia').map((c) => c.value)).toEqual(['gas-pipelines']);
    expect(topicChoices(topics, 'zzz')).toEqual([]);
  });

  it('treats dashes and spaces alike, so typed titles match slugs', () => {
    expect(topicChoices(topics, 'pakistan russia').map((c) => c.value)).toEqual(['pakistan-russia']);
  });

  it('names each choice by title and slug within 100 characters; the value is the slug', () => {
    const long = topic('long', 'L'.repeat(150));
    const [choice] = topicChoices([long], 'long');
    expect(choice!.value).toBe('long');
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(topicChoices(topics, 'afgh')[0]).toEqual({
      name: 'Afghanistan after 2014 (afghanistan)',
      value: 'afghanistan',
    });
  });
});

describe('resolveTopic', () => {
  it('accepts a slug, a title, or text only one topic matches', () => {
    expect(resolveTopic(topics, 'afghanistan')).toMatchObject({ ok: true, topic: { slug: 'afghanistan' } });
    expect(resolveTopic(topics, 'russian energy exports')).toMatchObject({
      ok: true,
      topic: { slug: 'russia-energy' },
    });
    expect(resolveTopic(topics, 'pipel')).toMatchObject({ ok: true, topic: { slug: 'gas-pipelines' } });
  });

  it('refuses ambiguous or unknown text, with suggestions', () => {
    expect(resolveTopic(topics, 'russia')).toEqual({
      ok: false,
      suggestions: ['russia-energy', 'pakistan-russia'],
    });
    const unknown = resolveTopic(topics, 'cricket');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.suggestions).toEqual(topics.map((t) => t.slug));
  });
});
