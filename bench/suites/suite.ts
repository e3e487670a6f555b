/**
 * What a benchmark suite is. Each suite measures one concern (the core's throughput now; the
 * language server's latency later) and judges its own cases against its own goal; the runner only
 * runs the suites and hands the results to the report.
 */
import type { CoreSource } from '../loadCore';
import type { TimingSummary } from '../measure';

export interface SuiteContext {
  /** How to load the language core: the shipped-style bundle or tsx-compiled source. */
  readonly coreSource: CoreSource;
  /** Progress for the person waiting (written to stderr, so stdout stays the report). */
  log(message: string): void;
}

export interface Suite {
  /** Short name for `--suite NAME`. */
  readonly name: string;
  readonly title: string;
  /** The goal in words, printed above the results. */
  readonly goal: string;
  run(context: SuiteContext): Promise<SuiteResult>;
}

export interface SuiteResult {
  readonly name: string;
  readonly title: string;
  readonly goal: string;
  readonly cases: readonly CaseResult[];
}

/** One input (a document size, a request) measured one or more ways. */
export interface CaseResult {
  readonly label: string;
  /** Named timings, in the order they should be printed. */
  readonly timings: readonly NamedTiming[];
  /** The quantity the goal is about, e.g. `{ label: 'ratio', value: 8.2, limit: 10, unit: '×' }`. */
  readonly score: Score;
  readonly verdict: 'PASS' | 'MISS';
  /** Counts that show the work was really done (items found, diagnostics reported, …). */
  readonly facts: Readonly<Record<string, number | string>>;
  /** Details for the JSON output only (e.g. diagnostics per code). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface NamedTiming {
  readonly name: string;
  readonly summary: TimingSummary;
}

export interface Score {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
}
