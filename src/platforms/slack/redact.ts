/**
 * Keeps Slack credentials out of logs: the configured secrets verbatim, and anything shaped like a
 * Slack token (`xoxb-…`, `xapp-…`) in case one arrives from elsewhere, e.g. inside an error.
 */
const TOKEN_SHAPES = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;

export function makeRedactor(secrets: ReadonlyArray<string | undefined>): (text: string) => string {
  // Very short values would blank out ordinary words; real secrets are long.
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join('[redacted]');
    return out.replace(TOKEN_SHAPES, '[redacted]');
  };
}
