import { describe, expect, it } from 'vitest';
import { officeAsked, officeHolders, bodyMatch } from '../../../src/briefing/question/office.js';

describe('office questions: who holds the top office of a body', () => {
  it('reads the common ways of asking for a body’s head, and the body', () => {
    expect(officeAsked('who runs General Motors?')).toBe('General Motors');
    expect(officeAsked("Who's at the helm of France Telecom?")).toBe('France Telecom');
    expect(officeAsked("Who is the boss of Kenya's athletics federation?")).toBe(
      "Kenya's athletics federation",
    );
    expect(officeAsked('Who is in charge of Chelsea?')).toBe('Chelsea');
    expect(officeAsked("Who's running Nortel these days?")).toBe('Nortel these days');
    // A department of a body is not the body: its head is asked for, not the body's.
    expect(officeAsked('Who runs exploration at Cairn Energy?')).toBeNull();
    expect(officeAsked('Who led the protest?')).toBeNull();
    expect(officeAsked('Who is the chief executive of Norvale?')).toBeNull();
    expect(officeAsked("Who is France Telecom's boss?")).toBe('France Telecom');
    expect(officeAsked('Who is the GM boss?')).toBe('GM');
    // A named top office after the body's name asks for its holder too.
    expect(officeAsked("Who is Contrack International's chief executive?")).toBe('Contrack International');
    expect(officeAsked("Who is Norvale's chairman?")).toBe('Norvale');
    expect(officeAsked("Who is Pakistan's army chief?")).toBeNull();
  });

  it('finds the person named beside an office noun, and whose office it is', () => {
    expect(officeHolders('"We needed scale," said GM chief executive Rick Wagoner.')).toEqual([
      { person: 'Rick Wagoner', office: 'chief executive', owner: 'GM' },
    ]);
    expect(officeHolders('GM chairman and chief executive Rick Wagoner said in a statement.')).toEqual([
      { person: 'Rick Wagoner', office: 'chairman', owner: 'GM' },
    ]);
    expect(officeHolders('"It works," said chief executive Thierry Breton.')).toEqual([
      { person: 'Thierry Breton', office: 'chief executive', owner: null },
    ]);
    expect(officeHolders('said Kaz Hirai, president of Sony Computer Entertainment America.')).toEqual([
      { person: 'Kaz Hirai', office: 'president', owner: 'Sony Computer Entertainment America' },
    ]);
    expect(officeHolders('Chief executive Lise Marand said so.')).toEqual([
      { person: 'Lise Marand', office: 'chief executive', owner: null },
    ]);
    // A deputy's or a race's office is not the body's top office.
    expect(officeHolders('Barcelona assistant coach Henk Ten Cate said so.')).toEqual([]);
    expect(officeHolders('said London race director David Bedford.')).toEqual([]);
  });

  it('reads an office written after the name as the body\'s ("Ann Brandt, Acme\'s chief executive")', () => {
    expect(officeHolders('"It is a fine result," said Ann Brandt, Acme\'s chief executive.')).toEqual([
      { person: 'Ann Brandt', office: 'chief executive', owner: 'Acme' },
    ]);
    // A longer title holding an office noun is another office: no chief.
    expect(officeHolders("a meeting with Paul Naylor, Acme's chief operating officer, and others.")).toEqual(
      [],
    );
  });

  it('tells the head of a part of a body from the head of the body', () => {
    // "chief of Acme's new games unit", "Acme's managing director, games and music": a part of Acme.
    const unit = "Acme is changing, Paul Naylor, chief of Acme's new Games unit told a forum.";
    const division = '"Sales are up," said Ann Brandt, Acme\'s managing director, games and music.';
    for (const text of [unit, division]) {
      const [holder] = officeHolders(text);
      expect(holder).toBeDefined();
      expect(holder!.owner).not.toBe('Acme');
      expect(bodyMatch(holder!.owner!, [['Acme']], text)).toBe(0.5);
    }
  });

  it('knows a body by its name, its initials, or initials its article spells out', () => {
    expect(bodyMatch('GM', [['General', 'Motors']], '')).toBe(0);
    expect(bodyMatch('Telecom', [['France', 'Telecom']], '')).toBe(0);
    expect(bodyMatch('AK', [['Kenya']], 'Athletics Kenya (AK) had suspended her.')).toBe(0);
    // A part of the body answers after the body itself.
    expect(bodyMatch('GM Europe', [['GM']], '')).toBe(0.5);
    expect(bodyMatch('BT', [['France', 'Telecom']], 'BT and France Telecom')).toBeNull();
    expect(bodyMatch('Fiat', [['General', 'Motors']], '')).toBeNull();
  });
});
