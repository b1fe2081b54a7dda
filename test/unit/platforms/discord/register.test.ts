import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../../src/platforms/discord/commands.js';
import { parseRegisterEnv, registerCommands } from '../../../../src/platforms/discord/register.js';
import { DiscordDouble } from '../../../doubles/discord-double.js';

describe('parseRegisterEnv', () => {
  it('names each missing variable in its own message', () => {
    const parsed = parseRegisterEnv({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^DISCORD_TOKEN is not set/);
    expect(parsed.problems[1]).toMatch(/^DISCORD_APPLICATION_ID is not set/);
  });

  it('rejects ids that are not snowflakes and URLs that are not URLs', () => {
    const parsed = parseRegisterEnv({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: 'my-app',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'not a url',
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.split(' ')[0])).toEqual([
      'DISCORD_APPLICATION_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
    ]);
  });

  it('treats a blank guild as global registration', () => {
    const parsed = parseRegisterEnv({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: '1100000000000000001',
      DISCORD_GUILD_ID: '',
    });
    expect(parsed).toEqual({
      ok: true,
      config: { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1100000000000000001' },
    });
  });
});

describe('registerCommands against the Discord double', () => {
  let discord: DiscordDouble;
  beforeAll(async () => {
    discord = await DiscordDouble.start();
  });
  afterAll(async () => {
    await discord.close();
  });

  const config = () => ({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
  });

  it('PUTs the definitions to the guild when DISCORD_GUILD_ID is set', async () => {
    const result = await registerCommands({ ...config(), DISCORD_GUILD_ID: discord.guildId });
    expect(result).toEqual({ scope: 'guild', names: ['brief', 'briefbot', 'digest'] });
    const put = discord.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(put.path).toBe(`/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${discord.token}`);
    expect(put.body).toEqual(commandDefinitions);
  });

  it('PUTs globally without a guild', async () => {
    const result = await registerCommands(config());
    expect(result.scope).toBe('global');
    expect(discord.requests.at(-1)!.path).toBe(`/applications/${discord.applicationId}/commands`);
  });

  it('refuses to send definitions that break the limits, before any request', async () => {
    const before = discord.requests.length;
    await expect(
      registerCommands(config(), [{ ...commandDefinitions[0]!, name: 'Bad Name' }]),
    ).rejects.toThrow(/must be lowercase/);
    expect(discord.requests.length).toBe(before);
  });

  it('surfaces Discord refusing the token', async () => {
    await expect(registerCommands({ ...config(), DISCORD_TOKEN: 'wrong' })).rejects.toThrow(/Unauthorized/);
  });
});
