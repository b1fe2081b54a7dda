/**
 * Why Discord did not start, in one line that says what to check: a refused token, or no way to
 * reach Discord. Told apart by the error's code, its HTTP status or its message — never by digits
 * inside an address ("connect ECONNREFUSED 127.0.0.1:40195" is no 401).
 */
import { PlatformStartError, rootCause } from '../chat/start-error.js';

/** "401: Unauthorized", "[401]": the status as a number of its own, not part of a port or an address. */
const UNAUTHORIZED = /(?<![\d.:])401(?!\d)|invalid token/i;

export function discordStartError(err: unknown): PlatformStartError {
  const { code, status } = (err ?? {}) as { code?: unknown; status?: unknown };
  const cause = rootCause(err);
  if (code === 'TokenInvalid' || status === 401 || UNAUTHORIZED.test(cause)) {
    return new PlatformStartError(
      `Discord refused the bot token (${cause}): check DISCORD_TOKEN, or unset it to run without Discord.`,
    );
  }
  return new PlatformStartError(
    `Discord is unreachable (${cause}): check the network (and DISCORD_API_URL if set), or unset DISCORD_TOKEN to run without Discord.`,
  );
}
