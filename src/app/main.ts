/**
 * `npm start`: reads the configuration, starts briefbot, prints what started and where, and stops
 * cleanly on SIGTERM/SIGINT (exit 0). Configuration and start-up problems exit 1 with one message.
 */
import { ConfigError, enabledParts, type Env, loadEnv } from './config.js';
import { loggerFor } from './pino-logger.js';
import { isStartupError } from './startup-errors.js';
import { type Running, start } from './compose.js';
import { stopOnSignals } from './shutdown.js';

function describe(env: Env, running: Running): string {
  const parts = enabledParts(env);
  const lines = [
    'briefbot is running',
    running.url ? `  web console and HTTP API: ${running.url}` : '  web console: off (BRIEFBOT_WEB=0)',
    `  writer: ${parts.llm ? `LLM (${env.OPENAI_MODEL}) with offline fallback` : 'offline (set OPENAI_API_KEY for the LLM writer)'}`,
    `  Slack: ${parts.slack === 'http' ? `HTTP mode at ${running.url}slack/events` : parts.slack === 'socket' ? 'Socket Mode' : 'off (no SLACK_BOT_TOKEN)'}`,
    `  Discord: ${parts.discord ? 'on' : 'off (no DISCORD_TOKEN)'}`,
    '  CLI: npm run --silent cli -- brief <topic>  (the topics: npm run --silent cli -- topics)',
    'Press Ctrl+C to stop.',
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = loadEnv();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = loggerFor(env, 'info');
  let running: Running;
  try {
    running = await start(env, logger);
  } catch (err) {
    if (isStartupError(err)) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${env.PORT} on ${env.HOST} is in use: set PORT to a free port (e.g. PORT=3001 npm start).\n`,
      );
      process.exit(1);
    }
    throw err;
  }
  process.stdout.write(describe(env, running));

  stopOnSignals(() => running.stop(), logger);
  // Whatever a remote service or a user sends, a stray rejection is logged, not fatal.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

main().catch((err: unknown) => {
  process.stderr.write(`briefbot: failed to start: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
