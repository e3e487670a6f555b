/**
 * Where the time of a cold workspace index goes: run by the workspace suite (bundled with esbuild,
 * like the server) as `node index-stages.mjs STAGE FOLDER`, one fresh process per stage, so each
 * stage is as cold as the server's scan. Each stage does the work of the ones before it and one
 * step more, over every `*.minutes` file under FOLDER, and prints `{ ms, files }` as JSON:
 *
 * - `read`: list the folders and read every file (`readMinutesFileSync`, as the scan reads);
 * - `reduce`: and cut each text down to what the index parses (`indexText`);
 * - `lex`: and lex the reduced text with the grammar's lexer (chevrotain, full positions);
 * - `parse`: and parse the tokens into a syntax tree (chevrotain, the `document` rule) — what
 *   chevrotain alone costs, before any model is built;
 * - `summarize`: the scan's real work per file (`summarizeMinutes`: all of the above and the model
 *   and summary built from it);
 * - `summarize-2-threads`: the same, shared with one worker thread through a common counter, to
 *   see what a second thread gives on this machine.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { indexText } from '../server/src/core/series/indexText';
import { summarizeMinutes } from '../server/src/core/series/summarize';
import { minutesLexer } from '../server/src/core/syntax/lexer';
import { minutesParser } from '../server/src/core/syntax/parser';
import { readMinutesFileSync } from '../server/src/lsp/workspace/files';

export const STAGES = ['read', 'reduce', 'lex', 'parse', 'summarize', 'summarize-2-threads'] as const;
export type Stage = (typeof STAGES)[number];

function listFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.name.endsWith('.minutes')) found.push(path);
  }
  return found;
}

/** Does `stage`'s work for the files whose index `next()` hands out, until none is left. */
function work(stage: Stage, paths: readonly string[], next: () => number): number {
  let done = 0;
  for (let i = next(); i < paths.length; i = next()) {
    const path = paths[i] ?? '';
    const text = readMinutesFileSync(path);
    if (text === undefined) continue;
    done++;
    if (stage === 'read') continue;
    if (stage === 'summarize' || stage === 'summarize-2-threads') {
      summarizeMinutes(path, text);
      continue;
    }
    const reduced = indexText(text).text;
    if (stage === 'reduce') continue;
    const tokens = minutesLexer.tokenize(`${reduced}\n`).tokens;
    if (stage === 'lex') continue;
    minutesParser.input = tokens;
    minutesParser.document();
  }
  return done;
}

async function main(stage: Stage, folder: string): Promise<void> {
  const started = performance.now();
  const paths = listFiles(folder);
  let files: number;
  if (stage === 'summarize-2-threads') {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(new URL(import.meta.url), { workerData: { paths, counter } });
    const theirs = new Promise<number>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const mine = work(stage, paths, () => Atomics.add(counter, 0, 1));
    files = mine + (await theirs);
    await worker.terminate();
  } else {
    let i = 0;
    files = work(stage, paths, () => i++);
  }
  process.stdout.write(`${JSON.stringify({ stage, ms: performance.now() - started, files })}\n`);
}

/** Run as a script (the bundle, or its worker thread) rather than imported by the suite for `STAGES`. */
const isScript = !isMainThread || (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href);

if (isScript && isMainThread) {
  const [stage, folder] = process.argv.slice(2);
  if (!STAGES.includes(stage as Stage) || !folder) {
    process.stderr.write(`usage: node index-stages.mjs ${STAGES.join('|')} FOLDER\n`);
    process.exit(2);
  }
  await main(stage as Stage, folder);
} else if (isScript) {
  const { paths, counter } = workerData as { paths: string[]; counter: Int32Array };
  parentPort?.postMessage(work('summarize-2-threads', paths, () => Atomics.add(counter, 0, 1)));
}
