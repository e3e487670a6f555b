/**
 * `npm run test:e2e` (after setup and build): runs the extension's end-to-end suites in a real
 * VS Code with `@vscode/test-electron`'s standard `runTests`.
 *
 * VS Code is the launcher `scripts/e2e/code-launcher` (code-server in headless Chromium), since
 * this machine cannot download desktop VS Code; `MINUTES_E2E_VSCODE=/path/to/code` runs the same
 * suites in a desktop VS Code instead. VS Code opens a temporary copy of `examples/`, so tests
 * may create and change files there.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const launcher = path.join(root, 'scripts', 'e2e', 'code-launcher');
const testsIndex = path.join(root, 'dist', 'e2e', 'suite', 'index.cjs');
const artifacts = path.resolve(process.env.MINUTES_E2E_ARTIFACTS || path.join(root, '.test-artifacts', 'e2e'));

for (const [file, hint] of [
  [path.join(root, 'dist', 'client.cjs'), 'npm run build'],
  [testsIndex, 'node scripts/e2e/build-tests.mjs'],
] as const) {
  if (!existsSync(file)) {
    console.error(`✖ ${path.relative(root, file)} is missing; run \`${hint}\` (npm run test:e2e does both)`);
    process.exit(1);
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-run-'));
const workspace = path.join(scratch, 'workspace');
cpSync(path.join(root, 'examples'), workspace, { recursive: true });
// A checkout may lose the executable bit (an archive, another OS); runTests needs it.
chmodSync(launcher, 0o755);

const started = performance.now();
let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath: process.env.MINUTES_E2E_VSCODE || launcher,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsIndex,
    launchArgs: [
      workspace,
      // Own profile folders; runTests would otherwise create .vscode-test/ in the repository.
      `--user-data-dir=${path.join(scratch, 'user-data')}`,
      `--extensions-dir=${path.join(scratch, 'extensions')}`,
      // Other extensions (built-in ones stay) must not interfere with ours.
      '--disable-extensions',
    ],
    extensionTestsEnv: { MINUTES_E2E_NODE: process.execPath, MINUTES_E2E_ARTIFACTS: artifacts },
  });
} catch (error) {
  console.error(`✖ end-to-end tests failed: ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
}
console.log(`e2e: finished in ${((performance.now() - started) / 1000).toFixed(1)} s; screenshots and logs in ${path.relative(root, artifacts)}/`);
process.exit(exitCode);
