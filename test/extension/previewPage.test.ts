/**
 * The page the preview webview loads (client/src/preview/previewPage.ts) and its
 * Content-Security-Policy (contentSecurityPolicy.ts): nothing but the extension's styles and the
 * nonce'd scripts may load or run, and nothing from the document can break out of its place.
 */
import assert from 'node:assert/strict';
import { createNonce, previewContentSecurityPolicy } from '../../client/src/preview/contentSecurityPolicy';
import { previewPage, type PreviewPageParts } from '../../client/src/preview/previewPage';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const media = (file: string) => `${cspSource}/ext/media/${file}`;

function page(overrides: Partial<PreviewPageParts> = {}): string {
  const nonce = overrides.nonce ?? 'bm9uY2Vub25jZW5vbmNlMQ==';
  return previewPage({
    contentSecurityPolicy: previewContentSecurityPolicy(cspSource, nonce),
    nonce,
    styles: [media('minutes.css'), media('preview.css')],
    scripts: [media('previewScroll.js'), media('preview.js')],
    bodyHtml: '<article class="minutes"><h1 data-line="0">Anteckningar</h1></article>',
    lang: 'sv',
    settings: { source: 'file:///m%C3%B6te.minutes', line: 3 },
    ...overrides,
  });
}

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('the preview page and its Content-Security-Policy', () => {
  it("allows nothing by default, styles from the extension only, scripts only with the page's nonce", () => {
    const policy = directives(previewContentSecurityPolicy(cspSource, 'abc123+/='));
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('style-src'), [cspSource]);
    assert.deepEqual(policy.get('script-src'), ["'nonce-abc123+/='"]);
    assert.deepEqual(policy.get('base-uri'), ["'none'"]);
    for (const [name, values] of policy) {
      assert.ok(!values.some((value) => /unsafe|\*$|^https?:$|^data:$/.test(value)), `${name} allows ${values.join(' ')}`);
    }
  });

  it('refuses a nonce or source that would change the policy', () => {
    assert.throws(() => previewContentSecurityPolicy(cspSource, "x' 'unsafe-inline"));
    assert.throws(() => previewContentSecurityPolicy(`${cspSource}; script-src *`, 'abc'));
    assert.throws(() => previewContentSecurityPolicy('', 'abc'));
  });

  it('makes a new 128-bit nonce for every load', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });

  it('loads the media files with the nonce on every script, and has no inline script or style', () => {
    const html = page();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 2);
    for (const [, attributes, body] of scripts) {
      assert.match(attributes ?? '', / nonce="bm9uY2Vub25jZW5vbmNlMQ=="/);
      assert.match(attributes ?? '', / src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\/[\w.]+\.js"/);
      assert.equal(body, '');
    }
    assert.ok(!/<style\b/.test(html), 'no inline <style>');
    assert.ok(!/\sstyle=/.test(html), 'no style attribute');
    assert.equal([...html.matchAll(/<link rel="stylesheet" href="[^"]+">/g)].length, 2);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/[^"]+; script-src &#39;nonce-bm9uY2Vub25jZW5vbmNlMQ==&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;">/);
    assert.match(html, /<html lang="sv">/);
    assert.match(html, /<main id="minutes-preview"><article class="minutes"><h1 data-line="0">Anteckningar<\/h1><\/article><\/main>/);
  });

  it('escapes what it places in attributes: the settings, the URIs, the language', () => {
    const html = page({
      settings: { source: 'file:///"><script>alert(1)</script>.minutes' },
      styles: ['x"><script>alert(2)</script>'],
      lang: '"><img src=x onerror=alert(3)>',
    });
    assert.ok(!html.includes('<script>alert'), html);
    assert.ok(!html.includes('<img'), html);
    const settings = /data-settings="([^"]*)"/.exec(html)?.[1];
    assert.ok(settings);
    const decoded = settings.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), { source: 'file:///"><script>alert(1)</script>.minutes' });
  });

  it('references nothing remote', () => {
    const html = page();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.equal(urls.length, 4);
    for (const url of urls) assert.ok(url.startsWith(`${cspSource}/ext/media/`), url);
  });
});
