import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refersTo } from '../../../src/briefing/analysis/coreference.js';
import { SentenceTerms, termProbe } from '../../../src/briefing/question/retrieve.js';
import { dateMention, namesIn, sentenceRole } from '../../../src/briefing/analysis/sentence-features.js';
import { familyCandidates, wordFamilies } from '../../../src/briefing/question/word-family.js';
import { termOf, tokenize } from '../../../src/corpus/tokenize.js';

describe('dateMention', () => {
  it('tells calendar dates from relative ones', () => {
    expect(dateMention('He would be in Moscow from Oct 3-6, an aide said.')).toBe('explicit');
    expect(dateMention('The commission met on 10th September.')).toBe('explicit');
    expect(dateMention('It was planned in Islamabad from 2-3 October 2012.')).toBe('explicit');
    expect(dateMention('The minister met the premier on Wednesday.')).toBe('relative');
    expect(dateMention('He will be visiting Moscow next week.')).toBe('relative');
    expect(dateMention('The two sides discussed energy.')).toBeNull();
  });
});

describe('sentenceRole', () => {
  it('looks ahead before it explains, and explains before it reports', () => {
    expect(sentenceRole('Kayani will hold several meetings in Moscow.')).toBe('next');
    expect(sentenceRole('The decision was linked to the pipeline contract.')).toBe('why');
    expect(sentenceRole('Lavrov met the prime minister in Islamabad.')).toBe('happened');
  });
});

describe('namesIn', () => {
  it('finds names and drops possessives and function words', () => {
    expect(namesIn("The cancellation of Putin's visit to Islamabad shocked Gazprom.")).toEqual([
      'Putin',
      'Islamabad',
      'Gazprom',
    ]);
  });

  it('reads one capital before a hyphen or apostrophe as the start of a name', () => {
    expect(namesIn("Security lab Q-Guard said Ms D'Arcy had warned Zeta-Phone.")).toEqual([
      'Q-Guard',
      "D'Arcy",
      'Zeta-Phone',
    ]);
  });
});

describe('refersTo', () => {
  const context = tokenize(
    'Russian Foreign Minister Sergei Viktorovich Lavrov will travel to Pakistan this week.',
  );
  it('links a description to the name it introduced', () => {
    const sentence = new Set(
      tokenize('The Russian foreign minister will be visiting Islamabad from October 3-4.'),
    );
    expect(refersTo(sentence, context, ['lavrov'])).toBe(true);
  });
  it('needs two shared descriptors: one word is not a reference', () => {
    const sentence = new Set(tokenize('A Russian delegation arrived in Islamabad.'));
    expect(refersTo(sentence, context, ['lavrov'])).toBe(false);
  });
  it('needs the name in the context', () => {
    const sentence = new Set(tokenize('The Russian foreign minister will visit.'));
    expect(refersTo(sentence, context, ['putin'])).toBe(false);
  });
});

describe('word families', () => {
  it('proposes derived and base forms', () => {
    expect(familyCandidates('cancel')).toContain('cancellation');
    expect(familyCandidates('cancellation')).toContain('cancel');
    expect(familyCandidates('nomination')).toContain(termOf('nominate'));
  });
  it('joins a verb to the office it names: "chairs" to "chairman", "leader" to "leadership"', () => {
    expect(familyCandidates(termOf('chairs')!)).toContain(termOf('chairman'));
    expect(familyCandidates(termOf('chairman')!)).toContain(termOf('chair'));
    expect(familyCandidates(termOf('leader')!)).toContain(termOf('leadership'));
  });
  it('joins a verb to an agent noun no suffix makes: "speaks" to "spokesman"', () => {
    expect(familyCandidates(termOf('speaks')!)).toContain(termOf('spokesman'));
    expect(familyCandidates(termOf('speaks')!)).toContain(termOf('spokeswoman'));
  });
  it('keeps only forms the corpus has', () => {
    const vocabulary = new Set(['cancel', 'cancellation', 'visit']);
    expect(wordFamilies(['cancel', 'visit', 'gas'], (t) => vocabulary.has(t))).toEqual(
      new Map([['cancel', ['cancellation']]]),
    );
  });
});

describe('termProbe (the substring test that spares tokenizing context)', () => {
  it('starts every plain lower-cased word its term comes from', () => {
    const tricky =
      'army armies hoping hoped hopping pleased released caused agreed feed controlled cancelled visits visiting crises focused played ponies ties sizes classes saying buying 1000 3.5 pakistan covid19 news gas'.split(
        ' ',
      );
    const seeds = readdirSync('data/articles')
      .map((f) => readFileSync(join('data/articles', f), 'utf8').toLowerCase())
      .join(' ')
      .match(/[a-z0-9]+/g)!;
    const words = [...new Set([...tricky, ...seeds])];
    expect(words.length).toBeGreaterThan(1000);
    const broken = words.filter((w) => {
      const term = termOf(w);
      return term !== null && !w.startsWith(termProbe(term));
    });
    expect(broken).toEqual([]);
  });
});

describe('SentenceTerms (a sentence read term by term)', () => {
  it('says of each term what tokenizing the whole sentence says', () => {
    const sentences = [
      "O'Brien said the US would pay £1,000,000 for rock'n'roll memorabilia.",
      'Pakistan’s army chief, Gen. Kayani, arrived in Moscow on October 4 for a three-day visit.',
      'The naïve café owners didn’t expect 3.5% growth; they got 1,200 visitors.',
      'US-led talks: "We were pleased," the ministers said, releasing 2,500 prisoners.',
      'Seeds and the crises of 2012 (armies, hoping, ponies) ended in a pipeline deal.',
    ];
    for (const text of sentences) {
      const all = new SentenceTerms(text).set();
      const probes = [
        ...all,
        'usa',
        'obrien',
        '1000000',
        'brien',
        'cafe',
        'naive',
        'didnt',
        'pakistan',
        'moscow',
        'visit',
        'absent',
        'pipelin',
      ];
      const read = new SentenceTerms(text);
      for (const term of probes) expect([term, read.has(term)]).toEqual([term, all.has(term)]);
    }
  });
});
