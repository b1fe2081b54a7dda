import { describe, expect, it } from 'vitest';
import { asksOutlet, speechAnswers, speechRole } from '../../../src/briefing/question/speaker.js';

const at = (quote: string, name: string) => speechRole(quote, { text: name, index: quote.indexOf(name) });

describe('speechRole', () => {
  it('finds the speaker before or after a verb of saying, and whom words are told to', () => {
    expect(at('Chief executive Bill Gammell said on Friday he was pleased.', 'Bill Gammell')).toBe('speaker');
    expect(at('"It is a big injury," said Chelsea manager Jose Mourinho.', 'Jose Mourinho')).toBe('speaker');
    expect(at('Lt Col Eric Schnaible of the PCO told reporters it was agreed.', 'Eric Schnaible')).toBe(
      'speaker',
    );
    expect(at('Steel giant LNM told BBC News that it would bid.', 'BBC News')).toBe('listener');
  });

  it('leaves a name the sentence says did something', () => {
    expect(at('John Arne Riise volleyed Liverpool ahead after 45 seconds.', 'John Arne Riise')).toBeNull();
    expect(at('The PCO said it had taken over Contrack management.', 'Contrack')).toBeNull();
  });
});

describe('speechAnswers', () => {
  it('lets a speaker answer a question asking for words or for who holds a role', () => {
    expect(speechAnswers('Who warned about the rates?', 'speaker')).toBe(true);
    expect(speechAnswers('Who is the governor of the bank?', 'speaker')).toBe(true);
    expect(speechAnswers('Who runs exploration at Cairn?', 'speaker')).toBe(true);
    expect(speechAnswers('Who put Liverpool ahead?', 'speaker')).toBe(false);
    expect(speechAnswers('Which paper did the aide give the dates to?', 'listener')).toBe(true);
    expect(speechAnswers('Which contractor has walked away?', 'listener')).toBe(false);
  });
});

describe('asksOutlet', () => {
  it('tells a question asking for a paper or an agency', () => {
    expect(asksOutlet('Which paper did the aide give the dates to?')).toBe(true);
    expect(asksOutlet('Which news agency did he speak to?')).toBe(true);
    expect(asksOutlet('Which company makes Draft One?')).toBe(false);
  });
});
