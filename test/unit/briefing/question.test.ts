import { describe, expect, it } from 'vitest';
import {
  answerSpans,
  askedFit,
  askedRate,
  carriesRate,
  isAskedLength,
  isFreshSpan,
  namedPeople,
} from '../../../src/briefing/question/answer-spans.js';
import {
  countedForms,
  countedNoun,
  countedQualifier,
  countsNoun,
  countsQualified,
  pricedNoun,
  nounForms,
  ordinalCounts,
} from '../../../src/briefing/question/counted-noun.js';
import { agentForms, appositiveSpans, askedNoun } from '../../../src/briefing/question/appositive.js';
import { stem } from '../../../src/corpus/tokenize.js';
import { composeLead, disagreementLead, shortened } from '../../../src/briefing/write/lead.js';
import {
  analyzeQuestion,
  type AnswerType,
  answerTypeOf,
  asksChange,
  focusNames,
  questionWords,
} from '../../../src/briefing/question/question.js';
import { accountTerms } from '../../../src/briefing/question/question-search.js';
import { checkableTokens, claimSupported, quoteIsEvidence } from '../../../src/briefing/write/verify.js';
import type { Article } from '../../../src/corpus/article.js';
import { article as articleOf } from '../llm/articles.js';

/** The spans of `type` in `text` that fit what `question` asks (askedFit). */
function fitting(question: string, type: AnswerType, text: string): string[] {
  const fits = askedFit(question, type);
  return answerSpans(text, type)
    .filter((s) => fits(text, s))
    .map((s) => s.text);
}

describe('answerTypeOf', () => {
  it.each([
    ['How long was the visit?', 'duration'],
    ['How often does the ranking come out?', 'duration'],
    ['how many days did he stay?', 'duration'],
    ['How long ago did it open?', 'date'],
    ['When did she arrive?', 'date'],
    ['what year did the single come out?', 'date'],
    ['How much did they pay for the club?', 'amount'],
    ['how much bigger is the market?', 'number'],
    ['How many people died?', 'number'],
    ['how old is the chairman?', 'age'],
    ['How big is the funding gap for Aids drugs?', 'amount'],
    ['How big is the power station?', 'number'],
    ["What's the DS going to cost in the UK?", 'amount'],
    ["What was Nortel's restated 2003 revenue?", 'amount'],
    ["What's the production budget for the film?", 'amount'],
    ["What are Federated's yearly sales?", 'amount'],
    ['How much are the directors coughing up to end the lawsuit?', 'amount'],
    ['How much in total are the directors coughing up to end the lawsuit?', 'amount'],
    ['From when will users need to prove it?', 'date'],
    ['Till when can they spend the old notes?', 'date'],
    ['which keeper did he promise to play?', 'person'],
    ['Who bought the club?', 'person'],
    ['which company makes the console?', 'organisation'],
    ['Where were the talks held?', 'place'],
    ['Why was the trip called off?', 'reason'],
    ['Did the board accept the offer?', 'yesno'],
    ['so why did he quit?', 'reason'],
    ["What's behind the strong January sales?", 'reason'],
    ['On what grounds did the judges throw out the claim?', 'reason'],
    ['What is the pipeline?', 'other'],
    ['Roughly how many songs can it hold?', 'number'],
    ['how much less borrowing is in the new plan?', 'amount'],
    ['From what date can people buy it?', 'date'],
    ['Which Indian state are the finds in?', 'place'],
    ['Which foreign steel group lost out?', 'organisation'],
    ['How big was the loss in the last quarter?', 'amount'],
    ['How much did its shares go up on the news?', 'number'],
    ['What is the firm paying per share?', 'amount'],
    ['What did the club pay Chelsea for the winger?', 'amount'],
    ['What did the group earn last year?', 'amount'],
    ["What's the cap on budget deficits as a share of GDP?", 'number'],
    ['How much is the budget deficit as a percentage of output?', 'number'],
    ['What is he charged with?', 'other'],
    ['By what score?', 'score'],
    ['Which Spaniard won the rubber?', 'person'],
    ['Which town hosts the film festival?', 'place'],
    ['Which drugs company makes the pill?', 'organisation'],
    ['What profit did the group report for the quarter?', 'amount'],
    ['What was the final score?', 'score'],
    ['And who won the game, by what score?', 'score'],
    ['Name some of the creditors the firm has to win over.', 'list'],
    ["What kinds of calls aren't covered by the offer?", 'list'],
    ['Which other projects is Russia keen on besides the pipeline?', 'list'],
    ['and what awards did it pick up?', 'list'],
    // "does" and "has" ask for several things as "do" and "have" do.
    ['What products does the firm sell abroad?', 'list'],
    ['What changes has the council made to the plan?', 'list'],
    ['Which virus is masquerading as a Christmas card?', 'other'],
    ['Apart from Spider-Man, which superheroes did Lee help create?', 'list'],
    ["Under Schroeder's plan, what conditions would let a country overshoot?", 'list'],
    ['Apart from Chepkemei, which other Kenyan runner did they threaten?', 'person'],
    // A rank or a rate of output is a figure, though "position" may be a place.
    ['what chart position did the single reach?', 'number'],
    ['What daily output is the firm now aiming for?', 'number'],
    ['And the rest over what period?', 'duration'],
    ['Within what time limit must foreign developers finish building?', 'duration'],
    // Days or dates asked in the plural are still days: "Which days was he in Islamabad?"
    ['Which days was the minister in Islamabad?', 'date'],
    ['What dates was the army chief in Russia?', 'date'],
  ])('%s -> %s', (question, type) => {
    expect(answerTypeOf(question)).toBe(type);
  });
});

describe('analyzeQuestion', () => {
  it('reads a period and takes it, and the type cue, out of what is searched', () => {
    const q = analyzeQuestion('How long did the talks last in October 2012?');
    expect(q.time?.span).toMatchObject({ start: '2012-10-01', end: '2012-10-31', precision: 'month' });
    expect(q.searchText).not.toMatch(/2012|how long/i);
    expect(analyzeQuestion('What happened in 2021?').time?.span.start).toBe('2021-01-01');
    // A figure is not a year.
    expect(analyzeQuestion('Did sales rise 2005 per cent?').time).toBeNull();
    // Nor is a year compared with: "a worse Christmas than 2004" asks of another year.
    expect(analyzeQuestion('When did shops last have a worse Christmas than 2004?').time).toBeNull();
    expect(analyzeQuestion('Were sales higher than in 2003?').time).toBeNull();
    expect(analyzeQuestion('How many cars were sold in 2004, compared with 2003?').time?.words).toBe(
      'in 2004',
    );
    // The plural cue is taken out too: "days" is what is asked, not a word to search.
    expect(analyzeQuestion('Which days was the minister in Islamabad?').searchText).not.toMatch(/days/i);
  });

  it('reads the ways people ask for a cause without "why"', () => {
    for (const q of [
      "What's behind the strong January sales?",
      'On what grounds are officials taking over the ranch?',
      'What is driving the two countries closer together?',
    ])
      expect(analyzeQuestion(q).answerType, q).toBe('reason');
    // "Which grounds" asks for a place.
    expect(analyzeQuestion('Which grounds will host the final?').answerType).not.toBe('reason');
    // The reason asked as a noun, and what got someone into a state.
    for (const q of [
      'What justification did the government give for the tax?',
      'What reason did the campaign give for the block?',
      'What got the striker dropped in the first place?',
    ])
      expect(analyzeQuestion(q).answerType, q).toBe('reason');
    expect(analyzeQuestion('What got the most votes?').answerType).not.toBe('reason');
    expect(analyzeQuestion('What got released this week?').answerType).not.toBe('reason');
  });

  it('finds the names a question is about, keeping a name together', () => {
    expect(focusNames('What did Lavrov discuss with Imran Khan?')).toEqual([['Lavrov'], ['Imran', 'Khan']]);
    expect(focusNames("How long was Kayani's visit?")).toEqual([['Kayani']]);
    expect(focusNames('Who runs the Bank of England?')).toEqual([['Bank', 'England']]);
    expect(focusNames('When did it happen?')).toEqual([]);
    // A preposition opening the question is no name: "Until when can Turks …?" names the Turks only.
    expect(focusNames('Until when can Turks still spend their old notes?')).toEqual([['Turks']]);
  });
});

describe('what a question with only a pronoun searches', () => {
  it('searches the supplied name when the question asks only its name or job', () => {
    expect(analyzeQuestion("what's his job? (Nikolai Makarov)").searchText).toMatch(/Nikolai Makarov/);
    expect(analyzeQuestion("what's his name? (Tahir Butt)").searchText).toMatch(/Tahir Butt/);
    // A question with words of its own searches them, the name only ranks.
    expect(analyzeQuestion('what did he say about Afghanistan? (Qamar Bajwa)').searchText).not.toMatch(
      /Bajwa/,
    );
  });
});

