/**
 * Who may change a Slack channel's digests, through the real Bolt app and WebClient against the
 * loopback Slack double (issue 18): a workspace admin or owner (users.info) or a user listed in
 * BRIEFBOT_ADMINS may subscribe and unsubscribe; anyone else may list, and is refused privately,
 * with the reason, when they try to change something. A failed users.info refuses too.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/app/config.js';
import { silentLogger } from '../../src/log/logger.js';
import { type Running, start } from '../../src/app/compose.js';
import { type SlackApiDouble, startSlackApiDouble } from '../doubles/slack-api.js';
import { postSlash } from '../support/slack-slash.js';

const BOT_TOKEN = 'xoxb-1234567890-0987654321-permissionsToken';
const SIGNING_SECRET = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';

let dir: string;
let double: SlackApiDouble;
let running: Running;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-slack-permissions-'));
  cpSync('data/articles', join(dir, 'corpus'), { recursive: true });
  double = await startSlackApiDouble({
    botToken: BOT_TOKEN,
    users: { U0OWNER001: { is_owner: true }, U0ADMIN001: { is_admin: true } },
  });
  const env = parseEnv({
    BRIEFBOT_CORPUS_DIR: join(dir, 'corpus'),
    BRIEFBOT_DB: join(dir, 'store.sqlite'),
    BRIEFBOT_CORPUS_RESCAN_SECONDS: '0',
    BRIEFBOT_POLL_FEEDS: '0',
    BRIEFBOT_INDEX_CACHE: 'off',
    BRIEFBOT_ADMINS: 'U0LISTED01',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: double.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  running = await start(env, silentLogger);
});
afterAll(async () => {
  await running?.stop();
  await double?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** A signed `/brief <text>` from `user`; resolves with what the response URL received. */
async function slash(user: string, text: string): Promise<{ text: string; private: boolean }> {
  const id = `r${++n}`;
  const status = await postSlash(running.url!, SIGNING_SECRET, {
    channel: 'C0PERM0001',
    user,
    text,
    responseUrl: double.responseUrl(id),
  });
  expect(status).toBe(200);
  const reply = await double.waitFor(`the reply to "${text}"`, () =>
    double.responses.find((r) => r.id === id),
  );
  return { text: JSON.stringify(reply.body), private: reply.body.response_type === 'ephemeral' };
}

describe('Slack: who may change a channel’s digests', () => {
  it('refuses a plain member privately, saying who may, and changes nothing', async () => {
    const refused = await slash('U0MEMBER01', 'subscribe pakistan-russia daily 08:00 Asia/Karachi');
    expect(refused.private).toBe(true);
    expect(refused.text).toContain('Only a workspace admin or owner can subscribe or unsubscribe');
    expect(refused.text).toContain('BRIEFBOT_ADMINS');
    const list = await slash('U0MEMBER01', 'subscriptions');
    expect(list.text).toContain('no digest subscriptions');
    expect(double.ok('users.info').map((c) => c.args.user)).toContain('U0MEMBER01');
  });

  it('lets an owner subscribe and an admin unsubscribe, and a member then cannot unsubscribe', async () => {
    const sub = await slash('U0OWNER001', 'subscribe pakistan-russia daily 08:00 Asia/Karachi');
    expect(sub.text).toContain('Subscribed: pakistan-russia digest daily at 08:00 Asia/Karachi');
    const stop = await slash('U0MEMBER01', 'unsubscribe pakistan-russia');
    expect(stop.private).toBe(true);
    expect(stop.text).toContain('nothing changed');
    expect((await slash('U0MEMBER01', 'subscriptions')).text).toContain('pakistan-russia: daily');
    expect((await slash('U0ADMIN001', 'unsubscribe pakistan-russia')).text).toContain(
      'Stopped the pakistan-russia digest',
    );
  });

  it('lets a user listed in BRIEFBOT_ADMINS in without asking Slack', async () => {
    const before = double.ok('users.info').length;
    const sub = await slash('U0LISTED01', 'subscribe pakistan-russia weekdays 07:30 Europe/London');
    expect(sub.text).toContain('Subscribed: pakistan-russia digest weekdays');
    expect(double.ok('users.info')).toHaveLength(before);
    await slash('U0LISTED01', 'unsubscribe pakistan-russia');
  });

  it('refuses when Slack cannot say who the user is (users.info fails), and says so', async () => {
    double.failOnce('users.info', 'missing_scope');
    const refused = await slash('U0ADMIN001', 'subscribe pakistan-russia');
    expect(refused.private).toBe(true);
    expect(refused.text).toContain('could not check with Slack');
    expect(refused.text).toContain('missing_scope');
    expect((await slash('U0ADMIN001', 'subscriptions')).text).toContain('no digest subscriptions');
  });
});
