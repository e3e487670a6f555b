import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyzeMinutes, renderHtmlBody, renderHtmlPage } from '../../server/src/core/index';
import { root } from '../helpers/expect';
import { chromiumPath, ensureArtifactsDir } from './tools';

const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** What a page did besides showing itself: dialogs, requests, script errors, the hostile marker. */
interface Watched {
  readonly dialogs: string[];
  readonly requests: string[];
  readonly errors: string[];
}

/**
 * The HTML export opened in headless Chromium (Debian's, driven by playwright-core): the table
 * cells hold the right names and notes, and a hostile document runs no script and reaches no
 * network. A screenshot of each page goes to `.test-artifacts/render/`.
 */
describe('export: HTML in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
  });

  /** Opens `html` in a fresh page, recording everything it tries to do. */
  async function open(html: string): Promise<{ page: Page; watched: Watched }> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    const watched: Watched = { dialogs: [], requests: [], errors: [] };
    page.on('dialog', (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => watched.requests.push(request.url()));
    page.on('pageerror', (error) => watched.errors.push(error.message));
    // Any request leaving the page fails at once, so even an escaped-by-mistake <img> cannot leak.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return { page, watched };
  }

  /** Cell texts of a table, row by row. */
  const cells = (page: Page, selector: string): Promise<string[][]> =>
    page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')));

  it('shows the attendance and the actions in table cells', async () => {
    const { page, watched } = await open(renderHtmlPage(analyzeMinutes(read('examples/kommunchefsgruppen.minutes'))));
    const attendance = await cells(page, '.minutes-attendance-present table');
    assert.equal(attendance.length, 19);
    assert.deepEqual(attendance[4], ['Pia Alhäll', 'Härryda', '', 'Digitalt från punkt 4']);
    assert.deepEqual(attendance[9], ['Mio Saba', 'Mölndal', '', 'Från punkt 4']);
    assert.deepEqual(attendance[18], ['Christina Thordén', 'GR', '', 'Endast punkt 2']);
    const actions = await cells(page, '.minutes-actions-table');
    assert.deepEqual(actions[0], ['2', 'avrapportera AI-uppdraget i sin helhet.', 'Sofia Larsson, Anders Pettersson', '30 april']);
    assert.deepEqual(actions[4], ['8', 'hitta ett tillfälle då regiondirektören kan besöka kommunchefsgruppen.', 'GR', '']);
    assert.equal(await page.title(), 'Anteckningar – Kommunchefsgruppen, GR – 2024-03-08');
    await page.screenshot({ path: join(ensureArtifactsDir(), 'kommunchefsgruppen.png'), fullPage: true });
    assert.deepEqual(watched, { dialogs: [], requests: [], errors: [] });
    await page.close();
  });

  it('marks an action without owner where it stands and in the summary', async () => {
    const { page } = await open(renderHtmlPage(analyzeMinutes(read('test/fixtures/render/english.minutes'))));
    const marked = await page.$$eval('.minutes-no-owner', (nodes) => nodes.map((node) => node.textContent));
    assert.deepEqual(marked, ['No owner', 'No owner']);
    const actions = await cells(page, '.minutes-actions-table');
    assert.deepEqual(actions[1], ['2', 'find a contractor for the pier', 'No owner', '']);
    await page.screenshot({ path: join(ensureArtifactsDir(), 'english.png'), fullPage: true });
    await page.close();
  });

  const hostile = analyzeMinutes(read('test/fixtures/render/hostile.minutes'));
  const hostileCases = [
    { name: 'the HTML export', html: renderHtmlPage(hostile) },
    // Without the page's Content-Security-Policy only the escaping stands between the text and the browser.
    { name: 'the bare fragment, without any Content-Security-Policy', html: `<!DOCTYPE html><meta charset="utf-8"><body>${renderHtmlBody(hostile)}</body>` },
  ];
  for (const { name, html } of hostileCases) {
    it(`runs no script and makes no request for a hostile document: ${name}`, async () => {
      const { page, watched } = await open(html);
      assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned ?? null), null);
      assert.equal(await page.locator('article.minutes script, article.minutes img, article.minutes svg, article.minutes iframe, article.minutes link, article.minutes style, article.minutes a').count(), 0);
      assert.deepEqual(watched, { dialogs: [], requests: [], errors: [] });
      // The hostile text is shown as written.
      const row = (await cells(page, '.minutes-attendance-present table'))[0] ?? [];
      assert.equal(row[0], `<img src=x onerror="window.__pwned='name'">`);
      assert.equal(row[1], `</script><script>window.__pwned='org'</script>`);
      assert.equal(await page.locator('h1.minutes-title').textContent(), `<img src=x onerror="window.__pwned='title'">Anteckningar</script><script>window.__pwned='script'</script>`);
      assert.ok(await page.locator('article.minutes').isVisible(), 'a <style> in the text hid the page');
      if (name === 'the HTML export') await page.screenshot({ path: join(ensureArtifactsDir(), 'hostile.png'), fullPage: true });
      await page.close();
    });
  }
});