describe('person spans', () => {
  it('are never a role without its holder', () => {
    const spans = answerSpans(
      'Kayani is visiting at the invitation of the Chief of General Staff of Russian armed forces.',
      'person',
    ).map((s) => s.text);
    expect(spans).not.toContain('Chief of General Staff of Russian');
    expect(
      answerSpans('The invitation came from Nikolai Makarov, the Chief of General Staff.', 'person').map(
        (s) => s.text,
      ),
    ).toContain('Nikolai Makarov');
  });

  it('are not an everyday word opening a quote', () => {
    const text = '"Somebody, I think it was Mr Phillips, said so."';
    expect(answerSpans(text, 'organisation', () => new Set())).toEqual([]);
    expect(
      answerSpans('The deal went to its state-controlled Norvex.', 'organisation', () => new Set()).map(
        (s) => s.text,
      ),
    ).toEqual(['Norvex']);
  });

  it('are not titles of works written in everyday words', () => {
    const person = (text: string) => answerSpans(text, 'person').map((s) => s.text);
    expect(person('British actress Antonia Bernath makes her debut in Kisna - the Warrior Poet.')).toEqual([
      'Antonia Bernath',
    ]);
    expect(person('Their album Speakerboxxx/The Love Below was acclaimed.')).toEqual([]);
    // Names no lexicon knows, not in everyday words, stay people.
    expect(person('The parents of the girl, Trevin Skeens and his wife, sued.')).toEqual(['Trevin Skeens']);
  });

  it('leave out the office written before the name as part of it', () => {
    const person = (text: string) => answerSpans(text, 'person').map((s) => s.text);
    expect(person('Planning Minister Julio De Vido has offered State help.')).toEqual(['Julio De Vido']);
    expect(person('He met Prime Minister Tony Blair on Monday.')).toEqual(['Tony Blair']);
    // A single word after a rank is no name with its rank: "General Motors".
    expect(answerSpans('General Motors said so.', 'organisation').map((s) => s.text)).not.toContain('Motors');
  });
});

describe('place spans', () => {
  it('reads a town joined, or moved to, as the club named after it too', () => {
    const body = (text: string) => answerSpans(text, 'organisation').map((s) => s.text);
    expect(body('Mido joined Tottenham in an 18-month loan deal.')).toEqual(['Tottenham']);
    expect(body('He turned down a move to Birmingham in January.')).toEqual(['Birmingham']);
    // Still a place, and no body where it is only where something happened.
    expect(answerSpans('Mido joined Tottenham.', 'place').map((s) => s.text)).toEqual(['Tottenham']);
    expect(body('He scored twice in Birmingham.')).toEqual([]);
  });

  it('reads a research firm as a body, not a place, after "at"', () => {
    const text = 'Ian Fogg, analyst at Jupiter Research, said it would sell well.';
    expect(answerSpans(text, 'place', () => new Set()).map((s) => s.text)).toEqual([]);
    expect(answerSpans(text, 'organisation', () => new Set()).map((s) => s.text)).toEqual([
      'Jupiter Research',
    ]);
  });

  it('takes a share for "what proportion", not a count', () => {
    const text = 'Tourism provides jobs for 19 million people, and 36% of all jobs in the islands.';
    expect(fitting('What proportion of jobs in the islands depend on tourism?', 'number', text)).toEqual([
      '36%',
    ]);
  });

  it('takes a count, not a percentage, for "how many"', () => {
    const text = 'Tourism provides jobs for 19 million people, and 36% of all jobs in the islands.';
    expect(fitting('How many jobs depend on tourism?', 'number', text)).toEqual(['19 million']);
    // "2.1% more cars" is a change in the count; "half a million" is a count.
    const sold = 'Acme sold 2.1% more cars in 2004, and half a million vans.';
    expect(fitting('How many cars did Acme sell?', 'number', sold)).toEqual(['half a million']);
  });

  it('takes no time gone by ("30 years ago") for a date asked now or to come', () => {
    const text =
      'There are three times more single people than 30 years ago, and the final is on 30 November.';
    expect(fitting('When is the final?', 'date', text)).toEqual(['30 November']);
    expect(fitting('When will the final be played?', 'date', text)).toEqual(['30 November']);
    // Asked of the past, "30 years ago" may be the answer.
    expect(fitting('When did the club last win the title?', 'date', text)).toContain('30 years ago');
  });

  it('takes no count of people for "how much"', () => {
    const text = 'Nearly two million people could be thrown into poverty, and 45% of aid is pledged.';
    expect(fitting('How much has the bank pledged towards relief?', 'number', text)).toEqual(['45%']);
  });

  it('takes no country for "which city", nor a city for "which country"', () => {
    const text = 'It was sold in the UK after a launch in San Francisco.';
    const places = (question: string) => fitting(question, 'place', text);
    expect(places('In which city was it launched?')).toEqual(['San Francisco']);
    expect(places('Which country was it sold in?')).toEqual(['UK']);
    expect(places('Where was it launched?')).toEqual(['UK', 'San Francisco']);
  });
});

describe('answerSpans', () => {
  it('finds amounts, durations and counts as news writes them', () => {
    expect(answerSpans('The deal values the club at £800m ($1.5bn).', 'amount').map((s) => s.text)).toEqual([
      '£800m',
      '$1.5bn',
    ]);
    expect(answerSpans('He embarked on a three-day visit to Russia.', 'duration').map((s) => s.text)).toEqual(
      ['three-day'],
    );
    expect(answerSpans('Sales rose 2% in 2004 and 300 jobs went.', 'number').map((s) => s.text)).toEqual([
      '2%',
      '300',
    ]);
    // A figure after a name is part of it; after a sentence's first word it is not.
    expect(
      answerSpans('Around 200 fans watched the FTSE 100 rise 3.8%.', 'number').map((s) => s.text),
    ).toEqual(['200', '3.8%']);
    // A sentence's first word is a name when the lexicon knows it as one.
    expect(answerSpans('Andre 3000 thanked 40 fans.', 'number').map((s) => s.text)).toEqual(['40']);
  });

  it("reads a name after its owner's possessive as a name of its own", () => {
    const text = "Holmes finished clear of France's Hind Dehiba and Russia's Svetlana Cherkasova.";
    expect(answerSpans(text, 'person').map((s) => s.text)).toEqual(['Hind Dehiba', 'Svetlana Cherkasova']);
    expect(answerSpans(text, 'place').map((s) => s.text)).toEqual(['France', 'Russia']);
    const spans = answerSpans("Kenya's Paul Tergat won.", 'person');
    expect(spans).toEqual([{ text: 'Paul Tergat', index: 8 }]);
  });

  it("reads a surname without its possessive, and a name run ending at a sentence's end", () => {
    expect(namedPeople("Tim Henman's decision to retire surprised the team.").has('Henman')).toBe(true);
    const people = namedPeople('Britain lost in the Davis Cup.\nTim Henman has retired from the team.');
    expect(people.has('Henman')).toBe(true);
  });

  it('reads a first name alone as no person, unless its article names someone in full by it', () => {
    // "Chelsea" and "Luca" are first names to the lexicon; news names people in full or by surname.
    expect(answerSpans('Liverpool went ahead before Chelsea hit back.', 'person')).toEqual([]);
    const text = "Arnold's film Wasp won the award.";
    expect(answerSpans(text, 'person')).toEqual([]);
    const people = namedPeople('The UK director Andrea Arnold was there. Arnold thanked the crew.');
    expect([...people]).toEqual(['Arnold']);
    expect(answerSpans(text, 'person', () => people).map((s) => s.text)).toEqual(['Arnold']);
  });

  it('reads a number word that starts a name as part of the name, not a count', () => {
    const text = 'Work stopped at the Three Gorges Dam, one of 30 projects halted.';
    expect(answerSpans(text, 'number').map((s) => s.text)).toEqual(['30']);
    expect(answerSpans('Three people were hurt.', 'number').map((s) => s.text)).toEqual(['Three']);
    // The half belongs to a figure of millions, not to the word "two" before it.
    expect(
      answerSpans('There are now two and a half million cars on the roads.', 'number').map((s) => s.text),
    ).toEqual(['two and a half million']);
  });

  it('reads "Newport-based" as the place Newport', () => {
    expect(answerSpans('The Newport-based athlete won gold.', 'place').map((s) => s.text)).toEqual([
      'Newport',
    ]);
  });

  it('reads a venue as a place, however it is introduced', () => {
    const text = 'Shares start trading on the Frankfurt Stock Exchange on 10 February.';
    expect(answerSpans(text, 'place').map((s) => s.text)).toEqual(['Frankfurt Stock Exchange']);
  });

  it("reads one word no lexicon knows as a company's name, unless its article names a person by it", () => {
    const text = 'The deal went to its state-controlled Norvex after talks.';
    expect(answerSpans(text, 'organisation', () => new Set()).map((s) => s.text)).toEqual(['Norvex']);
    expect(answerSpans(text, 'organisation', () => new Set(['Norvex']))).toEqual([]);
    // Without its article, a word alone is no answer at all.
    expect(answerSpans(text, 'organisation')).toEqual([]);
  });

  it('reads a range of money as one amount and a hyphened figure as no count', () => {
    expect(
      answerSpans('Russia will provide assistance of $300 to $500 million for the mills.', 'amount').map(
        (s) => s.text,
      ),
    ).toEqual(['$300 to $500 million']);
    // The "-strong" squad is a count; the "six-cylinder" engine is not.
    expect(
      answerSpans('Fiat will source six-cylinder engines for a 16-strong team.', 'number').map((s) => s.text),
    ).toEqual(['16']);
  });

  it('does not take a time ago or an age for the length a question asks', () => {
    const text = 'Aged 18 years, he won two years ago after a three-day wait.';
    const lengths = (question: string) =>
      answerSpans(text, 'duration')
        .filter((s) => isAskedLength(question, text, s))
        .map((s) => s.text);
    expect(lengths('How long did the match last?')).toEqual(['three-day']);
    expect(lengths('How long has it been since he won?')).toEqual(['two years', 'three-day']);
  });

  it('reads the unit an amount is asked per, and whether a sentence states it so', () => {
    expect(askedRate('How much was he earning a week at Chelsea?')).toBe('week');
    expect(askedRate("what's Glazer offering per share?")).toBe('share');
    expect(askedRate('How much did the club cost?')).toBeNull();
    const text = 'He earns £50,000 a week, after a £15.8m move; the bid was 300p (£3) per share.';
    const rated = (rate: string) =>
      answerSpans(text, 'amount')
        .filter((s) => carriesRate(text, s, rate))
        .map((s) => s.text);
    expect(rated('week')).toEqual(['£50,000']);
    expect(rated('share')).toEqual(['300p']);
    const buyBack = 'It will buy back 52 million shares at 570 rupees (£6.80).';
    expect(
      answerSpans(buyBack, 'amount')
        .filter((s) => carriesRate(buyBack, s, 'share'))
        .map((s) => s.text),
    ).toEqual(['570 rupees']);
  });

  it('tells people from places and nationalities', () => {
    const text = 'Kayani is visiting Russia at the invitation of Nikolai Makarov, the Russian chief.';
    expect(answerSpans(text, 'person').map((s) => s.text)).toEqual(['Nikolai Makarov']);
    expect(answerSpans(text, 'place').map((s) => s.text)).toEqual(['Russia']);
  });
});

