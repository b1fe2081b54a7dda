import { describe, expect, it } from 'vitest';
import {
  claimSupported,
  normalizeForMatch,
  quoteIsIn,
  verifyDraft,
} from '../../../src/briefing/write/verify.js';

const article =
  'Foreign ministry spokesperson Moazzam Ali Khan told The Express Tribune that the Russian foreign minister will be visiting Islamabad for “bilateral consultations” from October 3-4.\n\nGen Kayani’s visit was in the planning for months.';

describe('quoteIsIn', () => {
  it('finds a verbatim sentence', () => {
    expect(quoteIsIn('Gen Kayani’s visit was in the planning for months.', article)).toBe(true);
  });

  it('forgives typographic quotes, dashes and whitespace, nothing else', () => {
    expect(
      quoteIsIn('will be visiting Islamabad for  "bilateral consultations"\nfrom October 3–4.', article),
    ).toBe(true);
    expect(quoteIsIn("Gen Kayani's visit was in the planning for months.", article)).toBe(true);
  });

  it('rejects a forged quote that changes one word', () => {
    expect(quoteIsIn('Gen Kayani’s visit was in the planning for years.', article)).toBe(false);
    expect(quoteIsIn('from October 5-6', article)).toBe(false);
  });

  it('rejects quotes too short to prove anything', () => {
    expect(quoteIsIn('Kayani', article)).toBe(false);
  });

  it('normalises consistently', () => {
    expect(normalizeForMatch('“a” — ‘b’ `c`   d')).toBe("\"a\" - 'b' 'c' d");
  });

  it('folds each of the cases plain ASCII text can hold as the full fold does (its fast path)', () => {
    expect(normalizeForMatch('He said `no`.')).toBe("He said 'no'.");
    expect(normalizeForMatch('two  spaces')).toBe('two spaces');
    expect(normalizeForMatch(' edges ')).toBe('edges');
    expect(normalizeForMatch('tab\there')).toBe('tab here');
    const plain = 'Plain text, with "quotes" and 3-4 dashes.';
    expect(normalizeForMatch(plain)).toBe(plain);
  });
});

describe('verifyDraft', () => {
  const lookup = (id: string) => (id === 'a1' ? article : undefined);

  it('keeps valid citations and drops forged ones, unknown sources, and emptied bullets', () => {
    const result = verifyDraft(
      [
        {
          text: 'The minister will be visiting Islamabad from October 3-4.',
          citations: [
            {
              articleId: 'a1',
              quote: 'will be visiting Islamabad for "bilateral consultations" from October 3-4.',
            },
            { articleId: 'a1', quote: 'will be visiting Moscow for talks' },
            { articleId: 'zz', quote: 'Gen Kayani’s visit was in the planning for months.' },
          ],
        },
        { text: 'Made up.', citations: [{ articleId: 'a1', quote: 'Putin signed a treaty in Islamabad.' }] },
      ],
      lookup,
    );
    expect(result.bullets).toHaveLength(1);
    expect(result.bullets[0]!.citations).toHaveLength(1);
    expect(result.dropped.map((d) => d.reason).sort()).toEqual([
      'quote-not-found',
      'quote-not-found',
      'unknown-source',
    ]);
    expect(result.droppedBullets).toBe(1);
  });

  it('drops a claim its genuine quote does not make, and a two-word "quote"', () => {
    const result = verifyDraft(
      [
        {
          text: 'Pakistan agreed to host a Russian naval base.',
          citations: [
            {
              articleId: 'a1',
              quote: 'will be visiting Islamabad for "bilateral consultations" from October 3-4.',
            },
          ],
        },
        {
          text: 'The foreign ministry spoke.',
          citations: [{ articleId: 'a1', quote: 'bilateral consultations' }],
        },
      ],
      lookup,
    );
    expect(result.bullets).toEqual([]);
    expect(result.unsupported.map((u) => u.reason)).toEqual([
      'says "Pakistan", "Russian" that its quotes do not',
    ]);
    expect(result.dropped.map((d) => d.reason)).toEqual(['quote-too-short']);
  });

  it('drops a bullet that only repeats an earlier bullet’s citation', () => {
    const quote = 'Gen Kayani’s visit was in the planning for months.';
    const result = verifyDraft(
      [
        { text: 'Kayani’s visit was planned for months.', citations: [{ articleId: 'a1', quote }] },
        { text: 'The visit was in the planning for months.', citations: [{ articleId: 'a1', quote }] },
      ],
      lookup,
    );
    expect(result.bullets.map((b) => b.text)).toEqual(['Kayani’s visit was planned for months.']);
  });
});

describe('claimSupported: figures and names as tokens of the quote', () => {
  const says = (claim: string, quote: string) => claimSupported(claim, [quote]).ok;

  it('finds a figure with a unit after it, never inside a longer number', () => {
    const quote = 'Shares rose to £3.5m at 6.40am as the 1.8GB model sold out in Kayaniville.';
    expect(says('Shares rose to 3.5 at 6.40 as the model sold out.', quote)).toBe(true);
    expect(says('The 1.8GB model sold out.', quote)).toBe(true);
    const longer = 'Shares rose to £3.55m at 16.40 as the model sold out in Kayaniville.';
    expect(says('Shares rose to 3.5 as the model sold out.', longer)).toBe(false);
    expect(says('Shares rose at 6.40 as the model sold out.', longer)).toBe(false);
  });

  it('finds a name only as a whole word, in any case', () => {
    const quote = 'Shares rose as the model sold out in Kayaniville, said GB News.';
    expect(says('Shares rose in kayaniville as the model sold out.', quote)).toBe(true);
    expect(says('Shares rose for Kayani as the model sold out.', quote)).toBe(false);
    expect(says('Shares rose as the model sold out, GB News said.', quote)).toBe(true);
  });
});
