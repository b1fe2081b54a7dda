import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { loadCorpusDir } from '../../../src/corpus/load.js';

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
