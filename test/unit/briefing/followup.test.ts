import { describe, expect, it } from 'vitest';
import { planQuestion, salientNames } from '../../../src/briefing/question/followup.js';
import type { Thread } from '../../../src/briefing/ports.js';

const thread: Thread = {
  key: { platform: 'cli', channel: 'cli', thread: 't' },
  topic: 'pakistan-russia',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  turns: [
    {
      at: '2026-01-01T00:00:00Z',
      kind: 'answer',
      question: 'Why was the visit cancelled?',
      query: 'visit cancelled',
      bullets: [],
      shown: [],
      salient: ['Putin', 'Islamabad'],
    },
  ],
};

/** The thread after one question, its answer naming `salient` (the base turn's names by default). */
const lastTurn = (question: string, salient = thread.turns[0]!.salient): Thread => ({
  ...thread,
  topic: null,
  turns: [{ ...thread.turns[0]!, question, query: question, salient }],
});

describe('planQuestion', () => {
  it("does not take a name's word for a role the last question asked for", () => {
    // "the week Band Aid held on" asks for no band member: "it" is still about Band Aid.
    const plan = planQuestion(
      'how many weeks had it been there?',
      lastTurn('what was the top album the week Band Aid held on to number one?', [
        'Band Aid',
        'Christmas',
        'Grammy',
      ]),
      null,
    );
    expect(plan.query).toBe('how many weeks had it been there? (Band Aid)');
    // A role after an owner still asks for a person.
    expect(
      planQuestion(
        "what's his name?",
        lastTurn("When did Pakistan's air chief go to Moscow?", ['August', 'Tahir Rafique Butt']),
        null,
      ).query,
    ).toBe("what's his name? (Tahir Rafique Butt)");
  });

  it('reads "it" as the thing the answer named when the last question named nothing', () => {
    const asked = 'What was chosen as the greatest gadget of all time?';
    const answer = ['Acme Slate', 'US', 'Gizmo Monthly'];
    expect(planQuestion('Who chose it?', lastTurn(asked, answer), null).query).toBe(
      'Who chose it? (Acme Slate)',
    );
    // A question that named its thing: "it" may be that thing, and the answer's names are not supplied.
    expect(
      planQuestion(
        'Who chose it?',
        lastTurn('What did Gizmo Monthly choose as its gadget of the year?', answer),
        null,
      ).query,
    ).not.toContain('Acme Slate');
  });

  it('asks a yes/no question again for "when was that?"', () => {
    const plan = planQuestion(
      'when was that?',
      lastTurn('Did Russia host a conference on Afghanistan?', ['Russia']),
      null,
    );
    expect(plan.query).toBe('when did Russia host a conference on Afghanistan?');
  });

  it('takes a body the answer named for "its" after a question asking who', () => {
    const plan = planQuestion(
      "What share of the world's mobiles carry its chips?",
      lastTurn('Who makes the OMAP-Vox chip?', ['Texas Instruments', 'OMAP', 'Europe']),
      null,
    );
    expect(plan.query).toBe("What share of the world's mobiles carry its chips? (Texas Instruments)");
  });

  it('keeps "he" off a body or a title, and on a person the lexicon knows', () => {
    const plan = planQuestion(
      "What's he after?",
      lastTurn('Who is Bruce Willis taking to court?', [
        'Revolution Studios',
        'Bruce Willis',
        'Tears',
        'Sun',
      ]),
      null,
    );
    expect(plan.query).toBe("What's he after? (Bruce Willis)");
  });

  it('reads "his family" as the family by his surname', () => {
    const plan = planQuestion(
      'how much of Fiat does his family control now?',
      lastTurn("who was the Fiat patriarch who wouldn't give up control in 2000?", [
        'Gianni Agnelli',
        'Fiat',
        'GM',
      ]),
      null,
    );
    expect(plan.query).toBe('how much of Fiat does his family control now? (Agnelli)');
  });

  it('keeps the thread\'s names when no one answered for "him"', () => {
    const plan = planQuestion(
      'Where did police pick him up?',
      lastTurn('Who runs China Aviation Oil?', []),
      null,
    );
    expect(plan.query).toBe('Where did police pick him up? (China Aviation Oil)');
  });

  it('strips follow-up openers and keeps the subject', () => {
    const plan = planQuestion('what about the gas pipeline?', thread, null);
    expect(plan.kind).toBe('question');
    expect(plan.query).toBe('the gas pipeline?');
    expect(plan.context).toContain('Putin');
  });

  it('turns "more" into the last query, only inside a thread', () => {
    expect(planQuestion('more', thread, null)).toMatchObject({ kind: 'more', query: 'visit cancelled' });
    expect(planQuestion('tell me more', thread, null).kind).toBe('more');
    expect(planQuestion('more', null, null)).toMatchObject({ kind: 'question', query: 'more' });
  });

  it('asks the last question again for a follow-up that is only a question word', () => {
    const after = (query: string, question: string) =>
      planQuestion(question, { ...thread, turns: [{ ...thread.turns[0]!, question: query, query }] }, null)
        .query;
    expect(after('Where did the Janet Jackson incident happen?', 'how much?')).toBe(
      'how much did the Janet Jackson incident happen?',
    );
    expect(after('Where is Jarre performing for the Andersen celebration?', 'and when?')).toBe(
      'when is Jarre performing for the Andersen celebration?',
    );
    expect(after('When did United sell Stam?', 'for how much?')).toBe('how much did United sell Stam?');
    // "over how long?", "until when?": the preposition says a span, or its end, is asked.
    expect(after('How many planes does Boeing think it can sell?', 'Over how long?')).toBe(
      'over how long does Boeing think it can sell?',
    );
    // "Which club took Bellamy on loan?": the verb follows the noun asked for.
    const loan = planQuestion('Until when?', lastTurn('Which club took Bellamy on loan?', ['Celtic']), null);
    expect(loan.query).toBe('until when took Bellamy on loan Celtic');
  });

  it('does not give again the place the last answer gave when a pronoun asks another place', () => {
    const last = lastTurn('Where was Naylor born?', ['Naylor', 'Ruritania']);
    const turn = {
      ...last.turns[0]!,
      bullets: ['Naylor was born in Ruritania and studied at Acme Conservatory.'],
    };
    const plan = planQuestion('Where did he study?', { ...last, turns: [turn] }, null);
    expect(plan.answered?.value).toBe('Ruritania');
    // A question naming its own place asks nothing again.
    expect(planQuestion('Where is Freedonia?', { ...last, turns: [turn] }, null).answered).toBeUndefined();
  });

  it('reads "it" and "they" as pronouns when a place is asked again, as whole words only', () => {
    const last = lastTurn('Where was Acme founded?', ['Acme', 'Ruritania']);
    const turn = {
      ...last.turns[0]!,
      bullets: ['Acme was founded in Ruritania and is based in Springfield.'],
    };
    const thread = { ...last, turns: [turn] };
    expect(planQuestion('Where is it based?', thread, null).answered?.value).toBe('Ruritania');
    // "it" inside "city" is no pronoun.
    expect(planQuestion('Where is the city hall?', thread, null).answered).toBeUndefined();
  });

  it('keeps what the last question counted when a follow-up asks how many of those', () => {
    const plan = planQuestion(
      'And how many of those are in Ruritania?',
      lastTurn('How many people watched the Acme final?', ['Acme']),
      null,
    );
    expect(plan.query).toBe('And how many of those are in Ruritania people watched the Acme final');
  });

  it('reads "in what year?" as "when?", the last question asking a date instead', () => {
    const after = (question: string) =>
      planQuestion(question, lastTurn('How old was Naylor when he retired?', ['Naylor']), null).query;
    expect(after('And in what year?')).toBe('when was Naylor when he retired?');
    expect(after('on which day?')).toBe('when was Naylor when he retired?');
    // "in which city?" asks a finer place than the last answer gave, not the same question again.
    expect(after('In which city?')).not.toMatch(/^where/);
  });

  it('asks a follow-up naming nothing of the thing the last answer named, asked for by its kind', () => {
    const after = (question: string) =>
      planQuestion(
        question,
        lastTurn('Which virus is masquerading as an e-mail Christmas card?', ['Zafi', 'Christmas', 'Sophos']),
        null,
      ).query;
    expect(after('When did the first version turn up?')).toBe('When did the first version turn up? (Zafi)');
    // "it" may be the figure or the thing the question named: the question's names, as before.
    expect(after('when did it start?')).toBe('when did it start? (Christmas)');
  });

  it('asks it of the one the last answer named when that question asked who', () => {
    const after = (query: string, salient: string[], question: string) =>
      planQuestion(question, lastTurn(query, salient), null).query;
    // "When?" after "Who started the Sundance festival?" (Robert Redford): when Redford started it.
    expect(after('Who started the Sundance festival?', ['Robert Redford', 'Sundance', 'Utah'], 'When?')).toBe(
      'when started the Sundance festival Robert Redford',
    );
    expect(
      after('Who was fined for the Janet Jackson incident?', ['CBS', 'Janet Jackson'], 'how much?'),
    ).toBe('how much was fined for the Janet Jackson incident CBS');
    // A month the answer gave is no one who did anything.
    expect(after('Who won the race?', ['May', 'Kelly Holmes'], 'Why?')).toBe('why won the race Kelly Holmes');
  });

  it("puts a name asked about in elliptic form in the place of the last question's name of its kind", () => {
    const after = (query: string, question: string) => planQuestion(question, lastTurn(query), null).query;
    expect(after("How much does Napster's rental service cost in the US?", 'And Wippit?')).toBe(
      "How much does Wippit's rental service cost in the US?",
    );
  });

  it('takes "it" for the body the answer named, never a person-like name beside it', () => {
    // "Continental Airlines" is no name the lexicon knows; its words say it is a body.
    const plan = planQuestion(
      'how much debt does it have to pay this year?',
      lastTurn('Which airline warned it could run out of cash?', [
        'Continental Airlines',
        'Express',
        'Delta Airlines',
        'Federal Government EEOC',
      ]),
      null,
    );
    expect(plan.query).toBe('how much debt does it have to pay this year? (Continental Airlines)');
    // "they" is still the people the answer named.
    expect(
      planQuestion(
        'which countries are they from?',
        lastTurn('Who did Holmes beat in Glasgow?', [
          'Glasgow',
          'Norwich Union International',
          'Hind Dehiba',
          'Svetlana Cherkasova',
        ]),
        null,
      ).query,
    ).toBe('which countries are they from? (Hind Dehiba, Svetlana Cherkasova)');
  });

  it('reads "and what about X?" as elliptic, not as a question of its own asking "what"', () => {
    const after = (query: string, question: string) => planQuestion(question, lastTurn(query), null).query;
    expect(after('How old is Justin Gatlin?', 'and what about Joanna Hayes?')).toBe(
      'How old is Joanna Hayes?',
    );
    expect(after("How much does Napster's rental service cost in the US?", 'And how about Wippit?')).toBe(
      "How much does Wippit's rental service cost in the US?",
    );
  });

  it('puts a common noun asked about in elliptic form in the place of the word for the same kind of thing', () => {
    const after = (query: string, question: string) => planQuestion(question, lastTurn(query), null).query;
    expect(after('How many phones were left in London black cabs?', 'And laptops?')).toBe(
      'How many laptops were left in London black cabs?',
    );
  });

  it('completes "and in December?" from the last question, in the place of its month', () => {
    const after = (query: string, question: string) => planQuestion(question, lastTurn(query), null).query;
    expect(after('How did US retail sales fare in January?', 'And in December?')).toBe(
      'How did US retail sales fare in December?',
    );
    expect(after('How did US retail sales fare?', 'what about March?')).toBe(
      'How did US retail sales fare in March',
    );
  });

  it('tells the search which figure the last answer gave, for an elliptic follow-up', () => {
    const after = (question: string, bullet: string) => {
      const t = lastTurn('How many phones were left in London black cabs in the last six months?');
      return planQuestion(question, { ...t, turns: [{ ...t.turns[0]!, bullets: [bullet] }] }, null).answered;
    };
    const phones = 'Over the past six months more than 63,000 mobile phones have been left in black cabs.';
    // "six" is the question's; 63,000 is what the answer gave.
    expect(after('And laptops?', phones)).toEqual({ sentence: phones, value: '63,000' });
    // A sentence naming the new thing may give its figure; a question of its own asks afresh.
    expect(after('And laptops?', 'Some 5,000 laptops and 63,000 phones were left.')).toBeUndefined();
    expect(after('Who found them?', phones)).toBeUndefined();
    // "How many of them …?" asks a part of the figure, not the figure again.
    expect(after('How many of them were returned?', phones)).toEqual({ sentence: phones, value: '63,000' });
  });

  it('spells out initials as the last answer named them', () => {
    const t = lastTurn('How many reporters is the Telegraph shedding?', ['Financial Times', 'Telegraph']);
    expect(planQuestion('And the FT?', t, null).query).toBe(
      'How many reporters is the Financial Times shedding?',
    );
    // Initials the answer did not name stay as written.
    expect(planQuestion('And the BBC?', t, null).query).toBe('How many reporters is the BBC shedding?');
  });

  it('reads "that company" as the body the last answer named', () => {
    const t = lastTurn('Who is Paul Myers?', ['Paul Myers', 'Wippit', 'Myers', 'UK']);
    expect(planQuestion('What does that company do?', t, null).query).toBe('What does Wippit do?');
  });

  it('resolves a pronoun to the person the last answer brought in', () => {
    const t: Thread = {
      ...thread,
      turns: [
        {
          ...thread.turns[0]!,
          question: "Did Lavrov meet Pakistan's army chief?",
          query: "Did Lavrov meet Pakistan's army chief?",
          salient: ['Lavrov', 'Pakistan', 'Qamar Bajwa'],
        },
      ],
    };
    // The name follows in brackets: the articles must name him, the answer may say "he".
    expect(planQuestion('what did he say about Afghanistan?', t, null).query).toBe(
      'what did he say about Afghanistan? (Qamar Bajwa)',
    );
  });

  it('keeps the subject over several follow-ups, from the names the last one carried in brackets', () => {
    const t: Thread = {
      ...thread,
      turns: [{ ...thread.turns[0]!, question: 'why?', query: 'why? (ABN Amro)', salient: ['Netherlands'] }],
    };
    expect(planQuestion('how much will that cost them?', t, null).query).toBe(
      'how much will that cost them? (ABN Amro)',
    );
  });

  it('completes "and in 2021?" from the last question', () => {
    const t: Thread = {
      ...thread,
      turns: [{ ...thread.turns[0]!, question: 'Who met Lavrov in 2012?', query: 'Who met Lavrov in 2012?' }],
    };
    expect(planQuestion('and in 2021?', t, null).query).toBe('Who met Lavrov in 2021?');
    const undated: Thread = {
      ...thread,
      turns: [{ ...thread.turns[0]!, question: 'Who met Lavrov?', query: 'Who met Lavrov?' }],
    };
    expect(planQuestion('what about in 2021?', undated, null).query).toBe('Who met Lavrov in 2021');
  });

  it('gives a question that names nothing the names of the last question', () => {
    const t: Thread = {
      ...thread,
      turns: [{ ...thread.turns[0]!, question: 'What does Gazprom want?', query: 'What does Gazprom want?' }],
    };
    expect(planQuestion('how much money is involved?', t, null).query).toBe(
      'how much money is involved? (Gazprom)',
    );
    // A question naming its own subject is left as it is.
    expect(planQuestion('What did Khar say?', t, null).query).toBe('What did Khar say?');
  });
});

