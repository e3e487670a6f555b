/**
 * `npm run fuzz`: the long protocol fuzzing run (100,000 steps unless `--steps N`; `--seed S` to
 * reproduce a failure). Prints progress, the counts and the slowest requests; exits 1 on a failure.
 */
import { describeReport, FuzzFailure, runFuzz } from './fuzzer';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}

const steps = option('steps', 100_000);
const seed = option('seed', Date.now() % 2 ** 31);
console.log(`Fuzzing the language server: ${steps} steps, seed ${seed}`);
try {
  const report = await runFuzz({
    steps,
    seed,
    progressEvery: 5000,
    onProgress: (r) => console.log(`  ${r.steps} steps, ${(r.elapsedMs / 1000).toFixed(0)} s, slowest ${r.slowest[0]?.method ?? '-'} ${r.slowest[0]?.ms.toFixed(1) ?? '-'} ms`),
  });
  console.log(describeReport(report));
  console.log('No failure.');
} catch (error) {
  console.error(error instanceof FuzzFailure ? `✖ ${error.message}` : error);
  process.exit(1);
}
