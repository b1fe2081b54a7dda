/**
 * The console's newer parts in real headless Chromium (issue 18), served by the real service and
 * store: a conversation kept in the store survives a reload and continues in another tab (listed
 * under "Earlier conversations"); a source in the list opens its article with the same outlet and
 * date; digest subscriptions are listed, added and removed with the CLI's checks.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type http from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import { silentLogger } from '../../src/log/logger.js';
import { consoleLogFor } from '../../src/store/open-store.js';
import { digestStoreFor } from '../../src/store/open-store.js';
import { CHROMIUM, launchChromium, serveConsole } from '../support/console-browser.js';

const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)('web console: kept conversations, sources, subscriptions', () => {
  let app: Awaited<ReturnType<typeof openBriefbot>>;
  let server: http.Server;
  let base: string;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync('test-output/console', { recursive: true });
    app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', logger: silentLogger });
    ({ server, base } = await serveConsole({
      api: app.api,
      subscriptions: { subscriptions: digestStoreFor(app.store), topics: app.topics },
      conversations: consoleLogFor(app.store),
    }));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await app?.close();
  });

  async function open(path = '/'): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${base}${path}`);
    await page.locator('#topics button.brief').first().waitFor();
    return { page, problems };
  }

  async function send(page: Page, text: string, path: string): Promise<Answer> {
    await page.locator('#prompt').fill(text);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === path),
      page.locator('#prompt').press('Enter'),
    ]);
    expect(response.status()).toBe(200);
    return answerSchema.parse(await response.json());
  }

  it('keeps a conversation in the store: a reload re-draws it and a follow-up continues it', async () => {
    const { page, problems } = await open();
    const brief = await send(page, '/brief pakistan-russia', '/api/brief');
    await page.locator('#log li.msg.bot.brief').waitFor();
    const thread = await page.locator('#log').getAttribute('data-thread');
    expect(page.url()).toBe(`${base}/#${thread}`);

    await page.reload();
    const redrawn = page.locator('#log li.msg.bot.brief');
    await redrawn.waitFor();
    expect(await page.locator('#log').getAttribute('data-thread')).toBe(thread);
    expect(await redrawn.locator('.bullets > li').count()).toBe(brief.bullets.length);
    expect(await page.locator('#log li.msg.user').first().textContent()).toBe('/brief pakistan-russia');

    // The follow-up goes to the same thread and uses its memory (nothing already shown is repeated).
    const followUp = await send(page, 'what about the gas pipeline?', '/api/ask');
    const shown = new Set(brief.bullets.flatMap((b) => b.citations.map((c) => c.quote)));
    const quotes = followUp.bullets.flatMap((b) => b.citations.map((c) => c.quote));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(shown.has(q)).toBe(false);
    expect(followUp.thread).toBe(thread);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists earlier conversations; another tab opens one and continues it', async () => {
    const { page, problems } = await open();
    await page.locator('#conversations-panel summary').click();
    const entry = page.locator('#conversations button').first();
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/^pakistan-russia · 2 answers · /);
    await entry.click();
    await page.locator('#log li.msg.bot.answer').waitFor();
    expect(await page.locator('#log li.msg.bot').count()).toBe(2);
    expect(await entry.getAttribute('aria-current')).toBe('true');
    const thread = await page.locator('#log').getAttribute('data-thread');
    const next = await send(page, 'When was Lavrov in Islamabad?', '/api/ask');
    expect(next.thread).toBe(thread);
    // "New conversation" starts another id, and the earlier one stays listed.
    await page.locator('#new-conversation').click();
    expect(await page.locator('#log').getAttribute('data-thread')).not.toBe(thread);
    expect(await page.locator(`#conversations button[data-thread="${thread}"]`).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a source from the source list with the same outlet and date as the list shows', async () => {
    const { page, problems } = await open();
    await page.locator('#new-conversation').click();
    const brief = await send(page, '/brief pakistan-russia', '/api/brief');
    const buttons = page.locator('#log li.msg.bot.brief .sources button.source');
    expect(await buttons.count()).toBe(brief.sources.length);
    for (const [i, source] of brief.sources.entries()) {
      const listed = (await buttons.nth(i).textContent()) ?? '';
      await buttons.nth(i).click();
      await page.locator('#article-title').filter({ hasText: source.title }).waitFor();
      expect(await page.locator('#article-title').textContent()).toBe(source.title);
      const meta = (await page.locator('#article-meta').textContent()) ?? '';
      // "Title — Outlet — Date" in the list; "Outlet · Date · source [n]" in the panel.
      const [, outlet, date] = listed.split(' — ');
      expect(meta).toBe(`${outlet} · ${date} · source [${source.n}]`);
      expect(outlet).toBe(source.publisher ?? 'publisher unknown');
      expect(await page.locator('#article-body mark.quote').count()).toBe(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists, adds and removes digest subscriptions with the same checks as the CLI', async () => {
    const { page, problems } = await open();
    // Typing /subscribe (or /subscriptions) opens the panel rather than "Unknown command".
    await page.locator('#prompt').fill('/subscribe');
    await page.locator('#prompt').press('Enter');
    await page.locator('#subscriptions-panel[open]').waitFor();
    await page.locator('#subscriptions-status').filter({ hasText: 'No digest subscriptions yet.' }).waitFor();

    await page.locator('#sub-channel').fill('C0123ABCD');
    await page.locator('#sub-words').fill('pakistan-russia weekly fri 07:30 Asia/Karachi');
    await page.locator('#subscribe').click();
    const status = page.locator('#subscriptions-status');
    await status
      .filter({ hasText: 'Subscribed: pakistan-russia digest weekly on fri at 07:30 Asia/Karachi' })
      .waitFor();
    const item = page.locator('#subscriptions li.subscription');
    await item.first().waitFor();
    expect(await item.first().textContent()).toContain(
      'slack C0123ABCD: pakistan-russia, weekly on fri at 07:30 Asia/Karachi',
    );
    expect(await digestStoreFor(app.store).listSubscriptions()).toMatchObject([
      { platform: 'slack', channel: 'C0123ABCD', topic: 'pakistan-russia', time: '07:30' },
    ]);

    // The shared parser's refusals, word for word.
    await page.locator('#sub-words').fill('pakistan-russia daily 08:00 Mars/Olympus');
    await page.locator('#subscribe').click();
    await status.filter({ hasText: '"Mars/Olympus" is not a time zone' }).waitFor();
    expect(await status.getAttribute('class')).toContain('error');
    await page.locator('#sub-words').fill('pakistan-rusia daily');
    await page.locator('#subscribe').click();
    await status.filter({ hasText: 'Did you mean pakistan-russia?' }).waitFor();
    await page.locator('#sub-channel').fill('not a channel!');
    await page.locator('#sub-words').fill('pakistan-russia');
    await page.locator('#subscribe').click();
    await status.filter({ hasText: 'The channel is its id' }).waitFor();
    expect(await item.count()).toBe(1);

    await item
      .first()
      .getByRole('button', { name: /^Remove / })
      .click();
    await status.filter({ hasText: 'Stopped the pakistan-russia digest' }).waitFor();
    expect(await item.count()).toBe(0);
    expect(await digestStoreFor(app.store).listSubscriptions()).toEqual([]);
    // The refusals above are 400 and 404 answers, which the browser notes; nothing else went wrong.
    expect(problems.filter((p) => !/status of 40[04]/.test(p))).toEqual([]);
    await page.close();
  });
});
