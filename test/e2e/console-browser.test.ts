/**
 * The web console in real headless Chromium (Debian's package, never a downloaded browser), served
 * by the real briefing service over the seed corpus: brief, click a citation and see the quoted
 * sentence highlighted in its article, follow up in the same thread, on a desktop and a 375 px
 * screen. Screenshots go to test-output/console/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import { normalizeForMatch } from '../../src/briefing/write/verify.js';
import { silentLogger } from '../../src/log/logger.js';
import { createWebServer } from '../../src/platforms/web/server.js';

/**
 * The few browser globals the page functions below use. Declared here, module-scoped, because the
 * project compiles without the DOM lib (it would change Node types for everyone).
 */
declare const window: { innerWidth: number; innerHeight: number };
declare const document: {
  documentElement: { scrollWidth: number };
  activeElement: { className: string; tagName: string } | null;
};

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = 'test-output/console';

if (!hasChromium) {
  console.warn(
    `console browser test skipped: ${CHROMIUM} not found. \`apt-get install chromium\` (Debian) enables it.`,
  );
}

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 740 },
] as const;

describe.skipIf(!hasChromium)('web console in headless Chromium', () => {
  let app: Awaited<ReturnType<typeof openBriefbot>>;
  let server: http.Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', logger: silentLogger });
    server = createWebServer({
      api: app.api,
      logger: silentLogger,
      health: () => ({ ok: true, details: {} }),
      ready: () => ({ ok: true, details: {} }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((resolve) => server.close(resolve));
    await app?.close();
  });

  /** A page that records the JSON bodies the console posts and every script error or CSP violation. */
  async function openConsole(viewport: { width: number; height: number }) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const posted: { path: string; body: { thread?: string; topic?: string; question?: string } }[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST')
        posted.push({ path: new URL(request.url()).pathname, body: request.postDataJSON() });
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(base);
    await page.locator('#topics button.brief').first().waitFor();
    return { context, page, posted, problems };
  }

  /** Types into the prompt and presses Enter, returning the Answer JSON the console received. */
  async function send(page: Page, text: string, path: string): Promise<Answer> {
    // A click, not just fill: it fails if anything (the article sheet on a phone) covers the box.
    await page.locator('#prompt').click();
    await page.locator('#prompt').fill(text);
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname.startsWith(path)),
      page.locator('#prompt').press('Enter'),
    ]);
    expect(response.status()).toBe(200);
    return answerSchema.parse(await response.json());
  }

  for (const viewport of VIEWPORTS) {
    it(`briefs, shows the cited sentence in its article, and follows up (${viewport.name})`, async () => {
      const { context, page, posted, problems } = await openConsole(viewport);
      try {
        const brief = await send(page, '/brief pakistan-russia', '/api/brief');
        const bullets = page.locator('#log li.msg.bot.brief .bullets > li');
        await bullets.first().waitFor();
        expect(await bullets.count()).toBe(brief.bullets.length);
        expect(brief.bullets.length).toBeGreaterThanOrEqual(5);
        await page.screenshot({ path: `${SHOTS}/${viewport.name}-brief.png`, fullPage: true });

        // The second bullet's first marker: its quote must appear highlighted in the article.
        const citation = brief.bullets[1]!.citations[0]!;
        const source = brief.sources.find((s) => s.n === citation.source)!;
        await bullets.nth(1).locator('button.cite').first().click();
        const mark = page.locator('#article-body mark.quote');
        await mark.waitFor({ state: 'visible' });
        expect(normalizeForMatch((await mark.textContent()) ?? '')).toBe(normalizeForMatch(citation.quote));
        expect(await page.locator('#article-title').textContent()).toBe(source.title);
        const meta = (await page.locator('#article-meta').textContent()) ?? '';
        // Worded as in the answer's source list (the console's sourceFacts).
        expect(meta).toContain(source.publisher ?? 'publisher unknown');
        expect(meta).toContain(
          source.published ??
            (source.publishedInferred ? `${source.publishedInferred.date} (inferred)` : 'date unknown'),
        );
        expect(await page.locator('#article-body p').count()).toBeGreaterThan(1);
        // Scrolled into view: the highlighted sentence is inside the visible window.
        const inView = await mark.evaluate((node) => {
          const box = node.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight;
        });
        expect(inView).toBe(true);
        await page.screenshot({ path: `${SHOTS}/${viewport.name}-article.png` });

        // Readable on this width: nothing forces the page to scroll sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);

        if (viewport.name === 'phone') {
          // On a phone the article is a sheet over the conversation; the reader closes it to go on.
          await page.locator('#article-close').click();
          expect(await page.locator('#article').isHidden()).toBe(true);
        }
        const followUp = await send(page, 'What did Lavrov say about Afghanistan?', '/api/ask');
        expect(followUp.kind).toBe('answer');
        expect(followUp.bullets.length).toBeGreaterThanOrEqual(1);
        const answerItem = page.locator('#log li.msg.bot.answer');
        await answerItem.waitFor();
        expect(await answerItem.locator('.bullets > li').count()).toBe(followUp.bullets.length);
        await page.screenshot({ path: `${SHOTS}/${viewport.name}-followup.png`, fullPage: true });

        // Same conversation on the wire: brief and follow-up carry one thread id.
        expect(posted.map((p) => p.path)).toEqual(['/api/brief', '/api/ask']);
        const threadId = posted[0]!.body.thread;
        expect(threadId).toMatch(/^c-[0-9a-f]{24}$/);
        expect(posted[1]!.body.thread).toBe(threadId);
        expect(await page.locator('#log').getAttribute('data-thread')).toBe(threadId);

        const footer = (await page.locator('#status-mode').textContent()) ?? '';
        expect(footer).toContain(followUp.mode === 'llm' ? 'LLM' : 'offline');
        if (followUp.fallbackReason) expect(footer).toContain(followUp.fallbackReason);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('opens an answer with its lead, whose markers show the quoted sentence; none when lead is null', async () => {
    const { context, page, problems } = await openConsole({ width: 1280, height: 900 });
    try {
      const brief = await send(page, '/brief pakistan-russia', '/api/brief');
      await page.locator('#log li.msg.bot.brief .bullets > li').first().waitFor();
      // A brief's lead (its latest developments) is drawn once, above its bullets.
      expect(brief.lead).toBeTruthy();
      expect(await page.locator('#log li.msg.bot.brief .lead').count()).toBe(1);

      const answer = await send(page, "How long was Kayani's visit?", '/api/ask');
      expect(answer.lead).toBeTruthy();
      const lead = answer.lead!;
      const item = page.locator('#log li.msg.bot.answer');
      await item.waitFor();
      // First in the message, in bold, before the bullets.
      expect(await item.evaluate((node) => node.firstElementChild?.className)).toBe('lead');
      const shown = item.locator('.lead');
      expect(await shown.locator('strong').textContent()).toBe(lead.text);
      const markers = shown.locator('button.cite');
      expect(await markers.allTextContents()).toEqual(lead.citations.map((c) => `[${c.source}]`));
      expect(await markers.first().getAttribute('title')).toBe(lead.citations[0]!.quote);
      await page.screenshot({ path: `${SHOTS}/desktop-lead.png`, fullPage: true });

      // A lead's marker opens its article at the quoted sentence, as a bullet's does.
      const last = lead.citations.at(-1)!;
      const source = answer.sources.find((s) => s.n === last.source)!;
      await markers.last().click();
      const mark = page.locator('#article-body mark.quote');
      await mark.waitFor({ state: 'visible' });
      expect(normalizeForMatch((await mark.textContent()) ?? '')).toBe(normalizeForMatch(last.quote));
      expect(await page.locator('#article-title').textContent()).toBe(source.title);
      expect(await markers.last().getAttribute('aria-pressed')).toBe('true');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works from the keyboard alone, and "New conversation" starts a new thread', async () => {
    const { context, page, posted, problems } = await openConsole({ width: 1280, height: 900 });
    try {
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // New conversation
      await page.keyboard.press('Tab'); // first topic chip
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('brief');
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/brief')),
        page.keyboard.press('Enter'),
      ]);
      const marker = page.locator('#log li.msg.bot.brief button.cite').first();
      await marker.waitFor();
      await marker.focus();
      await page.keyboard.press('Enter');
      await page.locator('#article-body mark.quote').waitFor({ state: 'visible' });
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
      await page.keyboard.press('Escape');
      expect(await page.locator('#article').isHidden()).toBe(true);
      expect(await marker.evaluate((node) => node === document.activeElement)).toBe(true);

      await page.locator('#new-conversation').click();
      expect(await page.locator('#log li.msg.bot').count()).toBe(0);
      await send(page, '/brief pakistan-russia', '/api/brief');
      expect(posted).toHaveLength(2);
      expect(posted[1]!.body.thread).not.toBe(posted[0]!.body.thread);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('previews a topic digest and explains an unknown topic with suggestions', async () => {
    const { context, page, problems } = await openConsole({ width: 375, height: 740 });
    try {
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/digest/pakistan-russia'),
        page.locator('#topics button.digest').first().click(),
      ]);
      expect(response.status()).toBe(200);
      const digest = answerSchema.parse(await response.json());
      expect(digest.kind).toBe('digest');
      const item = page.locator('#log li.msg.bot.digest');
      await item.waitFor();
      expect(await item.locator('.bullets > li').count()).toBe(digest.bullets.length);

      await page.locator('#prompt').fill('/digest pakistan-rusia');
      await page.locator('#prompt').press('Enter');
      const error = page.locator('#log li.msg.error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(/pakistan-rusia/);
      expect(await error.locator('.suggestions button').allTextContents()).toEqual(['pakistan-russia']);
      await error.locator('.suggestions button').click();
      await page.locator('#log li.msg.bot.digest').nth(1).waitFor();
      await page.screenshot({ path: `${SHOTS}/phone-digest-and-error.png`, fullPage: true });
      expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
