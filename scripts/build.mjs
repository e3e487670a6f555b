/**
 * Bundles the three programs of the project with esbuild: the VS Code client, the language
 * server and the command-line tool. Type checking is `tsc -b`'s job; this only transpiles and
 * bundles, so it takes well under a second.
 *
 *   node scripts/build.mjs                 build everything into dist/
 *   node scripts/build.mjs client server   build only the named bundles
 *   node scripts/build.mjs --watch         rebuild on every change (for F5 debugging)
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every bundle the project ships: entry point (TypeScript) and output file (CommonJS, `dist/<name>.cjs`). */
const bundles = {
  client: { entry: 'client/src/extension.ts', outfile: 'dist/client.cjs' },
  server: { entry: 'server/src/lsp/main.ts', outfile: 'dist/server.cjs' },
  cli: { entry: 'server/src/cli/main.ts', outfile: 'dist/cli.cjs' },
};

const args = process.argv.slice(2);
const watch = args.includes('--watch');
const requested = args.filter((a) => !a.startsWith('--'));
const unknown = requested.filter((name) => !(name in bundles));
if (unknown.length > 0) {
  fail(`unknown bundle ${unknown.join(', ')}; choose from ${Object.keys(bundles).join(', ')}`);
}
const selected = requested.length > 0 ? requested : Object.keys(bundles);

for (const name of selected) {
  if (!existsSync(join(root, bundles[name].entry))) fail(`the ${name} entry point ${bundles[name].entry} does not exist`);
}

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  // One build for all bundles: esbuild parses the shared core once.
  entryPoints: Object.fromEntries(selected.map((name) => [name, bundles[name].entry])),
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // VS Code provides the `vscode` module to extensions at run time; it cannot be bundled.
  external: ['vscode'],
  // CommonJS has no `import.meta`; give bundled ES modules a working `import.meta.url`.
  define: { 'import.meta.url': 'importMetaUrl' },
  inject: ['scripts/import-meta-url.mjs'],
  logLevel: 'warning',
};

const started = performance.now();
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log(`watching ${selected.join(', ')}; press Ctrl+C to stop`);
} else {
  try {
    await esbuild.build(options);
  } catch {
    // esbuild has already printed the errors with their locations.
    fail('bundling failed');
  }
  const outputs = selected.map((name) => bundles[name].outfile).join(', ');
  console.log(`built ${outputs} in ${Math.round(performance.now() - started)} ms`);
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}
