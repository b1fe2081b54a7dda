/**
 * The real logger: pino, JSON lines, to stderr (stdout belongs to --json output). Secrets are
 * redacted by key wherever they appear in a logged object, and the known secret values themselves
 * are scrubbed from messages, so a token pasted into an error string does not leak either.
 */
import { pino } from 'pino';
import type { Logger } from './log.js';

const REDACT_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'apiKey',
  'authorization',
  'password',
  'secret',
  'OPENAI_API_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
];

export function createLogger(options: { level: string; secrets?: readonly (string | undefined)[] }): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const scrub = (text: string) => secrets.reduce((t, s) => t.split(s).join('[redacted]'), text);
  const base = pino(
    {
      level: options.level,
      base: { app: 'briefbot' },
      redact: {
        paths: [
          ...REDACT_KEYS,
          ...REDACT_KEYS.map((k) => `*.${k}`),
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
      formatters: {
        log(obj) {
          const err = obj.err;
          if (err instanceof Error) return { ...obj, err: { type: err.name, message: scrub(err.message) } };
          return obj;
        },
      },
    },
    pino.destination({ dest: 2, sync: true }),
  );
  return base;
}
