/**
 * Timing helpers: run a function a number of times after a warm-up and summarise the durations.
 *
 * Medians are the headline numbers because a shared machine adds slow outliers (another process,
 * a garbage collection landing in one run) but rarely fast ones; the minimum shows the best case
 * and p95 the slow tail. With fifteen runs or fewer, p95 by the nearest-rank rule is the slowest
 * run.
 */

export interface TimingSummary {
  /** Timed runs (warm-up runs excluded). */
  readonly runs: number;
  readonly warmup: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

export interface MeasureOptions {
  /** Untimed runs first, so that the JIT has compiled the hot code and caches are filled. */
  readonly warmup: number;
  /** Timed runs wanted. */
  readonly runs: number;
  /**
   * Stop early, but not before `minRuns` runs, once the timed runs have taken this long: keeps the
   * whole benchmark within its time on a slow machine, and still takes all `runs` on a fast one.
   */
  readonly budgetMs?: number;
  readonly minRuns?: number;
}

export interface Measured<T> {
  readonly summary: TimingSummary;
  readonly samplesMs: readonly number[];
  /** What the last run returned, for sanity checks (and so the work cannot be optimised away). */
  readonly result: T;
}

/** Runs `fn` `warmup` times untimed, then times up to `runs` calls of it. */
export function measureSync<T>(fn: () => T, options: MeasureOptions): Measured<T> {
  if (options.runs < 1) throw new Error('measureSync needs at least one timed run');
  let result: T | undefined;
  for (let i = 0; i < options.warmup; i++) result = fn();
  const samples: number[] = [];
  let spent = 0;
  const minRuns = Math.min(options.runs, options.minRuns ?? options.runs);
  while (samples.length < options.runs) {
    if (options.budgetMs !== undefined && samples.length >= minRuns && spent >= options.budgetMs) break;
    const start = performance.now();
    result = fn();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    spent += elapsed;
  }
  return { summary: summarise(samples, options.warmup), samplesMs: samples, result: result as T };
}

export interface PairedOptions {
  /** Untimed runs of each function first (the baseline's and the subject's warm-up). */
  readonly baselineWarmup: number;
  readonly subjectWarmup: number;
  /** Go on with the subject's warm-up until it has also taken this long (0 by default). */
  readonly subjectWarmupMs?: number;
  /** Rounds wanted: each times the subject once. */
  readonly rounds: number;
  /** Timed baseline runs per round. */
  readonly baselinePerRound: number;
  /** Stop early, but not before `minRounds`, once the subject's timed runs have taken this long. */
  readonly budgetMs?: number;
  readonly minRounds?: number;
}

export interface Paired<A, B> {
  readonly baseline: Measured<A>;
  readonly subject: Measured<B>;
}

/**
 * Times a baseline and a subject in alternation, so that both see the same moments of a shared
 * machine: timing one for seconds and then the other lets the machine's speed change between them,
 * and their ratio with it (on the development machine the same build gave core ratios half apart
 * from run to run that way). Each round, after the warm-up:
 *
 * 1. the subject's last result is let go, so the baseline never pays for keeping it: a collection
 *    that lands in a baseline run finds only garbage, which costs next to nothing to collect;
 * 2. the baseline runs `baselinePerRound` times, each timed;
 * 3. the subject runs once untimed, then once timed. The untimed run puts the timed one where
 *    back-to-back runs are: the previous result alive and partly young while the next is made,
 *    the previous run's garbage still to collect.
 *
 * Collecting garbage by force between the two was tried and dropped: after a full collection the
 * analysis of the core suite ran up to twice as slow and far less evenly (a smaller young
 * generation, compiled code to make again), which is no state an editor leaves it in.
 */
export function measurePaired<A, B>(baseline: () => A, subject: () => B, options: PairedOptions): Paired<A, B> {
  if (options.rounds < 1 || options.baselinePerRound < 1) throw new Error('measurePaired needs at least one round and one baseline run per round');
  let baselineResult: A | undefined;
  // Held in an object so that letting it go is a plain write (`held.result = undefined`).
  const held: { result?: B } = {};
  for (let i = 0; i < options.baselineWarmup; i++) baselineResult = baseline();
  // Warm-up by count and by time: the count where V8 has seen enough calls, the time where the
  // young generation has grown to its working size, whichever comes later.
  const warmupStart = performance.now();
  let subjectWarmup = 0;
  while (subjectWarmup < options.subjectWarmup || performance.now() - warmupStart < (options.subjectWarmupMs ?? 0)) {
    held.result = subject();
    subjectWarmup++;
  }
  const baselineSamples: number[] = [];
  const subjectSamples: number[] = [];
  const minRounds = Math.min(options.rounds, options.minRounds ?? options.rounds);
  let spent = 0;
  while (subjectSamples.length < options.rounds) {
    if (options.budgetMs !== undefined && subjectSamples.length >= minRounds && spent >= options.budgetMs) break;
    held.result = undefined;
    for (let i = 0; i < options.baselinePerRound; i++) {
      const start = performance.now();
      baselineResult = baseline();
      baselineSamples.push(performance.now() - start);
    }
    held.result = subject();
    const start = performance.now();
    held.result = subject();
    const elapsed = performance.now() - start;
    subjectSamples.push(elapsed);
    spent += elapsed;
  }
  return {
    baseline: { summary: summarise(baselineSamples, options.baselineWarmup), samplesMs: baselineSamples, result: baselineResult as A },
    subject: { summary: summarise(subjectSamples, subjectWarmup), samplesMs: subjectSamples, result: held.result as B },
  };
}

/**
 * The median of the rounds' own ratios: each timed subject run over the mean of the baseline runs
 * of its round (`measurePaired` takes `perRound` baseline samples, then one subject sample, per
 * round). Where the machine's speed changes during a measurement, both sides of a round see the
 * same speed, whereas the ratio of the two medians compares medians drawn from different mixes of
 * fast and slow moments (docs/performance.md, "Eleventh session").
 */
export function medianRoundRatio(baselineSamplesMs: readonly number[], subjectSamplesMs: readonly number[], perRound: number): number {
  if (subjectSamplesMs.length === 0 || baselineSamplesMs.length !== subjectSamplesMs.length * perRound) throw new Error('medianRoundRatio needs perRound baseline samples for every subject sample');
  const ratios = subjectSamplesMs.map((subject, round) => {
    let sum = 0;
    for (let i = round * perRound; i < (round + 1) * perRound; i++) sum += baselineSamplesMs[i] as number;
    return subject / (sum / perRound);
  });
  return median(ratios.sort((a, b) => a - b));
}

export interface MeasuredAsync {
  readonly summary: TimingSummary;
  readonly samplesMs: readonly number[];
  /** True when the budget ended the runs before `runs` were taken. */
  readonly stoppedByBudget: boolean;
}

/**
 * For what cannot be timed by wrapping one call: `step(index)` does one run, warm-up or timed, and
 * returns the milliseconds of the part that counts (a request's round trip, say, not the setup
 * around it). `index` counts every run from 0, warm-up included, so steps can alternate. The
 * budget here is wall time of the timed steps, setup included, so that it bounds how long the
 * measurement takes.
 */
export async function measureAsync(step: (index: number) => Promise<number>, options: MeasureOptions): Promise<MeasuredAsync> {
  if (options.runs < 1) throw new Error('measureAsync needs at least one timed run');
  let index = 0;
  for (; index < options.warmup; index++) await step(index);
  const samples: number[] = [];
  const minRuns = Math.min(options.runs, options.minRuns ?? options.runs);
  const started = performance.now();
  let stoppedByBudget = false;
  while (samples.length < options.runs) {
    if (options.budgetMs !== undefined && samples.length >= minRuns && performance.now() - started >= options.budgetMs) {
      stoppedByBudget = true;
      break;
    }
    samples.push(await step(index++));
  }
  return { summary: summarise(samples, options.warmup), samplesMs: samples, stoppedByBudget };
}

/** Median, nearest-rank p95, min, max and mean of durations in milliseconds. */
export function summarise(samplesMs: readonly number[], warmup = 0): TimingSummary {
  if (samplesMs.length === 0) throw new Error('no samples to summarise');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    warmup,
    medianMs: median(sorted),
    p95Ms: percentile(sorted, 0.95),
    minMs: sorted[0] as number,
    maxMs: sorted[sorted.length - 1] as number,
    meanMs: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
  };
}

/** The median of sorted values: the middle one, or the mean of the two middle ones. */
export function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Nearest-rank percentile of sorted values (`p` in 0..1): the smallest value with at least p of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}
