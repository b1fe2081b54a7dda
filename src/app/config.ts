/**
 * Configuration: the environment (and .env, when present) parsed once at start-up with zod. Every
 * invalid or inconsistent variable is named in one message, so a newcomer fixes them all at once.
 * Nothing else in briefbot reads process.env: every entry point (app/main.ts, the CLI,
 * app/discord-register.ts) gets its settings from this one schema.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { canonicalTimeZone } from '../digest/subscription.js';
import { DEFAULT_PREPARED_ARTICLES } from '../briefing/prepare.js';
import type { IngestSettings } from '../ingest/setup.js';
import { DEFAULT_INFO_URL } from '../ingest/user-agent.js';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .trim()
    .url('must be a URL such as http://127.0.0.1:11434/v1')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')
    .optional(),
);
const flag = (fallback: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], {
        message: 'must be 1/0, true/false, yes/no',
      })
      .optional()
      .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v))),
  );
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );
/** Comma-separated items, trimmed (and normalised), empty ones dropped; every item must match `valid`. */
const commaList = (valid: RegExp, message: string, normalize = (item: string) => item) =>
  z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((item) => normalize(item.trim()))
          .filter(Boolean),
      )
      .refine((items) => items.every((item) => valid.test(item)), { message }),
  );

export const envSchema = z.object({
  BRIEFBOT_CORPUS_DIR: z.preprocess(emptyAsUndefined, z.string().default('data/articles')),
  BRIEFBOT_TOPICS: z.preprocess(emptyAsUndefined, z.string().default('data/topics.json')),
  BRIEFBOT_DB: z.preprocess(emptyAsUndefined, z.string().default('var/briefbot.sqlite')),
  /** Folder of the persisted corpus index; "off" (or 0/false/no) turns it off. */
  BRIEFBOT_INDEX_CACHE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('var/index')
      .transform((v) => (['off', '0', 'false', 'no'].includes(v.trim().toLowerCase()) ? null : v)),
  ),
  /** Articles analysed in the background after start, newest first (briefing/prepare.ts); 0: none. */
  BRIEFBOT_PREPARE_ARTICLES: int(DEFAULT_PREPARED_ARTICLES, 0, 10_000_000),
  BRIEFBOT_THREAD_MAX_TURNS: int(20, 1, 1000),
  BRIEFBOT_THREAD_TTL_HOURS: int(24 * 7, 1, 24 * 365),
  /** Most conversations kept; creating one more forgets the least recently used. */
  BRIEFBOT_MAX_THREADS: int(10_000, 1, 10_000_000),
  /** New conversations one HTTP API client (address) may start per minute; 0: no limit. */
  BRIEFBOT_NEW_THREADS_PER_MINUTE: int(30, 0, 100_000),
  // Digests (docs/digests.md): operator-declared subscriptions, the corpus folder rescan, and the
  // zone a `/brief subscribe` without one gets.
  BRIEFBOT_SUBSCRIPTIONS: optionalString,
  BRIEFBOT_CORPUS_RESCAN_SECONDS: int(30, 0, 86_400),
  BRIEFBOT_DIGEST_TIMEZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default('UTC')
      .refine(
        (v) => canonicalTimeZone(v) !== null,
        'must be an IANA time zone name such as Asia/Tokyo, Europe/London or UTC',
      )
      .transform((v) => canonicalTimeZone(v)!),
  ),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: int(15_000, 500, 600_000),
  BRIEFBOT_LLM_CONTEXT_CHARS: int(12_000, 1_000, 400_000),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  BRIEFBOT_SLACK_EPHEMERAL: flag(true),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, 'must be the numeric application id (17-20 digits)')
      .optional(),
  ),
  DISCORD_GUILD_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, 'must be a numeric server (guild) id (17-20 digits)')
      .optional(),
  ),
  DISCORD_API_URL: optionalUrl,
  PORT: int(3000, 0, 65535),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  /**
   * Host names the console and API answer to besides HOST, localhost, 127.0.0.1 and [::1] (a DNS
   * rebinding defence): comma-separated, without ports, e.g. briefbot.example.org,10.0.0.5.
   */
  BRIEFBOT_ALLOWED_HOSTS: commaList(
    /^(?:[a-z0-9_.-]+|\[[0-9a-f:.]+\])$/,
    'must be host names or IP addresses separated by commas, without scheme or port (IPv6 in brackets), e.g. briefbot.example.org,[2001:db8::5]',
    (h) => h.toLowerCase(),
  ),
  BRIEFBOT_WEB: flag(true),
  BRIEFBOT_ALLOW_PRIVATE_FETCH: flag(false),
  BRIEFBOT_FEEDS: z.preprocess(emptyAsUndefined, z.string().default('data/feeds.json')),
  BRIEFBOT_POLL_FEEDS: flag(true),
  BRIEFBOT_FETCH_TIMEOUT_MS: int(15_000, 1_000, 300_000),
  BRIEFBOT_FETCH_MAX_BYTES: int(5 * 1024 * 1024, 64 * 1024, 100 * 1024 * 1024),
  BRIEFBOT_FETCH_HOST_INTERVAL_MS: int(1_000, 0, 600_000),
  BRIEFBOT_FETCH_INFO_URL: optionalUrl,
  /** Unset: each entry point's own default — info for `npm start`, warn for the CLI (pino-logger.ts). */
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  /** Unset: readable lines when stderr is a terminal, JSON lines otherwise (pino-logger.ts). */
  LOG_FORMAT: z.preprocess(
    (v) => (typeof emptyAsUndefined(v) === 'string' ? (v as string).trim().toLowerCase() : undefined),
    z.enum(['pretty', 'json'], { message: 'must be pretty or json' }).optional(),
  ),
  /**
   * User ids allowed to manage a channel's digest subscriptions besides workspace admins and owners
   * (Slack) or members who can manage the channel (Discord): comma-separated.
   */
  BRIEFBOT_ADMINS: commaList(
    /^[A-Za-z0-9]{2,32}$/,
    'must be user ids separated by commas, e.g. U0123ABCD,U0456EFGH',
  ),
});

