/**
 * Dates in the console, in real headless Chromium over the seed corpus: every dated bullet of a
 * brief shows its date beside the quote (after its markers, never inside the quoted words), a
 * relative date worked out against its article's date ("tomorrow" in an article of 2 Oct 2012 is
 * 3 Oct 2012), inferred dates saying so; and an undated article reads with the same one date in
 * the source list, the article panel and GET /api/sources/:id.
 */
import { existsSync } from 'node:fs';
import type http from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import { silentLogger } from '../../src/log/logger.js';
import { CHROMIUM, launchChromium, serveConsole } from '../support/console-browser.js';

const hasChromium = existsSync(CHROMIUM);
const TOMORROW = "Sergei Lavrov's arrival tomorrow to coincide with Gen Kayani's trip to Moscow.";

describe.skipIf(!hasChromium)('dates in the console (headless Chromium)', () => {
  let app: Awaited<ReturnType<typeof openBriefbot>>;
  let server: http.Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', logger: silentLogger });
    ({ server, base } = await serveConsole({ api: app.api }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await app?.close();
  });

  it('shows each bullet date beside its quote and one date per article in list and panel', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(base);
      await page.locator('#topics button.brief').first().waitFor();
      await page.locator('#prompt').fill('/brief pakistan-russia');
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/brief'),
        page.locator('#prompt').press('Enter'),
      ]);
      const answer: Answer = answerSchema.parse(await response.json());
      const items = page.locator('#log li.msg.bot.brief .bullets > li');
      await items.first().waitFor();

      // Every bullet of the brief is dated, and each shows its date beside it.
      expect(answer.bullets.every((b) => b.date)).toBe(true);
      const k = answer.bullets.findIndex((b) => b.text === TOMORROW);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(answer.bullets[k]).toMatchObject({ date: '2012-10-03', dateKind: 'relative' });
      const item = items.nth(k);
      expect(await item.locator('.bullet-text').textContent()).toBe(TOMORROW);
      expect(await item.locator('.bullet-date').textContent()).toBe(' (3 Oct 2012)');
      // Beside the quote: after its citation markers, not before or inside the quoted words.
      const order = await item.evaluate((li) =>
        [...li.children].map((c) => c.className).filter((c) => c !== ''),
      );
      expect(order.indexOf('bullet-date')).toBeGreaterThan(order.lastIndexOf('cite'));
      expect(order.indexOf('bullet-text')).toBeLessThan(order.indexOf('cite'));

      const inferred = answer.bullets.findIndex((b) => b.dateKind === 'inferred');
      expect(inferred).toBeGreaterThanOrEqual(0);
      expect(await items.nth(inferred).locator('.bullet-date').textContent()).toMatch(
        /^ \(\d{4}, inferred\)$/,
      );

      // An undated article: the source list, the article panel and the API say the same date.
      const undated = answer.sources.find((s) => !s.published && s.publishedInferred)!;
      expect(undated).toBeDefined();
      const listed = page.locator(`#log li.msg.bot.brief ol.sources li[value="${undated.n}"] button`);
      expect(await listed.textContent()).toContain(`${undated.publishedInferred!.date} (inferred)`);
      await listed.click();
      await page.locator('#article-body p').first().waitFor();
      expect(await page.locator('#article-meta').textContent()).toContain(
        `${undated.publishedInferred!.date} (inferred)`,
      );
      const view = await (await page.request.get(`${base}/api/sources/${undated.id}`)).json();
      expect(view).toMatchObject({ published: null, publishedInferred: undated.publishedInferred });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