describe('scores', () => {
  it('reads results as sport writes them, not day ranges or spans of years', () => {
    const spans = (text: string) => answerSpans(text, 'score').map((s) => s.text);
    expect(spans('Moya won 6-2 7-6 (7-1) 7-6 (7-5) to give Spain a 3-1 lead.')).toEqual([
      '6-2 7-6 (7-1) 7-6 (7-5)',
      '3-1',
    ]);
    expect(spans('The Bryans won 6-0, 6-3, 6-2 on Saturday.')).toEqual(['6-0, 6-3, 6-2']);
    expect(spans('The indoors in Madrid run on 4-6 March, for those aged 18-20 years.')).toEqual([]);
  });
});

describe('appositive names', () => {
  it('finds the noun a question asks for', () => {
    expect(askedNoun('which investment bank is advising Glazer now?')).toBe('bank');
    expect(askedNoun('what American football team does he own?')).toBe('team');
    expect(askedNoun("Who's the race director of the London Marathon?")).toBe('director');
    // An owner: asked for after "which", not after "who is".
    expect(askedNoun("At which regional grouping's meeting did they meet?")).toBe('grouping');
    expect(askedNoun("who is his current club's boss?")).toBe('boss');
    // A clause after the noun is no part of it.
    expect(askedNoun("Who was Pakistan's foreign minister when Lavrov visited?")).toBe('minister');
    // An -ing word opening the phrase qualifies a noun of a kind; after a noun it is a verb.
    expect(askedNoun("Who is Argentina's planning minister?")).toBe('minister');
    expect(askedNoun('Which striker joined the club?')).toBe('striker');
    expect(askedNoun('Which Spaniard won the rubber?')).toBeNull();
    expect(askedNoun('what did he say?')).toBeNull();
    // After a noun, a word in -s before a name or an article is the verb; a time ends the phrase.
    expect(askedNoun("Which lawyer heads Spector's defence?")).toBe('lawyer');
    expect(askedNoun('Which company makes the drink?')).toBe('company');
    expect(askedNoun('Which investment banks advised Glazer?')).toBe('banks');
    expect(askedNoun('who was the Oscars host this year?')).toBe('host');
  });

  it('reads the agent noun of the verb a "who" question asks ("directing": director)', () => {
    const agent = (q: string) => [...(agentForms(q) ?? [])];
    expect(agent("Who's directing the His Dark Materials movie?")).toEqual([stem('director')]);
    expect(agent('Who speaks for Valve?')).toContain(stem('spokesman'));
    expect(agent('Who owns Chelsea?')).toEqual([stem('owner')]);
    // No agent noun of a person: "maker" is filed as a body, "won" makes none.
    expect(agentForms('Who makes the chip?')).toBeNull();
    expect(agentForms('Who won the match?')).toBeNull();
    expect(agentForms('Who is the boss?')).toBeNull();
  });

  it('takes the name beside that noun, whatever its capitals suggest', () => {
    const beside = (noun: string, text: string) => appositiveSpans(text, nounForms(noun)).map((s) => s.text);
    expect(beside('bank', 'NM Rothschild, the investment bank, is advising Mr Glazer.')).toEqual([
      'NM Rothschild',
    ]);
    expect(beside('company', 'Record company Universal handles the distribution.')).toEqual(['Universal']);
    expect(beside('team', 'He owns the Tampa Bay Buccaneers American football team.')).toEqual([
      'Tampa Bay Buccaneers',
    ]);
    expect(beside('city', 'Travellers in the city of Hanau, near Frankfurt, will pay by phone.')).toEqual([
      'Hanau',
    ]);
    expect(
      beside('label', "He was put in charge of one of hip-hop's most influential labels, Def Jam."),
    ).toEqual(['Def Jam']);
    // "ref", which the embeddings hold no neighbour for, is WordNet's "referee".
    // What a person's role is of is no holder of it: "director of About a Boy" names a film.
    expect(beside('director', 'Chris Weitz, director of About a Boy, said so.')).toEqual(['Chris Weitz']);
    const ref = beside(
      'ref',
      'The talk between Barca boss Frank Rijkaard and referee Anders Frisk angered them.',
    );
    expect(ref[0]).toBe('Anders Frisk');
  });
});

describe('isFreshSpan', () => {
  it('knows a figure the question gives in digits when the sentence writes it out', () => {
    const asked = new Set(['how', 'much', 'are', 'the', '18', 'former', 'directors', 'paying']);
    expect(isFreshSpan({ text: 'Eighteen', index: 0 }, asked)).toBe(false);
    expect(isFreshSpan({ text: 'Ten', index: 0 }, asked)).toBe(true);
  });

  it('takes a number written out for no repeat of a title\'s number: "three awards" for "Burnout 3"', () => {
    const asked = questionWords({ own: 'How many awards did Burnout 3 win?', related: [] });
    expect(isFreshSpan({ text: 'three', index: 0 }, asked)).toBe(true);
    // The title's number as written is still the question's.
    expect(isFreshSpan({ text: '3', index: 0 }, asked)).toBe(false);
    const counted = questionWords({ own: 'How much are the 18 former directors paying?', related: [] });
    expect(isFreshSpan({ text: 'Eighteen', index: 0 }, counted)).toBe(false);
  });

  it('knows a name by its last word: "Malcolm Glazer" answers nothing about "Glazer"', () => {
    const asked = new Set(['who', 'are', 'the', 'shareholders', 'glazer', 'needs']);
    expect(isFreshSpan({ text: 'Malcolm Glazer', index: 0 }, asked)).toBe(false);
    expect(isFreshSpan({ text: 'John Magnier', index: 0 }, asked)).toBe(true);
  });

  it('knows a body by its name and a body\'s word after it: "Cairn Energy" is the question\'s "Cairn"', () => {
    const asked = new Set(['which', 'company', 'does', 'cairn', 'argue', 'should', 'be', 'liable']);
    expect(isFreshSpan({ text: 'Cairn Energy', index: 0 }, asked)).toBe(false);
    expect(isFreshSpan({ text: 'Cairn Dragon', index: 0 }, asked)).toBe(true);
  });
});

