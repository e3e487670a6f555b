/**
 * Protocol fuzzing of the built language server over stdio. A seeded random walk edits one large
 * document (about 100 KiB) through incremental `didChange` notifications — inserts, deletes and
 * replacements of Unicode, combining marks, CRLF and lone CR, NUL and other control characters,
 * very long lines, whole pasted documents, fast typing — and interleaves the requests an editor
 * makes: completion, hover, document symbols, code actions, formatting (whose edits are
 * sometimes applied, as an editor would), rename and the navigation requests.
 *
 * After every step it checks that the server process is alive, that every request got an answer
 * (a result, or a deliberate refusal such as a rename to an invalid name — never an internal
 * error), and after every edit that the server's text equals the fuzzer's own copy
 * (`minutes/documentDigest`). It times every feature request and fails when one takes longer
 * than the budget (100 ms) on a document of at most 128 KiB.
 *
 * Used by test/fuzz/protocol.test.ts (a few thousand steps in `npm test`) and by `npm run fuzz`
 * (test/fuzz/main.ts, 100,000 steps by default).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, TextDocumentContentChangeEvent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { digestOf, DOCUMENT_DIGEST_REQUEST, type DocumentDigest } from '../../server/src/lsp/features/documentDigest';
import { root } from '../helpers/expect';
import { editsFor } from '../lsp/applyEdits';
import { LspClient } from '../lsp/harness';
import { applyChange, applyTextEdits, lineStarts, positionAt, rangeOf, validOffset } from './textModel';
import { seededRandom } from '../helpers/random';

export interface FuzzOptions {
  readonly steps: number;
  readonly seed: number;
  /** The size the document is kept around, in characters. */
  readonly targetSize?: number;
  /** The longest a feature request may take on a document of at most `budgetSize` characters. */
  readonly budgetMs?: number;
  readonly budgetSize?: number;
  /** Steps at the start that are not timed, while the JIT compiles the server's hot paths. */
  readonly warmupSteps?: number;
  /** Called every `progressEvery` steps (the long run prints a line). */
  readonly onProgress?: (report: FuzzReport) => void;
  readonly progressEvery?: number;
}

export interface SlowRequest {
  readonly method: string;
  readonly ms: number;
  /** The server's CPU time during the request (Linux /proc, 10 ms steps); undefined elsewhere. */
  readonly cpuMs: number | undefined;
  readonly length: number;
  readonly step: number;
}

export interface FuzzReport {
  steps: number;
  readonly edits: Record<string, number>;
  readonly requests: Record<string, number>;
  /** Requests the server refused on purpose (e.g. renaming to a name with a comma), by method. */
  readonly refusals: Record<string, number>;
  digestChecks: number;
  /** A second document opened, asked about and closed. */
  sideDocuments: number;
  /** Edits from the server not applied because the text had changed since they were asked for (requests sent together). */
  staleEditsDropped: number;
  /** The slowest feature requests on documents within the budget size, slowest first. */
  slowest: SlowRequest[];
  /** Feature requests on documents within the budget size, and their total time. */
  timedRequests: number;
  timedTotalMs: number;
  /** Timed requests that were over the budget once and measured again (see `request`). */
  remeasured: number;
  /** Timed requests over the budget even at best of three by the clock, but not by the server's CPU time. */
  overBudgetWallClock: number;
  largestDocument: number;
  elapsedMs: number;
}

/** Thrown on the first broken promise; carries the seed, the step and the recent history to reproduce it. */
/** How long any request may go unanswered before the fuzzer calls the server stuck. */
const HANG_MS = 60_000;

/** The deadline of a request passed (see `HANG_MS`). */
class Hang extends Error {}

export class FuzzFailure extends Error {}

const URI = 'file:///fuzz/fuzz.minutes';
const SIDE_URI = 'file:///fuzz/side.minutes';
const INTERNAL_ERROR = -32603;

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The CPU time (user + system) the process `pid` has used, in ms, from /proc/<pid>/stat (Linux;
 * undefined elsewhere). Counted in clock ticks of 10 ms (USER_HZ, 100 on Linux everywhere).
 */
function serverCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

