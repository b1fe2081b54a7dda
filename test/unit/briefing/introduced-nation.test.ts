import { describe, expect, it } from 'vitest';
import { ofAskedNation } from '../../../src/briefing/question/answer-spans.js';
import { leadOver } from '../../support/lead-over.js';

describe('a nationality or country opening the phrase that introduces a name', () => {
  it('is no Russian general: "Pakistan Army Chief General Ashfaq Pervez Kiani", though beside "general"', () => {
    expect(
      leadOver(
        'Which Russian general came to Pakistan the previous May?',
        'Last week Pakistan Army Chief General Ashfaq Pervez Kiani flew to Russia.',
        'The visit follows one to Pakistan by Russian army chief Alexander Postnikov in May last year.',
      ),
    ).toBe('Alexander Postnikov.');
  });

  it('is no Spanish athlete: "Swedish triple jumper Christian Olsson"', () => {
    expect(
      leadOver(
        'Which Spanish athlete was voted athlete of the year?',
        'Swedish triple jumper Christian Olsson was voted male athlete of the year.',
        'Spanish runner Marta Dominguez was voted female athlete of the year.',
      ),
    ).toBe('Marta Dominguez.');
  });

  it('is not a club\'s name: "Manchester United striker Wayne Rooney" may be English', () => {
    expect(
      leadOver(
        'Which English player scored the winner?',
        'Manchester United striker Wayne Rooney scored the winner.',
      ),
    ).toBe('Wayne Rooney.');
  });
});

describe('a name introduced by the nationality asked', () => {
  it('answers "which British company …?" before a name described only as a subsidiary', () => {
    const quote =
      'One property in conflict with the government is the El Charcote cattle ranch, run by Agroflora, a subsidiary of the UK food group Vestey.';
    expect(
      leadOver(
        "Which British company could lose part of its Venezuelan cattle estate to Chavez's land reforms?",
        quote,
      ),
    ).toBe('Vestey.');
  });

  it('keeps every name when none is introduced by the nationality asked', () => {
    const quote = 'Agroflora and Vestey run the ranch.';
    const spans = [
      { text: 'Agroflora', index: 0 },
      { text: 'Vestey', index: 14 },
    ];
    expect(ofAskedNation('Which British company runs the ranch?', quote, spans)).toEqual(spans);
  });
});
