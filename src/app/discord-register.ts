/**
 * `npm run discord:register`: registers the Discord commands (platforms/discord/register.ts) in
 * DISCORD_GUILD_ID when set, globally otherwise, with the token and application id of the one
 * configuration (.env included, as `npm start` reads it). Exit 0 when registered, 2 when a
 * variable is missing or invalid, 1 when Discord refuses.
 */
import { pathToFileURL } from 'node:url';
import { registerCommands, type RegisterOptions } from '../platforms/discord/register.js';
import { ConfigError, type Env, loadEnv } from './config.js';

export type Registration = { ok: true; options: RegisterOptions } | { ok: false; problems: string[] };

/** What registering needs from the configuration, with one message per missing variable. */
export function registrationOf(env: Env): Registration {
  const problems: string[] = [];
  if (!env.DISCORD_TOKEN) problems.push('DISCORD_TOKEN is not set (Developer Portal > Bot > Reset Token)');
  if (!env.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_APPLICATION_ID is not set (Developer Portal > General Information)');
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) return { ok: false, problems };
  return {
    ok: true,
    options: {
      token: env.DISCORD_TOKEN,
      applicationId: env.DISCORD_APPLICATION_ID,
      ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
      ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
    },
  };
}

async function main(): Promise<number> {
  let registration: Registration;
  try {
    registration = registrationOf(loadEnv());
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    registration = { ok: false, problems: err.problems };
  }
  if (!registration.ok) {
    for (const p of registration.problems) console.error(`discord:register: ${p}`);
    return 2;
  }
  try {
    const result = await registerCommands(registration.options);
    const where =
      result.scope === 'guild'
        ? `in guild ${registration.options.guildId} (available now)`
        : 'globally (may take up to an hour to appear)';
    console.log(`Registered /${result.names.join(', /')} ${where}.`);
    return 0;
  } catch (err) {
    console.error(`discord:register: ${(err as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