const documents = ['examples/kommunchefsgruppen.minutes', 'examples/klimat.minutes', 'test/fixtures/parser/reference-raw.minutes', 'test/fixtures/parser/english.minutes', 'test/fixtures/parser/protokoll.minutes'].map((path) =>
  readFileSync(join(root, path), 'utf8'),
);
const NAMES = ['Eva Hessman', 'Gitte Caous', 'Pia Alhäll', 'Gull-Britt Eide', 'Rickard Vidlund', 'Maria Reinholdsson'];
const PIECES = ['Uppdrag: ', 'Action: ', 'Beslut: ', 'NÄRVARANDE\n', 'FRÅNVARANDE\n', '\n1. ', '\n§ 7 ', '  2. ', ' – ', ' - ', '(digitalt from p 4)', ', Göteborg', 'Senast: 2024-04-30', 'Due: 15 May 2024', '2024-02-30', '\nAntecknat av: ', '@Eva ', 'får i uppdrag att ', 'punkt 3', '// ', '- ', '• ', 'Datum: ', ...NAMES];

/** The initial document: the example's header and attendance, then its items repeated (numbered on) up to `size`. */
function largeDocument(size: number): string {
  const example = documents[0] as string;
  const firstItem = example.search(/^1\. /m);
  const footer = example.search(/^Antecknat av:/m);
  const head = example.slice(0, firstItem);
  const items = example.slice(firstItem, footer > firstItem ? footer : example.length);
  let text = head;
  let number = 1;
  while (text.length < size) text += items.replace(/^\d+\. /gm, () => `${number++}. `);
  return `${text}Antecknat av: Eva Hessman\n`;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const next = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const int = (max: number) => Math.floor(next() * max);
  const targetSize = options.targetSize ?? 100 * 1024;
  const budgetMs = options.budgetMs ?? 100;
  const budgetSize = options.budgetSize ?? 128 * 1024;
  const warmupSteps = options.warmupSteps ?? 200;
  const report: FuzzReport = { steps: 0, edits: {}, requests: {}, refusals: {}, digestChecks: 0, sideDocuments: 0, staleEditsDropped: 0, slowest: [], timedRequests: 0, timedTotalMs: 0, remeasured: 0, overBudgetWallClock: 0, largestDocument: 0, elapsedMs: 0 };
  const history: string[] = [];
  /** Requests in flight together (their times include waiting for each other): not timed. */
  let burst = 0;
  /** Changes sent so far: edits from the server are applied only to the text they were computed for. */
  let edits = 0;
  const started = performance.now();
  const count = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);

  let text = largeDocument(targetSize);
  const client = await LspClient.start({ locale: 'sv' });
  const diagnosticsSeen = (): Diagnostic[] => client.diagnostics.get(URI)?.diagnostics ?? [];
  const fail = (message: string): never => {
    // The document as it was, to reproduce the failure outside the fuzzer.
    const saved = join(tmpdir(), `minutes-fuzz-${options.seed}-${report.steps}.minutes`);
    writeFileSync(saved, text);
    throw new FuzzFailure(`${message}\n  seed ${options.seed}, step ${report.steps}, document of ${text.length} characters (saved as ${saved})\n  last steps:\n    ${history.slice(-12).join('\n    ')}\n  server stderr:\n${client.serverLog.slice(-2000)}`);
  };

  try {
    await client.open(URI, text);
    await client.diagnosticsFor(URI, () => true, 1, 30_000);

    const checkText = async () => {
      // The text as it is when the request is sent: the server answers after every change sent
      // before it, and requests in flight together may change the text meanwhile.
      const expected = text;
      const digest = await request<DocumentDigest | null>(DOCUMENT_DIGEST_REQUEST, { uri: URI }, false);
      report.digestChecks++;
      if (!digest) return fail('the server has no document');
      if (digest.length !== expected.length || digest.sha256 !== digestOf(expected)) fail(`the server's text differs from the client's (server ${digest.length} characters, client ${expected.length})`);
    };

    /** Sends changes and updates the fuzzer's copy the same way. */
    const change = async (changes: TextDocumentContentChangeEvent[], kind: string) => {
      edits++;
      for (const c of changes) text = applyChange(text, c as { range?: import('vscode-languageserver-protocol').Range; text: string });
      count(report.edits, kind);
      history.push(`edit ${kind} ${JSON.stringify(changes).slice(0, 300)}`);
      await client.change(URI, changes);
      report.largestDocument = Math.max(report.largestDocument, text.length);
      await checkText();
    };

    /** Sends one request; fails on an internal error or a dead server; undefined for a deliberate refusal. */
    const send = async <R>(method: string, params: unknown): Promise<{ result: R | undefined; ms: number; cpuMs: number | undefined }> => {
      const cpu0 = serverCpuMs(client.pid);
      const t0 = performance.now();
      let result: R | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        // A server busy for ever answers nothing: that is a failure too, reported with the document.
        const hung = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Hang()), HANG_MS);
        });
        result = await Promise.race([client.request<R>(method, params), hung]);
      } catch (error) {
        if (error instanceof Hang) fail(`${method} got no answer within ${HANG_MS / 1000} s (the server is busy or stuck)`);
        const code = (error as { code?: number }).code;
        if (client.exited) fail(`the server exited during ${method}`);
        if (code === INTERNAL_ERROR || code === undefined) fail(`${method} failed: ${String(error)}`);
        count(report.refusals, method);
      } finally {
        clearTimeout(timer);
      }
      const ms = performance.now() - t0;
      const cpu1 = serverCpuMs(client.pid);
      return { result, ms, cpuMs: cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : undefined };
    };

    /**
     * A request that must be answered, timed against the budget. A request over the budget is
     * measured again, twice at most, each time after an edit that changes nothing but the
     * version — so the server analyses the document again, as it did the first time. It fails
     * when even the fastest attempt took longer than the budget and the server spent more than
     * the budget of CPU time on it: on a machine busy with other work, a slow answer from a server
     * that was waiting for a processor is told apart from a server that worked too long.
     */
    const request = async <R>(method: string, params: unknown, timed = true): Promise<R | undefined> => {
      count(report.requests, method);
      history.push(`request ${method} ${JSON.stringify(params).slice(0, 200)}`);
      const first = await send<R>(method, params);
      let { ms, cpuMs } = first;
      if (timed && burst === 0 && text.length <= budgetSize && report.steps > warmupSteps) {
        for (let attempt = 0; attempt < 2 && ms > budgetMs; attempt++) {
          if (attempt === 0) report.remeasured++;
          await client.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
          const again = await send<R>(method, params);
          if (again.ms < ms) ({ ms, cpuMs } = again);
        }
        report.timedRequests++;
        report.timedTotalMs += ms;
        if (report.slowest.length < 10 || ms > (report.slowest[report.slowest.length - 1] as SlowRequest).ms) {
          report.slowest.push({ method, ms, cpuMs, length: text.length, step: report.steps });
          report.slowest.sort((a, b) => b.ms - a.ms);
          report.slowest.length = Math.min(report.slowest.length, 10);
        }
        if (ms > budgetMs) {
          report.overBudgetWallClock++;
          if (cpuMs === undefined || cpuMs > budgetMs) fail(`${method} took ${ms.toFixed(1)} ms at best of three (server CPU ${cpuMs ?? '?'} ms; budget ${budgetMs} ms)`);
        }
      }
      return first.result;
    };

    const insertion = (): [string, string] => {
      const kind = pick(['words', 'words', 'language', 'unicode', 'combining', 'line-ends', 'control', 'long-line', 'paste']);
      switch (kind) {
        case 'words':
          return [kind, Array.from({ length: 1 + int(6) }, () => pick(PIECES)).join('')];
        case 'language':
          return [kind, `\n${pick(['Uppdrag: ', 'Action: ', ''])}${pick(NAMES)}${pick([' – ', ' och ', ', ', ' - '])}${pick(NAMES)} – ${pick(['ring', 'skriv', 'ta fram'])}. Senast: 2024-0${1 + int(9)}-${10 + int(19)}\n`];
        case 'unicode':
          return [kind, Array.from({ length: 1 + int(12) }, () => String.fromCodePoint(pick([int(0x80), 0xc0 + int(0x180), 0x590 + int(0x100), 0x4e00 + int(0x100), 0x1f600 + int(0x50), 0x200b + int(5), 0xd800 + int(0x800), 0xfeff, 0xfffd]))).join('')];
        case 'combining':
          return [kind, Array.from({ length: 1 + int(6) }, () => pick(['a', 'o', 'A', 'e', ' ', 'Pia Alha']) + String.fromCodePoint(0x300 + int(0x70)).repeat(1 + int(3))).join('')];
        case 'line-ends':
          return [kind, Array.from({ length: 1 + int(5) }, () => pick(['\r\n', '\r', '\n', '\n\n', '\r\r\n', 'x\r'])).join('')];
        case 'control':
          return [kind, Array.from({ length: 1 + int(5) }, () => String.fromCharCode(pick([0, 0, 1, 7, 8, 11, 12, 27, 0x7f, 0x85, 0x2028, 0x2029]))).join('')];
        case 'long-line':
          return [kind, `${pick(['', '1. ', 'Uppdrag: Eva Hessman – ', '- '])}${'ordet '.repeat(1000 + int(9000))}`];
        default:
          return [kind, pick(documents)];
      }
    };

    const edit = async () => {
      const starts = lineStarts(text);
      const at = () => validOffset(text, int(text.length + 1));
      const roll = next();
      if (text.length > targetSize * 1.5) {
        const start = at();
        await change([{ range: rangeOf(text, starts, start, validOffset(text, Math.min(text.length, start + int(targetSize)))), text: '' }], 'shrink');
      } else if (text.length < targetSize / 2) {
        await change([{ range: rangeOf(text, starts, text.length, text.length), text: largeDocument(targetSize / 2) }], 'grow');
      } else if (roll < 0.4) {
        const [kind, insert] = insertion();
        const offset = at();
        await change([{ range: rangeOf(text, starts, offset, offset), text: insert }], `insert ${kind}`);
      } else if (roll < 0.6) {
        const start = at();
        const end = validOffset(text, start + int(next() < 0.9 ? 40 : 4000));
        await change([{ range: rangeOf(text, starts, start, Math.max(start, end)), text: '' }], 'delete');
      } else if (roll < 0.8) {
        const [kind, insert] = insertion();
        const start = at();
        const end = validOffset(text, start + int(200));
        await change([{ range: rangeOf(text, starts, start, Math.max(start, end)), text: insert }], `replace ${kind}`);
      } else if (roll < 0.9) {
        // Several changes in one notification, each against the text the previous one left.
        const changes: TextDocumentContentChangeEvent[] = [];
        let scratch = text;
        for (let n = 1 + int(4); n > 0; n--) {
          const s = lineStarts(scratch);
          const start = validOffset(scratch, int(scratch.length + 1));
          const end = validOffset(scratch, start + int(20));
          const c = { range: rangeOf(scratch, s, start, Math.max(start, end)), text: pick(['', pick(PIECES), '\r\n', 'å', '\u0308']) };
          changes.push(c);
          scratch = applyChange(scratch, c);
        }
        await change(changes, 'multi');
      } else if (roll < 0.98) {
        // Typing: one character per notification, sent without waiting, as fast as an editor sends them.
        let offset = at();
        const typed = pick(['Uppdrag: Eva Hessman – ring. Senast: 2024-05-15\n', '1. Ny punkt\n', 'Pia Alhäll (digitalt)\r\n', 'Åsa Öberg får i uppdrag att ', '- punkt\n']);
        for (const character of typed) {
          const s = lineStarts(text);
          const position = positionAt(text, s, offset);
          await change([{ range: { start: position, end: position }, text: character }], 'type');
          offset = validOffset(text, offset + character.length);
        }
      } else {
        await change([{ text: next() < 0.5 ? pick(documents) : largeDocument(targetSize) }], 'replace-all');
      }
    };

    const someRange = () => {
      const starts = lineStarts(text);
      const start = validOffset(text, int(text.length + 1));
      return rangeOf(text, starts, start, validOffset(text, start + int(300)));
    };
    const somePosition = () => {
      if (next() < 0.05) return { line: int(100_000), character: int(1000) }; // past the end: the server must cope
      const starts = lineStarts(text);
      // Often on a name, where rename, hover and completion do the most work.
      const name = next() < 0.5 ? text.indexOf(pick(NAMES), int(text.length)) : -1;
      return positionAt(text, starts, name >= 0 ? name + int(4) : validOffset(text, int(text.length + 1)));
    };
    const applyWorkspaceEdit = async (result: WorkspaceEdit | null | undefined, kind: string, computedAt: number) => {
      const textEdits = result ? editsFor(result, URI) : [];
      if (textEdits.length > 0) await applyServerEdits(textEdits, kind, computedAt);
    };
    /** Applies the server's edits as an editor would — unless the text changed since they were asked for (an editor drops them then). */
    const applyServerEdits = async (textEdits: readonly TextEdit[], kind: string, computedAt: number) => {
      if (computedAt !== edits) {
        report.staleEditsDropped++;
        return;
      }
      let expected: string;
      try {
        expected = applyTextEdits(text, textEdits);
      } catch (error) {
        return fail(`${kind}: ${String(error)}`);
      }
      // An editor sends the edits back as changes, last first, so earlier ranges stay valid.
      const sorted = [...textEdits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
      await change(sorted.map((e) => ({ range: e.range, text: e.newText })), kind);
      if (text !== expected) fail(`${kind}: applying the server's edits one by one gave another text than applying them at once`);
    };

    const ask = async () => {
      const textDocument = { uri: URI };
      const method = pick(['completion', 'completion', 'hover', 'hover', 'documentSymbol', 'codeAction', 'formatting', 'rangeFormatting', 'rename', 'prepareRename', 'other']);
      switch (method) {
        case 'completion':
          await request('textDocument/completion', { textDocument, position: somePosition() });
          break;
        case 'hover':
          await request('textDocument/hover', { textDocument, position: somePosition() });
          break;
        case 'documentSymbol':
          await request('textDocument/documentSymbol', { textDocument });
          break;
        case 'codeAction': {
          const range = someRange();
          const only = next() < 0.3 ? { only: [pick(['quickfix', 'source', 'source.minutes.renumber'])] } : {};
          const at = edits;
          const actions = await request<{ edit?: WorkspaceEdit }[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: diagnosticsSeen().slice(0, 5), ...only } });
          const chosen = actions && actions.length > 0 && next() < 0.3 ? pick(actions) : undefined;
          if (chosen?.edit) await applyWorkspaceEdit(chosen.edit, 'apply code action', at);
          break;
        }
        case 'formatting': {
          const at = edits;
          const formatted = await request<TextEdit[]>('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } });
          if (formatted && formatted.length > 0 && next() < 0.3) await applyServerEdits(formatted, 'apply formatting', at);
          break;
        }
        case 'rangeFormatting':
          await request('textDocument/rangeFormatting', { textDocument, range: someRange(), options: { tabSize: 2, insertSpaces: true } });
          break;
        case 'rename': {
          const newName = pick(['Anna Lind', 'Örjan Åkesson', 'Zoë', '', 'a, b', 'x\ny', 'Eva Hessman', 'Jo\u0308rgen', '\u0000', 'Ann-Sofi von Berg']);
          const at = edits;
          const result = await request<WorkspaceEdit | null>('textDocument/rename', { textDocument, position: somePosition(), newName });
          if (next() < 0.3) await applyWorkspaceEdit(result, 'apply rename', at);
          break;
        }
        case 'prepareRename':
          await request('textDocument/prepareRename', { textDocument, position: somePosition() });
          break;
        default: {
          const other = pick(['textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/foldingRange', 'textDocument/semanticTokens/full', 'minutes/documentStats']);
          const params =
            other === 'minutes/documentStats'
              ? { uri: URI }
              : other.endsWith('foldingRange') || other.endsWith('full')
                ? { textDocument }
                : { textDocument, position: somePosition(), ...(other.endsWith('references') ? { context: { includeDeclaration: true } } : {}) };
          await request(other, params);
        }
      }
    };

    for (report.steps = 0; report.steps < options.steps; ) {
      report.steps++;
      const roll = next();
      if (roll < 0.45) await edit();
      else if (roll < 0.97) await ask();
      else if (roll < 0.985) {
        // Requests fired together, without waiting for each other, then an edit behind them.
        // They queue behind each other in the server, so they are not timed.
        burst++;
        await Promise.all([ask(), ask(), ask()]);
        burst--;
      } else {
        // A second document opened, asked about and closed: the server keeps them apart.
        await client.open(SIDE_URI, pick(documents));
        await request('textDocument/completion', { textDocument: { uri: SIDE_URI }, position: { line: 3, character: 0 } });
        await client.close(SIDE_URI);
        report.sideDocuments++;
      }
      if (client.exited) fail('the server process exited');
      if (history.length > 200) history.splice(0, 100);
      if (options.onProgress && report.steps % (options.progressEvery ?? 1000) === 0) {
        report.elapsedMs = performance.now() - started;
        options.onProgress(report);
      }
    }
    await checkText();
    if (client.exited) fail('the server process exited');
  } finally {
    report.elapsedMs = performance.now() - started;
    await client.stop();
  }
  return report;
}

