/**
 * One auth.test before the app starts, without the Web API's retries: with no network, start-up
 * says so in one line at once instead of retrying five times and ending in a stack trace.
 */
import { webApi } from '@slack/bolt';
import { PlatformStartError, rootCause } from '../chat/start-error.js';
import { slackErrorCode } from './post.js';

const QUIET: webApi.Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => webApi.LogLevel.ERROR,
  setName: () => {},
};

export async function checkSlackToken(
  botToken: string,
  clientOptions: { slackApiUrl?: string; timeout?: number },
  redact: (text: string) => string,
): Promise<void> {
  const client = new webApi.WebClient(botToken, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    // Its own "http request failed" warning would repeat what the error below says.
    logger: QUIET,
  });
  try {
    await client.auth.test();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === webApi.ErrorCode.RequestError || code === webApi.ErrorCode.HTTPError) {
      throw new PlatformStartError(
        `Slack is unreachable (${redact(rootCause(err))}): check the network${clientOptions.slackApiUrl ? ' and SLACK_API_URL' : ''}, or unset SLACK_BOT_TOKEN to run without Slack.`,
      );
    }
    throw new PlatformStartError(
      `Slack refused the bot token (auth.test: ${redact(slackErrorCode(err))}): check SLACK_BOT_TOKEN, or unset it to run without Slack.`,
    );
  }
}
