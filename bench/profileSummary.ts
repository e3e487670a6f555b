/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) by self time: the functions that were on top of
 * the stack most often, and the same totals per file. It is how docs/performance.md's "where the
 * time goes" was found, and it needs no browser.
 *
 *   node --cpu-prof --cpu-prof-dir=out/prof --import tsx bench/run.ts
 *   npx tsx bench/profileSummary.ts out/prof/CPU.*.cpuprofile [--top 25] [--within analyzeMinutes]
 *   npx tsx bench/profileSummary.ts out/prof/server/lsp-1MiB.cpuprofile --between FROM-TO --per 54 \
 *       --inclusive analyzeMinutes,toLspDiagnostic,encode
 *
 * `--within NAME` counts only samples taken inside a function of that name (the benchmark's own
 * floor and document generation drop out); garbage collection has no caller in a profile, so it is
 * reported separately, as a share of the whole profile.
 *
 * `--between FROM-TO` keeps only the samples taken in that stretch of time, in microseconds of the
 * monotonic clock that V8 stamps samples with (the same as `process.hrtime`, so another process can
 * say when something happened: the lsp suite prints its edit loop's stretch). `--inclusive A,B`
 * adds the time spent inside each named function, callees included. `--per N` also divides every
 * time by N (the number of edits in the stretch, say).
 *
 * Node writes one profile per thread; the largest file is normally the main thread. Frames in a
 * bundle with a source map next to it (out/bench/core.mjs.map, dist/server.cjs.map) are named by
 * their original file and line, so the core's time is attributed to server/src/core/… rather than
 * to the bundle.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  /** Microseconds on the monotonic clock. */
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SummaryOptions {
  /** Count only samples inside a function of this name. */
  readonly within?: string;
  /** Keep only samples taken in this stretch (microseconds, the profile's monotonic clock). */
  readonly between?: readonly [number, number];
  /** Functions whose inclusive time (callees included) to report. */
  readonly inclusive?: readonly string[];
}

export interface SelfTime {
  readonly key: string;
  readonly ms: number;
  /** Share of the counted samples. */
  readonly share: number;
}

export interface ProfileSummary {
  /** Everything sampled (in the stretch, when one is given), idle included. */
  readonly totalMs: number;
  /** The samples counted (all of them, or those inside `within`). */
  readonly countedMs: number;
  readonly garbageCollectorMs: number;
  readonly functions: readonly SelfTime[];
  readonly files: readonly SelfTime[];
  /** Inclusive time of each function asked for, in the order asked; shares are of the counted samples. */
  readonly inclusive: readonly SelfTime[];
}

/** Self time per function and per file, largest first. */
export function summariseProfile(profile: CpuProfile, options: SummaryOptions = {}): ProfileSummary {
  const { within, between, inclusive = [] } = options;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const insideCache = new Map<number, boolean>();
  const inside = (id: number): boolean => {
    if (within === undefined) return true;
    const known = insideCache.get(id);
    if (known !== undefined) return known;
    const parent = parents.get(id);
    const result = nodes.get(id)?.callFrame.functionName === within || (parent !== undefined && inside(parent));
    insideCache.set(id, result);
    return result;
  };

  // The names on each node's stack, for inclusive times (computed once per node).
  const stackNames = new Map<number, ReadonlySet<string>>();
  const namesOn = (id: number): ReadonlySet<string> => {
    const known = stackNames.get(id);
    if (known) return known;
    const parent = parents.get(id);
    const names = new Set(parent === undefined ? [] : namesOn(parent));
    const name = nodes.get(id)?.callFrame.functionName;
    if (name && inclusive.includes(name)) names.add(name);
    stackNames.set(id, names);
    return names;
  };
  const byInclusive = new Map<string, number>(inclusive.map((name) => [name, 0]));

  const locate = sourceLocator();
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  let counted = 0;
  let gc = 0;
  let timestamp = profile.startTime;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    timestamp += micros;
    if (between && (timestamp < between[0] || timestamp > between[1])) return;
    total += micros;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    if (frame.functionName === '(garbage collector)') gc += micros;
    if (!inside(id)) return;
    counted += micros;
    for (const name of namesOn(id)) byInclusive.set(name, (byInclusive.get(name) ?? 0) + micros);
    const place = locate(frame);
    const file = place ? shortUrl(place.file) : `(${frame.functionName || 'native'})`;
    const fn = `${frame.functionName || '(anonymous)'}  ${file}${place ? `:${place.line}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    byFile.set(file, (byFile.get(file) ?? 0) + micros);
  });
  const rank = (map: Map<string, number>): SelfTime[] =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).map(([key, micros]) => ({ key, ms: micros / 1000, share: counted > 0 ? micros / counted : 0 }));
  return {
    totalMs: total / 1000,
    countedMs: counted / 1000,
    garbageCollectorMs: gc / 1000,
    functions: rank(byFunction),
    files: rank(byFile),
    inclusive: inclusive.map((key) => {
      const micros = byInclusive.get(key) ?? 0;
      return { key, ms: micros / 1000, share: counted > 0 ? micros / counted : 0 };
    }),
  };
}

