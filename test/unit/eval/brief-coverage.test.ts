import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/briefing/answer.js';
import { judgeStory, storySetFiles, storySetSchema } from '../../../eval/brief-coverage.js';
import { readFileSync } from 'node:fs';

const story = {
  topic: 't',
  developments: [
    { name: 'talks', articles: ['a'], patterns: ['crisis talks'] },
    { name: 'deal', articles: ['b'], patterns: ['to pay'] },
  ],
  latest: ['deal'],
};

function answer(bullets: { text: string; source: number }[]): Answer {
  return {
    kind: 'brief',
    topic: 't',
    query: 't',
    mode: 'offline',
    lead: null,
    bullets: bullets.map((b) => ({ text: b.text, citations: [{ source: b.source, quote: b.text }] })),
    sources: ['a', 'b'].map((id, i) => ({
      n: i + 1,
      id,
      title: id,
      publisher: null,
      published: null,
      url: null,
      path: id,
    })),
  };
}

describe('judgeStory', () => {
  it('counts a development covered by a matching bullet citing one of its articles', () => {
    const r = judgeStory(
      story,
      answer([
        { text: 'Beta is to pay Alpha.', source: 2 },
        { text: 'Crisis talks began.', source: 1 },
      ]),
    );
    expect(r).toMatchObject({ covered: ['talks', 'deal'], missed: [], latestFirst: true, pct: 100 });
  });

  it('does not count a match citing another article, and sees the latest not first', () => {
    const r = judgeStory(
      story,
      answer([
        { text: 'Crisis talks began.', source: 1 },
        { text: 'Beta is to pay Alpha.', source: 1 },
      ]),
    );
    expect(r).toMatchObject({
      covered: ['talks'],
      missed: ['deal'],
      first: 'talks',
      latestFirst: false,
      pct: 50,
    });
  });
});

describe('the brief story sets', () => {
  it('parse, and every latest development is one of the set', () => {
    const files = storySetFiles('eval/briefs');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const set = storySetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
      for (const s of set.stories)
        for (const l of s.latest)
          expect(
            s.developments.map((d) => d.name),
            file,
          ).toContain(l);
    }
  });
});
