/**
 * Checks command definitions against Discord's documented limits before they are sent: a bad
 * definition is otherwise only discovered as a 400 from the register call, or never (a dropped
 * option). Returns every problem, each naming the path to the offending value.
 */
import type {
  APIApplicationCommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commandDefinitions } from './commands.js';

/** Discord: CHAT_INPUT names and option names; lowercase wherever a lowercase variant exists. */
export const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export const COMMAND_LIMITS = {
  globalChatInputCommands: 100,
  description: 100,
  options: 25,
  choices: 25,
  choiceName: 100,
  choiceStringValue: 100,
  stringLength: 6000,
  /** Name, description and value of the command, its options and choices, summed. */
  combined: 4000,
} as const;

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const AUTOCOMPLETE_TYPES = new Set([3, 4, 10]);
const OPTION_TYPES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

type Option = Omit<APIApplicationCommandOption, 'type' | 'options'> & {
  type: number;
  options?: Option[];
  choices?: { name: string; value: string | number }[];
  required?: boolean;
  autocomplete?: boolean;
  min_length?: number;
  max_length?: number;
};

function checkName(name: string, at: string, problems: string[]): void {
  if (!COMMAND_NAME.test(name))
    problems.push(`${at}: name "${name}" must match ${COMMAND_NAME} (1-32 chars)`);
  if (name !== name.toLowerCase()) problems.push(`${at}: name "${name}" must be lowercase`);
}

function checkDescription(description: string | undefined, at: string, problems: string[]): void {
  const n = (description ?? '').length;
  if (n < 1 || n > COMMAND_LIMITS.description) {
    problems.push(`${at}: description has ${n} chars (1-${COMMAND_LIMITS.description})`);
  }
}

/** Characters counted toward the 4000 combined limit. */
function combinedLength(options: readonly Option[]): number {
  let n = 0;
  for (const o of options) {
    n += o.name.length + o.description.length;
    for (const c of o.choices ?? []) n += c.name.length + String(c.value).length;
    n += combinedLength(o.options ?? []);
  }
  return n;
}

function checkOptions(options: readonly Option[], at: string, depth: 0 | 1 | 2, problems: string[]): void {
  if (options.length > COMMAND_LIMITS.options) {
    problems.push(`${at}: ${options.length} options (max ${COMMAND_LIMITS.options})`);
  }
  const names = new Set<string>();
  let sawOptional = false;
  const nesting = options.filter((o) => o.type === SUBCOMMAND || o.type === SUBCOMMAND_GROUP).length;
  if (nesting > 0 && nesting < options.length) {
    problems.push(`${at}: subcommands cannot be mixed with plain options`);
  }
  for (const o of options) {
    const here = `${at}.${o.name}`;
    checkName(o.name, here, problems);
    checkDescription(o.description, here, problems);
    if (names.has(o.name)) problems.push(`${here}: duplicate option name`);
    names.add(o.name);
    if (!OPTION_TYPES.has(o.type)) problems.push(`${here}: unknown option type ${o.type}`);

    if (o.type === SUBCOMMAND_GROUP) {
      if (depth !== 0) problems.push(`${here}: a subcommand group can only be at the top level`);
      const subs = o.options ?? [];
      if (subs.length === 0) problems.push(`${here}: a subcommand group needs subcommands`);
      if (subs.some((s) => s.type !== SUBCOMMAND))
        problems.push(`${here}: a group may hold only subcommands`);
      checkOptions(subs, here, 1, problems);
      continue;
    }
    if (o.type === SUBCOMMAND) {
      if (depth === 2) problems.push(`${here}: subcommands cannot nest`);
      const params = o.options ?? [];
      if (params.some((p) => p.type === SUBCOMMAND || p.type === SUBCOMMAND_GROUP)) {
        problems.push(`${here}: a subcommand cannot hold subcommands`);
      }
      checkOptions(params, here, 2, problems);
      continue;
    }

    if (o.required) {
      if (sawOptional) problems.push(`${here}: required options must come before optional ones`);
    } else sawOptional = true;

    const choices = o.choices ?? [];
    if (choices.length > COMMAND_LIMITS.choices) {
      problems.push(`${here}: ${choices.length} choices (max ${COMMAND_LIMITS.choices})`);
    }
    for (const c of choices) {
      if (c.name.length < 1 || c.name.length > COMMAND_LIMITS.choiceName) {
        problems.push(
          `${here}: choice name "${c.name}" has ${c.name.length} chars (1-${COMMAND_LIMITS.choiceName})`,
        );
      }
      if (
        typeof c.value === 'string' &&
        (c.value.length < 1 || c.value.length > COMMAND_LIMITS.choiceStringValue)
      ) {
        problems.push(
          `${here}: choice value has ${c.value.length} chars (1-${COMMAND_LIMITS.choiceStringValue})`,
        );
      }
    }
    if (o.autocomplete) {
      if (!AUTOCOMPLETE_TYPES.has(o.type))
        problems.push(`${here}: autocomplete only on string or number options`);
      if (choices.length > 0) problems.push(`${here}: autocomplete cannot be combined with choices`);
    }
    if (o.min_length !== undefined && (o.min_length < 0 || o.min_length > COMMAND_LIMITS.stringLength)) {
      problems.push(`${here}: min_length ${o.min_length} outside 0-${COMMAND_LIMITS.stringLength}`);
    }
    if (o.max_length !== undefined && (o.max_length < 1 || o.max_length > COMMAND_LIMITS.stringLength)) {
      problems.push(`${here}: max_length ${o.max_length} outside 1-${COMMAND_LIMITS.stringLength}`);
    }
    if (o.min_length !== undefined && o.max_length !== undefined && o.min_length > o.max_length) {
      problems.push(`${here}: min_length is above max_length`);
    }
  }
}

/** Every way the definitions break Discord's limits; empty when they can be registered. */
export function validateCommandDefinitions(
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions,
): string[] {
  const problems: string[] = [];
  if (definitions.length > COMMAND_LIMITS.globalChatInputCommands) {
    problems.push(`${definitions.length} commands (max ${COMMAND_LIMITS.globalChatInputCommands})`);
  }
  const names = new Set<string>();
  for (const d of definitions) {
    const at = `/${d.name}`;
    if (d.type !== undefined && d.type !== 1)
      problems.push(`${at}: only chat input commands are checked here`);
    checkName(d.name, at, problems);
    checkDescription(d.description, at, problems);
    if (names.has(d.name)) problems.push(`${at}: duplicate command name`);
    names.add(d.name);
    const options = (d.options ?? []) as Option[];
    checkOptions(options, at, 0, problems);
    const combined = d.name.length + d.description.length + combinedLength(options);
    if (combined > COMMAND_LIMITS.combined) {
      problems.push(`${at}: ${combined} combined characters (max ${COMMAND_LIMITS.combined})`);
    }
  }
  return problems;
}
