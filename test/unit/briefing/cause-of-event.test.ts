import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('the cause of the event a "why" asks about', () => {
  const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });
  const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;

  it('is not a clause naming the event itself, which tells what the event caused', () => {
    const bullets = [
      bullet(
        "Brandt's trip drew extra attention because of the cancellation of Morrow's visit to the capital last week.",
      ),
      bullet('Morrow had been due to open a trade fair in the capital.'),
    ];
    // The thread was shown this sentence before: it is still where the cause is.
    const evidence = [
      ...bullets,
      bullet("Morrow's decision to cancel his visit was linked to a row over a pipeline contract."),
    ];
    const lead = composeLead(analyzeQuestion('why did Morrow cancel his visit?'), bullets, get, evidence);
    expect(lead?.text).toBe('Linked to a row over a pipeline contract.');
  });

  it('is not a cause clause telling the asked event again, but what set it back in a sentence below', () => {
    const bullets = [
      bullet('Ruritanian airline Acme Air has returned to profit in 2004 after posting huge losses in 2003.'),
      bullet('Acme Air was hit in 2003 by tough competition and a dip in demand following the war.'),
    ];
    const lead = composeLead(analyzeQuestion('Why did Acme Air make a loss in 2003?'), bullets, get);
    expect(lead?.text).toBe(
      'Acme Air was hit in 2003 by tough competition and a dip in demand following the war.',
    );
  });

  it('is what struck the asked name, told as the subject of "hit" in a sentence below', () => {
    const bullets = [
      bullet(
        'Acme has sold 2.1% more cars in 2004 than in the previous year, as solid Brandt sales offset a weak showing for Naylor.',
      ),
      bullet('A switch to new models hit luxury marque Naylor, with sales down 3.1% at 1.06 million.'),
    ];
    const lead = composeLead(analyzeQuestion('Why were Naylor sales down in 2004?'), bullets, get);
    expect(lead?.text).toBe(
      'A switch to new models hit luxury marque Naylor, with sales down 3.1% at 1.06 million.',
    );
  });

  it('is not "for anything", whose "-thing" is no verb: the act told "for criticising" below gives it', () => {
    const bullets = [
      bullet(
        'Chairman Paul Naylor said: "I\'ve spoken to Ruiz and he\'s apologised for anything that might have been mistaken."',
      ),
      bullet('Acme City striker Tomas Ruiz has issued an apology for criticising the ambitions of the club.'),
    ];
    const lead = composeLead(analyzeQuestion('Why did Ruiz apologise?'), bullets, get);
    expect(lead?.text).toBe(
      'Acme City striker Tomas Ruiz has issued an apology for criticising the ambitions of the club.',
    );
  });
});
