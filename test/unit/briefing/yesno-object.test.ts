import { describe, expect, it } from 'vitest';
import { yesNoObject, yesNoVerb } from '../../../src/briefing/question/yesno-verb.js';

describe("the name a yes/no question's verb is asked of", () => {
  const objectOf = (q: string) => yesNoObject(q, yesNoVerb(q)!);

  it('reads the name after the verb, by its last word', () => {
    expect(objectOf('Will Ode meet Jane Marlow in Lisbon?')).toBe('Marlow');
    expect(objectOf('Was the envoy going to see Mr Corlan while in Paris?')).toBe('Corlan');
  });

  it('reads none when the verb takes no name', () => {
    expect(objectOf('Will the council approve the scheme?')).toBeNull();
  });
});