describe('countedNoun', () => {
  it('finds the noun a count is asked of, past names and qualifiers', () => {
    expect(countedNoun('how many copies did Band Aid 20 shift on day one?')).toBe('copies');
    expect(countedNoun('how many DS handhelds has Nintendo sold?')).toBe('handhelds');
    expect(countedNoun('how many music downloads were sold?')).toBe('downloads');
    expect(countedNoun('How many full-page newspaper adverts did Wal-Mart buy?')).toBe('adverts');
    expect(countedNoun('how many people work for Barclays?')).toBe('people');
    expect(countedNoun('how many jobs go if the plant shuts?')).toBe('jobs');
    expect(countedNoun('how many Oscars did The Aviator win?')).toBe('oscars');
    expect(countedNoun('how big is the team?')).toBeNull();
    // "of the …": the noun that ends the phrase, past its qualifiers and names.
    expect(countedNoun('How many of the banned Half-Life 2 accounts has Valve reinstated?')).toBe('accounts');
    expect(countedNoun('How many of the Open titles did he win?')).toBe('titles');
  });

  it('reads no count of a noun said past a dash set off by spaces', () => {
    const text = 'Shrek 2 took three prizes - voted top animated movie, top comedy and top sequel.';
    const three = { text: 'three', index: text.indexOf('three') };
    expect(countsNoun(text, three, countedForms('votes'))).toBe(false);
    expect(countsNoun(text, three, countedForms('prizes'))).toBe(true);
  });

  it('counts a noun the writer words otherwise after the qualifier the question gives it', () => {
    const question = 'How many blog posts are stored in the Bloglines archive?';
    expect(countedQualifier(question)).toBe('blog');
    expect(countedQualifier('how many DS handhelds has Nintendo sold?')).toBeNull();
    expect(countedQualifier('how many people work for Barclays?')).toBeNull();
    const text = 'Ask Jeeves will organise the database of 300m blog entries Bloglines holds.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('posts')))).toEqual([]);
    expect(spans.filter((s) => countsQualified(text, s, 'blog', 'posts')).map((s) => s.text)).toEqual([
      '300m',
    ]);
    const other = 'The firm has 300 staff and 40 blog writers.';
    expect(answerSpans(other, 'number').filter((s) => countsQualified(other, s, 'blog', 'posts'))).toEqual(
      [],
    );
  });

  it('reads a place in a series as a count of the noun after it, never "first" alone', () => {
    const text = 'It is his fourth Oscar nomination, and the first time he has led the field.';
    expect(ordinalCounts(text, countedForms('nominations')).map((s) => s.text)).toEqual([
      'fourth Oscar nomination',
    ]);
    expect(
      ordinalCounts('It spent a 19th week at the top.', countedForms('weeks')).map((s) => s.text),
    ).toEqual(['19th week']);
    expect(
      answerSpans('Cech has gone 961 consecutive minutes without conceding.', 'duration').map((s) => s.text),
    ).toEqual(['961 consecutive minutes']);
  });

  it('reads no tally in a rank within an event or among meetings, but does in one of a career', () => {
    const forms = countedForms('matches');
    const rank = 'It was the first match between the pair for three years.';
    expect(ordinalCounts(rank, forms)).toEqual([]);
    expect(ordinalCounts('Rusedski broke in the ninth game to take the set.', forms)).toEqual([]);
    const career = 'This was the fourth nomination of his career but his first win.';
    expect(ordinalCounts(career, countedForms('nominations')).map((s) => s.text)).toEqual([
      'fourth nomination',
    ]);
    expect(ordinalCounts('It was the first match of his career.', forms).map((s) => s.text)).toEqual([
      'first match',
    ]);
  });

  it('reads no tally in a century: "19th Century paintings" dates them', () => {
    const text = 'The auction will feature 45 contemporary, impressionist and 19th Century paintings.';
    expect(ordinalCounts(text, countedForms('paintings'))).toEqual([]);
  });

  it('finds the thing an amount is asked of, never a name, a pronoun or the amount itself', () => {
    expect(pricedNoun('How much were tickets for the Babyshambles gig?')).toBe('tickets');
    expect(pricedNoun('how much is the fare to Paris?')).toBe('fare');
    expect(pricedNoun('How much did Glazer pay for the club?')).toBeNull();
    expect(pricedNoun('how much does he want?')).toBeNull();
    expect(pricedNoun('how much would it cost?')).toBeNull();
    expect(pricedNoun('How much prize money is on offer?')).toBeNull();
  });

  it('reads an age set after the noun news calls a person by', () => {
    expect(
      answerSpans('The England international, 24, was hurt in a challenge.', 'age').map((s) => s.text),
    ).toEqual(['24']);
    // Only at the start of a sentence, where such a noun stands for the person named before.
    expect(answerSpans('Sales of cars, 24, 25 and 26 in all, rose.', 'age')).toEqual([]);
  });

  it('reads an age told as "at the age of" or after "died … at"', () => {
    const ages = (text: string) => answerSpans(text, 'age').map((s) => s.text);
    expect(ages('Naylor began collecting at the age of 17.')).toEqual(['17']);
    expect(ages('Conductor Ivo Brandt has died in Ruritania at 61.')).toEqual(['61']);
    // A time of day is no age.
    expect(ages('Brandt died at 10.30 on Sunday.')).toEqual([]);
    expect(ages('Brandt died at 11pm.')).toEqual([]);
  });

  it('reads an amount whose currency is named before the figure', () => {
    const text = 'Exports fell, fuelling a rise in the deficit to a record Australian dollar 29.4bn.';
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['dollar 29.4bn']);
    expect(answerSpans('He won 3 titles in 2004.', 'amount')).toEqual([]);
  });

  it('takes the nouns of a line of the accounts for its verb: "earn" is told as profit or income', () => {
    expect(accountTerms('earn')).toEqual(expect.arrayContaining(['profit', 'income']));
    expect(accountTerms('sold')).toEqual(expect.arrayContaining(['revenue', 'turnover']));
    expect(accountTerms('visit')).toEqual([]);
    // "How much did it make / lose?": the verb's other forms ("made", "lost") name the line.
    expect(accountTerms('make')).toEqual(expect.arrayContaining(['profit', 'income']));
    expect(accountTerms('lose')).toEqual(['loss']);
  });

  it('answers an amount asked as a change with money or a share', () => {
    expect(asksChange(analyzeQuestion('How much did tourist revenues grow in 2004?'))).toBe(true);
    expect(asksChange(analyzeQuestion('How much did he pay?'))).toBe(false);
    expect(asksChange(analyzeQuestion("What's the average price cut the chain has made?"))).toBe(true);
    expect(asksChange(analyzeQuestion("What's the average price at the chain?"))).toBe(false);
    const text = 'Revenues rose 45% to $2.4bn.';
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['$2.4bn']);
    expect(answerSpans(text, 'amount', undefined, true).map((s) => s.text)).toEqual(['45%', '$2.4bn']);
  });

  it('takes no figure of a thing of another kind that embeddings put beside the noun', () => {
    // "minute" is the goal's neighbour in the embeddings, but a time is no count of goals.
    const text = 'Duff had a chance to win the game with seven minutes remaining.';
    const spans = answerSpans(text, 'number');
    expect(spans.map((s) => s.text)).toContain('seven');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('goals')))).toEqual([]);
    expect(spans.filter((s) => countsNoun(text, s, countedForms('minutes'))).map((s) => s.text)).toEqual([
      'seven',
    ]);
  });

  it('takes the figure written before the noun, or a word used for it', () => {
    const text = 'The 1984 version sold 750,000 copies in its first week.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('copies'))).map((s) => s.text)).toEqual([
      '750,000',
    ]);
    const consoles = 'Nintendo has sold almost 4m DS consoles since 2004.';
    expect(
      answerSpans(consoles, 'number')
        .filter((s) => countsNoun(consoles, s, countedForms('handhelds')))
        .map((s) => s.text),
    ).toEqual(['4m']);
    // A model's name with figures in it is the noun counted, its plural too ("A320s").
    const planes = 'Air Deccan has ordered 30 Airbus A320 planes in a $1.8bn deal.';
    expect(
      answerSpans(planes, 'number')
        .filter((s) => countsNoun(planes, s, countedForms('a320s')))
        .map((s) => s.text),
    ).toEqual(['30']);
  });

  it('counts a figure after a day named before it, which is no name the figure belongs to', () => {
    const text = 'Earlier on Friday 15 protesters from the group were arrested after entering the compound.';
    expect(answerSpans(text, 'number').map((s) => s.text)).toEqual(['15']);
    // A figure that is part of a name still is not a count.
    expect(answerSpans('Shares in the FTSE 100 fell.', 'number')).toEqual([]);
  });

  it('reads past qualifiers joined by "and" to the noun counted', () => {
    const text = 'Some 2,000 business and political leaders will listen to the speech.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('leaders'))).map((s) => s.text)).toEqual([
      '2,000',
    ]);
  });

  it('counts people in general by any noun for people or a body of them', () => {
    const text = 'It operates in over 60 countries and employs 76,200 staff worldwide.';
    const ofPeople = (noun: string) =>
      answerSpans(text, 'number')
        .filter((s) => countsNoun(text, s, countedForms(noun)))
        .map((s) => s.text);
    expect(ofPeople('people')).toEqual(['76,200']);
    // Countries are no people, and a count of players is not told by one of staff.
    expect(ofPeople('players')).toEqual([]);
  });
});

describe('claim checks', () => {
  it('names the figures and names a claim must back', () => {
    expect(checkableTokens('Three days, per Zee News; Dawn says 4 days.')).toEqual([
      'three',
      'Zee',
      'News',
      'Dawn',
      '4',
    ]);
  });

  it('refuses a claim its quote does not make', () => {
    const quote = "Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow.";
    expect(claimSupported('Pakistan agreed to host a Russian naval base.', [quote]).ok).toBe(false);
    expect(claimSupported("Lavrov's arrival coincides with Kayani's trip to Moscow.", [quote]).ok).toBe(true);
    // Figures may be written as words or digits; outlets may come from the metadata.
    expect(claimSupported('Three days, per Dawn.', ['He left on a 3-day trip.'], 'Dawn').ok).toBe(true);
    expect(claimSupported('Four days, per Dawn.', ['He left on a 3-day trip.'], 'Dawn').ok).toBe(false);
  });

  it('takes a short quote only when it is a whole sentence', () => {
    expect(quoteIsEvidence('Foreign ministry', ['Foreign ministry said so.'])).toBe(false);
    expect(quoteIsEvidence('Talks ended.', ['Talks ended.'])).toBe(true);
    expect(quoteIsEvidence('the two sides signed three agreements on energy and trade', [])).toBe(true);
  });
});

