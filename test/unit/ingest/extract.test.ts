import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract.js';
import { htmlToParagraphs, plainText } from '../../../src/ingest/html-text.js';
import { FIXTURES } from './fixture-server.js';

const page = (name: string) =>
  readFileSync(join(FIXTURES, 'pages', name), 'utf8').replaceAll('{{BASE}}', 'https://ledger.example');

describe('extractArticle (Readability over linkedom)', () => {
  it('keeps the article and drops navigation, ads, search, related links, comments and footer', () => {
    const result = extractArticle(page('pipeline-deal.html'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { paragraphs } = result.page;
    const text = paragraphs.join('\n');
    expect(paragraphs[0]).toMatch(/^ISLAMABAD: Pakistan and Russia on Monday signed an agreement/);
    expect(paragraphs.at(-1)).toBe(
      'Officials said payments would now be settled in local currencies through a clearing arrangement between the two central banks.',
    );
    for (const furniture of [
      'Advertisement',
      'Sponsored',
      'Most read',
      'Karachi Kings',
      'Comments (3)',
      'Who will pay for it',
      'Post comment',
      'All rights reserved',
      'Opinion',
      'dataLayer',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(result.page.siteName).toBe('The Karachi Ledger');
    expect(result.page.publishedTime).toBe('2026-03-02T09:30:00+05:00');
    expect(result.page.canonical).toBe('https://ledger.example/pakistan/pipeline-deal');
  });

  it('leaves captions and blocks of links behind, keeps links inside prose', () => {
    const prose = (n: number) =>
      `<p>Paragraph ${n} of the report says the council met on Tuesday and agreed the budget after a long debate about roads, schools and the harbour, which <a href="/harbour">the port authority</a> runs.</p>`;
    const html = `<html><head><title>Budget agreed</title></head><body><article><h1>Budget agreed</h1>
      ${prose(1)}<figure><img src="a.jpg"><figcaption>The council chamber (Image: Agency)</figcaption></figure>
      ${prose(2)}<p><a href="/more">READ MORE: Council votes on the harbour plan</a></p>
      <ul><li><a href="/1">Related story one</a></li><li><a href="/2">Related story two</a></li></ul>
      ${prose(3)}<figure><blockquote>We agreed, at last.</blockquote></figure>${prose(4)}</article></body></html>`;
    const result = extractArticle(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.page.paragraphs.join('\n');
    expect(text).toContain('which the port authority runs.');
    expect(text).toContain('We agreed, at last.');
    for (const furniture of ['council chamber', 'READ MORE', 'Related story'])
      expect(text).not.toContain(furniture);
  });

  it('says "no article" for an index page of teasers', () => {
    const result = extractArticle(page('gazette-index.html'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/no article found on the page/);
  });

  it('says "no article" for an empty or non-HTML document instead of throwing', () => {
    expect(extractArticle('').ok).toBe(false);
    expect(extractArticle('just a line of text').ok).toBe(false);
    expect(extractArticle('<html><body><script>var x = 1;</script></body></html>').ok).toBe(false);
  });
});

describe('htmlToParagraphs', () => {
  it('ends paragraphs at block elements and <br>, collapses whitespace, decodes entities, drops scripts', () => {
    const html = `<div>First   line
      of text&nbsp;here.<br>Second &amp; last.</div><ul><li>Item one</li><li>Item <b>two</b></li></ul>
      <script>alert(1)</script><p>Tail &#8220;quoted&#8221;</p>`;
    expect(htmlToParagraphs(html)).toEqual([
      'First line of text here.',
      'Second & last.',
      '- Item one',
      '- Item two',
      'Tail “quoted”',
    ]);
  });

  it('writes list items of text as Markdown items, and link lists bare', () => {
    const html = `<ul><li>Swim proof</li><li><a href="/x">Read</a> the <b>manual</b> first</li></ul>
      <ul><li><a href="/a">Related story one</a></li><li><a href="/b">Related story two</a></li></ul>`;
    expect(htmlToParagraphs(html)).toEqual([
      '- Swim proof',
      '- Read the manual first',
      'Related story one',
      'Related story two',
    ]);
  });

  it('makes plain text of an HTML title', () => {
    expect(plainText('Pakistan&#8217;s <em>new</em> deal')).toBe('Pakistan’s new deal');
    expect(plainText('  Plain   title ')).toBe('Plain title');
  });
});
