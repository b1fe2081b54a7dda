/** Runs the real CLI as a separate process, as a user or a script would. */
import { spawn } from 'node:child_process';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Every configuration variable, pinned empty: a developer's own .env (an OPENAI_API_KEY, say) must
 * not change what the tests see. Real variables win over .env, even empty ones.
 */
const PINNED: Record<string, string> = Object.fromEntries(
  [
    'OPENAI_API_KEY',
    'OPENAI_BASE_URL',
    'OPENAI_MODEL',
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
    'DISCORD_TOKEN',
    'DISCORD_APPLICATION_ID',
    'DISCORD_GUILD_ID',
    'BRIEFBOT_CORPUS_DIR',
    'BRIEFBOT_TOPICS',
    'BRIEFBOT_DB',
  ].map((k) => [k, '']),
);
// The persisted index has its own tests; CLI runs must not leave var/index/ in the checkout.
PINNED.BRIEFBOT_INDEX_CACHE = 'off';

export function runCliProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        LOG_LEVEL: 'warn',
        ...PINNED,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
