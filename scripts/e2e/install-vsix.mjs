/**
 * Installs a packaged extension into the end-to-end tests' code-server (VS Code 1.139), in a
 * temporary profile, and checks that VS Code then lists it — a smoke test of the .vsix that
 * `npm run package` makes (`npm run test:e2e` runs it after the setup). Offline: code-server only
 * unpacks the file.
 *
 *   node scripts/e2e/install-vsix.mjs [FILE.vsix]     (default: dist/minutes-<version>.vsix)
 *
 * Exit codes: 0 installed and listed as `<publisher>.<name>@<version>` of this repository's
 * package.json, with that package.json unpacked in the extensions folder; 1 it failed; 3
 * code-server is not installed here (run `npm run e2e:setup`), so nothing was tried.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { codeServerEntry, nodeBin, node24Env, privateFolders, root } from './environment.mjs';

const { name: packageName, version: packageVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = resolve(process.argv[2] ?? join(root, 'dist', `${packageName}-${packageVersion}.vsix`));
if (!vsix || !existsSync(vsix)) {
  console.error(`install-vsix: give the path of a .vsix file${vsix ? ` (${vsix} does not exist)` : ''}`);
  process.exit(1);
}
if (!existsSync(nodeBin) || !existsSync(codeServerEntry)) {
  console.log('install-vsix: code-server is not installed; run `npm run e2e:setup` first');
  process.exit(3);
}

const scratch = mkdtempSync(join(tmpdir(), 'minutes-install-vsix-'));
let status = 1;
try {
  const env = node24Env({ ...privateFolders(scratch), HOME: scratch, EXTENSIONS_GALLERY: '{}' });
  const codeServer = (...args) => {
    const result = spawnSync(
      nodeBin,
      [codeServerEntry, '--user-data-dir', join(scratch, 'user-data'), '--extensions-dir', join(scratch, 'extensions'), ...args],
      { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
    );
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.error || result.status !== 0) {
      throw new Error(`code-server ${args[0]} failed (${result.error?.message ?? `exit code ${result.status}`}):\n${output}`);
    }
    return output;
  };
  codeServer('--install-extension', vsix);
  const listed = codeServer('--list-extensions', '--show-versions');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const expected = `${id}@${manifest.version}`;
  if (!listed.split(/\r?\n/).includes(expected)) throw new Error(`installed, but VS Code lists no ${expected}:\n${listed}`);
  const installedManifest = join(scratch, 'extensions', `${id}-${manifest.version}`, 'package.json');
  if (!existsSync(installedManifest)) throw new Error(`VS Code lists ${expected}, but ${installedManifest} does not exist`);
  console.log(`install-vsix: VS Code (code-server) installed and lists ${expected}`);
  status = 0;
} catch (error) {
  console.error(`install-vsix: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}
process.exit(status);

