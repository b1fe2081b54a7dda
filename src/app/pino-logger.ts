/**
 * The real logger: pino, to stderr (stdout belongs to --json output). JSON lines for machines, or
 * one readable line per entry when stderr is a terminal (LOG_FORMAT=pretty|json forces either). Secrets are
 * redacted by key wherever they appear in a logged object, and the known secret values themselves
 * are scrubbed from messages, so a token pasted into an error string does not leak either.
 */
import { writeSync } from 'node:fs';
import { pino } from 'pino';
import type { Logger } from '../log/logger.js';
import { type Env, SECRET_VARIABLES, secretValues } from './config.js';

const REDACT_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'apiKey',
  'authorization',
  'password',
  'secret',
  ...SECRET_VARIABLES,
];

export type LogFormat = 'pretty' | 'json';

/** The format asked for, else readable lines for a person at a terminal and JSON for everything else. */
export function logFormat(
  asked: LogFormat | undefined,
  stderrIsTTY = Boolean(process.stderr.isTTY),
): LogFormat {
  return asked ?? (stderrIsTTY ? 'pretty' : 'json');
}

/**
 * The logger the configuration asks for: LOG_LEVEL (else the entry point's `defaultLevel`),
 * LOG_FORMAT, and the configuration's secrets scrubbed. `npm start` and the CLI both build theirs here.
 */
export function loggerFor(env: Env, defaultLevel: 'info' | 'warn'): Logger {
  return createLogger({
    level: env.LOG_LEVEL ?? defaultLevel,
    ...(env.LOG_FORMAT ? { format: env.LOG_FORMAT } : {}),
    secrets: secretValues(env),
  });
}

export function createLogger(options: {
  level: string;
  secrets?: readonly (string | undefined)[];
  format?: LogFormat;
}): Logger {
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
    logFormat(options.format) === 'pretty'
      ? { write: (line: string) => void writeSync(2, prettyLine(line)) }
      : pino.destination({ dest: 2, sync: true }),
  );
  return base;
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/**
 * One of pino's JSON lines as a person reads it:
 * `15:04:05 WARN  index cache ignored: rebuilding  file=var/index/x.bin`.
 */
export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const { level, time, msg, app: _app, pid: _pid, hostname: _host, err, ...fields } = entry;
  const clock = typeof time === 'number' ? new Date(time).toISOString().slice(11, 19) : '';
  const name = (LEVEL_NAMES[level as number] ?? String(level)).padEnd(5);
  const parts = Object.entries(fields).map(([k, v]) => `${k}=${showValue(v)}`);
  if (err && typeof err === 'object') {
    const e = err as { type?: unknown; message?: unknown };
    parts.push(
      `(${typeof e.type === 'string' && e.type !== 'Object' ? `${e.type}: ` : ''}${String(e.message ?? '')})`,
    );
  } else if (err !== undefined) parts.push(`err=${showValue(err)}`);
  const text = typeof msg === 'string' ? msg : '';
  return `${[clock, name, text].filter(Boolean).join(' ')}${parts.length ? `  ${parts.join(' ')}` : ''}\n`;
}

function showValue(v: unknown): string {
  if (typeof v === 'string') return /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v);
  return JSON.stringify(v) ?? String(v);
}