describe('salientNames', () => {
  it('ranks names by mentions and ignores sentence-initial function words', () => {
    expect(
      salientNames([
        'The cancellation of Putin’s visit to Islamabad led to a postponement.',
        'President Putin had decided against visiting Pakistan.',
      ]),
    ).toEqual(['Putin', 'Islamabad', 'Pakistan']);
  });

  it('reads a lead that is a name from its first word, and "McManus" as one name', () => {
    expect(
      salientNames(
        ['Irishmen JP McManus and John Magnier own a stake, said David Bedford.'],
        8,
        'David Bedford.',
      ),
    ).toEqual(['David Bedford', 'JP McManus', 'John Magnier']);
  });
});

describe('planQuestion: who "she" is', () => {
  it('is not a man the lexicon knows by his first name', () => {
    const t: Thread = {
      ...thread,
      turns: [
        {
          ...thread.turns[0]!,
          question: 'Who was named best actress?',
          query: 'Who was named best actress?',
          salient: ['Jamie Foxx', 'Hilary Swank'],
        },
      ],
    };
    expect(planQuestion('what part won it for her?', t, null).query).toBe(
      'what part won it for her? (Hilary Swank)',
    );
    expect(planQuestion('what did he say?', t, null).query).toBe('what did he say? (Jamie Foxx)');
  });
});

