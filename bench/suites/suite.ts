/**
 * What a benchmark suite is. Each suite measures one concern (the core's throughput, the language
 * server's latency) and judges its own cases against its own goals; the runner only runs the
 * suites and hands the results to the report.
 */
import type { CoreSource } from '../loadCore';
import type { TimingSummary } from '../measure';

export interface SuiteContext {
  /** How to load the language core: the shipped-style bundle or tsx-compiled source. */
  readonly coreSource: CoreSource;
  /**
   * When set (`--profile-server`), processes a suite starts (the language server) run under
   * `node --cpu-prof` and write their profiles into this folder.
   */
  readonly profileServerDir: string | undefined;
  /** More Node options for those processes (`--server-node-arg`), e.g. `--max-old-space-size=64`. */
  readonly serverNodeArgs: readonly string[];
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
  /** How the suite measured, in a line or two each (printed under the goal). */
  readonly notes?: readonly string[];
  readonly cases: readonly CaseResult[];
}

/** One input (a document size, a request) measured one or more ways. */
export interface CaseResult {
  readonly label: string;
  /** Named timings, in the order they should be printed. */
  readonly timings: readonly NamedTiming[];
  /**
   * The goals this case is judged by, each with its own PASS/MISS. One goal per case (the core
   * suite's ratio) is printed as table columns; several, or cases without any, as a list below.
   */
  readonly goals: readonly Goal[];
  /** Counts that show the work was really done (items found, diagnostics reported, …). */
  readonly facts: Readonly<Record<string, number | string>>;
  /** Details for the JSON output only (e.g. diagnostics per code). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface NamedTiming {
  readonly name: string;
  readonly summary: TimingSummary;
  /**
   * `center` (the default) prints median (p95 / min): throughput, where the typical run matters.
   * `tail` prints p50 / p95 / max: latencies, where the slow ones are what a user notices.
   */
  readonly emphasis?: 'center' | 'tail';
}

/** A measured quantity against its limit, e.g. `{ label: 'ratio', value: 8.2, limit: 10, unit: '×', verdict: 'PASS' }`. */
export interface Goal {
  readonly label: string;
  readonly value: number;
  readonly limit: number;
  /** Printed after the numbers: `×`, ` ms`, ` MiB`. */
  readonly unit: string;
  readonly verdict: 'PASS' | 'MISS';
}

/** A goal met when `value ≤ limit`. */
export function atMost(label: string, value: number, limit: number, unit: string): Goal {
  return { label, value, limit, unit, verdict: value <= limit ? 'PASS' : 'MISS' };
}
