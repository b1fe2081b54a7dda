import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/corpus/segment.js';

describe('splitSentences', () => {
  it('splits ordinary sentences and trims them', () => {
    expect(
      splitSentences('  Lavrov arrived on Wednesday. He met Khan!  Was it useful? Officials think so.  '),
    ).toEqual(['Lavrov arrived on Wednesday.', 'He met Khan!', 'Was it useful?', 'Officials think so.']);
  });

  it('does not end a sentence at a "!" or "?" that the text goes on from in lower case', () => {
    expect(
      splitSentences('She developed Mamma Mia! with playwright Catherine Johnson. It ran for years.'),
    ).toEqual(['She developed Mamma Mia! with playwright Catherine Johnson.', 'It ran for years.']);
    expect(splitSentences('"Go away!" he said. Then he left.')).toEqual([
      '"Go away!" he said.',
      'Then he left.',
    ]);
    expect(splitSentences('Really? Yes. No!')).toEqual(['Really?', 'Yes.', 'No!']);
  });

  it('does not split after titles and abbreviations', () => {
    const text =
      "Lavrov also called on Pakistan's army chief Gen. Qamar Bajwa. Mr. Putin stayed home. Lt. Col. Ahmed and Prof. Ali met Dr. Khan at St. Mary's. Maj. Gen. Asim spoke vs. the motion.";
    expect(splitSentences(text)).toEqual([
      "Lavrov also called on Pakistan's army chief Gen. Qamar Bajwa.",
      'Mr. Putin stayed home.',
      "Lt. Col. Ahmed and Prof. Ali met Dr. Khan at St. Mary's.",
      'Maj. Gen. Asim spoke vs. the motion.',
    ]);
  });

  it('keeps initials together: "A. K. Tewari", "Dr.A.K.Tewari"', () => {
    expect(splitSentences('The letter was signed by A. K. Tewari. It arrived late.')).toEqual([
      'The letter was signed by A. K. Tewari.',
      'It arrived late.',
    ]);
    expect(splitSentences('@ Dr.A.K.Tewari Man first of all stick with the news. Then talk.')).toEqual([
      '@ Dr.A.K.Tewari Man first of all stick with the news.',
      'Then talk.',
    ]);
  });

  it('treats "No." and month abbreviations as abbreviations only before a number', () => {
    expect(
      splitSentences(
        'Gate No. 5 was shut. He said no. Talks end Oct. 4 at noon. They met in Oct. Nothing came of it.',
      ),
    ).toEqual([
      'Gate No. 5 was shut.',
      'He said no.',
      'Talks end Oct. 4 at noon.',
      'They met in Oct.',
      'Nothing came of it.',
    ]);
  });

  it('keeps "e.g." and "i.e." inside the sentence', () => {
    expect(
      splitSentences('Some projects, e.g. CASA-1000, are regional. Others, i.e. the rest, are not.'),
    ).toEqual(['Some projects, e.g. CASA-1000, are regional.', 'Others, i.e. the rest, are not.']);
  });

  it('returns exact substrings of the paragraph (quotes, dashes, spacing kept)', () => {
    const paragraph =
      '"Pakistan welcomes all initiatives," he was quoted as saying. "We have no hostile designs — none." The U.S. and the U.K. agreed at 3.5 p.m. on Monday.';
    const sentences = splitSentences(paragraph);
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(paragraph).toContain(s);
    expect(sentences[2]).toBe('The U.S. and the U.K. agreed at 3.5 p.m. on Monday.');
  });

  it('splits a very long paragraph (fed to the segmenter in pieces) exactly like its parts', () => {
    const part =
      'Lavrov met Gen. Qamar Bajwa on Wednesday. "We agree," he said. The U.S. was not invited! Was it a snub? Mr. Khan said no. ';
    const one = splitSentences(part);
    const long = part.repeat(60).trim();
    expect(long.length).toBeGreaterThan(6000);
    const all = splitSentences(long);
    expect(all).toEqual(Array.from({ length: 60 }, () => one).flat());
    for (const s of all) expect(long).toContain(s);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('   ')).toEqual([]);
  });
});
