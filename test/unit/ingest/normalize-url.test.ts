import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, normalizeUrl } from '../../../src/ingest/normalize-url.js';

describe('normalizeUrl', () => {
  it('folds the forms of one article URL into one key', () => {
    const forms = [
      'https://News.Example.COM/world/story-1',
      'https://news.example.com/world/story-1/',
      'https://news.example.com/world/story-1#comments',
      'https://news.example.com:443/world/story-1?utm_source=rss&utm_medium=feed',
      'https://news.example.com/world/story-1?fbclid=abc123',
      'https://news.example.com./world/story-1?gclid=x&mc_cid=y&mc_eid=z',
      'https://user:pw@news.example.com/world/story-1',
    ];
    const keys = new Set(forms.map((f) => normalizeUrl(f)));
    expect([...keys]).toEqual(['https://news.example.com/world/story-1']);
  });

  it('keeps what can select another document: path case, real query parameters (sorted), the scheme', () => {
    expect(normalizeUrl('https://example.com/World/Story')).toBe('https://example.com/World/Story');
    expect(normalizeUrl('https://example.com/a?page=2&id=7&utm_campaign=x')).toBe(
      'https://example.com/a?id=7&page=2',
    );
    expect(normalizeUrl('http://example.com/a')).not.toBe(normalizeUrl('https://example.com/a'));
    expect(normalizeUrl('https://example.com/')).toBe('https://example.com/');
    expect(normalizeUrl('http://example.com:8080/a/')).toBe('http://example.com:8080/a');
  });

  it('resolves relative URLs against a base and refuses other schemes', () => {
    expect(normalizeUrl('/b/c/', 'https://example.com/a')).toBe('https://example.com/b/c');
    expect(normalizeUrl('ftp://example.com/file')).toBeNull();
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
    expect(absoluteHttpUrl('mailto:a@example.com')).toBeNull();
    expect(absoluteHttpUrl('story.html', 'https://example.com/news/')).toBe(
      'https://example.com/news/story.html',
    );
  });
});
