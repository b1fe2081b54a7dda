/**
 * `npm run discord:register`: sends the command definitions to Discord — to DISCORD_GUILD_ID when
 * set (instant, for testing), globally otherwise. A separate script because Discord limits how
 * many commands an application may create per day; the bot itself never registers.
 */
import { pathToFileURL } from 'node:url';
import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import { z } from 'zod';
import { validateCommandDefinitions } from './command-limits.js';
import { commandDefinitions } from './commands.js';

const snowflake = (name: string) =>
  z
    .string({ error: `${name} is not set` })
    .regex(
      /^\d{17,20}$/,
      `${name} must be a Discord id (17-20 digits; Developer Portal > General Information)`,
    );

/** Unset and empty are the same: `.env` files often leave a variable blank. */
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const registerEnvSchema = z.object({
  DISCORD_TOKEN: z.preprocess(
    blankIsUnset,
    z.string({ error: 'DISCORD_TOKEN is not set (Developer Portal > Bot > Reset Token)' }).min(1),
  ),
  DISCORD_APPLICATION_ID: z.preprocess(blankIsUnset, snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: z.preprocess(blankIsUnset, snowflake('DISCORD_GUILD_ID').optional()),
  DISCORD_API_URL: z.preprocess(
    blankIsUnset,
    z.url({ error: 'DISCORD_API_URL must be a URL such as https://discord.com/api' }).optional(),
  ),
});

export type RegisterConfig = z.infer<typeof registerEnvSchema>;

export type ParsedRegisterEnv = { ok: true; config: RegisterConfig } | { ok: false; problems: string[] };

/** One message per missing or invalid variable. */
export function parseRegisterEnv(env: Record<string, string | undefined>): ParsedRegisterEnv {
  const parsed = registerEnvSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Replaces the application's commands (in the guild, or globally) with `definitions`. */
export async function registerCommands(
  config: RegisterConfig,
  definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions,
): Promise<RegisterResult> {
  const problems = validateCommandDefinitions(definitions);
  if (problems.length > 0)
    throw new Error(`command definitions break Discord's limits: ${problems.join('; ')}`);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID);
  const saved = z.array(z.object({ name: z.string() })).parse(await rest.put(route, { body: definitions }));
  return { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', names: saved.map((c) => c.name) };
}

async function main(): Promise<number> {
  const env = parseRegisterEnv(process.env);
  if (!env.ok) {
    for (const p of env.problems) console.error(`discord:register: ${p}`);
    return 2;
  }
  try {
    const result = await registerCommands(env.config);
    const where =
      result.scope === 'guild'
        ? `in guild ${env.config.DISCORD_GUILD_ID} (available now)`
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