describe('composeLead', () => {
  const article = (id: string, publisher: string | null) =>
    ({ id, publisher, sentences: [] }) as unknown as Article;
  const get = (id: string) =>
    ({ a: article('a', 'Zee News'), b: article('b', 'Dawn'), c: article('c', null) })[id];
  const bullet = (articleId: string, quote: string) => ({ text: quote, citations: [{ articleId, quote }] });
  /** The lead for a question over these bullets, their articles from `get`. */
  const leadFor = (question: string, bullets: ReturnType<typeof bullet>[]) =>
    composeLead(analyzeQuestion(question), bullets, get);

  it('gives the value with who reports it, and both values where reports disagree', () => {
    const lead = leadFor("How long was Kayani's visit?", [
      bullet('a', 'Kayani embarked on a three-day visit to Russia.'),
      bullet('b', 'Kayani will be in Moscow on a four-day visit.'),
    ]);
    expect(lead?.text).toBe('Three days, per Zee News; Dawn says four days.');
    expect(lead?.citations.map((c) => c.articleId)).toEqual(['a', 'b']);
  });

  it("reads no value from a sentence retrieval takes for a near miss: another city in the asked one's place", () => {
    const lead = leadFor('How many phones were left in Helsinki?', [
      bullet('a', 'In London alone, 63,000 phones were left.'),
      bullet('b', 'In Helsinki, 4,000 phones were left.'),
    ]);
    expect(lead?.text).toBe('4,000 phones, per Dawn.');
  });

  it("takes no other company's figure for a second report of the asked one's", () => {
    const lead = leadFor('What net profit did Boeing make in the last quarter?', [
      bullet('a', 'Net profit was $186m in the quarter, compared with $1.13bn a year earlier.'),
      bullet('b', 'Meanwhile, Southwest Airlines saw its quarterly profits fall 15% to $56m.'),
    ]);
    expect(lead?.text).toBe('$186m, per Zee News.');
  });

  it('names the holder of a role the best sentence says without a name from the next sentence', () => {
    const paragraph = [
      'Earlier in the day, Lavrov met his Pakistani counterpart.',
      '"We share positions on Afghanistan," Nadeem Farooq said after the meeting.',
    ];
    const story = {
      id: 'p',
      publisher: null,
      sentences: paragraph.map((text, index) => ({ articleId: 'p', index, paragraph: 0, text })),
    } as unknown as Article;
    const lead = composeLead(
      analyzeQuestion("Who was Lavrov's counterpart in 2021?"),
      [bullet('p', paragraph[0]!), bullet('p', 'Lavrov also called on army chief Imran Aslam.')],
      (id) => (id === 'p' ? story : undefined),
    );
    expect(lead?.text).toBe('Nadeem Farooq.');
  });

  it("names someone the best sentence calls only by a role of someone's from where the article names them with it", () => {
    const texts = [
      "Rock singer Ned Vale has been involved in a fight with his band's drummer at their biggest gig.",
      'The band played for 5,000 fans on Tuesday.',
      'The former Larks singer traded blows with drummer Otto Brenn.',
    ];
    const story = {
      id: 'p',
      publisher: null,
      sentences: texts.map((text, index) => ({ articleId: 'p', index, paragraph: index, text })),
    } as unknown as Article;
    const lead = composeLead(
      analyzeQuestion('Who did Ned Vale fight on stage?'),
      [bullet('p', texts[0]!), bullet('p', texts[1]!)],
      (id) => (id === 'p' ? story : undefined),
    );
    expect(lead?.text).toBe('Otto Brenn.');
  });

  it('answers "who is directing …?" by the name beside "director", not another named where it is said', () => {
    const said = [
      "The director of the film of Ann Moss's Silver Tides is to cut a scene.",
      'Carl Dunne, director of Small Hours, said the change was his.',
    ];
    const q = analyzeQuestion("Who's directing the Silver Tides film?");
    expect(composeLead(q, [bullet('a', said[0]!), bullet('a', said[1]!)], get)?.text).toBe(
      'Carl Dunne, per Zee News.',
    );
  });

  it('keeps a value first on what the sentence that lent it its place says of the question', () => {
    const q = analyzeQuestion('How much did the Spanish federation fine Luis Aragones over his comments?');
    const lent = {
      ...bullet('a', 'The 66-year-old criticised his 3000 euros punishment.'),
      context: 'Spain coach Luis Aragones was fined by the Spanish federation for his comments.',
    };
    const other = bullet(
      'b',
      'If found guilty Aragones could face a fine of about £22,000 from the federation.',
    );
    expect(composeLead(q, [lent, other], get, [lent, other])?.text).toBe('3000 euros, per Zee News.');
    // Without it, the sentence saying more of the question would answer first.
    const bare = bullet('a', lent.text);
    expect(composeLead(q, [bare, other], get, [bare, other])?.text).toMatch(/^£22,000/);
  });

  it('answers a question asking for a count of people with a sentence listing that many', () => {
    const said = [
      'On Wednesday, singer Tom Baxter became the third housemate to go in a surprise eviction.',
      'On Friday, singer Sarah Jones and actor James Walker both left the house in a surprise double eviction.',
    ];
    const story = {
      id: 'h',
      publisher: null,
      title: 'Two leave the house',
      text: said.join(' '),
      paragraphs: [said.join(' ')],
      sentences: said.map((text, index) => ({ articleId: 'h', index, paragraph: 0, text })),
    } as unknown as Article;
    const lead = composeLead(
      analyzeQuestion('Which two housemates went in the surprise double eviction?'),
      said.map((quote) => bullet('h', quote)),
      (id) => (id === 'h' ? story : undefined),
    );
    expect(lead?.text).toMatch(/Sarah Jones and actor James Walker/);
  });

  it('passes over who speaks or is told for a question asking who did something', () => {
    const lead = composeLead(
      analyzeQuestion('Who did Cairn get its exploration rights from?'),
      [
        bullet('c', 'Chief executive Bill Gammell said on Friday he was "disappointed" with exploration.'),
        bullet('c', 'The company had bought the rights to explore in the area from oil giant Shell.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Shell.');
    const told = composeLead(
      analyzeQuestion('Who says it would be keen to bid again?'),
      [bullet('c', 'One of the bidders who lost out, steel giant LNM, told BBC News that it would be keen.')],
      get,
    );
    expect(told?.text).toBe('LNM.');
    // Who holds a role is quoted in it: the speaker answers.
    const holder = composeLead(
      analyzeQuestion('Who runs exploration at Cairn Energy?'),
      [bullet('c', '"It looks very strong," Dr Mike Watts head of exploration said.')],
      get,
    );
    expect(holder?.text).toBe('Mike Watts.');
  });

  it('answers which outlet with whom the words were told to', () => {
    const quote =
      '"Dates for the visit to Russia have been finalised," a close aide to the army chief told Dawn.';
    const lead = composeLead(
      analyzeQuestion('Which paper did the aide give the dates of the trip to?'),
      [bullet('c', quote)],
      get,
    );
    expect(lead?.text).toBe('Dawn.');
  });

  it('passes over a name in an aside saying whose kin or aide the name before it is', () => {
    const lead = composeLead(
      analyzeQuestion('Who was the first housemate evicted from the show?'),
      [bullet('c', 'Jackie Stallone, mother of actor Sylvester, has become the first star to be evicted.')],
      get,
    );
    expect(lead?.text).toBe('Jackie Stallone.');
    const possessive = composeLead(
      analyzeQuestion('Apart from Viktor Pinchuk, who was behind the consortium?'),
      [
        bullet(
          'c',
          "The mill was sold to a consortium which included Viktor Pinchuk, Mr Kuchma's son-in-law, for $800m.",
        ),
        bullet('c', "The consortium also included Rinat Akhmetov, the country's richest man."),
      ],
      get,
    );
    expect(possessive?.text).toBe('Rinat Akhmetov.');
    // Asked the relation, the name in the aside answers.
    const asked = composeLead(
      analyzeQuestion("Who is Jackie Stallone's son, the actor?"),
      [bullet('c', 'Jackie Stallone, mother of actor Sylvester, has become the first star to be evicted.')],
      get,
    );
    expect(asked?.text).not.toBe('Jackie Stallone.');
  });

  it('gives every name a plural question asks for, as the sentence lists them', () => {
    const quote =
      'Legal adviser Maurice Watkins, commercial director Andy Anson and non-executive director Philip Yea were voted out, against the wishes of chief executive David Gill.';
    const several = composeLead(
      analyzeQuestion('Which directors did Glazer get voted off the board?'),
      [bullet('c', quote)],
      get,
    );
    expect(several?.text).toBe(
      'Maurice Watkins, commercial director Andy Anson and non-executive director Philip Yea.',
    );
    // One asked for: one name, as before.
    const one = composeLead(
      analyzeQuestion('Which director did Glazer get voted off the board?'),
      [bullet('c', quote)],
      get,
    );
    expect(one?.text).not.toContain('Philip Yea');
  });

  it('ends a list of the asked kind with the name after its "and", though alone it tells no kind', () => {
    const lead = composeLead(
      analyzeQuestion('From which cities did the monitoring stations fail to reach the site?'),
      [
        bullet(
          'c',
          'Attempts to view the site through its monitoring stations in London, Amsterdam and Sydney failed.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('London, Amsterdam and Sydney.');
  });

  it('answers a list question by the next sentence when it lists what the best one spoke of', () => {
    const said = [
      'The service can be used on players that support the rights technology known as Janus.',
      'This includes players made by Samsung, Rio and Creative.',
    ];
    const story = {
      id: 'j',
      publisher: null,
      sentences: said.map((text, index) => ({ articleId: 'j', index, paragraph: 0, text })),
    } as unknown as Article;
    const lead = composeLead(
      analyzeQuestion('Which makes of music player work with Janus?'),
      [bullet('j', said[0]!)],
      (id) => (id === 'j' ? story : undefined),
    );
    expect(lead?.text).toBe('This includes players made by Samsung, Rio and Creative.');
  });

  it('answers a date in the unit asked: a weekday for "which weekday", a month for "which month"', () => {
    const weekday = analyzeQuestion('On which weekday did the army chief set off for Russia?');
    expect(weekday.answerType).toBe('date');
    expect(
      composeLead(
        weekday,
        [bullet('a', 'The army chief on Wednesday embarked on a three-day visit to Russia.')],
        get,
      )?.text,
    ).toBe('Wednesday, per Zee News.');
    const month = analyzeQuestion("In which month did Pakistan's air chief travel to Moscow?");
    const lead = composeLead(
      month,
      [
        bullet('b', "The air chief's first visit to Moscow was in 2009."),
        bullet('a', "Pakistan's air chief visited Moscow in August."),
      ],
      get,
    );
    expect(lead?.text).toMatch(/^August/);
  });

  it('spells out an acronym asked about, from the evidence or its article', () => {
    const quote = 'Russia wanted Gazprom to build the Iran-Pakistan gas pipeline project without bidding.';
    const q = analyzeQuestion('What does the IP project refer to?');
    expect(composeLead(q, [bullet('a', quote)], get)?.text).toBe('The Iran-Pakistan gas pipeline project.');
  });

  it('answers a date with the best sentence saying all that is asked, when it dates it relatively', () => {
    const q = analyzeQuestion('when did Russia host a conference on Afghanistan?');
    const lead = composeLead(
      q,
      [
        bullet('c', 'Russia hosted an international conference on Afghanistan in Moscow last month.'),
        bullet('a', 'Russia was to attend a summit on Afghanistan planned from 2-3 October 2012.'),
      ],
      get,
    );
    expect(lead?.text).toMatch(/last month/);
    // A sentence dating something else relatively does not keep a placeable date out.
    const other = composeLead(
      analyzeQuestion('When is Jarre performing for the celebration?'),
      [
        bullet('c', 'The prince visited New York on Monday to promote the celebration.'),
        bullet('a', 'Jarre is performing for the celebration on 2 April.'),
      ],
      get,
    );
    expect(other?.text).toMatch(/^2 April/);
    // Nor a sentence below saying as much with a date a reader can place.
    const placed = composeLead(
      q,
      [
        bullet('c', 'Russia hosted an international conference on Afghanistan in Moscow last month.'),
        bullet('a', 'Russia hosted a conference on Afghanistan on 2 March.'),
      ],
      get,
    );
    expect(placed?.text).toMatch(/^2 March/);
    // But not one dating another's doing: it names fewer of the question's names.
    const lavrov = composeLead(
      analyzeQuestion('When did Lavrov visit Pakistan in 2012?'),
      [
        bullet('c', 'Russian Foreign Minister Sergey Lavrov visited Islamabad last week.'),
        bullet('c', "Putin's visit to Pakistan had been planned from 2-3 October 2012."),
      ],
      get,
    );
    expect(lavrov?.text).toMatch(/Lavrov visited Islamabad last week/);
  });

  it('sets a value only against one from a story naming the question’s names', () => {
    const story = (id: string, publisher: string, text: string) =>
      ({ id, publisher, title: '', text, sentences: [] }) as unknown as Article;
    const stories = {
      a: story('a', 'Zee News', 'The Nintendo DS will cost £99 in Britain.'),
      b: story('b', 'Dawn', 'A rival handheld will cost £19 in Britain.'),
    };
    const lead = composeLead(
      analyzeQuestion('How much will the Nintendo DS cost in Britain?'),
      [
        bullet('a', 'The Nintendo DS will cost £99 in Britain.'),
        bullet('b', 'A rival handheld will cost £19 in Britain.'),
      ],
      (id) => stories[id as 'a' | 'b'],
    );
    expect(lead?.text).toBe('£99, per Zee News.');
  });

  it('sets a count only against another count of the same noun', () => {
    // The third report's story names CBS, as a second report of the count must.
    const cbs = (id: string) =>
      id === 'c' ? ({ ...get('c'), title: 'CBS stations fined', text: '' } as unknown as Article) : get(id);
    const lead = composeLead(
      analyzeQuestion('How many CBS stations were fined over the incident?'),
      [
        bullet('a', 'Twenty of the stations in the CBS network were each penalised.'),
        bullet('b', 'The CBS stations were fined after more than 542,000 complaints about the incident.'),
        bullet('c', 'In all 22 stations were fined over the incident.'),
      ],
      cbs,
    );
    expect(lead?.text).toBe('Twenty of the stations, per Zee News; another report says 22 stations.');
  });

  it('takes the value from a lower sentence saying clearly more of the question', () => {
    const lead = leadFor('How many Grammys did Ray Charles win after his death?', [
      bullet('a', 'Keys won four awards herself at the Grammy ceremony.'),
      bullet('a', 'Soul legend Ray Charles was given eight posthumous Grammy Awards.'),
    ]);
    expect(lead?.text).toBe('Eight posthumous Grammy Awards, per Zee News.');
    // A figure of the very noun asked stays before one of a neighbour, whatever else is said.
    const laptops = composeLead(
      analyzeQuestion('How many laptops were left in London black cabs in the last six months?'),
      [
        bullet('a', 'Over the same period almost 5,000 laptops were left in licensed cabs.'),
        bullet(
          'b',
          'In London over the past six months 63,000 mobile phones were left in the back of black cabs.',
        ),
      ],
      get,
    );
    expect(laptops?.text).toMatch(/^5,000 laptops, per Zee News/);
  });

  it('answers a "what" question of a measure with its figure, the level reached for no change', () => {
    const q = analyzeQuestion("What is Australia's benchmark interest rate now?");
    expect(q.answerType).toBe('other');
    const lead = composeLead(
      q,
      [
        bullet('a', 'Australia is raising its benchmark interest rate despite a slowdown.'),
        bullet('a', 'The Reserve Bank of Australia lifted interest rates 0.25% to 5.5% on Wednesday.'),
      ],
      get,
    );
    expect(lead?.text).toBe('5.5%, per Zee News.');
    const profit = composeLead(
      analyzeQuestion("What did Nortel's 2003 profit come to?"),
      [
        bullet('b', 'Nortel has sharply revised downwards its profits for the 2003 fiscal year.'),
        bullet('b', 'In a filing, Nortel said it had made $434m, less than first reported.'),
      ],
      get,
    );
    expect(profit?.text).toBe('$434m, per Dawn.');
  });

  it('takes who did what is asked from a sentence saying the light verb with its object', () => {
    const lead = leadFor("Who gave the eulogy at Ossie Davis's funeral?", [
      bullet(
        'a',
        "Attallah Shabazz, the daughter of activist Malcolm X, recalled the eulogy at Ossie Davis's funeral.",
      ),
      bullet('a', 'Also present at the service was singer Harry Belafonte, who gave the eulogy.'),
    ]);
    expect(lead?.text).toBe('Harry Belafonte.');
    // "Spain won …" names no one who won, nor does a winner of another prize.
    const won = composeLead(
      analyzeQuestion('Which Spaniard won the rubber?'),
      [bullet('a', "Spain won the cup when Carlos Moya beat the USA's Andy Roddick in the fourth rubber.")],
      get,
    );
    expect(won?.text).not.toBe('Spain.');
  });

  it('takes no place the question names by its nationality ("India" for "which Indian state")', () => {
    const lead = composeLead(
      analyzeQuestion("Which Indian state are Cairn Energy's big oil discoveries in?"),
      [
        bullet(
          'c',
          'Shares in Cairn Energy rose after the UK firm announced a fresh gas discovery in northern India.',
        ),
        bullet(
          'c',
          'The firm, which last year made a number of other new finds in the Rajasthan area, said so.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Rajasthan.');
  });

  it('gives a cause told below the best sentence, of its story, when the best tells none', () => {
    const q = analyzeQuestion('Why was Ashdown banned by the athletics body?');
    const lead = composeLead(
      q,
      [
        bullet('a', 'The athletics body has lifted its ban on Ashdown.'),
        bullet('b', 'A month after joining the club, Ashdown won again.'),
        bullet('a', 'Ashdown was suspended by the body after failing to report to a training camp.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Ashdown was suspended by the body after failing to report to a training camp.');
    // A cause in the best sentence answers itself; "a month after joining" tells when, not why.
    const told = composeLead(
      q,
      [
        bullet('a', 'The athletics body banned Ashdown because of a missed test.'),
        bullet('a', 'Ashdown was suspended by the body after failing to report to a training camp.'),
      ],
      get,
    );
    expect(told?.text).toBe('Because of a missed test.');
    const when = composeLead(
      q,
      [
        bullet('a', 'The athletics body has lifted its ban on Ashdown.'),
        bullet('a', 'Ashdown was banned a month after joining the squad.'),
      ],
      get,
    );
    expect(when?.text).toBe('The athletics body has lifted its ban on Ashdown.');
    // "Banned over a missed test" tells its cause without a cause word.
    const over = composeLead(
      q,
      [
        bullet('a', 'The athletics body banned Ashdown over a missed test.'),
        bullet('a', 'Ashdown was suspended by the body after failing to report to a training camp.'),
      ],
      get,
    );
    expect(over?.text).toBe('The athletics body banned Ashdown over a missed test.');
  });

  it('answers a yes/no "No" from a plain denial below the best sentence', () => {
    const q = analyzeQuestion('Will the Commission redraft the patent directive?');
    const lead = composeLead(
      q,
      [
        bullet('a', 'The directive is meant to offer patent protection to inventions.'),
        bullet('a', 'The patent directive will not be redrafted by the Commission, despite requests.'),
      ],
      get,
    );
    expect(lead?.text).toBe(
      'No. The patent directive will not be redrafted by the Commission, despite requests.',
    );
    // A denial in a clause of when or why denies something else; a hedged one settles nothing.
    for (const below of [
      'The Commission issued the patent directive after MEPs failed to agree.',
      'The Commission may not redraft the patent directive.',
    ]) {
      const other = composeLead(
        q,
        [bullet('a', 'The directive is meant to offer patent protection to inventions.'), bullet('a', below)],
        get,
      );
      expect(other?.text).toBe('The directive is meant to offer patent protection to inventions.');
    }
  });

  it('answers "No" from a denial, in the best sentence\'s story, of what it told', () => {
    const q = analyzeQuestion('Is the DTI going to block the takeover of United?');
    const lead = composeLead(
      q,
      [
        bullet(
          'a',
          'Five MPs are calling on the Department of Trade and Industry to block any takeover of the club.',
        ),
        bullet('a', 'However, the DTI has dismissed the proposal.'),
      ],
      get,
    );
    expect(lead?.text).toBe('No. The DTI has dismissed the proposal.');
    // Of another story, the denial is of something else.
    const other = composeLead(
      q,
      [
        bullet(
          'a',
          'Five MPs are calling on the Department of Trade and Industry to block any takeover of the club.',
        ),
        bullet('b', 'However, the DTI has dismissed the proposal.'),
      ],
      get,
    );
    expect(other?.text).not.toMatch(/^No\./);
  });

  it('answers "Yes." from a plain statement of what a yes/no question asks, not from a hedge or a plan', () => {
    const q = analyzeQuestion('Has the athletics body lifted the ban on Ashdown?');
    const lifted = composeLead(q, [bullet('a', 'The athletics body has lifted its ban on Ashdown.')], get);
    expect(lifted?.text).toBe('Yes. The athletics body has lifted its ban on Ashdown.');
    for (const said of [
      'The athletics body may lift its ban on Ashdown.',
      'The athletics body will lift its ban on Ashdown next week.',
    ]) {
      expect(composeLead(q, [bullet('a', said)], get)?.text).toBe(said);
    }
    // Saying the names but little of what is asked settles nothing.
    const other = composeLead(q, [bullet('a', 'Ashdown trained with the athletics squad on Monday.')], get);
    expect(other?.text).not.toMatch(/^Yes\./);
  });

  it('answers "No" when "without" governs the thing asked about', () => {
    const lead = leadFor('Do you get a keyboard and mouse in the box with the Mac mini?', [
      bullet('a', 'One user controls his Mac Mini via a wireless keyboard and mouse.'),
      bullet('a', 'The Mac mini comes without a monitor, keyboard and mouse.'),
    ]);
    expect(lead?.text).toBe('No. The Mac mini comes without a monitor, keyboard and mouse.');
  });

  it('reads a cause a few sentences further down the ranking', () => {
    const q = analyzeQuestion('Why did the Reserve Bank of Australia lift rates?');
    const filler = (n: number) =>
      bullet('b', `Analysts at bank number ${n} expressed concern about the economy.`);
    const lead = composeLead(
      q,
      [
        bullet('a', 'The Reserve Bank of Australia lifted interest rates to 5.5% on Wednesday.'),
        ...[1, 2, 3, 4].map(filler),
        bullet('a', 'The Bank said it had acted to curb inflation.'),
      ],
      get,
    );
    expect(lead?.text).toBe('The Bank said it had acted to curb inflation.');
  });

  it('cuts a long sentence to its main clause past an aside, not inside it', () => {
    const long =
      'But Gianni Agnelli, the godfather of the group, wanted to keep control, and preferred the offer to buy a 20% stake and give the firm the right to sell in the future, known as a put option.';
    expect(shortened(long)).toBe('But Gianni Agnelli, the godfather of the group, wanted to keep control.');
  });

  it('takes the main clause after an opening subordinate clause, not the subordinate clause', () => {
    const long =
      'While the foreign minister will be holding broad-based discussions with the leadership in the capital, the army chief would be in the other capital at the same time for discussions with his counterpart on the new pipeline.';
    expect(shortened(long)).toBe(
      'The army chief would be in the other capital at the same time for discussions with his counterpart on the new pipeline.',
    );
    // Short enough, a sentence is kept whole, opener and all.
    const short = 'While the minister was in the capital, the army chief was abroad.';
    expect(shortened(short)).toBe(short);
  });

  it('takes the main clause after "According to …," or a participle opener, and what is said after "said:"', () => {
    const according =
      'According to a statement released by the ministry on Tuesday, the general called on his counterpart in the capital, and the two leaders agreed to enhance cooperation between their armies and navies in the years to come, officials said.';
    expect(shortened(according).startsWith('The general called on his counterpart')).toBe(true);
    const commenting =
      'Commenting on the visit, the daily Courier said: "The dismay that the cancellation of the summit has caused among the political circles, and even the general public, has been somewhat allayed by the talks that went ahead as planned."';
    expect(shortened(commenting)).not.toBe('Commenting on the visit, the daily Courier said.');
    expect(shortened(commenting).startsWith('The daily Courier said: "The dismay')).toBe(true);
  });

  it('sets no figure against one of another measure or currency', () => {
    const lead = leadFor('How fast is the market for beer-like drinks set to grow?', [
      bullet('a', 'The market for beer-like drinks is set to grow 84% this year.'),
      bullet('b', 'The drinks market is set to grow to 1.2 billion cases.'),
    ]);
    expect(lead?.text).toBe('84%, per Zee News.');
  });

  it("answers a date with a month's name, from a sentence saying more of the question than the date", () => {
    const lead = leadFor('When does the rugby union want to stage its charity match?', [
      bullet('a', 'Sydney will host a charity match in June, the rugby union said on Wednesday.'),
      bullet('b', 'The union staged its first charity match on 10 January.'),
    ]);
    expect(lead?.text).toBe('June, per Zee News; Dawn says 10 January.');
    // "March" is "4-6 March" said less exactly, not a second date.
    const exact = composeLead(
      analyzeQuestion('When do the indoor championships in Madrid begin?'),
      [
        bullet('a', 'The indoor championships in Madrid run on 4-6 March.'),
        bullet('b', 'She will decide before the championships begin in Madrid in March.'),
      ],
      get,
    );
    // Asked when they begin, the range is told by its first day.
    expect(exact?.text).toBe('4 March, per Zee News.');
    // "May last year" shares only its own "last" with the question: it answers nothing.
    const rates = composeLead(
      analyzeQuestion('When did Australia last put its rates up?'),
      [
        bullet('a', 'He was diagnosed with cancer in May last year.'),
        bullet('b', 'The rate rise was the first since December 2003.'),
      ],
      get,
    );
    expect(rates?.text).toBe('December 2003, per Dawn.');
  });

  it('answers with both values a sentence joins by "and" or "or", not a name the question says', () => {
    const lead = (question: string, quote: string) =>
      composeLead(analyzeQuestion(question), [bullet('c', quote)], get)?.text;
    expect(
      lead(
        'Which countries would the power line carry electricity from?',
        'Russia is interested in the power line carrying electricity from Kyrgyzstan and Tajikistan to Pakistan.',
      ),
    ).toBe('Kyrgyzstan and Tajikistan.');
    expect(
      lead(
        'How long will Holmes be unable to run?',
        'Holmes will not be able to run for two or three weeks.',
      ),
    ).toBe('Two or three weeks.');
    expect(
      lead(
        'Who will replace Damien Duff on the wing?',
        'Chelsea will choose between William Gallas and Damien Duff.',
      ),
    ).toBe('William Gallas.');
  });

  it("answers where with a place, not one written as a noun's modifier", () => {
    const q = analyzeQuestion('Where did police arrest Chen?');
    const quote = 'Chen was arrested at Changi Airport by Singapore police on 8 December.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('Changi Airport.');
  });

  it('answers "where did X finish?" with the position, not a place or a count of a noun', () => {
    const lead = (question: string, ...quotes: string[]) =>
      composeLead(
        analyzeQuestion(question),
        quotes.map((q) => bullet('c', q)),
        get,
      )?.text;
    expect(
      lead(
        'Where did Chepkemei finish in the race in Puerto Rico?',
        'Chepkemei finished third in the race in Puerto Rico.',
      ),
    ).toBe('Third.');
    expect(
      lead(
        'Where does Ahold rank among supermarket groups?',
        "Ahold is the world's fourth-largest supermarket chain.",
      ),
    ).toBe('Fourth-largest.');
    expect(
      lead(
        'Where had Band Aid dropped to in the chart?',
        'Elvis Presley has scored his 19th number one single in the UK charts.',
        'Band Aid 20 slipped to six after seven weeks in the chart.',
      ),
    ).toBe('Six.');
  });

  it('gives what stopped the doer, told by the next sentence of the same person ("The 31-year-old")', () => {
    const built = articleOf('r', { title: 'Naylor to extend sprint career' }, [
      [
        "Naylor's relay win made up for his displays in the individual 100m in Ruritania, when he failed to reach the final.",
        'The 31-year-old said during the Games that a hamstring injury had stopped him from running at his best.',
      ],
    ]);
    const q = analyzeQuestion('Why did Paul Naylor fail to make the 100m final?');
    const first = built.sentences[0]!.text;
    expect(composeLead(q, [bullet('r', first)], () => built)?.text).toMatch(
      /hamstring injury had stopped him/,
    );
  });

  it('answers an amount with the figure as written, not its conversions in brackets', () => {
    const q = analyzeQuestion('How much profit did Asahi make in 2004?');
    const quote = 'Asahi made a record profit in 2004 of 30.6bn yen ($291m; £154m), up 31.8%.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('30.6bn yen.');
  });

  it('gives the cause the next sentence tells of the event the best one states', () => {
    const built = articleOf('r', { title: 'US retail sales rise in January' }, [
      ['Sales at US clothing and department stores jumped 1.8% in January, the Commerce Department said.'],
      ['These strong gains were in part put down to consumers spending gift vouchers received at Christmas.'],
      ['Car sales fell for a second month.'],
    ]);
    const q = analyzeQuestion('Why did sales at US clothing stores jump in January?');
    const first = built.sentences[0]!.text;
    expect(q.answerType).toBe('reason');
    expect(composeLead(q, [bullet('r', first)], () => built)?.text).toMatch(
      /^These strong gains were in part put down to/,
    );
    // A best sentence that gives its own cause is the answer.
    const own = 'Sales jumped 1.8% because consumers spent gift vouchers.';
    expect(composeLead(q, [bullet('c', own)], get)?.text).toMatch(/^Because consumers spent gift vouchers/);
  });

  it('answers a reason with the best sentence when it names the reason as a kind', () => {
    const q = analyzeQuestion('What reason did the campaign give for the block?');
    const own = 'A spokesman for the campaign said: "The measure was taken for security reasons."';
    const other = 'Such blocks are rare because addresses are handed out on a regional basis.';
    expect(composeLead(q, [bullet('c', own), bullet('c', other)], get)?.text).toBe(own);
  });

  it("takes the value from the clause about the question's name", () => {
    const q = analyzeQuestion('How many goals did Jackie Milburn score?');
    const quote =
      'Milburn scored 200 league and cup goals, while Shearer currently has 187 goals to his name.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('200.');
  });

  it('says who a person named alone is, from how the article introduces them', () => {
    const who = (question: string, quote: string) =>
      composeLead(analyzeQuestion(question), [bullet('c', quote)], get)?.text;
    expect(analyzeQuestion('Who is Bhanu Baweja?').answerType).toBe('other');
    expect(analyzeQuestion('Who is the Larne manager?').answerType).toBe('person');
    expect(who('Who is Bhanu Baweja?', '"It is positive," said Bhanu Baweja, a strategist at UBS.')).toBe(
      'Bhanu Baweja is a strategist at UBS.',
    );
    expect(
      who(
        'Who is Michelle Verroken?',
        "Chelsea's move won backing from drug-testing expert Michelle Verroken.",
      ),
    ).toBe('Michelle Verroken is a drug-testing expert.');
    expect(who('who is Rick Wagoner?', '"We needed scale," said GM chief executive Rick Wagoner.')).toBe(
      'Rick Wagoner is GM chief executive.',
    );
    expect(
      who(
        'Who is Howard Wells?',
        'A plan is to be proposed by the new chief executive of the Northern Irish FA, Howard Wells, next month.',
      ),
    ).toBe('Howard Wells is the new chief executive of the Northern Irish FA.');
    expect(
      who(
        'Who is Angela Cannings?',
        'It includes a drama about Angela Cannings, who was wrongly convicted of fraud.',
      ),
    ).toBe('Angela Cannings was wrongly convicted of fraud.');
  });

  it("reads the verb's object from the next sentences of the story when the best has none", () => {
    const q = analyzeQuestion('Who did Sony beat to the innovation award?');
    // The judge names the award, not whom Sony beat (nor does he speak here: a speaker answers no "who did").
    const judge = bullet(
      'a',
      'Paul Trotter, editor of PC Pro, praised Sony products that helped it take the award.',
    );
    const beat = bullet(
      'a',
      'The electronics giant beat off strong competition from Toshiba to take the gong.',
    );
    expect(composeLead(q, [judge], get, [judge, beat])?.text).toBe('Toshiba.');
    // Another story's sentence naming none of the question's names answers nothing of it.
    const other = bullet('b', 'Apple beat Dell to the design prize.');
    expect(composeLead(q, [judge], get, [judge, other])?.text).toBe('Paul Trotter, per Zee News.');
    // Nor is a light verb's object read beyond the best sentence.
    const took = analyzeQuestion('Who did Sony take over from?');
    const from = bullet('a', 'The firm took over the unit from Toshiba in May.');
    expect(composeLead(took, [judge], get, [judge, from])?.text).toBe('Paul Trotter, per Zee News.');
  });

  it('answers a "which <noun>" question with a name written beside the noun, from the next sentences', () => {
    const q = analyzeQuestion("Which lawyer heads Spector's defence?");
    const claims = bullet('c', 'Mr Spector has claimed that Lana Clarkson committed suicide.');
    const led = bullet('c', 'His lawyers, led by Bruce Cutler, have vowed to prove him innocent.');
    expect(composeLead(q, [claims], get, [claims, led])?.text).toBe('Bruce Cutler.');
    // Not for a sentence that says less of the question than the best one.
    const p = analyzeQuestion('Which institution is the lead plaintiff in the case against Enron?');
    const plaintiff = bullet('c', 'Leading plaintiff, the University of California, announced the news.');
    const banks = bullet('c', 'Enron is suing the financial institutions JP Morgan Chase and Citigroup.');
    expect(composeLead(p, [plaintiff], get, [plaintiff, banks])?.text).toBe('University of California.');
  });

  it('answers a "which <noun>" question with a name ending in the noun', () => {
    const q = analyzeQuestion('Which university is Ishtiaq Ahmed attached to?');
    const quote = '"They will expand," said Dr Ishtiaq Ahmed, a Jinnah fellow at the Oxford University.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('Oxford University.');
    // A person's office is no name the noun heads: "Prime Minister Manmohan Singh".
    const m = analyzeQuestion('Which Indian minister unveiled the decision?');
    const minister =
      'Commerce minister Kamal Nath unveiled the move, backed by Prime Minister Manmohan Singh.';
    expect(composeLead(m, [bullet('c', minister)], get)?.text).toBe('Kamal Nath.');
  });

  it('answers "what proportion" with a share written as a fraction', () => {
    const q = analyzeQuestion('What proportion of jobs in the Maldives depend on tourism?');
    const quote = 'In the Maldives islands, two-thirds of all jobs depend on tourism.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('Two-thirds.');
  });

  it('gives the cause a sentence ties the event to: "linked to", "a response to", "following allegations"', () => {
    const q = analyzeQuestion('Why did Putin call off his trip to Pakistan?');
    const after = bullet('c', 'Dates for the trip were pulled up after Mr Putin opted against travelling.');
    const linked = bullet(
      'c',
      "There has been speculation that Putin's decision to cancel was linked to Pakistan's reluctance to award the pipeline work.",
    );
    expect(composeLead(q, [after, linked], get)?.text).toBe(
      "Linked to Pakistan's reluctance to award the pipeline work.",
    );
    const t = analyzeQuestion('Why are Iranian lawmakers cutting the Turkish firm’s share?');
    const ruling = bullet(
      'c',
      'The ruling was a response to projects by Turkish companies accused of links to Israel.',
    );
    expect(composeLead(t, [ruling], get)?.text).toMatch(/a response to projects by Turkish companies/);
  });

  it('answers "how many … altogether" with the figure said as a total', () => {
    const q = analyzeQuestion('How many copies did the 1984 version sell altogether?');
    const quote = 'The original version sold 750,000 copies in its first week and 3.5 million in total.';
    expect(composeLead(q, [bullet('c', quote)], get)?.text).toBe('3.5 million.');
  });

  it('gives the reason the doer claims, in a clause after a comma', () => {
    const q = analyzeQuestion('Why did Souness leave Bellamy out of the Arsenal match?');
    const best = bullet('c', 'Celtic are in no position to match the offer for Bellamy.');
    const dropped = bullet(
      'c',
      'Souness dropped Bellamy for the game against Arsenal, claiming the Welshman had feigned injury.',
    );
    expect(composeLead(q, [best, dropped], get)?.text).toMatch(/claiming the Welshman had feigned injury/);
  });

  it('gives the cause an event is told as set off by, not what a noun is driven by', () => {
    const q = analyzeQuestion("Why have Mitsubishi's car sales fallen off a cliff?");
    const best = bullet('c', 'Falling sales have left Mitsubishi Motors with underused capacity.');
    const slid = bullet(
      'c',
      "Mitsubishi's sales have slid 41% in the past year, catalysed by the revelation that the company had hidden faults.",
    );
    expect(composeLead(q, [best, slid], get)?.text).toMatch(/catalysed by the revelation/);
    const demand = bullet(
      'c',
      "Mitsubishi's output grew to meet demand driven by the booming economy at home.",
    );
    expect(composeLead(q, [best, demand], get)?.text).toBe(
      'Falling sales have left Mitsubishi Motors with underused capacity.',
    );
  });

  it('answers a question asking for no value with the best sentence', () => {
    const q = analyzeQuestion('What is the pipeline?');
    const lead = composeLead(q, [bullet('c', 'The pipeline is a 1,100 km gas link.')], get);
    expect(lead?.text).toBe('The pipeline is a 1,100 km gas link.');
  });
});

describe('disagreement questions', () => {
  it('are recognised, and what is searched is what the reports disagree about', () => {
    const q = analyzeQuestion("Which outlets disagree about Kayani's trip?");
    expect(q.asksDisagreement).toBe(true);
    expect(q.searchText).not.toMatch(/outlets|disagree/i);
    expect(analyzeQuestion('Who did Kayani meet?').asksDisagreement).toBe(false);
    // The same question twice: no state kept between calls.
    expect(analyzeQuestion('Do the reports differ on the price?').asksDisagreement).toBe(true);
    expect(analyzeQuestion('Do the reports differ on the price?').asksDisagreement).toBe(true);
  });

  it('are answered with each side and who reports it', () => {
    const get = (id: string) => ({ id, publisher: id === 'b' ? 'Dawn' : null }) as unknown as Article;
    const lead = disagreementLead(
      [
        {
          kind: 'duration',
          subject: "Kayani's visit",
          person: null,
          sides: [
            { value: 'three days', citations: [{ articleId: 'a', quote: 'a three-day visit' }] },
            { value: 'four days', citations: [{ articleId: 'b', quote: 'a four-day visit' }] },
          ],
        },
      ] as never,
      get,
    );
    expect(lead?.text).toBe("Kayani's visit: three days per another report, four days per Dawn.");
  });
});

describe('composeLead on dates', () => {
  it('does not set a departure against an arrival', () => {
    const article = (id: string, publisher: string | null) => ({ id, publisher }) as unknown as Article;
    const get = (id: string) => ({ a: article('a', null), b: article('b', 'The Express Tribune') })[id];
    const q = analyzeQuestion('When did Kayani arrive in Moscow?');
    const lead = composeLead(
      q,
      [
        {
          text: 'x',
          citations: [{ articleId: 'a', quote: 'General Kayani arrived in Moscow on October 4.' }],
        },
        {
          text: 'y',
          citations: [{ articleId: 'b', quote: 'Gen Kayani is due to leave for Russia on October 3.' }],
        },
      ],
      get,
    );
    expect(lead?.text).toBe('October 4.');
  });
});

describe('a town whose name ends in City', () => {
  it('is a place after a preposition of place, while a club the lexicon knows stays a body', () => {
    const text = 'The film was shown at the festival in Dorren City on Friday.';
    expect(answerSpans(text, 'organisation')).toEqual([]);
    expect(answerSpans(text, 'place').map((s) => s.text)).toEqual(['Dorren City']);
    const club = 'He scored twice against Manchester City.';
    expect(answerSpans(club, 'organisation').map((s) => s.text)).toEqual(['Manchester City']);
  });
});

describe('the future\'s "going to"', () => {
  it('searches the verb after "going to", not "going", and keeps "going to" a place', () => {
    expect(analyzeQuestion('Was the mayor going to sign the bill?').searchText).not.toMatch(/going/);
    expect(analyzeQuestion('Is the team going to the final?').searchText).toMatch(/going/);
  });
});
