/**
 * Security guards that hold for the whole project: the manifest declares what the extension does
 * in untrusted and virtual workspaces, the lint rules forbid building code from strings, the
 * bundles contain no `eval` or `new Function`, and the preview's Content-Security-Policy allows
 * nothing but the extension's own nonce'd script and stylesheet. (The behaviour on hostile
 * documents is tested in Chromium: test/export/html.browser.test.ts, test/extension/previewScript.test.ts.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { previewContentSecurityPolicy } from '../../client/src/preview/contentSecurityPolicy';
import { DEFAULT_MAX_DOCUMENT_MIB } from '../../server/src/lsp/sizeLimit';
import { root } from '../helpers/expect';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: { supported?: unknown; description?: string } };
  contributes: { configuration: { properties: Record<string, { default?: unknown; type?: string }> } };
};
const nls = (name: string) => JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, string>;

describe('security and limits, project-wide', () => {
  it('declares support for untrusted workspaces, and limited support for virtual ones with a reason in both languages', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces?.supported, 'limited');
    const key = /^%(.+)%$/.exec(manifest.capabilities?.virtualWorkspaces?.description ?? '')?.[1] ?? '';
    for (const file of ['package.nls.json', 'package.nls.sv.json']) assert.ok((nls(file)[key] ?? '').length > 20, `${file} explains ${key}`);
  });

  it('contributes minutes.maxDocumentSize with the server\'s default, not below the 10 MiB the benchmarks analyse', () => {
    const setting = manifest.contributes.configuration.properties['minutes.maxDocumentSize'];
    assert.equal(setting?.type, 'number');
    assert.equal(setting?.default, DEFAULT_MAX_DOCUMENT_MIB);
    assert.ok(DEFAULT_MAX_DOCUMENT_MIB >= 10);
  });

  it('lints every file with no-eval, no-implied-eval and no-new-func as errors', async () => {
    const config = (await import(pathToFileURL(join(root, 'eslint.config.mjs')).href)) as { default: { files?: unknown; rules?: Record<string, unknown> }[] };
    const global = config.default.filter((entry) => entry.files === undefined && entry.rules);
    for (const rule of ['no-eval', 'no-implied-eval', 'no-new-func']) {
      assert.ok(global.some((entry) => entry.rules?.[rule] === 'error' || (Array.isArray(entry.rules?.[rule]) && (entry.rules?.[rule] as unknown[])[0] === 'error')), rule);
    }
  });

  it('ships bundles with no eval and no new Function (lodash\'s constant Function("return this") aside)', function () {
    this.timeout(120_000);
    const bundles = ['client.cjs', 'server.cjs', 'cli.cjs'].map((name) => join(root, 'dist', name));
    if (!bundles.every(existsSync)) {
      const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
    }
    for (const bundle of bundles) {
      const code = readFileSync(bundle, 'utf8');
      assert.doesNotMatch(code, /(^|[^\w$.])eval\s*\(/, `${bundle} calls eval`);
      assert.doesNotMatch(code, /new\s+Function\s*\(/, `${bundle} uses new Function`);
      const calls = code.match(/(^|[^\w$.])Function\s*\([^)]*\)/g) ?? [];
      assert.ok(calls.every((call) => /Function\("return this"\)$/.test(call)), `${bundle}: ${calls.join(', ')}`);
    }
  });

  it('gives the preview a policy that allows no inline script, no eval and no network', () => {
    const policy = previewContentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'bm9uY2U=');
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'nonce-bm9uY2U='/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+)/);
  });
});
