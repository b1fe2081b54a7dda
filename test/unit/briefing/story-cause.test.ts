import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

const bullet = (q: string, id = 'a') => ({ text: q, citations: [{ articleId: id, quote: q }] });
const story = (id: string, texts: string[]) =>
  ({
    id,
    publisher: null,
    sentences: texts.map((text, index) => ({ text, index, paragraph: index })),
  }) as unknown as Article;
/** The lead's text for the question over the bullets, with `article` (if any) as the only one known. */
const leadFor = (question: string, bullets: ReturnType<typeof bullet>[], article?: Article) =>
  composeLead(analyzeQuestion(question), bullets, (id) =>
    article && id === article.id ? article : undefined,
  )?.text;

describe('a cause the story gives in words the question does not use', () => {
  it('answers "why did he walk out?" by the sentence saying he left because …', () => {
    const best = 'The division also audited government networks to discover what was on which network.';
    const cause = 'Reports suggest he left because his division was not given enough clout.';
    const article = story('a', ['The security chief has resigned after a year.', cause, best]);
    const lead = leadFor(
      "Why did America's cyber security chief walk out?",
      [bullet(best), bullet('The division had a staff of about 60 people.')],
      article,
    );
    expect(lead).toBe(cause);
  });

  it('takes a first-person cause only when a sentence just before names the asked person', () => {
    const best = 'Now he is attempting to prevent Morrison releasing the album through another label.';
    const own = '"I signed a new deal with a new record company because I was not getting the support.';
    const other = '"I won\'t cry about injuries because we will have 11 players to play on Tuesday."';
    const named = story('a', [best, 'But Morrison is determined the album will be released.', own]);
    const lead = leadFor('Why did Morrison jump ship to another label?', [bullet(best)], named);
    expect(lead).toBe(own);
    const unnamed = story('a', [
      best,
      'Chelsea face Barcelona.',
      'The medical department will try to recover Duff.',
      other,
    ]);
    const none = leadFor('Why did Morrison jump ship to another label?', [bullet(best)], unnamed);
    expect(none).not.toBe(other);
  });
});

describe("the asked doer's own account as its reason", () => {
  it('answers "why is the government revisiting …?" by "The government says …"', () => {
    const best =
      "President Viktor Yushchenko is planning to revisit many of Ukraine's recent privatisations.";
    const claim = 'The government says many privatised firms were sold to allies at rock-bottom prices.';
    const lead = leadFor("Why is Ukraine's new government revisiting past privatisations?", [
      bullet(best),
      bullet('Ukraine is preparing a review of the privatisation of thousands of businesses.', 'b'),
      bullet(claim, 'c'),
    ]);
    expect(lead).toBe(claim);
  });

  it('leaves a claim by someone the question does not ask about', () => {
    const best =
      "President Viktor Yushchenko is planning to revisit many of Ukraine's recent privatisations.";
    const claim = 'The opposition says many privatised firms were sold at fair prices.';
    const lead = leadFor("Why is Ukraine's new government revisiting past privatisations?", [
      bullet(best),
      bullet(claim, 'c'),
    ]);
    expect(lead).not.toBe(claim);
  });
});

describe('the cause told of the asked event', () => {
  it('prefers the sentence naming the event asked ("surprise") and what someone had seemed before it', () => {
    const best =
      'Hilary Swank picked up her second best actress Oscar for playing a female boxer in Million Dollar Baby.';
    const cause =
      "Million Dollar Baby's success was the night's biggest surprise after The Aviator seemed to have the advantage.";
    const lead = leadFor("why was Million Dollar Baby's best picture win such a surprise?", [
      bullet(best),
      bullet('Morgan Freeman took the best supporting actor award.', 'b'),
      bullet(cause, 'c'),
    ]);
    expect(lead).toBe(cause);
  });

  it('keeps the best sentence when the other tells only when ("after the ceremony")', () => {
    const best =
      'Hilary Swank picked up her second best actress Oscar for playing a female boxer in Million Dollar Baby.';
    const when = 'The surprise was discussed after the ceremony ended on Sunday.';
    const lead = leadFor("why was Million Dollar Baby's best picture win such a surprise?", [
      bullet(best),
      bullet(when, 'c'),
    ]);
    expect(lead).not.toBe(when);
  });
});
