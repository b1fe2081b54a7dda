/**
 * slack/manifest.json creates the app users install: it must declare the command, scopes, events
 * and interactivity the code relies on, with every request URL pointing at POST /slack/events.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SLASH_COMMAND } from '../../../../src/platforms/slack/listeners/command.js';

const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140) }),
  features: z.object({
    app_home: z.object({ messages_tab_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string().min(1) }),
    slash_commands: z.array(
      z.object({
        command: z.string(),
        url: z.string(),
        description: z.string().max(100),
        usage_hint: z.string().max(100),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
    socket_mode_enabled: z.boolean(),
  }),
});

const manifest = manifestSchema.parse(JSON.parse(readFileSync('slack/manifest.json', 'utf8')));

describe('slack/manifest.json', () => {
  it('declares the slash command the app listens for', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
  });

  it('asks for exactly the bot scopes the app uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
        // users.info: who is a workspace admin or owner (subscription permissions).
        'users:read',
      ].sort(),
    );
  });

  it('subscribes to mentions and to messages in channels, private channels and DMs', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ['app_mention', 'message.channels', 'message.groups', 'message.im'].sort(),
    );
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
  });

  it('enables interactivity, and sends everything to /slack/events', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const urls = [
      manifest.settings.interactivity.request_url,
      manifest.settings.event_subscriptions.request_url,
      ...manifest.features.slash_commands.map((c) => c.url),
    ];
    for (const url of urls) expect(new URL(url).pathname).toBe('/slack/events');
  });
});
