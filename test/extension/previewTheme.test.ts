/// <reference lib="dom" />
/**
 * The preview follows VS Code's theme and prints well: the example rendered as the preview shows
 * it (`renderForPreview`, media/minutes.css and media/preview.css, the page and its policy), in
 * headless Chromium, with the body class and the `--vscode-*` colour variables VS Code sets on a
 * webview for a light, a dark and a high-contrast theme — then printed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createNonce, previewContentSecurityPolicy } from '../../client/src/preview/contentSecurityPolicy';
import { previewPage } from '../../client/src/preview/previewPage';
import { renderForPreview } from '../../client/src/preview/renderForPreview';
import { chromiumPath } from '../export/tools';
import { root } from '../helpers/expect';

const origin = 'https://minutes-theme.test';

interface Theme {
  readonly name: string;
  /** The class VS Code puts on the webview's body. */
  readonly bodyClass: string;
  /** Some of the variables VS Code defines on the webview's `html` element. */
  readonly variables: Readonly<Record<string, string>>;
}

const themes: readonly Theme[] = [
  { name: 'light', bodyClass: 'vscode-light', variables: { '--vscode-editor-background': 'rgb(255, 255, 254)', '--vscode-editor-foreground': 'rgb(10, 20, 30)' } },
  { name: 'dark', bodyClass: 'vscode-dark', variables: { '--vscode-editor-background': 'rgb(30, 30, 31)', '--vscode-editor-foreground': 'rgb(212, 212, 213)' } },
  {
    name: 'high contrast',
    bodyClass: 'vscode-high-contrast',
    variables: { '--vscode-editor-background': 'rgb(0, 0, 0)', '--vscode-editor-foreground': 'rgb(255, 255, 255)', '--vscode-contrastBorder': 'rgb(111, 195, 223)' },
  },
];

/** Reads the computed style of the first element matching `selector`. */
async function style(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(
    ([s, p]) => {
      const element = document.querySelector(s as string);
      if (!element) throw new Error(`no ${s as string} on the page`);
      return getComputedStyle(element).getPropertyValue(p as string);
    },
    [selector, property],
  );
}

describe('the preview follows the theme and prints (Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;
  let page: Page;
  const example = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
  const rendering = renderForPreview(example, []);

  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  });

  after(async () => {
    await browser?.close();
  });

  async function open(theme: Theme): Promise<void> {
    assert.ok(browser);
    page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const nonce = createNonce();
    const html = previewPage({
      contentSecurityPolicy: previewContentSecurityPolicy(origin, nonce),
      nonce,
      styles: [`${origin}/media/minutes.css`, `${origin}/media/preview.css`],
      scripts: [],
      bodyHtml: rendering.html,
      lang: rendering.lang,
      settings: { source: 'file:///kommunchefsgruppen.minutes' },
    });
    await page.route(`${origin}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: html });
      const file = join(root, path);
      if (path.startsWith('/media/') && path.endsWith('.css') && existsSync(file)) return route.fulfill({ contentType: 'text/css', body: readFileSync(file, 'utf8') });
      return route.fulfill({ status: 404, body: '' });
    });
    await page.goto(`${origin}/`);
    // What VS Code does when a webview loads and whenever the theme changes.
    await page.evaluate(
      ([bodyClass, variables]) => {
        document.body.classList.add(bodyClass as string);
        for (const [name, value] of Object.entries(variables as Record<string, string>)) document.documentElement.style.setProperty(name, value);
      },
      [theme.bodyClass, theme.variables] as const,
    );
  }

  afterEach(async () => {
    await page?.close();
  });

  for (const theme of themes) {
    it(`takes the editor's colours in a ${theme.name} theme`, async () => {
      await open(theme);
      assert.equal(await style(page, 'body', 'background-color'), theme.variables['--vscode-editor-background']);
      assert.equal(await style(page, '.minutes', 'color'), theme.variables['--vscode-editor-foreground']);
      // The minutes are there, not only a coloured page.
      assert.match(await page.locator('.minutes').innerText(), /Klimatanpassning/);
    });
  }

  it('outlines actions and decisions with the contrast border in a high-contrast theme only', async () => {
    const highContrast = themes[2] as Theme;
    await open(highContrast);
    assert.equal(await style(page, '.minutes-action', 'outline-style'), 'solid');
    assert.equal(await style(page, '.minutes-action', 'outline-color'), highContrast.variables['--vscode-contrastBorder']);
    await page.close();
    await open(themes[0] as Theme);
    assert.equal(await style(page, '.minutes-action', 'outline-style'), 'none');
  });

  it('prints black on white whatever the theme, without the preview padding', async () => {
    await open(themes[1] as Theme);
    assert.notEqual(await style(page, 'body', 'background-color'), 'rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await style(page, 'body', 'background-color'), 'rgb(255, 255, 255)');
    assert.equal(await style(page, '.minutes', 'color'), 'rgb(0, 0, 0)');
    assert.equal(await style(page, '#minutes-preview', 'padding-top'), '0px');
    // A table row is never split across two pages.
    assert.equal(await style(page, '.minutes-table tr', 'break-inside'), 'avoid');
  });
});
