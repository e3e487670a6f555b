/**
 * Prints benchmark results: the machine, then one table per suite (as aligned text for a terminal,
 * or as Markdown for docs/performance.md), then the facts that show each case did its work.
 */
import type { MachineFacts } from './machine';
import type { TimingSummary } from './measure';
import type { CaseResult, SuiteResult } from './suites/suite';

export function formatMachine(machine: MachineFacts): string {
  return [
    `CPU      ${machine.cpu} × ${machine.cores} cores`,
    `Memory   ${machine.totalMemoryGiB} GiB`,
    `Node     ${machine.node} on ${machine.platform}`,
    `Load     ${machine.loadAverage.join(' / ')} (1 / 5 / 15 min, at start)`,
    `Core     ${machine.coreRevision}`,
  ].join('\n');
}

/** Milliseconds with three significant digits, at least to the microsecond for small values. */
export function ms(value: number): string {
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

function timingCell(summary: TimingSummary): string {
  return `${ms(summary.medianMs)} ms (${ms(summary.p95Ms)} / ${ms(summary.minMs)}, n=${summary.runs})`;
}

function scoreCell(c: CaseResult): string {
  const digits = c.score.value < 10 ? 2 : c.score.value < 100 ? 1 : 0;
  return `${c.score.value.toFixed(digits)}${c.score.unit}`;
}

function headerAndRows(result: SuiteResult): { header: string[]; rows: string[][] } {
  const first = result.cases[0];
  const timingNames = first ? first.timings.map((t) => t.name) : [];
  const header = ['case', ...timingNames.map((n) => `${n} median (p95 / min)`), first?.score.label ?? 'score', 'verdict'];
  const rows = result.cases.map((c) => [c.label, ...c.timings.map((t) => timingCell(t.summary)), scoreCell(c), c.verdict]);
  return { header, rows };
}

/** Each case's facts, one line per case. */
function factLines(result: SuiteResult): string[] {
  return result.cases.map((c) => {
    const facts = Object.entries(c.facts).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
    return `${c.label}: ${facts.join(', ')}`;
  });
}

function verdictLine(result: SuiteResult): string {
  const missed = result.cases.filter((c) => c.verdict === 'MISS').map((c) => c.label);
  return missed.length === 0 ? 'All cases PASS.' : `MISS at ${missed.join(', ')}.`;
}

/** The suite as an aligned text table, followed by each case's facts. */
export function formatSuite(result: SuiteResult): string {
  const { header, rows } = headerAndRows(result);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The label column reads best left-aligned; numbers right-aligned.
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [result.title, `Goal: ${result.goal}`, '', line(header), ...rows.map(line), '', ...factLines(result), '', verdictLine(result)].join('\n');
}

/** The suite as Markdown, for pasting into docs/performance.md. */
export function formatSuiteMarkdown(result: SuiteResult): string {
  const { header, rows } = headerAndRows(result);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? ':---' : '---:'));
  return [
    `### ${result.title}`,
    '',
    `Goal: ${result.goal}`,
    '',
    line(header),
    line(align),
    ...rows.map(line),
    '',
    ...factLines(result).map((f) => `- ${f}`),
    '',
    verdictLine(result),
  ].join('\n');
}
