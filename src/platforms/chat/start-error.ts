/**
 * A platform that cannot start: Slack or Discord unreachable, or refusing the token, at start-up.
 * The adapters throw it with one line that says what to check; the entry points print that line
 * and exit 1 instead of a stack trace (app/startup-errors.ts).
 */
export class PlatformStartError extends Error {
  override name = 'PlatformStartError';
}

/** The innermost message of an error chain ("getaddrinfo EAI_AGAIN slack.com", not "fetch failed"). */
export function rootCause(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 5; depth++) {
    const next =
      (current as { original?: unknown }).original ?? (current as { cause?: unknown }).cause ?? undefined;
    if (!next || typeof next !== 'object') break;
    current = next;
  }
  const message = current instanceof Error ? current.message : String(current);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
