import { describe, expect, it } from 'vitest';
import { discordStartError } from '../../../../src/platforms/discord/start-error.js';

const refused = /^Discord refused the bot token/;
const unreachable = /^Discord is unreachable/;

describe('discordStartError', () => {
  it('reads a connection refused on a port holding the digits 401 as unreachable', () => {
    // The port of a closed loopback socket is random: 40195 once made this a "refused token".
    for (const port of [40195, 34010, 14017, 401]) {
      const err = new Error('fetch failed', { cause: new Error(`connect ECONNREFUSED 127.0.0.1:${port}`) });
      expect(discordStartError(err).message).toMatch(unreachable);
    }
  });

  it('reads an HTTP 401 or an invalid token as the token refused', () => {
    expect(discordStartError(new Error('401: Unauthorized')).message).toMatch(refused);
    expect(discordStartError(Object.assign(new Error('Unauthorized'), { status: 401 })).message).toMatch(
      refused,
    );
    expect(
      discordStartError(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))
        .message,
    ).toMatch(refused);
  });

  it('names the cause and what to check, in one line', () => {
    const message = discordStartError(new Error('getaddrinfo EAI_AGAIN discord.com')).message;
    expect(message).toBe(
      'Discord is unreachable (getaddrinfo EAI_AGAIN discord.com): check the network (and DISCORD_API_URL if set), or unset DISCORD_TOKEN to run without Discord.',
    );
  });
});
