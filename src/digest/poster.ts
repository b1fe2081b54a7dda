/**
 * The port a digest leaves through: one implementation per platform (src/platforms/slack and
 * src/platforms/discord, digest-poster.ts), picked by the subscription's platform. A poster throws
 * on failure; DigestPostError says whether trying again can help.
 */
import type { Answer } from '../briefing/answer.js';
import type { DigestTarget } from './subscription.js';

export interface DigestPoster {
  /** Posts the digest to the channel; the id names the (first) message on the platform. */
  post(target: DigestTarget, answer: Answer): Promise<{ messageId: string }>;
}

/** A failed post. `permanent` (unknown channel, bot not invited, revoked token) skips the retries. */
export class DigestPostError extends Error {
  override name = 'DigestPostError';
  constructor(
    message: string,
    readonly permanent = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPermanentPostError(err: unknown): boolean {
  return err instanceof DigestPostError && err.permanent;
}

/** Routes each digest to the poster of its platform; platforms without one are refused at once. */
export function routePosters(byPlatform: Readonly<Record<string, DigestPoster | undefined>>): DigestPoster & {
  platforms(): string[];
} {
  return {
    platforms: () => Object.keys(byPlatform).filter((p) => byPlatform[p] !== undefined),
    async post(target, answer) {
      const poster = byPlatform[target.platform];
      if (!poster) {
        throw new DigestPostError(`no ${target.platform} connection is configured to post digests`, true);
      }
      return poster.post(target, answer);
    },
  };
}
