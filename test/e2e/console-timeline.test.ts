/**
 * The console's Timeline view in real headless Chromium over the seed corpus: the topic's
 * "timeline" chip (or `/brief <topic> timeline`) shows episodes, days and events in order, outlet
 * counts, and the flags with a citation button on each version that opens the quoted sentence.
 */
import { existsSync } from 'node:fs';
import type http from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import { normalizeForMatch } from '../../src/briefing/write/verify.js';
import { silentLogger } from '../../src/log/logger.js';
import { CHROMIUM, launchChromium, serveConsole } from '../support/console-browser.js';

const hasChromium = existsSync(CHROMIUM);

describe.skipIf(!hasChromium)('the console timeline in headless Chromium', () => {
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

  it('shows episodes, days, outlet counts and flags whose citations open the quoted sentence', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const posted: unknown[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => {
      if (r.method() === 'POST') posted.push(r.postDataJSON());
    });
    try {
      await page.goto(base);
      const chip = page.locator('#topics button.timeline-view').first();
      await chip.waitFor();
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/brief'),
        chip.click(),
      ]);
      const answer: Answer = answerSchema.parse(await response.json());
      expect(posted[0]).toMatchObject({ topic: 'pakistan-russia', timeline: true });
      const item = page.locator('#log li.msg.bot[data-view="timeline"]');
      await item.waitFor();

      const episodes = await item.locator('section.episode h3').allTextContents();
      expect(episodes).toContain('Oct 2012');
      expect(episodes.indexOf('2021')).toBeGreaterThan(episodes.indexOf('Oct 2012'));
      expect(await item.locator('.bullets > li').count()).toBe(answer.bullets.length);
      const days = await item.locator('h4.day-label').allTextContents();
      expect(days.indexOf('4 Oct 2012')).toBeGreaterThan(days.indexOf('2–3 Oct 2012'));
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('single source');
      expect(text).toContain('2 outlets');
      expect(text).toContain('2021 (inferred)');

      const flag = item.locator('.flags p.flag', { hasText: "Kayani's visit" });
      expect(await flag.textContent()).toMatch(
        /^Kayani's visit: three days \[\d\]\[\d\] vs four days \[\d\]$/,
      );
      const sides = answer.flags!.find((f) => f.subject === "Kayani's visit")!.sides!;
      // The last marker is the "four days" side's: it opens that sentence, highlighted.
      await flag.locator('button.cite').last().click();
      const mark = page.locator('#article-body mark.quote');
      await mark.waitFor({ state: 'visible' });
      expect(normalizeForMatch((await mark.textContent()) ?? '')).toBe(
        normalizeForMatch(sides[1]!.citations.at(-1)!.quote),
      );
      await page.locator('#article-close').click();

      // Typed, the same view.
      await page.locator('#prompt').fill('/brief pakistan-russia timeline');
      await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/brief'),
        page.locator('#prompt').press('Enter'),
      ]);
      await page.locator('#log li.msg.bot[data-view="timeline"]').nth(1).waitFor();
      expect(posted[1]).toMatchObject({ topic: 'pakistan-russia', timeline: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
