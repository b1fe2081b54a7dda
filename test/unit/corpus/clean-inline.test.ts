/**
 * Furniture inside paragraphs and one-line bodies (issue 16): credits, captions, sign-up prompts
 * and gallery labels are cut at sentence boundaries; every sentence that stays is verbatim.
 */
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../../src/corpus/clean.js';
import { splitSentences } from '../../../src/corpus/segment.js';

const ONE_LINE = [
  'The government announced new measures on Tuesday to cut hospital waiting lists across the country.',
  'Image copyright Getty Images Image caption Ministers met in London on Monday The plan will cost £2bn over three years, officials said.',
  'Media caption The health secretary explains the plan Opposition parties criticised the timing.',
  'Sign up for FREE now for updates on this story and more We will use your email address only for sending you newsletters.',
  'Please see our Privacy Notice for details of your data protection rights.',
  'Could not subscribe, try again later Invalid Email The measures take effect in April, when the new financial year begins.',
  'Image 1 of 12 Critics said the plan came too late for patients already waiting.',
  'Doctors welcomed the money but said staff shortages remained the main problem (Image: GETTY) The health secretary said more staff would be hired next year.',
  'Image source, Reuters Nurses have asked for a pay rise of five percent.',
  'Unions will meet ministers again in March.',
].join(' ');

const KEPT = [
  'The government announced new measures on Tuesday to cut hospital waiting lists across the country.',
  'The measures take effect in April, when the new financial year begins.',
  'Critics said the plan came too late for patients already waiting.',
  'The health secretary said more staff would be hired next year.',
  'Unions will meet ministers again in March.',
];

describe('furniture inside a one-line body', () => {
  const cleaned = cleanBody({ title: 'Plan to cut hospital waiting lists', body: ONE_LINE });
  const text = cleaned.join('\n\n');

  it('cuts captions, credits, sign-up prompts, form messages and gallery labels', () => {
    for (const furniture of [
      'Image copyright',
      'Getty Images',
      'Image caption',
      'Media caption',
      'Sign up',
      'newsletters',
      'Privacy Notice',
      'Could not subscribe',
      'Invalid Email',
      'Image 1 of 12',
      '(Image: GETTY)',
      'staff shortages',
      'Image source',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('keeps every other sentence, verbatim and whole', () => {
    const sentences = cleaned.flatMap(splitSentences);
    expect(sentences).toEqual(KEPT);
    for (const s of sentences) expect(ONE_LINE).toContain(s);
  });
});

describe('prose that only looks like furniture', () => {
  it('is left alone', () => {
    const body = [
      'Unlike other players, the devices have always been able to record from any video source, such as TVs, as well as playback.',
      'But he rejected the comparison made in some media sources with the sacked manager.',
      'Getty Images, the photo agency, said it had licensed the pictures to three newspapers.',
      '"They have decided to subscribe to your program," explains the founder of the company.',
      'Reuters reported that the talks would resume on Friday in Geneva.',
    ].join(' ');
    expect(cleanBody({ title: 'Players and agencies', body })).toEqual([body]);
  });
});

describe('long paragraphs with captions between their sentences', () => {
  it('cuts the caption back to the last sentence boundary, up to its credit', () => {
    const body = [
      'China has sent troops to Hong Kong in a bid to restore order after months of protests. Police said the demonstrators inside the university had no option but to surrender.',
      'The protests kicked off in June and have strengthened in size (Image: GETTY ) "Other than coming out to surrender, I don\'t see any viable option for them," the commander said.',
    ].join('\n\n');
    expect(cleanBody({ title: 'Hong Kong protests', body })).toEqual([
      'China has sent troops to Hong Kong in a bid to restore order after months of protests. Police said the demonstrators inside the university had no option but to surrender.',
      '"Other than coming out to surrender, I don\'t see any viable option for them," the commander said.',
    ]);
  });
});
