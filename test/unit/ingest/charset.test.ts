import { describe, expect, it } from 'vitest';
import { decodeBody, headerCharset } from '../../../src/ingest/charset.js';
import { encodeCp1252 } from './fixture-server.js';

const smart = '“Quoted” café — 5 € … ‘single’ œ';

describe('decodeBody', () => {
  it('decodes windows-1252 by the Content-Type header, curly quotes, dashes and € included', () => {
    const d = decodeBody(encodeCp1252(`<p>${smart}</p>`), 'text/html; charset=windows-1252', 'html');
    expect(d.text).toBe(`<p>${smart}</p>`);
    expect(d.charset).toBe('windows-1252');
    expect(d.warning).toBeNull();
  });

  it('treats ISO-8859-1 as windows-1252, as browsers do (0x93 is a quote, not a control character)', () => {
    const d = decodeBody(encodeCp1252(smart), 'text/html; charset=ISO-8859-1', 'html');
    expect(d.text).toBe(smart);
    expect(d.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('finds the charset in <meta charset> and in <meta http-equiv> when the header has none', () => {
    const a = decodeBody(
      encodeCp1252(`<html><head><meta charset="windows-1252"></head><body>${smart}`),
      'text/html',
      'html',
    );
    expect(a.text).toContain(smart);
    const b = decodeBody(
      encodeCp1252(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>${smart}`),
      null,
      'html',
    );
    expect(b.text).toContain(smart);
  });

  it('reads the XML declaration of a feed', () => {
    const d = decodeBody(
      encodeCp1252(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>${smart}</t></rss>`),
      'application/rss+xml',
      'xml',
    );
    expect(d.text).toContain(smart);
  });

  it('decodes other charsets TextDecoder knows (windows-1251)', () => {
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет"
    expect(decodeBody(bytes, 'text/html; charset=windows-1251', 'html').text).toBe('Привет');
  });

  it('warns about an unknown charset and still decodes', () => {
    const d = decodeBody(Buffer.from('<p>plain text</p>'), 'text/html; charset=x-klingon', 'html');
    expect(d.text).toBe('<p>plain text</p>');
    expect(d.warning).toMatch(/unknown charset "x-klingon"/);
  });

  it('falls back to windows-1252, with a warning, for undeclared bytes that are not UTF-8', () => {
    const d = decodeBody(encodeCp1252(`<p>${smart}</p>`), 'text/html', 'html');
    expect(d.text).toBe(`<p>${smart}</p>`);
    expect(d.warning).toMatch(/not UTF-8/);
  });

  it('honours a byte-order mark over everything else, and reads JSON as UTF-8', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café', 'utf8')]);
    expect(decodeBody(bom, 'text/html; charset=windows-1252', 'html').text).toBe('café');
    expect(decodeBody(Buffer.from('{"t":"café"}'), 'application/json; charset=iso-8859-1', 'json').text).toBe(
      '{"t":"café"}',
    );
  });

  it('reads quoted and unquoted charset parameters', () => {
    expect(headerCharset('text/html; charset="UTF-8"')).toBe('UTF-8');
    expect(headerCharset('text/html;charset=utf-8; foo=bar')).toBe('utf-8');
    expect(headerCharset('text/html')).toBeNull();
  });
});
