import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/cli/parse-args.js';

describe('parseCliArgs', () => {
  it('parses the contract commands', () => {
    expect(parseCliArgs(['brief', 'pakistan-russia', '--json'])).toEqual({
      ok: true,
      command: { name: 'brief', topic: 'pakistan-russia', json: true, timeline: false },
    });
    expect(
      parseCliArgs(['ask', 'When was Lavrov in Islamabad?', '--thread', 't1', '--topic', 'pakistan-russia']),
    ).toEqual({
      ok: true,
      command: {
        name: 'ask',
        question: 'When was Lavrov in Islamabad?',
        json: false,
        topic: 'pakistan-russia',
        thread: 't1',
      },
    });
    const digest = parseCliArgs(['digest', 'pakistan-russia', '--since', '2012-10-01', '--json']);
    expect(digest.ok && digest.command.name === 'digest' && digest.command.since?.toISOString()).toBe(
      '2012-10-01T00:00:00.000Z',
    );
    expect(parseCliArgs(['topics'])).toEqual({ ok: true, command: { name: 'topics', json: false } });
  });

  it('refuses an empty question, a missing topic, unknown commands and options, bad dates and thread ids', () => {
    for (const argv of [
      ['ask'],
      ['ask', '   '],
      ['brief'],
      ['frobnicate'],
      ['brief', 'x', '--verbose'],
      ['digest', 'x', '--since', 'yesterday'],
      ['ask', 'q', '--thread', 'has space'],
    ]) {
      const parsed = parseCliArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
    }
  });
});
