import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEVERITY, DIAGNOSTIC_CODES } from '../../server/src/core/index';
import { root } from '../helpers/expect';

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const manifest = json('package.json');
const nls = json('package.nls.json');
const nlsSv = json('package.nls.sv.json');
const bundleSv = json('l10n/bundle.l10n.sv.json');

/** Every `%key%` placeholder in the manifest. */
function placeholders(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m?.[1]) out.add(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

/** Every string literal passed to `vscode.l10n.t(...)` in the client sources. */
function clientMessages(): Set<string> {
  const out = new Set<string>();
  // Every folder below client/src too: the preview, the exports and the actions view have their own.
  const files = readdirSync(join(root, 'client/src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.some((f) => f.includes('/')), 'the sources in subfolders are read');
  for (const file of files) {
    const source = readFileSync(join(root, 'client/src', file), 'utf8');
    for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) if (m[1]) out.add(m[1].replace(/\\'/g, "'"));
  }
  return out;
}

describe('localisation of the extension', () => {
  it('has an English and a Swedish text for every manifest placeholder', () => {
    const keys = placeholders(manifest);
    assert.ok(keys.size > 10);
    for (const key of keys) {
      assert.equal(typeof nls[key], 'string', `package.nls.json lacks ${key}`);
      assert.equal(typeof nlsSv[key], 'string', `package.nls.sv.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsSv).sort(), Object.keys(nls).sort(), 'the two nls files have the same keys');
  });

  it('translates every client message into Swedish', () => {
    const messages = clientMessages();
    assert.ok(messages.size >= 5);
    for (const message of messages) assert.equal(typeof bundleSv[message], 'string', `l10n/bundle.l10n.sv.json lacks "${message}"`);
  });

  it('offers a severity setting for every diagnostic code, defaulting to the core default', () => {
    const properties = (manifest.contributes as { configuration: { properties: Record<string, { default: unknown }> } }).configuration.properties;
    for (const code of DIAGNOSTIC_CODES) assert.equal(properties[`minutes.diagnostics.${code}`]?.default, DEFAULT_SEVERITY[code], code);
    for (const setting of ['minutes.members', 'minutes.language', 'minutes.trace.server']) assert.ok(properties[setting], setting);
  });
});
