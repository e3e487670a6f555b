/**
 * Loads the language core for measuring.
 *
 * By default the core is bundled with esbuild the way scripts/build.mjs bundles it for the
 * language server and the CLI (target node20, no name keeping), and the bundle is imported. The
 * benchmark runner itself runs under tsx, and tsx compiles with `keepNames`, which wraps every
 * function the core creates at run time in a `__name(...)` call; in a parser that creates closures
 * per rule invocation this costs a measurable share of the time, and users never run that code.
 * `source` measures the core as tsx compiles it instead, to see that difference.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export type CoreApi = typeof import('../server/src/core/index');
export type CoreSource = 'bundle' | 'source';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'server/src/core/index.ts');
/** Under out/, which is ignored by Git; the source map lets profiles name the original files. */
export const CORE_BUNDLE = join(root, 'out/bench/core.mjs');

/** Builds (for `bundle`) and imports the core. */
export async function loadCore(source: CoreSource): Promise<CoreApi> {
  if (source === 'source') return (await import(pathToFileURL(entry).href)) as CoreApi;
  mkdirSync(dirname(CORE_BUNDLE), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: CORE_BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  // A query string makes every run import the fresh build, even if one process builds twice.
  return (await import(`${pathToFileURL(CORE_BUNDLE).href}?t=${Date.now()}`)) as CoreApi;
}
