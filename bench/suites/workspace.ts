/**
 * The workspace suite: the language server's index of a workspace with 5,000 minutes files of
 * about 7 KiB (35 MiB), in 100 folders (series) of 50 meetings, generated with the core suite's
 * generator (`bench/generate.ts`, seeds 10000…14999) into `out/bench/workspace/` (written once,
 * reused while the stamp matches).
 *
 * For each of three runs a fresh server (`dist/server.cjs --stdio`) is started with the folder as
 * its workspace, and measured:
 *
 * 1. **cold index**: the scan the server times itself — listing the folders, reading every file,
 *    summarising each (`summarizeMinutes`) — in a process that has indexed nothing before; the
 *    operating system's file cache is warm (the files were just written or read), as it is when
 *    an editor reopens a workspace;
 * 2. **workspace/symbol, warm**: after one untimed query (which builds the symbol list), queries
 *    for a person, an item word and a date, timed from request to response over stdio;
 * 3. **memory**: the server's heap and resident set after indexing, and its peak resident set.
 *
 * Then the same workspace is opened as VS Code opens it, with a storage folder where the server
 * keeps its summaries (`summaryCache.ts`): one untimed server fills it, and three more fresh
 * servers are timed — the **restart** case, which reads no file that is unchanged.
 *
 * Last, where the time of a cold index goes (`bench/indexStages.ts`): the scan's steps timed
 * cumulatively, each in fresh processes — reading, reducing, lexing and parsing with chevrotain
 * alone, then the whole summary, and the whole summary shared with a worker thread.
 *
 * Waiting for the index is polling `minutes/workspaceStatus` every 5 ms against a deadline; the
 * time is the server's own measure, so the polling does not add to it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/nodeOptions';
import { SUMMARY_CACHE_FILE } from '../../server/src/lsp/workspace/summaryCache';
import * as esbuild from 'esbuild';
import { generateMinutes } from '../generate';
import { STAGES, type Stage } from '../indexStages';
import { LspServer } from '../lspClient';
import { summarise } from '../measure';
import { SERVER_BUNDLE } from './lsp';
import { atMost, type CaseResult, type Suite, type SuiteContext } from './suite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FOLDER = join(root, 'out', 'bench', 'workspace');
const FILES = 5000;
const PER_SERIES = 50;
const BYTES = 7 * 1024;
const STAMP = `v1 ${FILES} files of ${BYTES} bytes in series of ${PER_SERIES}`;
const RUNS = 3;
const QUERIES = ['anna', 'budget', '2024-03', 'Eva Hessman', 'uppdrag'];
const QUERY_RUNS = 40;
const INDEX_LIMIT_MS = 1000;
const QUERY_LIMIT_MS = 10;

interface Status {
  readonly ready: boolean;
  readonly files: number;
  readonly scanMs?: number;
  readonly fromCache?: number;
  readonly heapUsedMiB: number;
  readonly rssMiB: number;
}

/** Writes the workspace once; a stamp file says which workspace is there. */
function ensureWorkspace(log: (message: string) => void): number {
  const stampPath = join(FOLDER, 'stamp.txt');
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === STAMP) return FILES;
  rmSync(FOLDER, { recursive: true, force: true });
  log(`writing ${FILES} generated minutes into ${FOLDER}`);
  for (let i = 0; i < FILES; i++) {
    const series = join(FOLDER, `series-${String(Math.floor(i / PER_SERIES)).padStart(3, '0')}`);
    if (i % PER_SERIES === 0) mkdirSync(series, { recursive: true });
    const { text } = generateMinutes({ targetBytes: BYTES, seed: 10_000 + i });
    writeFileSync(join(series, `meeting-${String(i % PER_SERIES).padStart(2, '0')}.minutes`), text);
  }
  writeFileSync(stampPath, STAMP);
  return FILES;
}

/**
 * Opens the workspace with a storage folder: one untimed server reads every file and keeps the
 * summaries; then `RUNS` fresh servers find them unchanged.
 */
