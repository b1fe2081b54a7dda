/**
 * The handler registry: one entry per command (or subcommand) and per custom-id kind. A new
 * subcommand is a definition in commands.ts, a handler file, and one line here.
 */
import type { ButtonHandler, CommandHandler, ModalHandler } from '../context.js';
import { briefHandler } from './brief.js';
import { askModal, followUpButton } from './follow-up.js';
import { helpHandler } from './help.js';
import { showQuotesButton } from './show-quotes.js';
import { subscribeHandler, subscriptionsHandler, unsubscribeHandler } from './subscriptions.js';
import { timelineHandler } from './timeline.js';

export const commandHandlers: CommandHandler[] = [
  briefHandler,
  helpHandler,
  subscribeHandler,
  unsubscribeHandler,
  subscriptionsHandler,
  timelineHandler,
];

export const buttonHandlers: ButtonHandler[] = [
  followUpButton as ButtonHandler,
  showQuotesButton as ButtonHandler,
];

export const modalHandlers: ModalHandler[] = [askModal as ModalHandler];
