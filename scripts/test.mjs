/**
 * `npm test`: every check CI runs, in order, stopping at the first failure.
 *
 *   typecheck (tsc -b) → lint (eslint .) → build (esbuild bundles) → grammar tests
 *   → unit tests (mocha) → Neovim (a second real LSP client) → end-to-end tests (the extension in
 *   a real VS Code)
 *
 * Each step is the package.json script of the same name, so running one by hand
 * (`npm run lint`) does exactly what this does. Installing the npm dependencies is not this
 * script's job: the documented command is `npm ci && npm test`. The end-to-end step installs its
 * editor and browser itself on first use (scripts/e2e/setup.mjs, a few minutes once, then
 * skipped), because they are not npm dependencies of the project; the Neovim step likewise
 * installs Debian's neovim when `nvim` is missing (test/neovim/run.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const steps = [
  { script: 'typecheck', what: 'type check (tsc -b)' },
  { script: 'lint', what: 'lint (eslint .)' },
  { script: 'build', what: 'build (esbuild bundles in dist/)' },
  { script: 'test:grammar', what: 'TextMate grammar tests (vscode-tmgrammar-test on test/grammar/*.minutes)' },
  { script: 'test:unit', what: 'unit tests (mocha)' },
  { script: 'test:neovim', what: 'Neovim as an LSP client of the built server' },
  { script: 'test:e2e', what: 'end-to-end tests in VS Code (code-server in headless Chromium)' },
];

if (!existsSync(join(root, 'node_modules', 'typescript'))) {
  console.error('✖ npm test: the dependencies are not installed. Run `npm ci` first (or `npm ci && npm test`).');
  process.exit(1);
}

for (const [index, step] of steps.entries()) {
  console.log(`\n▶ [${index + 1}/${steps.length}] ${step.what}`);
  const started = performance.now();
  const result = runScript(step.script);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.error || result.status !== 0) {
    const cause = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    console.error(`\n✖ npm test stopped: ${step.what} failed (${cause}, ${seconds} s).`);
    console.error(`  Re-run just this step with: npm run ${step.script}`);
    process.exit(typeof result.status === 'number' && result.status !== 0 ? result.status : 1);
  }
  // Mocha's own summary ("N passing") is the last thing a successful run prints.
  if (index < steps.length - 1) console.log(`✔ ${step.script} (${seconds} s)`);
}

/** Runs `npm run <script>` with the npm that started us when there is one, else the npm on PATH. */
function runScript(script) {
  const npmCli = process.env.npm_execpath;
  const options = { cwd: root, stdio: 'inherit' };
  if (npmCli && npmCli.endsWith('.js')) {
    return spawnSync(process.execPath, [npmCli, 'run', '--silent', script], options);
  }
  return spawnSync('npm', ['run', '--silent', script], { ...options, shell: process.platform === 'win32' });
}
