/**
 * Bundles the end-to-end suites (test/e2e/suite/*.ts) into `dist/e2e/suite/*.cjs` for VS Code's
 * extension host, which loads the test index with require() (CommonJS, Node 24 in code-server,
 * the Electron Node in desktop VS Code).
 *
 * `index.cjs` carries mocha itself (bundled, so nothing is resolved from node_modules at run
 * time); each `*.test.cjs` is its own bundle that uses the `describe`/`it` globals mocha defines
 * while loading it. `vscode` stays external: the extension host provides it.
 */
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteDir = join(root, 'test', 'e2e', 'suite');
const outdir = join(root, 'dist', 'e2e', 'suite');

const entryPoints = readdirSync(suiteDir)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => join(suiteDir, name));

const started = performance.now();
// Stale bundles of deleted suites would still be picked up by the index.
rmSync(outdir, { recursive: true, force: true });
try {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // Mocha's parallel mode resolves worker files at run time; the index runs serially and
    // never loads them.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
} catch {
  // esbuild has already printed the errors with their locations.
  console.error('build-tests: bundling the e2e suites failed');
  process.exit(1);
}
console.log(`built ${entryPoints.length} e2e bundles into dist/e2e/suite in ${Math.round(performance.now() - started)} ms`);
