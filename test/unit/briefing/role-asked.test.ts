import { describe, expect, it } from 'vitest';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';
import { threadAfter } from '../../support/thread-after.js';

/**
 * A person's job is asked as who they are ("What was her job?" → "Who was Jane Carver?"): news
 * says it beside the name, or opens on the role and names the person a sentence later.
 */
const leadOver = (question: string, sentences: readonly string[], cited = sentences.length - 1) => {
  const article = {
    id: 'a',
    publisher: null,
    sentences: sentences.map((text, index) => ({ text, index, articleId: 'a', paragraph: 0 })),
  } as unknown as Article;
  const quote = sentences[cited]!;
  return composeLead(
    analyzeQuestion(question),
    [{ text: quote, citations: [{ articleId: 'a', quote }] }],
    () => article,
  )?.text;
};

describe('a job asked of a person', () => {
  it('is asked as who the person is', () => {
    expect(planQuestion("What is Tom Brandt's job?", null, null).query).toBe('Who is Tom Brandt?');
    expect(planQuestion('What position does Tom Brandt play?', null, null).query).toBe('Who is Tom Brandt?');
    const thread = threadAfter('How much is Acme paying Jane Carver?', { salient: ['Jane Carver', 'Acme'] });
    expect(planQuestion('What was her job?', thread, null).query).toBe('Who was Jane Carver?');
    const left = threadAfter('Who left Acme amid a restructuring?', { salient: ['Tom Brandt', 'Acme'] });
    expect(planQuestion('What other post did he hold there?', left, null).query).toBe('Who was Tom Brandt?');
    // A body's role is no job.
    expect(planQuestion("What is Acme's role?", null, null).query).toBe("What is Acme's role?");
  });

  it('is the role the opening sentence gives before the story names the person', () => {
    expect(
      leadOver('Who was Jane Carver?', [
        'Acme is to pay $1m to the ex-finance chief who stepped down from her post in April.',
        'Jane Carver finally left the firm on 31 December.',
      ]),
    ).toBe('Jane Carver was the ex-finance chief.');
    expect(
      leadOver('Who is Tom Brandt?', [
        "Acme Foods' chief executive has been named businessman of the year by a magazine.",
        'Tom Brandt was awarded the title for returning the firm to growth.',
      ]),
    ).toBe("Tom Brandt is Acme Foods' chief executive.");
  });

  it('is the role an aside gives after the name, by title and surname too', () => {
    expect(
      leadOver('Who is Jane Carver?', [
        'A tribunal dismissed Jane Carver’s claims.',
        'Ms Carver, the former head of Acme’s private client business, has made no decision on an appeal.',
      ]),
    ).toBe('Ms Carver is the former head of Acme’s private client business.');
    expect(
      leadOver('Who is Tom Brandt?', [
        '"We are working on it," said Tom Brandt, Acme senior vice president.',
      ]),
    ).toBe('Tom Brandt is Acme senior vice president.');
  });

  it('gives the side a person is of, named before their role or as their owner', () => {
    expect(
      leadOver(
        'Which club does he play for? (Tom Brandt)',
        [
          'The players can only play 32 matches for club and country.',
          'The squad includes Zenda hooker Tom Brandt, who replaces the retired Sam Carver.',
        ],
        0,
      ),
    ).toBe('Zenda.');
    expect(
      leadOver('Which team does Tom Brandt play for?', [
        'Ruritania scrum-half Sam Carver will contest the jersey with Dawson and Zenda’s Tom Brandt.',
      ]),
    ).toBe('Zenda.');
  });
});