async function measureRestarts(context: SuiteContext, files: number): Promise<{ scans: number[]; fromCache: number[]; cacheMiB: number; peakMiB: number | undefined }> {
  const storage = mkdtempSync(join(root, 'out', 'bench', 'workspace-storage-'));
  const start = () => LspServer.start({ serverPath: SERVER_BUNDLE, nodeArgs: [...SERVER_NODE_OPTIONS, ...context.serverNodeArgs], locale: 'sv', rootUri: pathToFileURL(FOLDER).href, timeoutMs: 30_000, initializationOptions: { storagePath: storage } });
  const cacheFile = join(storage, SUMMARY_CACHE_FILE);
  try {
    context.log('restart: filling the kept summaries');
    const first = await start();
    try {
      await waitReady(first);
      const deadline = Date.now() + 120_000;
      while (!existsSync(cacheFile)) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the server to keep its summaries');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await first.stop();
    }
    const scans: number[] = [];
    const fromCache: number[] = [];
    let peakMiB: number | undefined;
    for (let run = 0; run < RUNS; run++) {
      context.log(`restart ${run + 1}/${RUNS}`);
      const server = await start();
      try {
        const status = await waitReady(server);
        if (status.files !== files) throw new Error(`the index holds ${status.files} files, not ${files}`);
        scans.push(status.scanMs ?? NaN);
        fromCache.push(status.fromCache ?? 0);
        peakMiB = server.memory()?.peakMiB;
      } finally {
        await server.stop();
      }
    }
    return { scans, fromCache, cacheMiB: readFileSync(cacheFile).length / 2 ** 20, peakMiB };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

/** Each stage of `indexStages.ts`, run `RUNS` times in a fresh process: the median milliseconds. */
async function measureStages(context: SuiteContext): Promise<Record<Stage, number[]>> {
  const script = join(root, 'out', 'bench', 'index-stages.mjs');
  await esbuild.build({ absWorkingDir: root, entryPoints: [join(root, 'bench', 'indexStages.ts')], outfile: script, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const times = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>;
  for (let run = 0; run < RUNS; run++) {
    for (const stage of STAGES) {
      context.log(`stages ${run + 1}/${RUNS}: ${stage}`);
      const output = execFileSync(process.execPath, [...SERVER_NODE_OPTIONS, script, stage, FOLDER], { encoding: 'utf8', timeout: 120_000 });
      const result = JSON.parse(output) as { ms: number; files: number };
      if (result.files !== FILES) throw new Error(`stage ${stage} read ${result.files} files, not ${FILES}`);
      times[stage].push(result.ms);
    }
  }
  return times;
}

async function waitReady(server: LspServer): Promise<Status> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await server.request<Status>('minutes/workspaceStatus', {}, 30_000);
    if (status.ready) return status;
    if (Date.now() > deadline) throw new Error('timed out waiting for the workspace index');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const workspaceSuite: Suite = {
  name: 'workspace',
  title: 'Workspace index: 5,000 minutes files of about 7 KiB',
  goal: `cold index ≤ ${INDEX_LIMIT_MS} ms; a workspace-symbol query ≤ ${QUERY_LIMIT_MS} ms warm; memory reported`,
  async run(context) {
    if (!existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing; run npm run build first`);
    const files = ensureWorkspace(context.log);
    const scans: number[] = [];
    const queries: number[] = [];
    let symbols = 0;
    let memory: { heapUsedMiB: number; rssMiB: number; peakMiB: number | undefined } | undefined;
    for (let run = 0; run < RUNS; run++) {
      context.log(`run ${run + 1}/${RUNS}: starting a server on the workspace`);
      const server = await LspServer.start({ serverPath: SERVER_BUNDLE, nodeArgs: [...SERVER_NODE_OPTIONS, ...context.serverNodeArgs], locale: 'sv', rootUri: pathToFileURL(FOLDER).href, timeoutMs: 30_000 });
      try {
        const status = await waitReady(server);
        if (status.files !== files) throw new Error(`the index holds ${status.files} files, not ${files}`);
        scans.push(status.scanMs ?? NaN);
        await server.request<unknown[]>('workspace/symbol', { query: 'x' }, 30_000);
        for (let i = 0; i < QUERY_RUNS; i++) {
          const query = QUERIES[i % QUERIES.length] ?? '';
          const started = performance.now();
          const result = await server.request<unknown[]>('workspace/symbol', { query }, 30_000);
          queries.push(performance.now() - started);
          symbols = Math.max(symbols, result.length);
        }
        const after = await server.request<Status>('minutes/workspaceStatus', {}, 30_000);
        memory = { heapUsedMiB: after.heapUsedMiB, rssMiB: after.rssMiB, peakMiB: server.memory()?.peakMiB };
      } finally {
        await server.stop();
      }
    }
    const restart = await measureRestarts(context, files);
    const stages = await measureStages(context);
    const scan = summarise(scans);
    const query = summarise(queries);
    const cases: CaseResult[] = [
      {
        label: `${files} files`,
        timings: [
          { name: 'cold index', summary: scan },
          { name: 'workspace/symbol (warm)', summary: query, emphasis: 'tail' },
        ],
        goals: [atMost('cold index (median)', scan.medianMs, INDEX_LIMIT_MS, ' ms'), atMost('workspace/symbol (median)', query.medianMs, QUERY_LIMIT_MS, ' ms')],
        facts: {
          files,
          'largest answer (symbols)': symbols,
          'heap after indexing (MiB)': Number(memory?.heapUsedMiB.toFixed(1) ?? NaN),
          'resident after indexing (MiB)': Number(memory?.rssMiB.toFixed(1) ?? NaN),
          'peak resident (MiB)': Number(memory?.peakMiB?.toFixed(1) ?? NaN),
        },
      },
      {
        label: `${files} files, restart`,
        timings: [{ name: 'index with the kept summaries', summary: summarise(restart.scans) }],
        goals: [],
        facts: {
          'files from the cache (each run)': restart.fromCache.join(', '),
          'cache file (MiB)': Number(restart.cacheMiB.toFixed(1)),
          'peak resident (MiB)': Number(restart.peakMiB?.toFixed(1) ?? NaN),
        },
      },
      {
        label: `${files} files, by stage`,
        timings: [{ name: 'chevrotain alone: read, reduce, lex, parse', summary: summarise(stages.parse) }],
        goals: [],
        facts: Object.fromEntries(STAGES.map((stage) => [`${stage} (ms, median)`, Math.round(summarise(stages[stage]).medianMs)])),
      },
    ];
    return {
      name: this.name,
      title: this.title,
      goal: this.goal,
      notes: [`${RUNS} fresh servers; queries ${QUERIES.map((q) => `"${q}"`).join(', ')} in turn, ${QUERY_RUNS} per server after one untimed query; answers capped at 100 symbols (WORKSPACE_SYMBOL_LIMIT).`, `By stage: the scan's steps timed cumulatively in fresh processes (bench/indexStages.ts), ${RUNS} runs each.`],
      cases,
    };
  },
};