/** A few lines for a person: counts, the slowest requests. */
export function describeReport(report: FuzzReport): string {
  const table = (t: Record<string, number>) => Object.entries(t).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  const total = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
  return [
    `steps ${report.steps} in ${(report.elapsedMs / 1000).toFixed(1)} s; largest document ${report.largestDocument} characters`,
    `edits ${total(report.edits)}: ${table(report.edits)}`,
    `requests ${total(report.requests)}: ${table(report.requests)}`,
    `refused on purpose: ${table(report.refusals) || 'none'}`,
    `text compared after every edit: ${report.digestChecks} times, always equal; a second document opened and closed ${report.sideDocuments} times; stale server edits dropped ${report.staleEditsDropped}`,
    `timed feature requests: ${report.timedRequests}, mean ${(report.timedTotalMs / Math.max(1, report.timedRequests)).toFixed(2)} ms; over the budget at first and measured again: ${report.remeasured}`,
    `over the budget at best of three by the clock, within it by the server's CPU time: ${report.overBudgetWallClock}`,
    `slowest (wall clock): ${report.slowest.slice(0, 5).map((s) => `${s.method} ${s.ms.toFixed(1)} ms, CPU ${s.cpuMs ?? '?'} ms (${s.length} chars, step ${s.step})`).join('; ')}`,
  ].join('\n');
}
