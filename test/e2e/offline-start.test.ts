/**
 * Start-up with a Slack or Discord token but no way to reach them (issue 18): `npm start` ends at
 * once with one line that names the cause and what to do, exit 1, no stack trace and no rounds of
 * retries. A closed loopback port stands in for "no network"; a token the Slack double does not
 * know stands in for a revoked one.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackApiDouble, startSlackApiDouble } from '../doubles/slack-api.js';
import { runMainToExit } from '../support/run-main.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

let port: number;
let double: SlackApiDouble;
beforeAll(async () => {
  port = await closedPort();
  double = await startSlackApiDouble({ botToken: 'xoxb-1-2-theRealToken' });
});
afterAll(() => double?.close());

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('start-up without Slack or Discord within reach', () => {
  it('Slack unreachable: one line, exit 1, no retries', async () => {
    const run = await runMainToExit({
      LOG_LEVEL: 'warn',
      BRIEFBOT_DB: ':memory:',
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'abcdef0123456789',
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
    });
    expect(run.code).toBe(1);
    expectOneLine(
      run.stderr,
      /^Slack is unreachable \(.*ECONNREFUSED.*\): check the network and SLACK_API_URL, or unset SLACK_BOT_TOKEN/,
    );
    // Five retries with back-off took half a minute.
    expect(run.ms).toBeLessThan(25_000);
  }, 60_000);

  it('Slack refusing the token: one line naming the token, exit 1', async () => {
    const run = await runMainToExit({
      LOG_LEVEL: 'warn',
      BRIEFBOT_DB: ':memory:',
      SLACK_BOT_TOKEN: 'xoxb-1-2-revokedToken',
      SLACK_APP_TOKEN: 'xapp-1-abc',
      SLACK_API_URL: double.apiUrl,
    });
    expect(run.code).toBe(1);
    expectOneLine(
      run.stderr,
      /^Slack refused the bot token \(auth\.test: invalid_auth\): check SLACK_BOT_TOKEN/,
    );
    expect(run.stderr).not.toContain('revokedToken');
  }, 60_000);

  it('Discord unreachable: one line, exit 1', async () => {
    const run = await runMainToExit({
      LOG_LEVEL: 'warn',
      BRIEFBOT_DB: ':memory:',
      DISCORD_TOKEN: 'MTAx.abc.def',
      DISCORD_API_URL: `http://127.0.0.1:${port}/api`,
    });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /^Discord is unreachable \(.*\): check the network .*unset DISCORD_TOKEN/);
    expect(run.ms).toBeLessThan(30_000);
  }, 60_000);
});
