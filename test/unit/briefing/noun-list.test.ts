import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import { nounListSpan, prepositionListSpan } from '../../../src/briefing/write/noun-list.js';

describe('kinds of things listed beside the asked noun', () => {
  it('reads the list before or after the noun', () => {
    expect(
      nounListSpan('They objected to investment in the telecoms and aviation industries.', 'industries')
        ?.text,
    ).toBe('telecoms and aviation');
    expect(
      nounListSpan('Talks covered the fields of energy, industrial modernisation and trade.', 'fields')?.text,
    ).toBe('energy, industrial modernisation and trade');
    // Names are no kinds of things, and a list beside another noun is not of the one asked.
    expect(nounListSpan('The models are built by Fiat and Ford.', 'models')).toBeNull();
    expect(nounListSpan('Investment in the telecoms and aviation industries rose.', 'fields')).toBeNull();
  });

  it('answers "which industries" with the kinds listed, not a name', () => {
    const quote =
      'The Communists have opposed more foreign investment in the telecoms and aviation industries.';
    expect(leadOver('In which industries have the Communists objected to foreign investment?', quote)).toBe(
      'Telecoms and aviation.',
    );
  });

  it('answers a list of kinds asked by a noun of no person, place or body', () => {
    const quote = 'The budget opens the insurance and banking sectors to foreign investment.';
    expect(leadOver('Which sectors will be opened to foreign investment?', quote)).toBe(
      'Insurance and banking.',
    );
  });

  it("reads the items after the question's opening preposition", () => {
    const quote = 'They have opposed increasing foreign direct investment in telecommunication and aviation.';
    expect(
      leadOver('In which industries have the Communists objected to more foreign direct investment?', quote),
    ).toBe('Telecommunication and aviation.');
  });
});

describe('names listed as qualifiers of the asked noun', () => {
  it('reads a list of names before the plural noun', () => {
    expect(
      nounListSpan('Officials are also keen on the Lowbridge-2, Amber Falls and K-400 dams.', 'dams')?.text,
    ).toBe('Lowbridge-2, Amber Falls and K-400');
    expect(nounListSpan('The Harrow, Kenton and Wembley branches will close.', 'branches')?.text).toBe(
      'Harrow, Kenton and Wembley',
    );
    // A list before another noun is not of the one asked.
    expect(nounListSpan('Officials visited the Lowbridge, Amber and Kenton sites.', 'dams')).toBeNull();
  });

  it('answers "which dams" with the names listed before the noun in a lower sentence', () => {
    expect(
      leadOver(
        'Which other dams is the ministry keen on besides the Lowbridge scheme?',
        'The ministry wants any new deal to include the Lowbridge scheme, officials said.',
        'The ministry is also keen on the Amber Falls, Kenton and K-400 dams.',
      ),
    ).toBe('Amber Falls, Kenton and K-400.');
  });
});

describe('a list that is not a list of kinds', () => {
  it('ends each item on a noun, not a verb', () => {
    expect(
      prepositionListSpan(
        'The budget will boost investment in telecommunication and allow firms to grow.',
        'in',
      ),
    ).toBeNull();
    expect(prepositionListSpan('They want investment in telecommunication and aviation.', 'in')?.text).toBe(
      'telecommunication and aviation',
    );
  });

  it('is not cut short of a noun its last item runs on into', () => {
    expect(
      prepositionListSpan('The money went in rail tracks and motor vehicles last year.', 'in'),
    ).toBeNull();
    expect(nounListSpan('Sectors such as rail tracks and motor vehicles were opened.', 'sectors')).toBeNull();
  });
});
