import { describe, expect, it } from 'vitest';
import { jaccard, NearDuplicateIndex, shingles, storyText } from '../../../src/ingest/near-duplicate.js';

const wire = [
  'Russian Foreign Minister Sergei Lavrov and his Pakistani counterpart agreed on Wednesday to press ahead with a rail corridor through Central Asia.',
  'Speaking after three hours of talks, Lavrov said the corridor could cut shipping times for grain and fertiliser by more than half.',
  'Pakistan will host a meeting of transport ministers from Russia, Uzbekistan and Afghanistan in May to agree on customs rules and security.',
  'Both countries fear that militant groups could threaten the planned railway, diplomats said after the meeting.',
].join(' ');

const other = [
  'The provincial government announced a new bus rapid transit line for the city on Tuesday, with forty stations.',
  'Construction is expected to take three years and will be financed by a loan from a development bank.',
  'Residents of the old city worry that the works will close markets and streets for months at a time.',
].join(' ');

describe('shingles and jaccard', () => {
  it('is 1 for the same text whatever its case and punctuation, low for different stories', () => {
    expect(jaccard(shingles(wire), shingles(wire.toUpperCase().replace(/,/g, '')))).toBe(1);
    expect(jaccard(shingles(wire), shingles(other))).toBeLessThan(0.05);
    expect(jaccard(new Uint32Array(), new Uint32Array())).toBe(0);
  });
});

describe('NearDuplicateIndex', () => {
  const texts = new Map([
    ['wire-a', wire],
    ['bus', other],
  ]);
  const index = new NearDuplicateIndex((id) => texts.get(id));
  for (const [id, text] of texts) index.add(id, text);

  it('finds the same wire story from another outlet (a dateline and a credit line added)', () => {
    const copy = `MOSCOW (Frontier Times): ${wire} Additional reporting by staff in Peshawar.`;
    const found = index.find(copy);
    expect(found?.id).toBe('wire-a');
    expect(found!.similarity).toBeGreaterThanOrEqual(0.8);
    expect(found!.similarity).toBeLessThan(1);
  });

  it('does not fold a story that only shares a paragraph', () => {
    const follow = `${wire.split('. ')[0]}. ${other}`;
    expect(index.find(follow)).toBeNull();
  });

  it('ignores texts too short to judge, and forgets removed articles', () => {
    expect(index.find('Lavrov met Rahman.')).toBeNull();
    index.remove('wire-a');
    expect(index.find(wire)).toBeNull();
    expect(index.size).toBe(1);
  });
});

describe('storyText', () => {
  it('is the text when it can tell a story by itself, else the title with it', () => {
    expect(storyText('Rail corridor agreed', wire)).toBe(wire);
    const summary = 'submitted by /u/newsbot [link] [comments]';
    const a = storyText('Floods displace thousands in northern Italy', summary);
    const b = storyText('Central bank of Chile raises rates', summary);
    expect(a).toContain('Floods displace thousands');
    expect(a).not.toBe(b);
  });
});
