/**
 * Compares the language core of the working tree with the core at another commit, side by side in
 * one process (docs/performance.md, "Fourth session"):
 *
 *   npx tsx bench/compare.ts REF [--size 1MiB] [--rounds 40] [--seed 102]
 *
 * On a shared machine the benchmark's ratios move by half from one run to the next, because the
 * floor and the analysis do not slow down alike. Two versions of the core run alternately on the
 * same document cancel most of that: each round times both (three runs each, the order swapped
 * every round) and the floor in between, and the report gives each one's median and their
 * difference. REF is checked out into a temporary worktree (removed afterwards) and both cores are
 * bundled as shipped, as `loadCore.ts` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { generateMinutes } from './generate';
import type { CoreApi } from './loadCore';
import { readLinesFloor } from './suites/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  readonly ref: string;
  readonly bytes: number;
  readonly rounds: number;
  readonly seed: number;
}

const USAGE = 'usage: npx tsx bench/compare.ts REF [--size 100KiB|1MiB|10MiB] [--rounds N] [--seed N]';

function parseSize(text: string): number {
  const m = /^(\d+)\s*(KiB|MiB)?$/i.exec(text);
  if (!m) throw new Error(`not a size: ${text} (write e.g. 100KiB, 1MiB)`);
  return Number(m[1]) * (m[2]?.toLowerCase() === 'mib' ? 1024 * 1024 : m[2] ? 1024 : 1);
}

function parseOptions(args: readonly string[]): Options {
  let ref: string | undefined;
  let bytes = 1024 * 1024;
  let rounds = 40;
  let seed = 102;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--size') bytes = parseSize(value());
    else if (arg === '--rounds') rounds = Math.max(1, Number(value()));
    else if (arg === '--seed') seed = Number(value());
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else ref = arg;
  }
  if (!ref) throw new Error(USAGE);
  return { ref, bytes, rounds, seed };
}

/** Bundles `server/src/core/index.ts` under `tree` into `outfile`, as shipped, and imports it. */
async function bundleCore(tree: string, outfile: string): Promise<CoreApi> {
  await esbuild.build({ absWorkingDir: tree, entryPoints: [join(tree, 'server/src/core/index.ts')], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as CoreApi;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? NaN;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const scratch = mkdtempSync(join(tmpdir(), 'minutes-compare-'));
  const worktree = join(scratch, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', worktree, options.ref], { cwd: root, stdio: 'inherit' });
  try {
    // The other tree's core imports the same libraries: it shares this checkout's node_modules.
    symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'), 'dir');
    const before = await bundleCore(worktree, join(scratch, 'before.mjs'));
    const after = await bundleCore(root, join(scratch, 'after.mjs'));
    const { text } = generateMinutes({ targetBytes: options.bytes, seed: options.seed });
    const samples = { before: [] as number[], after: [] as number[], floor: [] as number[] };
    // Enough untimed rounds for the JIT to settle: about thirty analyses of each core, as the core suite warms up at 100 KiB.
    const warmup = 10;
    for (let round = 0; round < options.rounds + warmup; round++) {
      const order: ['before' | 'after', CoreApi][] = round % 2 === 0 ? [['before', before], ['after', after]] : [['after', after], ['before', before]];
      for (const [name, core] of order) {
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          core.analyzeMinutes(text, { locale: 'sv' });
          if (round >= warmup) samples[name].push(performance.now() - start);
        }
      }
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        readLinesFloor(text);
        if (round >= warmup) samples.floor.push(performance.now() - start);
      }
    }
    const floor = median(samples.floor);
    const line = (name: string, ms: number) => `${name.padEnd(8)} ${ms.toFixed(2).padStart(9)} ms  ${(ms / floor).toFixed(1).padStart(5)}× the floor`;
    console.log(`${options.bytes} bytes, seed ${options.seed}, ${options.rounds} rounds of 3 runs each (medians)`);
    console.log(line('floor', floor));
    console.log(line(options.ref.slice(0, 8), median(samples.before)));
    console.log(line('working', median(samples.after)));
    console.log(`change   ${(((median(samples.after) - median(samples.before)) / median(samples.before)) * 100).toFixed(1)} %`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root, stdio: 'inherit' });
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
