/**
 * Prints benchmark results: the machine, then one table per suite (as aligned text for a terminal,
 * or as Markdown for docs/performance.md), then the facts that show each case did its work.
 */
import type { MachineFacts } from './machine';
import type { NamedTiming, SuiteResult } from './suites/suite';

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

function timingCell(timing: NamedTiming): string {
  const s = timing.summary;
  if (s.runs === 1) return `${ms(s.medianMs)} ms (n=1)`;
  if (timing.emphasis === 'tail') return `${ms(s.medianMs)} / ${ms(s.p95Ms)} / ${ms(s.maxMs)} ms (n=${s.runs})`;
  return `${ms(s.medianMs)} ms (${ms(s.p95Ms)} / ${ms(s.minMs)}, n=${s.runs})`;
}

/** The column's heading; a timing measured once in every case (a document's opening) is just its name. */
function timingHeader(result: SuiteResult, index: number): string {
  const timing = result.cases[0]?.timings[index];
  if (!timing) return '';
  if (result.cases.every((c) => c.timings[index]?.summary.runs === 1)) return timing.name;
  return timing.emphasis === 'tail' ? `${timing.name} p50 / p95 / max` : `${timing.name} median (p95 / min)`;
}

function number(value: number): string {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return value.toFixed(digits);
}

/** The single goal's label when every case has exactly one goal of the same label (then it gets table columns). */
function sharedGoal(result: SuiteResult): string | undefined {
  const label = result.cases[0]?.goals[0]?.label;
  return label !== undefined && result.cases.every((c) => c.goals.length === 1 && c.goals[0]?.label === label) ? label : undefined;
}

function headerAndRows(result: SuiteResult): { header: string[]; rows: string[][] } {
  const first = result.cases[0];
  const goal = sharedGoal(result);
  const header = ['case', ...(first ? first.timings.map((_, i) => timingHeader(result, i)) : []), ...(goal === undefined ? [] : [goal, 'verdict'])];
  const rows = result.cases.map((c) => {
    const g = c.goals[0];
    const goalCells = goal === undefined || !g ? [] : [`${number(g.value)}${g.unit}`, g.verdict];
    return [c.label, ...c.timings.map(timingCell), ...goalCells];
  });
  return { header, rows };
}

/** Each case's facts, one line per case. */
function factLines(result: SuiteResult): string[] {
  return result.cases.map((c) => {
    const facts = Object.entries(c.facts).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
    return `${c.label}: ${facts.join(', ')}`;
  });
}

/** Every goal of every case with its verdict, when they are not in the table. */
function goalLines(result: SuiteResult): string[] {
  if (sharedGoal(result) !== undefined) return [];
  return result.cases.flatMap((c) =>
    c.goals.map((g) => `${g.verdict}  ${c.label}: ${g.label} ${number(g.value)}${g.unit} (goal ≤ ${g.limit}${g.unit})`),
  );
}

function verdictLine(result: SuiteResult): string {
  const goals = result.cases.flatMap((c) => c.goals.map((g) => ({ c, g })));
  if (goals.length === 0) return 'No goals.';
  const missed = goals.filter(({ g }) => g.verdict === 'MISS');
  if (sharedGoal(result) !== undefined) return missed.length === 0 ? 'All cases PASS.' : `MISS at ${missed.map(({ c }) => c.label).join(', ')}.`;
  if (missed.length === 0) return `All ${goals.length} goals PASS.`;
  return `${goals.length - missed.length} of ${goals.length} goals PASS; MISS: ${missed.map(({ c, g }) => `${c.label} ${g.label}`).join(', ')}.`;
}

/** The suite as an aligned text table, followed by each case's facts and, when not in the table, its goals. */
export function formatSuite(result: SuiteResult): string {
  const { header, rows } = headerAndRows(result);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // The label column reads best left-aligned; numbers right-aligned.
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const goals = goalLines(result);
  return [
    result.title,
    `Goal: ${result.goal}`,
    ...(result.notes ?? []),
    '',
    line(header),
    ...rows.map(line),
    '',
    ...factLines(result),
    '',
    ...(goals.length > 0 ? [...goals, ''] : []),
    verdictLine(result),
  ].join('\n');
}

/** The suite as Markdown, for pasting into docs/performance.md. */
export function formatSuiteMarkdown(result: SuiteResult): string {
  const { header, rows } = headerAndRows(result);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 ? ':---' : '---:'));
  const goals = goalLines(result);
  return [
    `### ${result.title}`,
    '',
    `Goal: ${result.goal}`,
    ...(result.notes && result.notes.length > 0 ? ['', ...result.notes.map((n) => `- ${n}`)] : []),
    '',
    line(header),
    line(align),
    ...rows.map(line),
    '',
    ...factLines(result).map((f) => `- ${f}`),
    '',
    ...(goals.length > 0 ? [...goals.map((g) => `- ${g}`), ''] : []),
    verdictLine(result),
  ].join('\n');
}
