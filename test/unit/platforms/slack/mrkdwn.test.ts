import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, fromSlackText, mrkdwnLink, truncate } from '../../../../src/platforms/slack/mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > (the ampersand first, so nothing is escaped twice)', () => {
    expect(escapeMrkdwn('a & b <c> &lt;')).toBe('a &amp; b &lt;c&gt; &amp;lt;');
  });
});

describe('mrkdwnLink', () => {
  it('links http(s) URLs and shows anything else as text', () => {
    expect(mrkdwnLink('https://a.example/x?y=1&z=2', 'T & U')).toBe(
      '<https://a.example/x?y=1&amp;z=2|T &amp; U>',
    );
    expect(mrkdwnLink(null, 'Plain')).toBe('Plain');
    expect(mrkdwnLink('ftp://a.example', 'F')).toBe('F');
    expect(mrkdwnLink('https://a.example/has space', 'S')).toBe('S');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('a'.repeat(20), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never leaves half a surrogate pair', () => {
    const cut = truncate(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
  });
});

describe('fromSlackText', () => {
  it('drops the bot’s mention and decodes what Slack encoded', () => {
    expect(fromSlackText('<@UBOT> what about  <#C1|news> &amp; <https://x.example|this link>?', 'UBOT')).toBe(
      'what about #news & this link?',
    );
  });

  it('keeps other people’s mentions readable and removes broadcasts', () => {
    expect(fromSlackText('<@UBOT> ask <@U2|bob> <!here> &lt;x&gt;', 'UBOT')).toBe('ask @bob <x>');
    expect(fromSlackText('<https://only.example>')).toBe('https://only.example');
  });
});
