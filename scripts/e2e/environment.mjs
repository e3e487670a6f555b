/**
 * Where the end-to-end tooling lives and how its programs are started. Shared by
 * `setup.mjs` (installs), `code-launcher.mjs` (runs the tests) and `start.mjs` (`npm start`),
 * so the three agree on versions, folders and environment variables.
 *
 * Everything is installed under `.cache/e2e/` in the repository (git-ignored), never in the home
 * folder, so deleting that folder is a complete uninstall.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** code-server 4.139 is VS Code 1.139 and requires Node 24 (its `engines.node`). */
export const codeServerVersion = '4.139.1';
/** The Node 24 binary comes from the npm registry itself (`node-<platform>-<arch>` packages). */
export const nodeVersion = '24.21.0';
/** Debian packages: the browser, and the headers one of code-server's native addons (kerberos) builds against. */
export const aptPackages = ['chromium', 'libkrb5-dev', 'pkg-config'];

/** `.cache/e2e/`, or `MINUTES_E2E_CACHE` when set (e.g. to share one install between clones). */
export const cacheDir = resolve(process.env.MINUTES_E2E_CACHE || join(root, '.cache', 'e2e'));
export const nodeDir = join(cacheDir, `node-${nodeVersion}`);
export const nodeBin = join(nodeDir, 'bin', 'node');
export const codeServerDir = join(cacheDir, 'code-server');
/** code-server's own entry point; it is started as `<node 24> <entry> …` so no PATH lookup decides the Node version. */
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const stampFile = join(cacheDir, 'setup-stamp.json');

/** The browser that shows the workbench: Debian's Chromium unless `MINUTES_E2E_CHROMIUM` names another. */
export const chromiumPath = process.env.MINUTES_E2E_CHROMIUM || '/usr/bin/chromium';

/** Screenshots and logs of a run: `.test-artifacts/e2e/`, or `MINUTES_E2E_ARTIFACTS`. */
export const artifactsDir = resolve(process.env.MINUTES_E2E_ARTIFACTS || join(root, '.test-artifacts', 'e2e'));

/**
 * Chromium's flags. Headless and sandbox-free (we run as root in a container), and without the
 * background services that would otherwise keep trying to reach the closed network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--no-default-browser-check',
];

/** The text the setup stamp holds: when it changes (a version bump), setup installs again. */
export function wantedStamp() {
  return { nodeVersion, codeServerVersion, aptPackages };
}

/**
 * npm settings a person or CI sets on purpose (a registry mirror, a proxy, a cache folder) are
 * passed on; every other `npm_*` variable comes from the enclosing `npm run` and describes it,
 * e.g. `npm_config_user_agent` naming Node 20, which code-server's postinstall would then reject.
 */
const keptNpmSettings = new Set(
  ['registry', 'cache', 'userconfig', 'globalconfig', 'proxy', 'https_proxy', 'noproxy', 'strict_ssl', 'cafile', 'ca']
    .map((name) => `npm_config_${name}`),
);

/**
 * The environment for code-server and for npm while installing it: Node 24 first on PATH, every
 * `npm_*` variable of an enclosing `npm run` removed except `keptNpmSettings` (otherwise
 * `npm_config_local_prefix` and friends would point a nested npm at this repository), and
 * `extra` on top.
 */
export function node24Env(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const dropped = (/^npm_/i.test(key) && !keptNpmSettings.has(key.toLowerCase())) || key === 'INIT_CWD' || key === 'NODE_OPTIONS';
    if (!dropped) env[key] = value;
  }
  env.PATH = [join(nodeDir, 'bin'), env.PATH ?? ''].join(delimiter);
  return { ...env, ...extra };
}

/**
 * Environment variables that keep a program's files inside `base` (its own temp, config, data,
 * cache and state folders) instead of the home folder. code-server writes its config file and
 * logs to the XDG folders even for `--version`.
 */
export function privateFolders(base) {
  const folders = {
    TMPDIR: join(base, 'tmp'),
    XDG_CONFIG_HOME: join(base, 'config'),
    XDG_DATA_HOME: join(base, 'data'),
    XDG_CACHE_HOME: join(base, 'cache'),
    XDG_STATE_HOME: join(base, 'state'),
  };
  for (const folder of Object.values(folders)) mkdirSync(folder, { recursive: true });
  return folders;
}

/** Fails with a hint when setup has not been run (or has not finished). */
export function assertInstalled() {
  const missing = [
    [nodeBin, 'Node 24'],
    [codeServerEntry, 'code-server'],
    [chromiumPath, 'Chromium'],
  ].filter(([path]) => !existsSync(path));
  if (missing.length > 0) {
    const what = missing.map(([path, name]) => `${name} (${path})`).join(', ');
    throw new Error(`missing ${what}; run \`node scripts/e2e/setup.mjs\` first`);
  }
}

/** Creates a folder (and its parents) and returns its path. */
export function ensureDir(path) {
  mkdirSync(path, { recursive: true });
  return path;
}