describe('planQuestion: what a follow-up takes from the last question', () => {
  it('is never a month or a place the last answer named', () => {
    const t = lastTurn('Who is the race director of the London Marathon?', [
      'London',
      'November',
      'US',
      'David Bedford',
    ]);
    expect(planQuestion('what did he say about the ban?', t, null).query).toBe(
      'what did he say about the ban? (David Bedford)',
    );
  });

  it('swaps the place of an elliptic question, with its article ("in the UK" -> "in the States")', () => {
    const t = lastTurn("What's the DS going to cost in the UK?", ['DS']);
    expect(planQuestion('and in the States?', t, null).query).toBe(
      "What's the DS going to cost in the States",
    );
  });

  it('does not carry the last period into a question about something else', () => {
    const t = lastTurn('what did Stuff magazine pick as the must-have gadget for 2005?', ['Stuff']);
    expect(planQuestion('who edits it?', t, null).query).toBe('who edits it? (Stuff)');
  });

  it('takes the lead\'s answer for "he" even when the lexicon does not know the first name', () => {
    const t = lastTurn('Who was meant to be in goal for the club in the final?', [
      'Carlo Cudicini',
      'Jose Mourinho',
    ]);
    expect(planQuestion('how old is he?', t, null).query).toBe('how old is he? (Carlo Cudicini)');
  });
});

