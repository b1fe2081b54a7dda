import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../../src/app/config.js';
import { logFormat, prettyLine } from '../../../src/app/pino-logger.js';

describe('log format', () => {
  it('is readable lines at a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(logFormat(undefined, true)).toBe('pretty');
    expect(logFormat(undefined, false)).toBe('json');
    expect(logFormat('json', true)).toBe('json');
    expect(logFormat('pretty', false)).toBe('pretty');
    expect(parseEnv({ LOG_FORMAT: 'Pretty' }).LOG_FORMAT).toBe('pretty');
    expect(parseEnv({ LOG_FORMAT: '' }).LOG_FORMAT).toBeUndefined();
    expect(() => parseEnv({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT must be pretty or json/);
  });

  it('writes one pino entry as one line: time, level, message, then the fields', () => {
    const time = Date.UTC(2026, 11, 5, 15, 4, 5);
    expect(
      prettyLine(
        JSON.stringify({
          level: 40,
          time,
          app: 'briefbot',
          file: 'var/x.bin',
          note: 'a b',
          n: 3,
          msg: 'rebuilt',
        }),
      ),
    ).toBe('15:04:05 WARN  rebuilt  file=var/x.bin note="a b" n=3\n');
    expect(
      prettyLine(JSON.stringify({ level: 50, time, err: { type: 'Error', message: 'boom' }, msg: 'failed' })),
    ).toBe('15:04:05 ERROR failed  (Error: boom)\n');
    expect(prettyLine('not json\n')).toBe('not json\n');
  });
});

describe('BRIEFBOT_ADMINS', () => {
  it('is a list of user ids, empty when unset', () => {
    expect(parseEnv({}).BRIEFBOT_ADMINS).toEqual([]);
    expect(parseEnv({ BRIEFBOT_ADMINS: ' U0123ABCD, U0456EFGH ,' }).BRIEFBOT_ADMINS).toEqual([
      'U0123ABCD',
      'U0456EFGH',
    ]);
    expect(() => parseEnv({ BRIEFBOT_ADMINS: 'U01; drop' })).toThrow(/BRIEFBOT_ADMINS must be user ids/);
  });
});
