import { describe, expect, it } from 'vitest';
import { expansionOf } from '../../../src/briefing/write/acronym.js';

describe('expansionOf', () => {
  it('finds the words an acronym stands for, through the noun the question put after it', () => {
    const text = 'Russia wants to take part in the Iran-Pakistan gas pipeline project.';
    expect(expansionOf('IP', text, 'project')?.text).toBe('Iran-Pakistan gas pipeline project');
    // Two capitals in a row mean nothing without the noun or a bracket.
    expect(expansionOf('IP', 'In Pakistan the talks went on.', null)).toBeNull();
  });

  it('takes small words inside an expansion and a name written in lower case when bracketed', () => {
    const text = 'Marion Jones was named by the World Anti-Doping Agency (Wada) on Friday.';
    expect(expansionOf('Wada', text, null)?.text).toBe('World Anti-Doping Agency');
    expect(expansionOf('SFA', 'The Scottish Football Association said so.', null)?.text).toBe(
      'Scottish Football Association',
    );
    expect(expansionOf('FDA', 'the Food and Drug Administration approved it', null)?.text).toBe(
      'Food and Drug Administration',
    );
    // Not bracketed, a capital with lower-case letters is a word, not letters.
    expect(expansionOf('Kent', 'Kings Enter New Towns', null)).toBeNull();
  });
});
