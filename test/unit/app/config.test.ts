import { describe, expect, it } from 'vitest';
import { ConfigError, enabledParts, parseEnv } from '../../../src/app/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    parseEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('parseEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env.BRIEFBOT_CORPUS_DIR).toBe('data/articles');
    expect(env.BRIEFBOT_DB).toBe('var/briefbot.sqlite');
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.OPENAI_TIMEOUT_MS).toBe(15000);
    expect(enabledParts(env)).toEqual({ llm: false, slack: null, discord: false });
  });

  it('reads the thread bounds and the allowed hosts, refusing ports and schemes', () => {
    const env = parseEnv({});
    expect(env.BRIEFBOT_MAX_THREADS).toBe(10_000);
    expect(env.BRIEFBOT_NEW_THREADS_PER_MINUTE).toBe(30);
    expect(env.BRIEFBOT_ALLOWED_HOSTS).toEqual([]);
    expect(
      parseEnv({ BRIEFBOT_ALLOWED_HOSTS: ' Briefbot.Example.org, 10.0.0.5,[2001:db8::5] ' })
        .BRIEFBOT_ALLOWED_HOSTS,
    ).toEqual(['briefbot.example.org', '10.0.0.5', '[2001:db8::5]']);
    for (const bad of ['https://briefbot.example.org', 'briefbot.example.org:443', 'a b', '*']) {
      expect(problems({ BRIEFBOT_ALLOWED_HOSTS: bad })[0]).toMatch(
        /^BRIEFBOT_ALLOWED_HOSTS must be host names/,
      );
    }
    expect(problems({ BRIEFBOT_MAX_THREADS: '0' })).toEqual([
      'BRIEFBOT_MAX_THREADS must be at least 1 (got "0")',
    ]);
  });

  it('treats empty values as unset (as a copied .env.example has them)', () => {
    expect(parseEnv({ OPENAI_API_KEY: '', SLACK_BOT_TOKEN: ' ', PORT: '' }).PORT).toBe(3000);
  });

  it('requires a signing secret or app token with a Slack bot token', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      'SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
    expect(enabledParts(parseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).slack).toBe(
      'http',
    );
    expect(enabledParts(parseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).slack).toBe(
      'socket',
    );
  });

  it('requires a bot token with a signing secret or app token', () => {
    expect(problems({ SLACK_SIGNING_SECRET: 'abc' })[0]).toMatch(/^SLACK_BOT_TOKEN is required/);
    expect(problems({ SLACK_APP_TOKEN: 'xapp-1' })[0]).toMatch(/^SLACK_BOT_TOKEN is required/);
  });

  it('checks token shapes without echoing secrets', () => {
    const p = problems({ SLACK_BOT_TOKEN: 'xoxp-user-token-secret', SLACK_SIGNING_SECRET: 's' });
    expect(p).toEqual(['SLACK_BOT_TOKEN must be a bot token starting with xoxb-']);
    expect(p.join()).not.toContain('xoxp-user-token-secret');
  });

  it('requires a Discord token with Discord ids, and numeric ids', () => {
    expect(problems({ DISCORD_APPLICATION_ID: '123456789012345678' })[0]).toMatch(
      /^DISCORD_TOKEN is required/,
    );
    expect(problems({ DISCORD_TOKEN: 't', DISCORD_GUILD_ID: 'my-server' })[0]).toMatch(
      /^DISCORD_GUILD_ID must be/,
    );
  });

  it('requires an API key with an OpenAI base URL, and a real URL', () => {
    expect(problems({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })[0]).toMatch(
      /^OPENAI_API_KEY is required/,
    );
    expect(problems({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'localhost:11434' })[0]).toMatch(
      /^OPENAI_BASE_URL must/,
    );
  });

  it('reports inconsistent and malformed variables together', () => {
    const p = problems({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: 'eighty' });
    expect(p).toEqual([
      'PORT must be a whole number (got "eighty")',
      'SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
  });

  it('names every invalid variable in one message', () => {
    const p = problems({
      PORT: 'eighty',
      OPENAI_TIMEOUT_MS: '-5',
      LOG_LEVEL: 'loud',
      BRIEFBOT_SLACK_EPHEMERAL: 'maybe',
    });
    expect(p.map((x) => x.split(' ')[0]).sort()).toEqual([
      'BRIEFBOT_SLACK_EPHEMERAL',
      'LOG_LEVEL',
      'OPENAI_TIMEOUT_MS',
      'PORT',
    ]);
    expect(p.find((x) => x.startsWith('PORT'))).toContain('(got "eighty")');
  });
});
