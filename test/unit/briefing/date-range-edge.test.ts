import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { askedDayOfRange, composeLead } from '../../../src/briefing/write/lead.js';

const bullet = (q: string, id = 'a') => ({ text: q, citations: [{ articleId: id, quote: q }] });
const leadFor = (question: string, bullets: ReturnType<typeof bullet>[]) =>
  composeLead(analyzeQuestion(question), bullets, () => undefined)?.text;

describe('a range of days asked by its start or its end', () => {
  it('reads the first day for "begin", the last for "end", the range otherwise', () => {
    expect(askedDayOfRange('12-15 May', 'when does the Quillby festival begin?')).toBe('12 May');
    expect(askedDayOfRange('12-15 May', 'when does the Quillby festival end?')).toBe('15 May');
    expect(askedDayOfRange('May 12 to 15, 2007', 'when did the talks start?')).toBe('May 12, 2007');
    expect(askedDayOfRange('12-15 May', 'when is the Quillby festival?')).toBe('12-15 May');
    // "Open" in a name asks no start.
    expect(askedDayOfRange('12-15 May', 'when is the Quillby Open?')).toBe('12-15 May');
  });

  it('leads "when does it begin?" with the first day of the range a sentence gives', () => {
    const lead = leadFor('When does the Quillby rowing regatta begin?', [
      bullet('Brenna Tolk will race at the Quillby rowing regatta on 12-15 May.'),
    ]);
    expect(lead).toBe('12 May.');
  });
});