/** Maps a frame to its original file and 1-based line, through a source map when the file has one. */
function sourceLocator(): (frame: CallFrame) => { file: string; line: number } | undefined {
  const maps = new Map<string, SourceMap | undefined>();
  const mapFor = (url: string): SourceMap | undefined => {
    if (!maps.has(url)) {
      let map: SourceMap | undefined;
      const path = url.startsWith('file://') ? fileURLToPath(url.replace(/[?#].*$/, '')) : '';
      if (path && existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')) as SourceMapPayload);
      maps.set(url, map);
    }
    return maps.get(url);
  };
  return (frame) => {
    if (!frame.url) return undefined;
    const entry = mapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && 'originalSource' in entry) {
      const file = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
      return { file, line: entry.originalLine + 1 };
    }
    return { file: frame.url, line: frame.lineNumber + 1 };
  };
}

/** Paths relative to the project or to node_modules, which is all a reader needs. */
function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/[?#].*$/, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(`${process.cwd()}/`, '');
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '25' },
      within: { type: 'string' },
      between: { type: 'string' },
      inclusive: { type: 'string' },
      per: { type: 'string' },
    },
  });
  const between = values.between === undefined ? undefined : /^(\d+)-(\d+)$/.exec(values.between);
  if (positionals.length === 0 || (values.between !== undefined && !between)) {
    console.error('usage: tsx bench/profileSummary.ts FILE.cpuprofile... [--top N] [--within FUNCTION] [--between FROM-TO] [--inclusive F,G] [--per N]');
    process.exitCode = 2;
    return;
  }
  const options: SummaryOptions = {
    ...(values.within === undefined ? {} : { within: values.within }),
    ...(between ? { between: [Number(between[1]), Number(between[2])] as const } : {}),
    ...(values.inclusive === undefined ? {} : { inclusive: values.inclusive.split(',').map((name) => name.trim()) }),
  };
  const top = Number(values.top);
  const per = values.per === undefined ? undefined : Number(values.per);
  const percent = (ms: number, of: number) => `${((100 * ms) / (of || 1)).toFixed(1)} %`;
  const perCell = (ms: number) => (per ? `${(ms / per).toFixed(2).padStart(8)} ms/each ` : '');
  for (const file of positionals) {
    const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, options);
    console.log(`${file}: ${summary.totalMs.toFixed(0)} ms sampled${between ? ` between ${between[1]} and ${between[2]}` : ''}${per ? ` (${per} runs)` : ''}`);
    console.log(`garbage collection: ${summary.garbageCollectorMs.toFixed(0)} ms (${percent(summary.garbageCollectorMs, summary.totalMs)} of all samples)`);
    if (values.within) console.log(`inside ${values.within}: ${summary.countedMs.toFixed(0)} ms (${percent(summary.countedMs, summary.totalMs)}); shares below are of this`);
    const print = (rows: readonly SelfTime[]) => {
      for (const row of rows.slice(0, top)) console.log(`${row.ms.toFixed(0).padStart(8)} ms ${perCell(row.ms)}${(row.share * 100).toFixed(1).padStart(5)} %  ${row.key}`);
    };
    if (summary.inclusive.length > 0) {
      console.log('Inclusive time (callees included):');
      print(summary.inclusive);
    }
    console.log('Self time by function:');
    print(summary.functions);
    console.log('Self time by file:');
    print(summary.files);
    console.log('');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
