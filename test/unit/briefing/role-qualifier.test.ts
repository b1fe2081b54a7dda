import { describe, expect, it } from 'vitest';
import { givenOtherRole, roleAsked, saysRole } from '../../../src/briefing/question/near-miss.js';

const spanOf = (text: string, name: string) => ({ index: text.indexOf(name), text: name });

describe('a role asked with its qualifiers is not held by a name given the same noun otherwise qualified', () => {
  it('reads the role a person question asks, with the words it writes before the noun', () => {
    expect(roleAsked("Who is Pellan's chief financial officer?", 'officer')).toEqual({
      noun: 'officer',
      modifiers: ['chief', 'financial'],
    });
    // When the role is held says nothing of which it is.
    expect(roleAsked('Who is the new chief executive at Corvane?', 'executive')).toEqual({
      noun: 'executive',
      modifiers: ['chief'],
    });
    // A thing asked is no role.
    expect(roleAsked('Which film won the prize?', 'film')).toBeNull();
  });

  it('tells a chief operating officer from the chief financial officer asked', () => {
    const role = roleAsked("Who is Pellan's chief financial officer?", 'officer')!;
    const other = 'Regulators named Pellan, its chairman Ivo Marr and chief operating officer Ada Morn.';
    expect(saysRole(other, role)).toBe(false);
    expect(givenOtherRole(other, spanOf(other, 'Ada Morn'), role)).toBe(true);
    const same = 'Pellan said its chief financial officer Ada Morn would leave in May.';
    expect(saysRole(same, role)).toBe(true);
    expect(givenOtherRole(same, spanOf(same, 'Ada Morn'), role)).toBe(false);
  });

  it('reads the role said after the name, and leaves another noun to other rules', () => {
    const role = roleAsked("Who was the club's media manager on the tour?", 'manager')!;
    const after = 'On that tour Ivo Marr was the team manager.';
    expect(givenOtherRole(after, spanOf(after, 'Ivo Marr'), role)).toBe(true);
    // "striker" may be the player asked: only the same noun, otherwise qualified, is another role.
    const player = roleAsked('Which young player scored the winner?', 'player')!;
    const striker = 'Teenage striker Ivo Marr scored the winner.';
    expect(givenOtherRole(striker, spanOf(striker, 'Ivo Marr'), player)).toBe(false);
  });
});