/**
 * Rules between variables. They read the raw values (empty = unset), so they are reported together
 * with any malformed variable instead of only after every variable parses.
 */
function inconsistencies(source: Record<string, string | undefined>): { name: string; message: string }[] {
  const get = (k: string) => {
    const v = source[k]?.trim();
    return v ? v : undefined;
  };
  const out: { name: string; message: string }[] = [];
  const need = (name: string, message: string) => out.push({ name, message });
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  if (botToken && !signingSecret && !appToken) {
    need(
      'SLACK_SIGNING_SECRET',
      'is required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (!botToken && (signingSecret || appToken)) {
    need('SLACK_BOT_TOKEN', 'is required when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set');
  }
  if (botToken && !botToken.startsWith('xoxb-'))
    need('SLACK_BOT_TOKEN', 'must be a bot token starting with xoxb-');
  if (appToken && !appToken.startsWith('xapp-')) {
    need('SLACK_APP_TOKEN', 'must be an app-level token starting with xapp- (Socket Mode)');
  }
  if (!get('DISCORD_TOKEN') && (get('DISCORD_APPLICATION_ID') || get('DISCORD_GUILD_ID'))) {
    need('DISCORD_TOKEN', 'is required when DISCORD_APPLICATION_ID or DISCORD_GUILD_ID is set');
  }
  if (get('OPENAI_BASE_URL') && !get('OPENAI_API_KEY')) {
    need(
      'OPENAI_API_KEY',
      'is required with OPENAI_BASE_URL (local servers such as Ollama accept any value, e.g. "ollama")',
    );
  }
  return out;
}

export type Env = z.infer<typeof envSchema>;

/** The variables that hold secrets: never echoed in a configuration error, redacted from every log. */
export const SECRET_VARIABLES = [
  'OPENAI_API_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'DISCORD_TOKEN',
] as const satisfies readonly (keyof Env)[];

/** The secret values this configuration holds, for the logger to scrub from messages. */
export function secretValues(env: Env): (string | undefined)[] {
  return SECRET_VARIABLES.map((name) => env[name]);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment; throws ConfigError naming every invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  const problems = (parsed.success ? [] : parsed.error.issues).map((i) => {
    const name = String(i.path[0] ?? 'environment');
    const value = source[name];
    // A secret's value is never echoed; other values help the reader see the typo.
    const secret = (SECRET_VARIABLES as readonly string[]).includes(name);
    const shown = value === undefined || secret ? '' : ` (got "${value}")`;
    return `${name} ${i.message}${shown}`;
  });
  problems.push(...inconsistencies(source).map((p) => `${p.name} ${p.message}`));
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

/**
 * Loads `.env` from the working directory into process.env when it exists (variables already set
 * win), then parses. Only the entry points (app/main.ts, the CLI) call this.
 */
export function loadEnv(envFile = '.env'): Env {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseEnv(process.env);
}

/**
 * Whether LOG_LEVEL asks for debug output, for a failure that may come before the configuration
 * parsed (the CLI prints its stack trace then). Reads LOG_LEVEL as set, or from .env once loadEnv ran.
 */
export function debugAsked(): boolean {
  return process.env.LOG_LEVEL === 'debug';
}

/** Which optional parts the configuration turns on, for the start-up line. */
export function enabledParts(env: Env): { llm: boolean; slack: 'http' | 'socket' | null; discord: boolean } {
  return {
    llm: Boolean(env.OPENAI_API_KEY),
    slack: env.SLACK_BOT_TOKEN ? (env.SLACK_APP_TOKEN ? 'socket' : 'http') : null,
    discord: Boolean(env.DISCORD_TOKEN),
  };
}

/** What feed ingestion is given: the running bot's feed poller and the CLI's `ingest` alike. */
export function ingestSettings(env: Env): IngestSettings {
  return {
    corpusDir: env.BRIEFBOT_CORPUS_DIR,
    feedsPath: env.BRIEFBOT_FEEDS,
    allowPrivate: env.BRIEFBOT_ALLOW_PRIVATE_FETCH,
    timeoutMs: env.BRIEFBOT_FETCH_TIMEOUT_MS,
    maxBytes: env.BRIEFBOT_FETCH_MAX_BYTES,
    hostIntervalMs: env.BRIEFBOT_FETCH_HOST_INTERVAL_MS,
    infoUrl: env.BRIEFBOT_FETCH_INFO_URL ?? DEFAULT_INFO_URL,
  };
}
