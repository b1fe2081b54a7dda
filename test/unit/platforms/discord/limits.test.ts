import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../../../src/platforms/discord/answer-cache.js';
import { embedLength, messageLimitProblems } from '../../../../src/platforms/discord/limits.js';
import { chunkLines, packEmbeds } from '../../../../src/platforms/discord/pack.js';

describe('messageLimitProblems', () => {
  it('passes a message within every limit', () => {
    expect(
      messageLimitProblems({
        content: 'x'.repeat(2000),
        embeds: [
          { title: 't', description: 'd'.repeat(4096), fields: [{ name: 'n', value: 'v'.repeat(1024) }] },
        ],
      }),
    ).toEqual([]);
  });

  it('names each broken limit', () => {
    const problems = messageLimitProblems({
      content: 'x'.repeat(2001),
      embeds: [
        {
          title: 't'.repeat(257),
          description: 'd'.repeat(4097),
          fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })),
          footer: { text: 'f'.repeat(2049) },
        },
        ...Array.from({ length: 10 }, () => ({ description: 'e' })),
        { fields: [{ name: 'n', value: '' }] },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content has 2001 > 2000 chars',
        '12 embeds > 10',
        'embed 0 title > 256',
        'embed 0 description has 4097 > 4096 chars',
        'embed 0 footer > 2048',
        'embed 0 has 26 fields > 25',
        'embed 0 has 6455 > 6000 chars',
        'embed 11 field 0 value has 0 chars (1..1024)',
      ]),
    );
    expect(problems.some((p) => p.startsWith('embeds total'))).toBe(true);
  });

  it('counts the total over all embeds of a message, not per embed', () => {
    const half = { description: 'd'.repeat(3500) };
    expect(embedLength(half)).toBe(3500);
    expect(messageLimitProblems({ embeds: [half, half] })).toEqual(['embeds total 7000 > 6000 chars']);
  });
});

describe('packing', () => {
  it('joins lines greedily and never splits one', () => {
    expect(chunkLines(['aaa', 'bbb', 'cc', 'd'], 7)).toEqual(['aaa\nbbb', 'cc\nd']);
    expect(chunkLines(['x'.repeat(10)], 5)).toEqual(['xxxx…']);
    // An empty line parts paragraphs; a chunk neither starts nor ends with one.
    expect(chunkLines(['a', '', 'b'], 3)).toEqual(['a', 'b']);
    expect(chunkLines(['a', '', 'b'], 9)).toEqual(['a\n\nb']);
  });

  it('puts fields with the description while they fit, then continues in a new embed', () => {
    const sources = Array.from({ length: 30 }, (_, i) => `**[${i + 1}]** ${'s'.repeat(400)}`);
    const [first, ...more] = packEmbeds({
      title: 'T',
      sections: [
        { kind: 'description', lines: ['• one [1]'] },
        { kind: 'fields', name: 'Sources', lines: sources },
      ],
      footer: 'F',
    });
    expect(first![0]!.description).toBe('• one [1]');
    expect(first![0]!.fields![0]!.name).toBe('Sources');
    const all = [first!, ...more].flat();
    expect(
      all
        .flatMap((e) => e.fields ?? [])
        .map((f) => f.name)
        .slice(1)
        .every((n) => n === 'Sources (cont.)'),
    ).toBe(true);
    expect(
      all
        .flatMap((e) => e.fields ?? [])
        .map((f) => f.value)
        .join('\n'),
    ).toBe(sources.join('\n'));
    for (const m of [first!, ...more]) expect(messageLimitProblems({ embeds: m })).toEqual([]);
    expect(all.at(-1)!.footer).toEqual({ text: 'F' });
  });
});

describe('AnswerCache', () => {
  it('keeps the most recent answers up to its capacity', () => {
    const cache = new AnswerCache(2);
    const answer = (q: string) => ({
      kind: 'brief' as const,
      topic: null,
      query: q,
      mode: 'offline' as const,
      bullets: [],
      sources: [],
    });
    cache.set('a', answer('a'));
    cache.set('b', answer('b'));
    cache.set('a', answer('a2'));
    cache.set('c', answer('c'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.query).toBe('a2');
    expect(cache.get('c')?.query).toBe('c');
    expect(cache.size).toBe(2);
  });
});
