import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { focusNames } from '../../../src/briefing/question/question.js';
import {
  askedFirst,
  lightPhrase,
  listsFirst,
  speakerAsked,
  speakerSays,
} from '../../../src/briefing/question/question-search.js';
import { queryTerms } from '../../../src/corpus/tokenize.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/question-search');

describe('question search: names as articles write them', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(CORPUS);
  });
  afterAll(() => bot.close());

  const ask = async (question: string) => answerOf(await bot.api.ask({ question }));

  it('reads a name that starts in lower case, and a title that begins a company name', () => {
    expect(focusNames('what does the song cost on iTunes?')).toEqual([['iTunes']]);
    expect(focusNames('who runs General Motors?')).toEqual([['General', 'Motors']]);
    // A question word is no title: "Which Microsoft feature …" names Microsoft.
    expect(focusNames('Which Microsoft feature was it compared with?')).toEqual([['Microsoft']]);
    // A title before a person is still not part of what is asked about.
    expect(focusNames('When did Gen Kayani arrive?')).toEqual([['Kayani']]);
    // A model's name written from a figure is a name: an article must name it.
    expect(focusNames('How many passengers can the 777-200LR carry?')).toEqual([['777-200LR']]);
  });

  it('takes a title opening on a pronoun as a name, named only where written whole', async () => {
    // The film article says "his", "dark" and "materials", apart: it does not name the title.
    const answer = await ask('When is the His Dark Materials film due out in cinemas?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
  });

  it('reads a title in title case with a function word inside the question as one name', () => {
    expect(focusNames('how long was Fly Me To The Moon a hit in Norway?')).toEqual([
      ['Fly', 'Me', 'To', 'The', 'Moon'],
      ['Norway'],
    ]);
    // No function word: names side by side, as before; a question's opening words are no title.
    expect(focusNames('Who bought The Daily Telegraph?')).toEqual([['Daily', 'Telegraph']]);
  });

  it('takes a name joined by an ampersand ("T&R") as a name an article must write', async () => {
    expect(focusNames('What did Dalmore Green say about AT&T?')).toEqual([['Dalmore', 'Green'], ['AT&T']]);
    // The Pennick article names Dalmore Green and an offer, but never T&R.
    const answer = await ask('How much did Dalmore Green offer for the T&R stores?');
    expect(answer.lead?.text).toMatch(/£9bn/);
  });

  it('searches a word the corpus never writes as the two words it does ("intergovernmental")', async () => {
    const answer = await ask('What fields did the intergovernmental commission cover?');
    expect(answer.bullets[0]?.text).toMatch(/Inter-Governmental Commission on Trade, Shipping/);
  });

  it('finds an age told as "the N-year-old", in an article naming the person by surname', async () => {
    const answer = await ask('How old is Harold Vane?');
    expect(answer.lead?.text).toMatch(/\b68\b/);
    // Peter Vane, another man of that surname, is 41: his article does not answer for Harold.
    expect(answer.lead?.text).not.toMatch(/\b41\b/);
  });

  it('answers a count of people asked for with a sentence listing that many, though it shares no word', async () => {
    const answer = await ask(
      'Who are the three presenters taking over the late-night slot on Wavefield Radio?',
    );
    expect(answer.lead?.text).toMatch(/Mara Quinn, Owen Pell and Jonas Frey/);
  });

  it('does not hold a nationality against an article that writes the country', async () => {
    const answer = await ask('When can Americans buy the Zephyr?');
    expect(answer.lead?.text).toMatch(/3 May/);
  });

  it('matches a country by any of the names news gives it ("the States" for "US")', async () => {
    const answer = await ask('When can shoppers in the States buy the Zephyr?');
    expect(answer.lead?.text).toMatch(/3 May/);
  });

  it('does not answer from an article naming neither the nationality asked nor its country', async () => {
    const answer = await ask('How much does the Norwegian government expect to raise from the share sale?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    // The note names the country the articles were looked for by, not the nationality as a name.
    expect(answer.note).toBe('The articles that name Norway do not say what this asks.');
  });

  it('still abstains when the nationality is what is asked for', async () => {
    const answer = await ask('Which Chinese investors are backing the Zephyr?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
  });

  it('finds nothing for what a person said when the articles only have others speaking about them', async () => {
    const answer = await ask('What did Dario Kessel say when he heard Ostler had been fined?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    // The coach does speak in the same article: his words answer.
    expect((await ask('What did Bram Ostler say about the fine?')).lead?.text).toMatch(/criminal/);
  });

  it('finds nothing when the best sentence says what is asked was kept back', async () => {
    const answer = await ask('What punishment did the Tolbeck league give Wendell Ibsen?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    expect(
      (await ask('Who spoke to Wendell Ibsen after the match?')).bullets.map((b) => b.text).join(' '),
    ).toMatch(/stewards/);
  });

  it('answers why a value was kept back, or whether it was, from the sentence keeping it back', async () => {
    // Only a value can be kept back: the sentence saying so is the answer to why it was.
    expect(
      (await ask('Why has the value of the Marwick agreement not been made public?')).lead?.text,
    ).toMatch(/confidentiality clause/);
    expect(
      (await ask('Has the value of the Marwick agreement been disclosed?')).bullets
        .map((b) => b.text)
        .join(' '),
    ).toMatch(/not been disclosed/);
  });

  it('ranks first, for a yes/no question, the sentence that denies something of its words', async () => {
    // Both say as much of the question; the one saying "no money" settles it.
    const answer = await ask('Will Corlan council approve the Ashby bridge scheme?');
    expect(answer.bullets[0]?.text).toMatch(/no money/);
  });

  it('reads a reason from a sentence of the story that gives a cause but none of the asked words', async () => {
    // "She told fans she had gone because …" names neither Pellan nor the label: only its cause word finds it.
    const answer = await ask('Why did Ada Pellan walk out on the Vortex label?');
    expect(answer.lead?.text).toMatch(/not been paid/);
  });

  it('finds nothing for who followed someone in a post when no sentence tells a change of holder', async () => {
    // The sentences name her post and her agency, but none says who took it on after her.
    const answer = await ask('Who has taken over from Orla Vantree?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
  });

  it('names no one for whom someone followed when the sentence naming a person tells no change', async () => {
    // "Corbel has replaced its chief executive" names no one; the sentence naming Mr Halloran says
    // "new" of Dena Morrow, and nothing of whom she followed.
    const answer = await ask("Who did Dena Morrow replace as Corbel's chief executive?");
    expect(answer.lead ?? null).toBeNull();
  });

  it('answers a name from a sentence that keeps back something else', async () => {
    // "would not say what proportion …" withholds a share, not who speaks: "speaks for" is the spokesman.
    expect((await ask('Who speaks for Quarrel Games?')).lead?.text).toMatch(/Tomas Reddle/);
  });

  it('reads the nationality a club is asked by as its country in the story, and a town joined as the club', async () => {
    expect((await ask('Which English club has Ferrow on loan?')).lead?.text).toMatch(/Norwich/);
  });

  it('counts people of a kind asked for by a figure of people', async () => {
    // "players" are counted in "5,000 people have been banned from playing".
    expect((await ask('How many Ember Run players did Quarrel Games ban?')).lead?.text).toMatch(/5,000/);
  });

  it('finds no date when the only asked word the sentences say is the one they are all about', async () => {
    // Every sentence says "crown": the 2009 crash and the 1 March launch are not when old notes stop.
    const answer = await ask('Until when can the old crown notes still be spent in Velmaria?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    expect((await ask('When will the new crown be launched?')).lead?.text).toMatch(/1 March/);
  });

  it('finds no name when the sentences holding one, and those beside them, say nothing asked', async () => {
    // "ceremony" is said, but only the winners' sentence names anyone: it names no host.
    const answer = await ask('Who hosted the Glimmer Awards ceremony?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.note).toMatch(/do not say what this asks/);
    // The same sentence answers what it does say.
    expect((await ask('Who was named best actress at the Glimmer Awards?')).lead?.text).toMatch(
      /Petra Lunde/,
    );
  });

  it('reads a light verb, not an auxiliary, as a phrase news words otherwise', () => {
    expect(lightPhrase('Who is Bruce Willis taking to court?')).toBe(true);
    expect(lightPhrase('Who thinks OutKast will take a break?')).toBe(true);
    expect(lightPhrase('When did police arrest the boss?')).toBe(false);
    expect(lightPhrase('Who hosted the ceremony?')).toBe(false);
  });

  it('finds nothing when a figure is asked for and the sentences about it state none', async () => {
    const answer = await ask('How much will the Zephyr cost in Europe?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    expect(answer.note).toMatch(/do not say what this asks/);
    // The same sentences answer a question they do hold a figure for.
    expect((await ask('How many Zephyr handsets were sold in the first week?')).lead?.text).toMatch(
      /200,000/,
    );
  });

  it('answers an elliptic follow-up with another figure than the one the last answer gave', async () => {
    const thread = { platform: 'cli', channel: 'cli', thread: 'quillford' };
    const first = answerOf(
      await bot.api.ask({
        question: 'How many phones were left in Quillford cabs in the last six months?',
        thread,
      }),
    );
    expect(first.lead?.text).toMatch(/63,000/);
    const laptops = answerOf(await bot.api.ask({ question: 'And laptops?', thread }));
    expect(laptops.lead?.text).toMatch(/5,000/);
  });

  it('takes no date from a sentence that says nothing of what is asked', async () => {
    // "played the Hollow Records showcase on 9 June 2004" dates a gig, not a signing the article
    // only says is hoped for.
    const signed = await ask('When did the Velvet Orchard sign with Hollow Records?');
    expect(signed.lead ?? null).toBeNull();
    expect(signed.bullets).toEqual([]);
    expect((await ask('When did the Velvet Orchard play the Hollow Records showcase?')).lead?.text).toMatch(
      /9 June 2004/,
    );
  });

  it('takes an amount asked of a thing only from a sentence that names the thing', async () => {
    // The fine is in the article; what tickets cost is not.
    const tickets = await ask('How much were tickets for the Hollow Records showcase?');
    expect(tickets.lead ?? null).toBeNull();
    expect(tickets.bullets).toEqual([]);
    expect((await ask('How much was Tom Ashby fined after the showcase?')).lead?.text).toMatch(/£500/);
  });

  it('reads an amount written as what a thing is worth as what was paid for it', async () => {
    // "Toma Veld, Ashdown Rovers's £3m striker" says neither "pay" nor "paid", and still answers.
    expect((await ask('How much did Ashdown Rovers pay for Toma Veld?')).lead?.text).toMatch(/£3m/);
    expect((await ask('What did Ashdown Rovers pay for Toma Veld?')).lead?.text).toMatch(/£3m/);
    // Nothing says what the keeper's contract is worth: no figure of another thing stands in.
    const contract = await ask("How much is Ansel Roe's new contract worth?");
    expect(contract.lead ?? null).toBeNull();
    expect(contract.bullets).toEqual([]);
  });

  it("answers a line of a company's accounts only with a figure of that line", async () => {
    expect((await ask("What were Corvane's sales in 2004?")).lead?.text).toMatch(/12\.5bn euros/);
    // The sales figure is no profit: the article does not give one.
    const profit = await ask('How much profit did Corvane make in 2004?');
    expect(profit.lead ?? null).toBeNull();
    expect(profit.bullets).toEqual([]);
  });

  it('answers what happened with what happened, not with who was tipped', async () => {
    expect((await ask('Who won best song at the Lantern Awards?')).lead?.text).toMatch(/Tam Quill/);
  });

  it('answers what someone said with their words, quoted or reported', async () => {
    expect((await ask('What did Ruiz say about grain tariffs?')).lead?.text).toMatch(/will be cut/);
  });

  it("answers from the story the question's rarest words tell, not from one sharing its common words", async () => {
    // "bomb" and "threat" are said only by the Harlow Park story; the designer's story shares
    // "thought" and "behind" and holds a name, and "treat" is a spelling variant of "threat".
    const answer = await ask('Who was thought to be behind the bomb threat?');
    expect(answer.lead?.text).toMatch(/Ferra/);
    expect(answer.bullets[0]?.text).toMatch(/responsible for the bomb threat/);
  });

  it('scores a sentence that names a person by surname as naming them', async () => {
    // "Rowe has been advised by her coach Petra Lind" answers; "Ada Brik has urged ... Sarah Rowe"
    // only has both names of the person asked about.
    expect((await ask('who coaches Sarah Rowe?')).lead?.text).toMatch(/Petra Lind/);
  });

  it('finds nothing for a length of something the articles about the name never mention', async () => {
    const answer = await ask("How long does the Zephyr's battery last?");
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    // A length needs no more words when the question asks only of the name.
    expect((await ask("How long was the Zephyr's European launch delayed?")).lead?.text).toMatch(/few weeks/);
  });

  it('does not take a company for named where an article writes only the common last word of its name', async () => {
    // The Garnet article says "international" but not "Brackley": its profit is not Brackley's.
    const answer = await ask(
      'What profit did Brackley International report for the October to December quarter?',
    );
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    expect(
      (await ask('What profit did Garnet report for the October to December quarter?')).lead?.text,
    ).toMatch(/\$2\.4bn/);
  });

  it('takes no amount from a sentence that says nothing the question asks of it', async () => {
    // "Shares rose to 820 pence" and "will spend £40m drilling" are amounts of other things.
    const rights = await ask('How much did Pellworth pay Harlan Oil for the rights?');
    expect(rights.lead ?? null).toBeNull();
    expect(rights.bullets).toEqual([]);
    expect((await ask('How much will Pellworth spend drilling its two new wells?')).lead?.text).toMatch(
      /£40m/,
    );
  });

  it('takes an amount only from a sentence saying an asked word itself, not a word near it in meaning', async () => {
    // "retailer … inflate its earnings" is near "sales" in meaning, but the £90m is not Dunmore's sales.
    const sales = await ask("What were Dunmore's total sales last year?");
    expect(sales.lead ?? null).toBeNull();
    expect(sales.bullets).toEqual([]);
    expect((await ask('How much did Dunmore inflate its earnings by?')).lead?.text).toMatch(/£90m/);
  });

  it('finds what the question asks in a synonym the embeddings know no neighbour for', async () => {
    // The article writes "referee", the question "ref" (WordNet's synonyms).
    expect((await ask('Who was the ref when Marsden Town played Halvey City?')).lead?.text).toMatch(
      /Colm Ardagh/,
    );
  });

  it('finds an event the article tells from its other side', async () => {
    // The question asks who handed the prize over; the article says who received it from whom.
    expect((await ask('Who handed Tamsin Orley the Halvey Prize?')).lead?.text).toMatch(/Joss Keller/);
  });

  it('answers who runs a body with the person named beside an office of it', async () => {
    // "HM chief executive Doran Pelk": the article spells out HM as Halvern Motors.
    expect((await ask('Who runs Halvern Motors?')).lead?.text).toMatch(/Doran Pelk/);
    // "said chief executive Mara Quint" in a paragraph about Brixley Telecom; not Osco's chief
    // executive, nor the head who was sacked.
    expect((await ask("Who's at the helm of Brixley Telecom?")).lead?.text).toMatch(/Mara Quint/);
    expect((await ask('Who heads Osco?')).lead?.text).toMatch(/Piet Lanner/);
    expect((await ask('who runs Textora?')).lead?.text).toMatch(/Dan Frey/);
    expect((await ask("Who is Brixley Telecom's boss?")).lead?.text).toMatch(/Mara Quint/);
    // The holder, not the body named beside "president of".
    expect((await ask('Who runs Tamsin?')).lead?.text).toMatch(/Oren Vale/);
    // The article names Kestrel Parts, but only another body's chief executive.
    const kestrel = await ask('Who runs Kestrel Parts?');
    expect(kestrel.lead ?? null).toBeNull();
    expect(kestrel.bullets).toEqual([]);
  });

  it('answers who runs "it" with the holder of the body the thread is about', async () => {
    const thread = { platform: 'test', channel: 'qs', thread: 'brixley' };
    answerOf(await bot.api.ask({ question: "How much did Brixley Telecom's profits rise?", thread }));
    const runs = answerOf(await bot.api.ask({ question: 'who runs it?', thread }));
    expect(runs.lead?.text).toMatch(/Mara Quint/);
  });

  it('takes no office holder from a sentence that gives the office at another body', async () => {
    // Dan Frey chairs Textora, not Norvale Mobile, though the article names both.
    const norvale = await ask('Who is the chief executive of Norvale Mobile?');
    expect(norvale.lead ?? null).toBeNull();
    expect(norvale.bullets).toEqual([]);
    expect((await ask("Who is Textora's executive chairman?")).lead?.text).toMatch(/Dan Frey/);
  });

  it('reads two names joined by a hyphen as two names, as articles write them apart', async () => {
    expect((await ask('how long had the Kestrel-Pomelo partnership lasted?')).lead?.text).toMatch(
      /six years/i,
    );
  });

  it('reads a number after a name as part of the name, not as what is asked', async () => {
    // The article never writes "Heron Aid 30": the "30" is the single's name, not a figure to find.
    expect((await ask('How much is Heron Aid 30 on Tunely?')).lead?.text).toMatch(/79p/);
  });

  it('answers "what did he say?" with the words of the person the thread is about, where he is named saying them', async () => {
    const thread = { platform: 'test', channel: 'qs', thread: 'quill' };
    const first = answerOf(
      await bot.api.ask({ question: 'Who is the race director of the Quill Marathon?', thread }),
    );
    expect(first.lead?.text).toMatch(/Owen Thackery/);
    // His sentence says neither "Kosgei" nor "ban": it is found as his words, and comes first.
    const answer = answerOf(await bot.api.ask({ question: "What did he say about Kosgei's ban?", thread }));
    expect(answer.lead?.text).toMatch(/following the case closely/);
  });

  it("takes the period of an undated article's sentence from its paragraph", async () => {
    // "Brisa's profits showed a 6% rise to 4.1bn euros" is in the paragraph that says 2004; the
    // 2.2bn of the paragraph about 1999 is not a 2004 figure.
    const answer = await ask('How much profit did Brisa Telecom make in 2004?');
    expect(answer.lead?.text).toMatch(/4\.1bn euros/);
    expect(answer.lead?.text).not.toMatch(/2\.2bn/);
  });

  it('does not take a year a figure is compared with for the period a sentence speaks of', async () => {
    // "compared with $410m in the same period in 2003" is the baseline; the $95m is of 2004.
    expect((await ask('What net profit did Keldon make in the final quarter of 2004?')).lead?.text).toMatch(
      /\$95m/,
    );
  });

  it('takes the period of an undated article from its opening, for sentences naming no other year', async () => {
    const answer = await ask('How many enquiries were made on the Lumen search engine in 2004?');
    expect(answer.lead?.text).toMatch(/12 million/);
    expect(answer.lead?.text).not.toMatch(/\b8 million/);
  });

  it("keeps a follow-up naming someone the last answer brought in to the thread's story", async () => {
    const thread = { platform: 'test', channel: 'qs', thread: 'heron' };
    await bot.api.ask({ question: 'How much is Heron Aid 30 on Tunely?', thread });
    const answer = answerOf(await bot.api.ask({ question: 'how much does Pomelo donate?', thread }));
    // Not the laptop's price from another Pomelo story that also names Tunely.
    expect(answer.lead?.text).toMatch(/40p/);
    expect(answer.bullets.map((b) => b.text).join(' ')).not.toMatch(/£349/);
  });

  it('finds the answer to "who\'s taking over from him?" by the name "him" stands for', async () => {
    const thread = { platform: 'test', channel: 'qs', thread: 'osprey' };
    await bot.api.ask({ question: 'What did Lionel Marsh say about the squad?', thread });
    const answer = answerOf(await bot.api.ask({ question: "who's taking over from him?", thread }));
    expect(answer.bullets.map((b) => b.text).join(' ')).toMatch(/Okafor/);
    // The person "him" stands for is known to the question: he is not its answer.
    expect(answer.lead?.text ?? '').not.toMatch(/^Lionel Marsh/);
  });

  it('answers "No." first where the best sentence plainly denies what a yes/no question asks, nothing otherwise', async () => {
    expect((await ask('Is the Larkspur phone on sale in Canada?')).lead?.text ?? '').not.toMatch(
      /^(?:Yes|No)\b/,
    );
    const denied = await ask('Is the Harwick Link getting a toll?');
    expect(denied.lead?.text).toBe('No. The Harwick Link will not charge a toll, ministers said.');
  });

  it('ranks up a sentence giving a cause by a phrase ("amid falling demand") for "why"', async () => {
    const answer = await ask('Why did Calder Mills shut its Dunford factory?');
    const first = answer.bullets.slice(0, 2).map((b) => b.text);
    expect(first.join(' ')).toMatch(/amid falling demand/);
  });

  it('takes an article that spells out an acronym ("Northern Fisheries Authority") as naming it', async () => {
    const answer = await ask('Why did the NFA close Kelby harbour?');
    expect(answer.lead?.text).toMatch(/storm damage/);
  });

  it('answers "who" with a body when no person is named for it', async () => {
    expect((await ask('Who granted the licence for the Harwick Link?')).lead?.text).toBe('Estuary Board.');
  });

  it('answers a count only with a figure of what is counted', async () => {
    expect((await ask('How many countries is the Larkspur on sale in?')).lead?.text).toMatch(/^20\b/);
    // "20 countries" and "two years" count no phones: nothing says how many were sold.
    const sold = await ask('How many Larkspur phones have been sold?');
    expect(sold.lead ?? null).toBeNull();
    expect(sold.bullets).toEqual([]);
  });

  it('answers "what is X?" with how an article glosses X, and "what does X stand for?" too', async () => {
    const what = await ask('What is the Harwick Link?');
    expect(what.lead?.text).toBe('The Harwick Link is a planned rail tunnel under the estuary.');
    const stands = await ask('What does HRL stand for?');
    expect(stands.lead?.text).toBe('HRL: a railway for the whole region.');
  });

  it('finds what "he" said of a year in a sentence naming it, in an article of the next year', async () => {
    const thread = { platform: 'test', channel: 'qs', thread: 'tarnwell' };
    const first = answerOf(
      await bot.api.ask({ question: 'Who is the chief executive of Tarnwell?', thread }),
    );
    expect(first.lead?.text).toMatch(/Hal Brenner/);
    const answer = answerOf(
      await bot.api.ask({ question: 'How did he sum up 2004 for the company?', thread }),
    );
    expect(answer.lead?.text).toMatch(/most difficult year/);
  });
});

describe('askedFirst: of the best few sentences, the one saying what is asked answers first', () => {
  const candidate = (score: number, text: string) => ({ score, sentence: { text } });
  // "Why has Yangtze Electric not suffered from higher coal prices?": the words asked of the name,
  // each with the forms a sentence may say it in ("costs" for "prices").
  const asked = [['suffered'], ['higher'], ['coal'], ['prices', 'costs']].map((forms) =>
    forms.map((w) => queryTerms(w)[0]!),
  );
  const even = () => 1;
  const names = candidate(1, "Yangtze Electric has been expanding its output to meet China's demand.");
  const says = candidate(
    0.8,
    'As a hydroelectric-power generator it has not been hurt by higher coal costs.',
  );
  const other = candidate(0.7, 'Shares in Yangtze Electric rose 3% in Shanghai.');

  it('moves a slightly weaker sentence saying the asked words before one that only names the names', () => {
    expect(askedFirst([names, says, other], asked, even, null)).toEqual([says, names, other]);
  });

  it('keeps the order when the best sentence says as much, or the other is far weaker', () => {
    expect(askedFirst([says, names, other], asked, even, null)).toEqual([says, names, other]);
    const faint = candidate(0.3, says.sentence.text);
    expect(askedFirst([names, faint], asked, even, null)).toEqual([names, faint]);
  });

  it('lets only a sentence stating a figure take the place of one that states one', () => {
    const figure = candidate(1, 'Yangtze Electric made a profit of 3bn yuan.');
    const states = (c: { sentence: { text: string } }) => /\d/.test(c.sentence.text);
    expect(askedFirst([figure, says], asked, even, states)).toEqual([figure, says]);
  });
});

describe('speakerAsked and speakerSays: what a person said is their words', () => {
  it('reads the person asked to have spoken, not a place or body', () => {
    expect(speakerAsked('What did Thierry Henry say about it?', [['Thierry', 'Henry']])).toBe('Henry');
    expect(speakerAsked('What did India say about the visit?', [['India']])).toBeNull();
    expect(speakerAsked('Who did Thierry Henry play for?', [['Thierry', 'Henry']])).toBeNull();
  });

  it('takes the person as the speaker, not as the one spoken of', () => {
    expect(speakerSays('"It was a joke," said Arsenal striker Henry.', 'Henry')).toBe(true);
    expect(speakerSays('Henry told reporters he was hurt.', 'Henry')).toBe(true);
    expect(speakerSays('The federation said the remarks about Henry had caused offence.', 'Henry')).toBe(
      false,
    );
    expect(
      speakerSays("Aragones insisted the comments, made to Henry's club-mate, were a joke.", 'Henry'),
    ).toBe(false);
  });
});

describe('listsFirst: a list question is answered first by a sentence that lists', () => {
  const candidate = (text: string) => ({ sentence: { text } });
  const offer = candidate('The firm has offered to repay its creditors $220m of the $550m it lost.');
  const parent = candidate('The rest would come from its parent company in Beijing.');
  const among = candidate('Among the creditors are banks such as Barclays Capital and Sumitomo Mitsui.');
  const later = candidate('Its creditors include Barclays, Sumitomo and SK Energy.');

  it('moves the listing sentences of the best five first, and leaves the rest in order', () => {
    expect(listsFirst([offer, parent, among, later])).toEqual([among, later, offer, parent]);
    expect(listsFirst([offer, parent])).toEqual([offer, parent]);
  });

  it('reads no further than the best five', () => {
    const five = [offer, parent, offer, parent, offer];
    expect(listsFirst([...five, later])).toEqual([...five, later]);
  });
});

describe('question search: near misses', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(CORPUS);
  });
  afterAll(() => bot.close());

  const ask = async (question: string) => answerOf(await bot.api.ask({ question }));

  it('does not take a common word written in lower case for the name the question capitalises', async () => {
    // "A guardian may also open an account" names no newspaper called the Guardian.
    const answer = await ask('How much is the Guardian paying into savings accounts?');
    expect(answer.lead ?? null).toBeNull();
    expect(answer.bullets).toEqual([]);
    // The same article answers a question about what it does say.
    expect((await ask('How much can parents pay into a child savings account?')).lead?.text).toMatch(/1,200/);
  });
});
