import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../../src/platforms/discord/commands.js';
import { registerCommands } from '../../../../src/platforms/discord/register.js';
import { DiscordDouble } from '../../../doubles/discord-double.js';

describe('registerCommands against the Discord double', () => {
  let discord: DiscordDouble;
  beforeAll(async () => {
    discord = await DiscordDouble.start();
  });
  afterAll(async () => {
    await discord.close();
  });

  const config = () => ({
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
  });

  it('PUTs the definitions to the guild when DISCORD_GUILD_ID is set', async () => {
    const result = await registerCommands({ ...config(), guildId: discord.guildId });
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
    await expect(registerCommands({ ...config(), token: 'wrong' })).rejects.toThrow(/Unauthorized/);
  });
});
