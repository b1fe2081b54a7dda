import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../../src/platforms/slack/bolt-logger.js';
import { makeRedactor } from '../../../../src/platforms/slack/redact.js';

describe('makeRedactor', () => {
  it('removes the configured secrets and anything shaped like a Slack token', () => {
    const redact = makeRedactor(['s3cr3t-signing-value', undefined, 'abc']);
    expect(redact('sig s3cr3t-signing-value, bot xoxb-123-456-abc, app xapp-1-A1-xyz, short abc')).toBe(
      'sig [redacted], bot [redacted], app [redacted], short abc',
    );
  });
});

describe('createBoltLogger', () => {
  it('forwards Bolt’s log calls to the Logger port, redacted', () => {
    const lines: [string, string | undefined][] = [];
    const port = {
      debug: (_o: object, m?: string) => lines.push(['debug', m]),
      info: (_o: object, m?: string) => lines.push(['info', m]),
      warn: (_o: object, m?: string) => lines.push(['warn', m]),
      error: (_o: object, m?: string) => lines.push(['error', m]),
    };
    const logger = createBoltLogger(port, makeRedactor(['the-signing-secret']));
    logger.info('headers', { authorization: 'Bearer xoxb-1-2-3' });
    logger.error(new Error('bad the-signing-secret'));
    expect(lines).toEqual([
      ['info', 'headers {"authorization":"Bearer [redacted]"}'],
      ['error', 'bad [redacted]'],
    ]);
  });
});
