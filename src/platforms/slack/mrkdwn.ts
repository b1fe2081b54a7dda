/**
 * Text to and from Slack's mrkdwn. Outgoing text is escaped (`&`, `<`, `>`) so that article text
 * can never turn into a mention, a channel ping or a link; incoming message text is turned back
 * into the plain words the person typed.
 */

/** Escapes the three characters Slack reserves for its own markup. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A `<url|label>` link for http(s) URLs; anything else is shown as the escaped label only. */
export function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (url === null || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  // `|` and `>` would end the link early; `&` must be escaped like any other text.
  const safe = url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
  return `<${safe}|${text}>`;
}

/** Cuts text to at most `max` characters, ending with an ellipsis when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Plain text from a message as Slack delivers it: mentions of the bot removed, other mentions and
 * channel links reduced to their label, links to their label or URL, entities decoded.
 */
export function fromSlackText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return target.slice(1) === botUserId ? ' ' : `@${label ?? target.slice(1)}`;
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!')) return label ?? '';
      return label ?? target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
