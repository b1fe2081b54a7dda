/**
 * How every chat adapter posts a digest's parts: in order, the first part's id naming the digest.
 * A failure before anything went out is a DigestPostError (permanent when retrying cannot help),
 * so the scheduler retries it; a failure on a later part keeps what went, since a retry would post
 * the first parts again, and is logged.
 */
import { DigestPostError } from '../../digest/poster.js';
import type { Logger } from '../../log/logger.js';

export interface DigestPartsOptions<M> {
  /** "Slack digest", "Discord digest": names the platform in the log. */
  label: string;
  channel: string;
  logger: Logger;
  /** Posts one part (`first`: the first part's id, once it is out) and returns its id. */
  send(part: M, first: string | null): Promise<string>;
  /** What a failure says and whether the same post would meet it again. */
  failure(err: unknown): { reason: string; message: string; permanent: boolean };
}

export async function postDigestParts<M>(
  parts: readonly M[],
  options: DigestPartsOptions<M>,
): Promise<{ messageId: string }> {
  let first: string | null = null;
  for (const [i, part] of parts.entries()) {
    try {
      const id = await options.send(part, first);
      first ??= id;
    } catch (err) {
      const { reason, message, permanent } = options.failure(err);
      if (first !== null) {
        options.logger.warn(
          { channel: options.channel, part: i + 1, parts: parts.length, error: reason },
          `${options.label}: a later part could not be posted`,
        );
        return { messageId: first };
      }
      throw new DigestPostError(message, permanent, { cause: err });
    }
  }
  return { messageId: first! };
}
