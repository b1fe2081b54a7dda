import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../../../src/briefing/analysis/quantities.js';
import { sentenceMeasures } from '../../../src/briefing/analysis/sentence-measures.js';
import { measureKey } from '../../../src/briefing/analysis/value-disagreements.js';
import { article } from '../../fixtures/timeline/build.js';

describe('the measures of an article’s sentences', () => {
  const report = article({
    id: 'ferry',
    body: [
      'A ferry ran aground off the island of Velmar on Sunday.',
      'The sinking killed 14 people, the coastguard said, and 30 more were hurt.',
      'Repairs to the harbour will cost £2m.',
    ],
  });

  it('gives each sentence, by its position, the keys of the values it states', () => {
    const measures = sentenceMeasures(report);
    expect(measures).toHaveLength(report.sentences.length);
    report.sentences.forEach((s, i) => expect(measures[i]).toEqual(quantitiesOf(s.text).map(measureKey)));
    expect(measures[0]).toEqual([]);
    expect(measures[1]!.length).toBe(2);
    expect(measures[2]!.some((k) => k.startsWith('amount|'))).toBe(true);
  });

  it('is read once per article object', () => {
    expect(sentenceMeasures(report)).toBe(sentenceMeasures(report));
  });
});