describe('planQuestion: roles and the people who hold them', () => {
  it('takes "his" after a role question as the person the answer named, never a word of the role', () => {
    const t = lastTurn("When did Pakistan's air chief go to Moscow?", [
      'Pakistan',
      'Moscow',
      'Air',
      'Marshal Tahir Rafique Butt',
    ]);
    expect(planQuestion("what's his name?", t, null).query).toBe(
      "what's his name? (Marshal Tahir Rafique Butt)",
    );
  });

  it('does not read a verb as a role: "did Russia host a conference?" asked for no person', () => {
    const t = lastTurn('Did Russia host a conference on Afghanistan?', ['Russia', 'Afghanistan', 'Putin']);
    // "when was that?" asks the question again, of no one the answer named.
    expect(planQuestion('when was that?', t, null).query).toBe(
      'when did Russia host a conference on Afghanistan?',
    );
  });

  it('reads "the pair of them" as the one the last question named and the one its answer named', () => {
    const plan = planQuestion(
      'Did the pair of them bury the hatchet?',
      lastTurn("Who is Jackie Stallone's ex-daughter-in-law in the house?", [
        'Brigitte Nielsen',
        'John',
        'Bez',
      ]),
      null,
    );
    expect(plan.query).toBe('Did the pair of them bury the hatchet? (Brigitte Nielsen, Jackie Stallone)');
  });
  it('reads "they" after a question asking who a named person met as both people', () => {
    const plan = planQuestion(
      'where did they meet?',
      lastTurn('Which general did Brandt call on?', ['Morrow', 'CGS', 'Brandt', 'Ruritania']),
      null,
    );
    expect(plan.query).toBe('where did they meet? (Morrow, Brandt)');
  });
  it('replaces the clause the new words stand against, not adds beside it', () => {
    const plan = planQuestion(
      'and for the US launch?',
      lastTurn('How many games were out for the console when it launched in Japan?', ['Japan', 'US']),
      null,
    );
    expect(plan.query).toBe('How many games were out for the console for the US launch');
  });
});
