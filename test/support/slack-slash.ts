/** Sends a `/brief` slash command to a running briefbot as Slack does: form-encoded and signed. */
import { request as httpRequest } from 'node:http';
import { signedHeaders } from '../doubles/slack-api.js';

export interface SlashFields {
  channel: string;
  user: string;
  text: string;
  /** Where the app's answer goes: the double's `responseUrl(id)`. */
  responseUrl: string;
}

/** Resolves with the HTTP status briefbot answered. */
export function postSlash(base: string, signingSecret: string, fields: SlashFields): Promise<number> {
  const body = new URLSearchParams({
    token: 'legacy',
    team_id: 'T0TEAM0001',
    team_domain: 'example',
    channel_id: fields.channel,
    channel_name: 'news',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: '/brief',
    text: fields.text,
    api_app_id: 'A123456',
    response_url: fields.responseUrl,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  }).toString();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL('slack/events', base),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          ...signedHeaders(signingSecret, body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
