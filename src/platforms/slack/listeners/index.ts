/** Registers every listener of the Slack app: one place to see what the app responds to. */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { actionListeners } from './actions.js';
import { briefCommandListener, SLASH_COMMAND } from './command.js';
import { dedupeRetries } from './dedupe.js';
import { mentionListener, messageListener } from './events.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(dedupeRetries(deps));
  app.command(SLASH_COMMAND, briefCommandListener(deps));
  for (const [actionId, listener] of actionListeners(deps)) app.action(actionId, listener);
  app.event('app_mention', mentionListener(deps));
  app.event('message', messageListener(deps));
}
