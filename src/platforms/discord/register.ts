/**
 * Sends the command definitions to Discord — to a guild when given (instant, for testing),
 * globally otherwise. `npm run discord:register` (app/discord-register.ts) calls it: a separate
 * script because Discord limits how many commands an application may create per day; the bot
 * itself never registers.
 */
import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from 'discord.js';
import { z } from 'zod';
import { validateCommandDefinitions } from './command-limits.js';
import { commandDefinitions } from './commands.js';

/** Where to register: the application, and a test server (guild) when set. */
export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register in this guild (instant) instead of globally. */
  guildId?: string;
  /** Base URL of Discord's REST API (proxies, tests). */
  apiUrl?: string;
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

/** Replaces the application's commands (in the guild, or globally) with `definitions`. */
export async function registerCommands(
  options: RegisterOptions,
  definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions,
): Promise<RegisterResult> {
  const problems = validateCommandDefinitions(definitions);
  if (problems.length > 0)
    throw new Error(`command definitions break Discord's limits: ${problems.join('; ')}`);
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const saved = z.array(z.object({ name: z.string() })).parse(await rest.put(route, { body: definitions }));
  return { scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}
