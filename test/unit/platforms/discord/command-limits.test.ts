import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { validateCommandDefinitions } from '../../../../src/platforms/discord/command-limits.js';
import { briefDefinition, commandDefinitions } from '../../../../src/platforms/discord/commands.js';

type Def = RESTPostAPIChatInputApplicationCommandsJSONBody;

function withBrief(change: (d: Def) => Def): Def[] {
  return [change(structuredClone(briefDefinition) as Def)];
}

describe('validateCommandDefinitions', () => {
  it('accepts the definitions discord:register sends', () => {
    expect(validateCommandDefinitions(commandDefinitions)).toEqual([]);
    expect(commandDefinitions.map((d) => d.name)).toEqual(['brief', 'briefbot', 'digest']);
  });

  it('the /brief topic option autocompletes and comes first, as the only required option', () => {
    const options = briefDefinition.options;
    expect(options[0]).toMatchObject({ name: 'topic', type: 3, required: true, autocomplete: true });
    expect(options.slice(1).map((o) => [o.name, o.required])).toEqual([
      ['question', false],
      ['private', false],
    ]);
  });

  it('rejects names Discord refuses: uppercase, spaces, over 32 characters', () => {
    const problems = validateCommandDefinitions([
      { ...briefDefinition, name: 'Brief' },
      { ...briefDefinition, name: 'brief me' },
      { ...briefDefinition, name: 'b'.repeat(33) },
    ] as Def[]);
    expect(problems.some((p) => p.includes('"Brief" must be lowercase'))).toBe(true);
    expect(problems.some((p) => p.includes('"brief me" must match'))).toBe(true);
    expect(problems.some((p) => p.includes(`"${'b'.repeat(33)}" must match`))).toBe(true);
  });

  it('accepts non-Latin lowercase names the regex allows', () => {
    expect(validateCommandDefinitions([{ ...briefDefinition, name: 'समाचार' }] as Def[])).toEqual([]);
  });

  it('rejects empty and over-long descriptions, on commands and options', () => {
    const problems = validateCommandDefinitions(
      withBrief((d) => ({
        ...d,
        description: 'x'.repeat(101),
        options: d.options!.map((o, i) => (i === 1 ? { ...o, description: '' } : o)),
      })) as Def[],
    );
    expect(problems).toContain('/brief: description has 101 chars (1-100)');
    expect(problems).toContain('/brief.question: description has 0 chars (1-100)');
  });

  it('rejects a required option after an optional one', () => {
    const problems = validateCommandDefinitions(
      withBrief((d) => ({ ...d, options: [...d.options!].reverse() })) as Def[],
    );
    expect(problems).toContain('/brief.topic: required options must come before optional ones');
  });

  it('rejects more than 25 options, more than 25 choices, and autocomplete with choices', () => {
    const many = Array.from({ length: 26 }, (_, i) => ({ type: 5, name: `o${i}`, description: 'flag' }));
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    const problems = validateCommandDefinitions([
      { ...briefDefinition, name: 'many', options: many },
      {
        ...briefDefinition,
        name: 'choosy',
        options: [{ type: 3, name: 'topic', description: 'pick', autocomplete: true, choices }],
      },
    ] as Def[]);
    expect(problems).toContain('/many: 26 options (max 25)');
    expect(problems).toContain('/choosy.topic: 26 choices (max 25)');
    expect(problems).toContain('/choosy.topic: autocomplete cannot be combined with choices');
  });

  it('rejects choice names and values over 100 characters and string lengths over 6000', () => {
    const problems = validateCommandDefinitions([
      {
        ...briefDefinition,
        options: [
          {
            type: 3,
            name: 'topic',
            description: 'pick',
            max_length: 6001,
            choices: [{ name: 'n'.repeat(101), value: 'v'.repeat(101) }],
          },
        ],
      },
    ] as Def[]);
    expect(problems).toContain('/brief.topic: max_length 6001 outside 1-6000');
    expect(problems.some((p) => p.includes('choice name') && p.includes('101 chars'))).toBe(true);
    expect(problems.some((p) => p.includes('choice value has 101 chars'))).toBe(true);
  });

  it('counts names, descriptions and choices toward the 4000-character combined limit', () => {
    const choices = Array.from({ length: 25 }, (_, i) => ({ name: `${i}`.padEnd(100, 'n'), value: `${i}` }));
    const options = Array.from({ length: 2 }, (_, i) => ({
      type: 3,
      name: `opt${i}`,
      description: 'd'.repeat(100),
      choices,
    }));
    const problems = validateCommandDefinitions([{ ...briefDefinition, options }] as Def[]);
    expect(problems.some((p) => /^\/brief: \d+ combined characters \(max 4000\)$/.test(p))).toBe(true);
  });

  it('rejects subcommands mixed with plain options, and duplicate names', () => {
    const problems = validateCommandDefinitions([
      {
        ...briefDefinition,
        options: [
          { type: 1, name: 'help', description: 'help' },
          { type: 3, name: 'topic', description: 'topic' },
        ],
      },
      { ...briefDefinition },
    ] as Def[]);
    expect(problems).toContain('/brief: subcommands cannot be mixed with plain options');
    expect(problems).toContain('/brief: duplicate command name');
  });
});
