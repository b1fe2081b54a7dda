import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { cleanBody } from '../../../src/corpus/clean.js';
import { isFurniture } from '../../../src/corpus/clean-furniture.js';
import { loadCorpusDir } from '../../../src/corpus/load-corpus.js';

/** The seeds, loaded and cleaned the way the bot does it. */
let articles: Map<string, Article>;

beforeAll(async () => {
  const { articles: raw } = await loadCorpusDir('data/articles');
  articles = new Map(raw.map((r) => [r.id.slice(0, 3), buildArticle(r)]));
});

function article(prefix: string): Article {
  const a = articles.get(prefix);
  if (!a) throw new Error(`seed ${prefix} not loaded`);
  return a;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Furniture found in each seed: none of it may survive cleaning. */
const FURNITURE: Record<string, string[]> = {
  '000': ['Trending Photos', 'PTI', 'Stay informed', 'Zee News', 'Advertisement', 'Live Tv', 'Islamabad:'],
  '001': [
    'File Photo',
    'ISLAMABAD:',
    'Opinion',
    'Accessing the RSF',
    'RSF can help',
    'Editorial',
    'Madressah',
    'Updated 19 Dec',
    '19 Dec, 2024',
    "Kurram's misery",
    'Hiking gas rates',
    'Ogra',
    'Geopolitical games',
    'Assad',
    "Polio's toll",
    'Development expenditure',
    'infrastructure development woes',
  ],
  '002': [
    'Kamran Yousaf',
    'October 02, 2012',
    'ISLAMABAD:',
    'Published in The Express Tribune',
    'COMMENTS',
    'mindless',
    'Reply',
    '12 years ago',
    'Tewari',
    'VIEW MORE COMMENTS',
    'Replying to',
    'Comments are moderated',
    'Comments FAQ',
  ],
  '003': ['Advocate Member', 'sign up', '(Note:', 'one long page'],
  '004': ['Azerbaijan', 'Baku Tribune', 'LAST NEWS', 'Meeting with army chief'],
};

/** Real sentences of each seed that must come out whole, as one sentence each. */
const SENTENCES: Record<string, string[]> = {
  '000': [
    "Pakistan Army Chief Gen Ashfaq Parvez Kayani on Wednesday embarked on a three-day visit to Russia, shortly before Russian Foreign Minister Sergey Lavrov flew into Islamabad for talks with the country's top leadership.",
    "The cancellation of Putin's two-day visit, which was to begin on October 2, led to the postponement of a quadrilateral summit of Pakistan, Russia, Tajikistan and Afghanistan.",
    "The Foreign Office had intended to create the framework for a new Pakistan-Russia relationship, with special focus on Afghanistan, during Putin's visit.",
    'Kayani is visiting Russia at the invitation of Nikolai Makarov, the Chief of General Staff of Russian armed forces.',
    'He said the two countries also share the "common objective of peace and stability in the broader region."',
  ],
  '001': [
    '"Dates for Gen Kayani\'s visit to Russia have been finalised and he would be in Moscow from Oct 3-6," a close aide to the army chief told Dawn.',
    "With Russian President Vladimir Putin's cancelled visit still a hot issue at home, Army Chief Gen Ashfaq Parvez Kayani will be visiting Moscow next week on a four-day visit.",
    'President Putin had decided against visiting Pakistan on the pretext that engagement lacked substance and was more rhetorical.',
    'The renewal of Pak-Russia ties is based on a two-pronged strategy — building economic/trade cooperation chiefly through infrastructure and energy projects and security collaboration.',
    'Some of the ideas that Pakistan and Russia have been discussing for expanding security relations include joint military exercises, exchanging trainees and trainers and sale of military hardware.',
  ],
  '002': [
    'Foreign ministry spokesperson Moazzam Ali Khan told The Express Tribune that the Russian foreign minister will be visiting Islamabad for "bilateral consultations" from October 3-4.',
    "Russian Foreign Minister Sergei Viktorovich Lavrov will travel to Pakistan this week in what appears to be a 'damage control' exercise after President Vladimir Putin postponed his scheduled trip to Islamabad recently.",
    'While the Russian foreign minister will be holding broad-based discussions with the Pakistani leadership in Islamabad, Chief of Army Staff General Ashfaq Parvez Kayani would be in Moscow at the same time for discussions with his counterpart.',
    'Gen Kayani is due to leave for Russia on October 3 for a three-day trip as part of the new efforts launched by the former cold war rivals to open a new chapter in their ties.',
    'During his stay in Islamabad, besides holding bilateral consultations, Foreign Minister Lavrov is also scheduled to call on President Asif Ali Zardari and the prime minister.',
  ],
  '003': [
    'Chief of Army Staff (COAS) General Ashfaq Kayani arrived in Moscow on October 4 and visited the tomb of an unknown soldier at the Kremlin to lay a floral wreath.',
    'Next day he called on Russian Federation Armed Forces Chief of General Staff (CGS) General Makarov.',
    "Russia's deputy minister for energy and representatives of leading energy giant Gazprom had attended the Pak-Russia Inter-Governmental Commission on 10th September.",
    "Likewise, Pakistan's Air Chief Marshal Tahir Rafique Butt visited Moscow in August.",
    "The simultaneous visits took place against the backdrop of last week's cancellation of President Putin's trip to Pakistan to attend the Quadrilateral Summit (Pakistan, Russia, Tajikistan and Afghanistan), which was planned in Islamabad from 2-3 October 2012.",
  ],
  '004': [
    "Russia's foreign minister met the Pakistani prime minister in Islamabad on Wednesday for talks on host of issues including the troubled peace process in Afghanistan and Kashmir.",
    "Lavrov also called on Pakistan's army chief Gen. Qamar Bajwa.",
    'It is the first time a Russian foreign minister has visited Pakistan in nine years.',
    'He said Pak-Russia relations are on a "positive trajectory" and will continue to develop in multiple domains.',
    'The chief of army staff said Pakistan values its relations with Russia and reciprocates the desire for enhanced bilateral military cooperation.',
  ],
};

/** Text that the page repeats (headline, standfirst, pull quote, first sentence): once after cleaning. */
const ONCE: Record<string, string[]> = {
  '000': ['embarked on a three-day visit to Russia', 'Pak Army Chief Kayani leaves for Russia'],
  '001': ['Dates for Gen Kayani', 'will be visiting Moscow next week'],
  '002': ['After presidential snub'],
  '003': ['arrived in Moscow on October 4'],
  '004': ["Russia's foreign minister met the Pakistani prime minister", 'Russian foreign minister meets'],
};

describe('cleaning the seed articles', () => {
  for (const prefix of Object.keys(FURNITURE)) {
    describe(`seed ${prefix}`, () => {
      it('keeps no page furniture', () => {
        const { text } = article(prefix);
        for (const junk of FURNITURE[prefix]!) expect(text, junk).not.toContain(junk);
      });

      it('keeps its real sentences whole, each as one sentence', () => {
        const texts = article(prefix).sentences.map((s) => s.text);
        for (const sentence of SENTENCES[prefix]!) expect(texts).toContain(sentence);
      });

      it('keeps one copy of what the page repeats', () => {
        const { text, title } = article(prefix);
        for (const repeated of ONCE[prefix]!) {
          // The headline belongs in the title, not the text; everything else appears exactly once.
          const expected = title.includes(repeated) ? 0 : 1;
          expect(count(text, repeated), repeated).toBe(expected);
        }
      });

      it('has clean characters: straight quotes, no backticks, no runs of spaces', () => {
        const { text } = article(prefix);
        expect(text).not.toMatch(/[\u2018\u2019\u201C\u201D`\u00A0]/);
        expect(text).not.toMatch(/ {2}|[ \t]\n|\n{3}/);
      });
    });
  }

  it('rejoins hard-wrapped lines inside a sentence', () => {
    const { paragraphs } = article('003');
    expect(
      paragraphs.some((p) => p.includes('on October 4 and visited the tomb of an unknown soldier')),
    ).toBe(true);
    expect(paragraphs.some((p) => p === 'visited the')).toBe(false);
    // The wrapped section label ("General / Kayani's visit") is a label, not a sentence.
    expect(paragraphs.filter((p) => p === 'General' || p.startsWith("Kayani's visit"))).toEqual([]);
  });

  it('keeps the article body: most of each seed survives', () => {
    // A cleaner that deleted everything would pass the furniture checks; this one would not.
    const minimum: Record<string, number> = { '000': 18, '001': 11, '002': 14, '003': 15, '004': 14 };
    for (const [prefix, n] of Object.entries(minimum)) {
      expect(article(prefix).paragraphs.length, prefix).toBeGreaterThanOrEqual(n);
    }
  });
});

/** Synthetic messy articles with other furniture wording than the seeds: the rules are general. */
describe('cleaning articles the rules were not written for', () => {
  let messy: Map<string, Article>;
  beforeAll(async () => {
    const { articles: raw } = await loadCorpusDir('test/fixtures/corpus/messy');
    messy = new Map(raw.map((r) => [r.id, buildArticle(r)]));
  });
  const get = (id: string): Article => {
    const a = messy.get(id);
    if (!a) throw new Error(`fixture ${id} not loaded`);
    return a;
  };

  it('a hard-wrapped wire story: ads, sign-up, captions, read-more, credits and comments go', () => {
    const a = get('synthetic-wire');
    for (const junk of [
      'ADVERTISEMENT',
      'By Jane Mwangi',
      '10:45',
      'NAIROBI',
      'Image: Reuters',
      'Subscribe',
      'Read more',
      'Photo: Reuters',
      'Reporting by',
      'Comments',
      'says:',
      'Finally some good news',
      'Compensation first',
    ]) {
      expect(a.text, junk).not.toContain(junk);
    }
    const sentences = a.sentences.map((s) => s.text);
    for (const s of [
      'Kenya on Wednesday opened the first phase of the Thwake multipurpose dam, a project the government says will supply water to more than a million people in the capital and the surrounding counties by 2023.',
      'The dam, built on the Athi river about 150 kilometres south-east of the capital, cost 42 billion shillings and was financed partly by the African Development Bank, officials said.',
      '"This is the biggest investment in water storage since independence."',
      'Engineers said the reservoir would also irrigate about 40,000 hectares of farmland and generate 20 megawatts of electricity when the second phase is completed.',
      'The water ministry said payments would be made by the end of the year.',
    ]) {
      expect(sentences).toContain(s);
    }
  });

  it('a one-line-per-paragraph page: repeats, social prompts, a stray story and a related list go', () => {
    const a = get('blog-one-line-per-paragraph');
    for (const junk of [
      'Photo: AFP',
      'Share on Facebook',
      'Follow us',
      'Manchester United',
      'Related Stories',
      'Wheat procurement',
      'hours ago',
      'Monsoon',
      'Mumbai Indians',
    ]) {
      expect(a.text, junk).not.toContain(junk);
    }
    expect(count(a.text, 'Farmers across Punjab are switching')).toBe(1);
    expect(a.text).toContain('according to the provincial agriculture department.');
    const sentences = a.sentences.map((s) => s.text);
    for (const s of [
      '"We cannot keep pumping like our fathers did," said Gurpreet Singh, who farms 12 acres near Ludhiana.',
      "Drip systems cut water use for vegetables by about 40 percent, the department's director, Dr. R. S. Bains, said in a statement.",
      'Critics say the subsidy favours larger farms that can pay the upfront cost of pumps and filters.',
      'The department said 18,000 farmers had applied for subsidised drip kits this season, three times as many as last year.',
    ]) {
      expect(sentences).toContain(s);
    }
  });

  it('a JSON record: a mid-article marker stays harmless, copyright and a comment thread go', () => {
    const a = get('synthetic-json');
    for (const junk of [
      'CITY HALL',
      'Scroll to continue',
      'Sign up',
      'Trending',
      'Copyright',
      'comments',
      'mike_t',
      'nurses',
    ]) {
      expect(a.text, junk).not.toContain(junk);
    }
    const sentences = a.sentences.map((s) => s.text);
    for (const s of [
      'The city council voted 7-2 on Tuesday to approve dedicated bus lanes along Main Street, a plan transit officials say will cut commute times by up to 15 minutes.',
      'Shop owners on Main Street had opposed the plan, arguing that the loss of 140 parking spaces would drive customers away.',
      '"Nobody should have to choose between a bus and a business," she said.',
      'Construction is expected to begin in September and take about eight months, the transportation department said.',
    ]) {
      expect(sentences).toContain(s);
    }
  });
});

describe('cleanBody rules', () => {
  it('normalises quotes, backtick apostrophes, no-break spaces and space runs; keeps dashes', () => {
    const out = cleanBody({
      title: 'T',
      body: 'The country`s \u201Cnew\u201D plan \u2014 drafted in\u00A0May \u2013 was \u2018final\u2019,   officials said.',
    });
    expect(out).toEqual([
      "The country's \"new\" plan \u2014 drafted in May \u2013 was 'final', officials said.",
    ]);
  });

  it('cuts a blog-style comment thread (name says: + timestamp) with no "Comments" heading', () => {
    const out = cleanBody({
      title: 'Port strike ends',
      body: [
        'Dock workers in Rotterdam ended a three-day strike on Friday after agreeing a new pay deal.',
        'The union said the deal raised wages by 6 percent over two years.',
        'Pieter V. says:',
        '14 May 2023 at 8:02 pm',
        'About time, the ships have been waiting all week.',
      ].join('\n'),
    });
    expect(out).toEqual([
      'Dock workers in Rotterdam ended a three-day strike on Friday after agreeing a new pay deal.',
      'The union said the deal raised wages by 6 percent over two years.',
    ]);
  });

  it('strips a trailing photo or agency credit but keeps the sentence', () => {
    const out = cleanBody({
      title: 'Floods',
      body: 'Rescuers reached the flooded village of Tarn on Monday morning. (AFP)\n\nThe river rose two metres overnight, residents said. —File Photo',
    });
    expect(out).toEqual([
      'Rescuers reached the flooded village of Tarn on Monday morning.',
      'The river rose two metres overnight, residents said.',
    ]);
  });

  it('strips an agency credit it has no list entry for, by its bracketed capitals', () => {
    const out = cleanBody({
      title: 'Port reopens',
      body: 'The port reopened to shipping on Tuesday after a week of repairs. (KUNA)\n\nOfficials said the first tankers would dock within days. — (MENA/AFP)',
    });
    expect(out).toEqual([
      'The port reopened to shipping on Tuesday after a week of repairs.',
      'Officials said the first tankers would dock within days.',
    ]);
    // On a line of its own too, even where short lines are content; bare capitals may be a heading.
    expect(isFurniture('(KUNA)', false)).toBe(true);
    expect(isFurniture('NATO', false)).toBe(false);
  });

  it('keeps a closing quote that shares few words with the lead', () => {
    const body = [
      'Parliament passed the budget on Thursday after a week of debate over fuel subsidies.',
      'The finance minister said spending on schools would rise by a tenth.',
      'She said the country "cannot afford another year of waiting for better times."',
    ].join('\n');
    expect(cleanBody({ title: 'Budget passed', body })).toHaveLength(3);
  });

  it('keeps "said:" lines that introduce a quote, drops a lone dateline', () => {
    const out = cleanBody({
      title: 'Talks',
      body: 'KABUL:\n\nThe talks resumed on Monday in Doha after a pause of two weeks.\n\nThe envoy told reporters afterwards:\n\n"We are closer than we have ever been."',
    });
    expect(out).toEqual([
      'The talks resumed on Monday in Doha after a pause of two weeks.',
      'The envoy told reporters afterwards:',
      '"We are closer than we have ever been."',
    ]);
  });

  it('keeps sentences that merely use furniture words', () => {
    const body = [
      'Updated figures show inflation rose to 9 percent in March, the central bank said.',
      'By Tuesday, the army had withdrawn from the border villages.',
      'The company changed its privacy policy in May after complaints from regulators.',
      'Subscribers can sign up for the new plan from June, the operator said.',
      'Members of parliament said our country cannot wait for another report.',
    ];
    expect(cleanBody({ title: 'Mixed news', body: body.join('\n') })).toEqual(body);
  });

  it('does not cut the article at a "Comments" link or a subheading near the top', () => {
    const body = [
      'Comments (3)',
      'The city opened a new library in the old railway station on Saturday.',
      'Thoughts on the design',
      'Architects kept the station clock and the iron roof of the main hall.',
      'The library will hold 80,000 books and open every day of the week.',
      'Readers queued for an hour before the doors opened, the city said.',
    ];
    expect(cleanBody({ title: 'Library opens', body: body.join('\n') })).toEqual([
      'The city opened a new library in the old railway station on Saturday.',
      'Architects kept the station clock and the iron roof of the main hall.',
      'The library will hold 80,000 books and open every day of the week.',
      'Readers queued for an hour before the doors opened, the city said.',
    ]);
  });

  it('rejoins a hard-wrapped text whose lines end at sentence ends too', () => {
    const body = [
      'The new bridge over the river was opened on Friday by the transport',
      'minister. It is the first crossing built in the region in forty years.',
      'Traffic on the old ferry, which carried 3,000 cars a day, will end.',
      '',
      'Local traders said the bridge would cut the trip to the market town',
      'from two hours to twenty minutes, and bring more customers to them.',
    ].join('\n');
    expect(cleanBody({ title: 'Bridge opens', body })).toEqual([
      'The new bridge over the river was opened on Friday by the transport minister. It is the first crossing built in the region in forty years. Traffic on the old ferry, which carried 3,000 cars a day, will end.',
      'Local traders said the bridge would cut the trip to the market town from two hours to twenty minutes, and bring more customers to them.',
    ]);
  });

  it('never returns nothing for a short note that only looks like a label', () => {
    expect(cleanBody({ title: 'Note', body: 'Office closed on Friday' })).toEqual([
      'Office closed on Friday',
    ]);
  });
});
