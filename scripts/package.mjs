/**
 * `npm run package`: builds the bundles, then packages the extension as
 * `dist/minutes-<version>.vsix` with @vscode/vsce — offline, without a prompt.
 *
 *   node scripts/package.mjs                 build, then write dist/minutes-<version>.vsix
 *   node scripts/package.mjs --no-build      package the bundles already in dist/
 *   node scripts/package.mjs --out FILE      write the .vsix to FILE instead
 *   node scripts/package.mjs --quiet         print only the result line (and errors)
 *
 * Install the result with `code --install-extension dist/minutes-<version>.vsix`.
 *
 * What goes into the package is decided by `.vscodeignore`, an allow-list: `**` first, then one
 * `!path` line per file or folder to ship. vsce lists every file under its working folder before
 * it applies that list — in a checkout that includes .git/ and .cache/ (code-server: thousands
 * of files), which takes vsce some ten seconds. So the files the `!` lines can match are copied
 * into a temporary staging folder first, with package.json, README.md and `.vscodeignore`
 * itself, and vsce packages that folder under the same rules.
 *
 * vsce's flags, and why:
 *   --no-dependencies            the bundles in dist/ carry all the code; node_modules stays out
 *   --allow-missing-repository   package.json has no `repository` (there is no public one)
 *   --skip-license               there is no LICENSE file; without the flag vsce asks whether to go on
 *   --no-rewrite-relative-links  README.md's relative links stay as written; without a repository
 *                                vsce cannot make them absolute and would refuse to package
 * Nothing here uses the network: vsce only reads files, scans them for secrets and writes a zip.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const quiet = args.includes('--quiet');
const outIndex = args.indexOf('--out');
if (outIndex >= 0 && !args[outIndex + 1]) fail('--out needs a file name');
const known = new Set(['--no-build', '--quiet', '--out']);
const unknown = args.filter((arg, index) => !known.has(arg) && !(outIndex >= 0 && index === outIndex + 1));
if (unknown.length > 0) fail(`unknown argument ${unknown.join(' ')}; see the comment at the top of scripts/package.mjs`);

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(root, 'dist', `${manifest.name}-${manifest.version}.vsix`);

const started = performance.now();
try {
  if (build) run(process.execPath, [join(root, 'scripts', 'build.mjs')], 'the build');
  for (const bundle of ['dist/client.cjs', 'dist/server.cjs', 'dist/cli.cjs']) {
    if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing; run \`npm run build\` (or drop --no-build)`);
  }
  packageInto(out);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const kib = (statSync(out).size / 1024).toFixed(0);
const shown = relative(process.cwd(), out).startsWith('..') ? out : relative(process.cwd(), out);
console.log(`packaged ${shown} (${kib} KiB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** Stages the files to ship in a temporary folder and runs `vsce package` there, writing `file`. */
function packageInto(file) {
  const staging = mkdtempSync(join(tmpdir(), 'minutes-package-'));
  try {
    stage(staging);
    mkdirSync(dirname(file), { recursive: true });
    rmSync(file, { force: true });
    const vsceArgs = [
      vsceCli(), 'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--skip-license',
      '--no-rewrite-relative-links',
      '--out', file,
    ];
    run(process.execPath, vsceArgs, 'vsce package', { cwd: staging });
  } finally {
    rmSync(staging, { recursive: true, force: true, maxRetries: 3 });
  }
  if (!existsSync(file)) throw new Error(`vsce reported success but wrote no ${file}`);
}

/**
 * Copies into `folder` what vsce needs to package the extension: package.json, README.md,
 * `.vscodeignore`, and for every `!pattern` line of `.vscodeignore` the file or folder named by
 * the pattern's part before its first wildcard (`!dist/client.cjs` → dist/client.cjs,
 * `!l10n/**` → l10n/). vsce then applies `.vscodeignore` in the staging folder as it would here.
 */
function stage(folder) {
  const ignoreFile = join(root, '.vscodeignore');
  const lines = readFileSync(ignoreFile, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  if (lines[0] !== '**') {
    throw new Error('.vscodeignore must start with `**` and then list what to ship as `!path` lines (this script copies only what those lines name)');
  }
  const paths = new Set(['package.json', 'README.md', '.vscodeignore']);
  for (const line of lines.slice(1)) {
    if (!line.startsWith('!')) continue;
    const segments = line.slice(1).replace(/^\/+/, '').split('/');
    const literal = [];
    for (const segment of segments) {
      if (/[*?[\]{}]/.test(segment)) break;
      literal.push(segment);
    }
    if (literal.length === 0) throw new Error(`.vscodeignore: "${line}" starts with a wildcard; name a file or folder first`);
    paths.add(literal.join('/'));
  }
  for (const path of paths) {
    const source = join(root, path);
    // A `!` line for something that does not exist ships nothing, as with vsce itself.
    if (!existsSync(source)) continue;
    cpSync(source, join(folder, path), { recursive: true });
  }
}

/** The JavaScript file of the `vsce` command of the installed @vscode/vsce. */
function vsceCli() {
  let packageJson;
  try {
    packageJson = require.resolve('@vscode/vsce/package.json');
  } catch {
    throw new Error('@vscode/vsce is not installed; run `npm ci`');
  }
  const { bin } = JSON.parse(readFileSync(packageJson, 'utf8'));
  return join(dirname(packageJson), typeof bin === 'string' ? bin : bin.vsce);
}

/** Runs a program to completion; its output is shown (or, with --quiet, only when it fails). */
function run(command, commandArgs, what, options = {}) {
  // No terminal input: a question from vsce must fail the run, not hang it.
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    ...options,
    stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    encoding: 'utf8',
  });
  if (result.error || result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${what} failed (${result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.status}`})`);
  }
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}
