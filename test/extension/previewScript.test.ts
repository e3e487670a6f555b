/// <reference lib="dom" />
/**
 * The preview's webview script (media/preview.js with media/previewScroll.js) in headless
 * Chromium, on the page the extension builds (client/src/preview/previewPage.ts) with its real
 * Content-Security-Policy. VS Code's side is a stand-in: `acquireVsCodeApi()` records the messages
 * the script posts, and the test posts the extension's messages to the window as VS Code would.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewContentSecurityPolicy } from '../../client/src/preview/contentSecurityPolicy';
import { previewPage } from '../../client/src/preview/previewPage';
import { chromiumPath } from '../export/tools';
import { root } from '../helpers/expect';

const origin = 'https://minutes-preview.test';

interface Posted {
  readonly type: string;
  readonly line?: number;
  readonly version?: number;
}

/** Twelve blocks, one per source line 0, 5, 10 …, each 400 px high: room to scroll. */
function blocks(extra = ''): string {
  const sections = Array.from({ length: 12 }, (_, i) => `<section data-line="${i * 5}" class="block"><h2 data-line="${i * 5}">Punkt ${i}</h2><p data-line="${i * 5 + 1}">Text ${i}${extra}</p></section>`);
  return `<article class="minutes">${sections.join('')}</article>`;
}

/** Stand-in for VS Code: the API the script acquires, and a place to see what it posted. */
const vscodeStandIn = `
  window.__posted = [];
  window.__state = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => window.__state,
    setState: (state) => { window.__state = state; },
  });
`;

describe('the preview script in Chromium (media/preview.js)', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;

  before(async () => {
    // Debian's chromium, installed with apt-get when missing (test/export/tools.ts).
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  });

  after(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    assert.ok(browser);
    page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.addInitScript(vscodeStandIn);
    const nonce = createNonce();
    const html = previewPage({
      contentSecurityPolicy: previewContentSecurityPolicy(origin, nonce),
      nonce,
      // The page's own height for the blocks comes from a test style sheet, served like media/.
      styles: [`${origin}/media/test.css`],
      scripts: [`${origin}/media/previewScroll.js`, `${origin}/media/preview.js`],
      bodyHtml: blocks(),
      lang: 'sv',
      settings: { source: 'file:///m%C3%B6te.minutes' },
    });
    await page.route(`${origin}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
      if (path === '/media/test.css') return route.fulfill({ contentType: 'text/css', body: 'body{margin:0} .block{height:400px;margin:0;overflow:hidden} h2,p{margin:0}' });
      const file = join(root, path);
      if (path.startsWith('/media/') && existsSync(file)) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file, 'utf8') });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${origin}/`);
    await waitForPosted((m) => m.type === 'ready');
  });

  afterEach(async () => {
    await page.close();
  });

  async function posted(): Promise<Posted[]> {
    return page.evaluate(() => (window as unknown as { __posted: Posted[] }).__posted);
  }

  async function waitForPosted(match: (message: Posted) => boolean, what = 'a message'): Promise<Posted> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = (await posted()).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`the script never posted ${what}; it posted ${JSON.stringify(await posted())}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Posts a message to the page as VS Code posts the extension's messages. */
  async function send(message: object): Promise<void> {
    await page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  it('replaces the minutes on an update and reports the version it shows', async () => {
    await send({ type: 'update', html: blocks(' – ändrad'), version: 3 });
    await waitForPosted((m) => m.type === 'updated' && m.version === 3, 'updated 3');
    assert.equal(await page.locator('#minutes-preview p').first().textContent(), 'Text 0 – ändrad');
    assert.equal(await page.locator('#minutes-preview section').count(), 12);
  });

  it('runs nothing that comes with an update: inline scripts and event handlers are blocked', async () => {
    await page.evaluate(() => {
      (window as unknown as { __ran: string[] }).__ran = [];
    });
    const hostile = '<article class="minutes"><h1 data-line="0"><img src="x" onerror="window.__ran.push(\'img\')"></h1><script>window.__ran.push("script")</script><svg onload="window.__ran.push(\'svg\')"></svg><p data-line="1">ok</p></article>';
    await send({ type: 'update', html: hostile, version: 1 });
    await waitForPosted((m) => m.type === 'updated' && m.version === 1, 'updated 1');
    // Give the image's error event (it would fire at once, the URL fails) a chance.
    await page.waitForFunction(() => document.querySelector('#minutes-preview img') !== null);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran), []);
  });

  it('scrolls to the line the editor shows, interpolating between blocks', async () => {
    await send({ type: 'scrollToLine', line: 10 });
    await page.waitForFunction(() => window.scrollY === 800);
    // Line 13 lies halfway between the paragraph of line 11 and the block of line 15.
    const top = (line: number) =>
      page.evaluate((l) => (document.querySelector(`[data-line="${l}"]`)?.getBoundingClientRect().top ?? Number.NaN) + window.scrollY, line);
    const expected = Math.round(((await top(11)) + (await top(15))) / 2);
    assert.ok(expected > 800 && expected < 1200, `${expected}`);
    await send({ type: 'scrollToLine', line: 13 });
    await page.waitForFunction((y) => window.scrollY === y, expected);
    // The script's own scrolling is not reported back to the editor.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.ok(!(await posted()).some((m) => m.type === 'revealLine'), JSON.stringify(await posted()));
  });

  it('reports the source line at the top when the user scrolls, and keeps it in the webview state', async () => {
    await page.mouse.move(400, 300);
    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(() => window.scrollY === 1200);
    // 1200 px is the top of the block of line 15.
    await waitForPosted((m) => m.type === 'revealLine' && m.line === 15, 'revealLine 15');
    const state = await page.evaluate(() => (window as unknown as { __state: { source: string; line: number } }).__state);
    assert.equal(state.source, 'file:///m%C3%B6te.minutes');
    assert.equal(typeof state.line, 'number');
  });

  it('asks the editor for the source line of a double-clicked block', async () => {
    await page.locator('#minutes-preview p', { hasText: /^Text 1$/ }).dblclick();
    const message = await waitForPosted((m) => m.type === 'openLine', 'openLine');
    assert.equal(message.line, 6);
  });
});
