import { describe, expect, it } from 'vitest';
import { envSchema, parseEnv } from '../../../src/app/config.js';
import { registrationOf } from '../../../src/app/discord-register.js';

describe('registrationOf', () => {
  it('names each missing variable in its own message', () => {
    const registration = registrationOf(parseEnv({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' }));
    expect(registration.ok).toBe(false);
    if (registration.ok) return;
    expect(registration.problems).toHaveLength(2);
    expect(registration.problems[0]).toMatch(/^DISCORD_TOKEN is not set/);
    expect(registration.problems[1]).toMatch(/^DISCORD_APPLICATION_ID is not set/);
  });

  it('leaves ids that are not snowflakes and URLs that are not URLs to the one configuration schema', () => {
    const parsed = envSchema.safeParse({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: 'my-app',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'not a url',
    });
    expect([...new Set(parsed.error?.issues.map((i) => i.path[0]))]).toEqual([
      'DISCORD_APPLICATION_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
    ]);
  });

  it('treats a blank guild as global registration', () => {
    const registration = registrationOf(
      parseEnv({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1100000000000000001', DISCORD_GUILD_ID: '' }),
    );
    expect(registration).toEqual({
      ok: true,
      options: { token: 't', applicationId: '1100000000000000001' },
    });
  });
});
