/**
 * The language-server suite: the built server (`dist/server.cjs`) over stdio, used the way an
 * editor uses it, on the generated documents of the core suite (same sizes, same seeds).
 *
 * Each size is measured twice, each time with a fresh server (so that its peak memory is that
 * document's): once as a client that pulls diagnostics (VS Code, Neovim 0.10 and later), once as
 * one that takes them pushed (older clients). The pulling client:
 *
 * 1. `didOpen`, then pulls the diagnostics (`textDocument/diagnostic`): the time to the answer;
 * 2. one-character edits in the middle of a paragraph line of an item in the middle of the
 *    document — alternately typing a letter inside a lower-case word and deleting it again, each
 *    an incremental `didChange` with a range — each followed at once by a pull naming the last
 *    report held, as VS Code does; timed from sending the change to the answer (mostly
 *    "unchanged": such an edit moves no diagnostic);
 * 3. a line break typed at the start of that line and joined again: every diagnostic below moves,
 *    so every answer is a full report;
 * 4. an `Uppdrag:` line is inserted at the top of that item (untimed), then
 *    - "edit → completion": the space after `Uppdrag:` is typed and the completion request sent
 *      at once, as an editor does on a trigger character; timed to the completion response, so
 *      it includes whatever the server does with the change first;
 *    - completion at the end of `Uppdrag: ` on an unchanged document, repeated;
 * 5. hover on the first name of an `Uppdrag:` line naming an attendee, repeated;
 * 6. the server's peak resident set (VmHWM in /proc/<pid>/status), then a polite shutdown.
 *
 * The pushing client does 1 and 2 only, timed to the `publishDiagnostics` of each version, which
 * carries every diagnostic of the document each time. The goals are checked on the pulling client,
 * which is how VS Code talks to the server.
 *
 * Every wait is for the notification or response itself, with a deadline; nothing sleeps.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompletionList, Hover, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/nodeOptions';
import { generateMinutes } from '../generate';
import { LspServer } from '../lspClient';
import { sourceRevision } from '../machine';
import { measureAsync, summarise, type MeasureOptions, type MeasuredAsync } from '../measure';
import { atMost, type CaseResult, type Goal, type Suite, type SuiteContext } from './suite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_BUNDLE = join(root, 'dist', 'server.cjs');

const KiB = 1024;
const MiB = 1024 * KiB;

interface LspCase {
  readonly label: string;
  readonly bytes: number;
  /** The core suite's seeds: the same documents, so the two suites can be compared. */
  readonly seed: number;
  /** Deadline for any one notification or response. */
  readonly timeoutMs: number;
  readonly edits: MeasureOptions;
  /** Each run costs two analyses (type the space, delete it again). */
  readonly typedCompletions: MeasureOptions;
  /** Completion and hover each. */
  readonly requests: MeasureOptions;
  /** The goals of this size, from the measured values. */
  goals(m: Measurements): Goal[];
}

interface Measurements {
  readonly edits: MeasuredAsync;
  readonly completion: MeasuredAsync;
  readonly peakRssMiB: number | undefined;
}

const KEYSTROKE_LIMIT_1MIB = 5;
const KEYSTROKE_LIMIT_10MIB = 50;
const COMPLETION_LIMIT_1MIB = 5;
const RSS_LIMIT_1MIB = 100;

/**
 * Fifty timed edits where they fit. At 10 MiB one full analysis takes seconds today, so there the
 * edits stop after a time budget, but not before ten; the budgets keep the suite near two
 * minutes on a two-core machine.
 */
const CASES: readonly LspCase[] = [
  {
    label: '100 KiB',
    bytes: 100 * KiB,
    seed: 101,
    timeoutMs: 15_000,
    edits: { warmup: 10, runs: 50 },
    typedCompletions: { warmup: 2, runs: 10 },
    requests: { warmup: 10, runs: 100 },
    goals: () => [],
  },
  {
    label: '1 MiB',
    bytes: MiB,
    seed: 102,
    timeoutMs: 30_000,
    edits: { warmup: 10, runs: 50, minRuns: 50, budgetMs: 60_000 },
    typedCompletions: { warmup: 1, runs: 5, minRuns: 3, budgetMs: 10_000 },
    requests: { warmup: 10, runs: 100 },
    goals: (m) => [
      atMost('edit → diagnostics p95', m.edits.summary.p95Ms, KEYSTROKE_LIMIT_1MIB, ' ms'),
      atMost('completion p95', m.completion.summary.p95Ms, COMPLETION_LIMIT_1MIB, ' ms'),
      ...(m.peakRssMiB === undefined ? [] : [atMost('server peak RSS', m.peakRssMiB, RSS_LIMIT_1MIB, ' MiB')]),
    ],
  },
  {
    label: '10 MiB',
    bytes: 10 * MiB,
    seed: 103,
    timeoutMs: 120_000,
    edits: { warmup: 10, runs: 50, minRuns: 10, budgetMs: 40_000 },
    typedCompletions: { warmup: 0, runs: 3, minRuns: 1, budgetMs: 10_000 },
    requests: { warmup: 3, runs: 100, minRuns: 30, budgetMs: 10_000 },
    goals: (m) => [atMost('edit → diagnostics p95', m.edits.summary.p95Ms, KEYSTROKE_LIMIT_10MIB, ' ms')],
  },
];

const NAME = 'lsp';
const TITLE = 'Language server over stdio: diagnostics after an edit, completion, hover, memory';
const GOAL =
  `edit → diagnostics p95 ≤ ${KEYSTROKE_LIMIT_1MIB} ms at 1 MiB and ≤ ${KEYSTROKE_LIMIT_10MIB} ms at 10 MiB; ` +
  `completion p95 ≤ ${COMPLETION_LIMIT_1MIB} ms at 1 MiB; server peak RSS ≤ ${RSS_LIMIT_1MIB} MiB at 1 MiB`;

const URI = 'file:///bench/generated.minutes';
/** Line breaks typed and joined again: each moves every diagnostic below it. */
const LINE_BREAKS: MeasureOptions = { warmup: 2, runs: 20 };
const ACTION = 'Uppdrag:';

export const lspSuite: Suite = {
  name: NAME,
  title: TITLE,
  goal: GOAL,
  async run(context: SuiteContext) {
    context.log('lsp: building dist/server.cjs (node scripts/build.mjs server)');
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'server'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const notes = [
      `Server: dist/server.cjs built from ${sourceRevision('server/src')} (server/src), one process per size, JSON-RPC over stdio; times are round trips seen by the client.`,
      'edit → diagnostics: one-character didChange (type a letter in a paragraph line mid-document, then delete it) to the answer of the pull sent right after it (pull), or to the publishDiagnostics of that version (push).',
      'line break → diagnostics (pull only): a line break typed at the start of that line, then joined again; every diagnostic below moves, so every answer is full.',
      'Goals are checked on the pulling client, the way VS Code talks to the server; the pushing client is shown for editors that cannot pull.',
      'edit → completion: type the space after `Uppdrag:` and request completion at once; completion / hover: repeated on an unchanged document.',
    ];
    notes.push(`The server ran with the VS Code extension's Node options (${SERVER_NODE_OPTIONS.join(' ')})${context.serverNodeArgs.length > 0 ? ` and ${context.serverNodeArgs.join(' ')}` : ''}.`);
    if (context.profileServerDir !== undefined) {
      notes.push(`The server ran under --cpu-prof (profiles in ${context.profileServerDir}): profiling slows it, so these times are not the product's.`);
    }
    const cases: CaseResult[] = [];
    for (const spec of CASES) {
      cases.push(await runCase(spec, context, 'pull'));
      cases.push(await runCase(spec, context, 'push'));
    }
    return { name: NAME, title: TITLE, goal: GOAL, notes, cases };
  },
};

type Mode = 'pull' | 'push';

async function runCase(spec: LspCase, context: SuiteContext, mode: Mode): Promise<CaseResult> {
  const pull = mode === 'pull';
  const label = `${spec.label} ${mode}`;
  const log = (message: string) => context.log(`lsp ${label}: ${message}`);
  log('generating');
  const doc = generateMinutes({ targetBytes: spec.bytes, seed: spec.seed });
  const places = findPlaces(doc.text);
  // The client's copy of the document, to check that the server was sent what was meant. Changes
  // are queued and applied when the copy is read, between the timed loops: applying each to a
  // 1 MiB string as it is made would leave the client's garbage collector work that lands in the
  // next timed edit.
  let copy = TextDocument.create(URI, 'minutes', 1, doc.text);
  const queued: { changes: TextDocumentContentChangeEvent[]; version: number }[] = [];
  const current = () => {
    for (const { changes, version } of queued.splice(0)) copy = TextDocument.update(copy, changes, version);
    return copy;
  };

  log('starting the server');
  const profile = context.profileServerDir === undefined ? undefined : join(context.profileServerDir, `lsp-${spec.label.replace(/\s+/g, '')}-${mode}.cpuprofile`);
  // Started as the VS Code extension starts it, then with whatever the command line adds.
  const nodeArgs = [
    ...SERVER_NODE_OPTIONS,
    ...context.serverNodeArgs,
    ...(profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${dirname(profile)}`, `--cpu-prof-name=${basename(profile)}`]),
  ];
  const server = await LspServer.start({ serverPath: SERVER_BUNDLE, nodeArgs, locale: 'sv', timeoutMs: spec.timeoutMs, pullDiagnostics: pull });
  const memoryAtStart = server.memory();
  try {
    /** The last full report the client holds (pull), and how the answers went. */
    let held: { resultId: string; count: number } | undefined;
    const answers = { full: 0, unchanged: 0 };
    const pullNow = async (sent: number) => {
      const { report, at } = await server.pull(URI, held?.resultId, spec.timeoutMs);
      if (report.kind === 'full') {
        held = { resultId: report.resultId ?? '', count: report.items.length };
        answers.full++;
      } else {
        answers.unchanged++;
      }
      return { ms: at - sent, diagnostics: held?.count ?? 0 };
    };
    const pushed = async (version: number, sent: number) => {
      const arrival = await server.diagnostics(URI, version, spec.timeoutMs);
      return { ms: arrival.at - sent, diagnostics: arrival.params.diagnostics.length };
    };
    /**
     * Sends a change and resolves with the diagnostics for its version, and when they came: the
     * pull that a pulling editor sends right after the change, or the push of that version
     * (waited for in the same turn as the change, so that its arrival is seen).
     */
    const change = async (changes: TextDocumentContentChangeEvent[]) => {
      const sent = performance.now();
      const { version } = server.change(URI, changes);
      const result = await (pull ? pullNow(sent) : pushed(version, sent));
      queued.push({ changes, version });
      return result;
    };

    log('didOpen');
    const openSent = performance.now();
    const opened = pull ? undefined : server.diagnostics(URI, 1, spec.timeoutMs);
    await server.open(URI, doc.text);
    const openResult = opened ? await opened.then((arrival) => ({ ms: arrival.at - openSent, diagnostics: arrival.params.diagnostics.length })) : await pullNow(openSent);
    const openMs = openResult.ms;
    const openDiagnostics = openResult.diagnostics;
    const memoryAfterOpen = server.memory();

    log(`edits, ${spec.edits.warmup} warm-up and up to ${spec.edits.runs} timed`);
    const { line, character } = places.edit;
    const typeLetter: TextDocumentContentChangeEvent = { range: { start: { line, character }, end: { line, character } }, text: 'e' };
    const deleteLetter: TextDocumentContentChangeEvent = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const diagnosticsAfterEdits = new Set<number>();
    // The edit loop's stretch of the server's profile: V8 stamps samples with the same monotonic
    // clock as process.hrtime, in microseconds, so profileSummary.ts --between can cut it out.
    const loopStart = monotonicMicros();
    const answersBefore = { ...answers };
    const edits = await measureAsync(async (index) => {
      const result = await change([index % 2 === 0 ? typeLetter : deleteLetter]);
      diagnosticsAfterEdits.add(result.diagnostics);
      return result.ms;
    }, spec.edits);
    const loopEnd = monotonicMicros();
    const editAnswers = { full: answers.full - answersBefore.full, unchanged: answers.unchanged - answersBefore.unchanged };
    const memoryAfterEdits = server.memory();
    if (profile !== undefined) {
      log(`edit loop in the profile: npx tsx bench/profileSummary.ts ${relative(process.cwd(), profile)} --between ${loopStart}-${loopEnd} --per ${spec.edits.warmup + edits.summary.runs}`);
    }
    // An odd number of edits leaves the letter in; take it out, so that what follows sees the generated text.
    if ((spec.edits.warmup + edits.summary.runs) % 2 === 1) await change([deleteLetter]);
    if (current().getText() !== doc.text) throw new Error('the edits did not restore the document');

    const facts = {
      bytes: doc.bytes,
      lines: doc.lines,
      items: doc.items,
      'diagnostics at open': openDiagnostics,
      'diagnostics after edits': diagnosticsAfterEdits.size === 1 ? ([...diagnosticsAfterEdits][0] ?? 0) : [...diagnosticsAfterEdits].sort((a, b) => a - b).join('–'),
      edits: counted(edits, spec.edits),
      ...(pull ? { 'answers to the edits' : `${editAnswers.unchanged} unchanged, ${editAnswers.full} full` } : {}),
      'server RSS after initialize': mib(memoryAtStart?.currentMiB),
    };
    const profileDetails = profile === undefined ? {} : { profile, editLoopMicros: [loopStart, loopEnd], editsInLoop: spec.edits.warmup + edits.summary.runs };

    if (!pull) {
      // A pushing client is measured for what differs: the diagnostics after an edit, and memory.
      const memory = server.memory();
      return {
        label,
        timings: [
          { name: 'didOpen → diagnostics', summary: summarise([openMs]) },
          { name: 'edit → diagnostics', summary: edits.summary, emphasis: 'tail' },
        ],
        goals: [],
        facts: { ...facts, 'peak RSS after didOpen / edits': `${mib(memoryAfterOpen?.peakMiB)} / ${mib(memory?.peakMiB)}`, 'RSS at end': mib(memory?.currentMiB) },
        details: { seed: spec.seed, mode, editPosition: places.edit, editSamplesMs: edits.samplesMs, peakRssMiB: memory?.peakMiB, ...profileDetails },
      };
    }

    log(`line breaks, ${LINE_BREAKS.warmup} warm-up and ${LINE_BREAKS.runs} timed`);
    // A line break typed at the start of the line moves every diagnostic below it: the answer is full.
    const breakLine: TextDocumentContentChangeEvent = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n' };
    const joinLine: TextDocumentContentChangeEvent = { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
    const breaksBefore = { ...answers };
    const lineBreaks = await measureAsync(async (index) => (await change([index % 2 === 0 ? breakLine : joinLine])).ms, LINE_BREAKS);
    const breakAnswers = { full: answers.full - breaksBefore.full, unchanged: answers.unchanged - breaksBefore.unchanged };
    if ((LINE_BREAKS.warmup + lineBreaks.summary.runs) % 2 === 1) await change([joinLine]);
    if (current().getText() !== doc.text) throw new Error('the line breaks did not restore the document');

    log('inserting an Uppdrag: line, then completion after typing its space');
    const actionLine = places.itemHeading + 1;
    const at = (character: number): Position => ({ line: actionLine, character });
    await change([{ range: { start: at(0), end: at(0) }, text: `${ACTION}\n` }]);
    const completionParams = { textDocument: { uri: URI }, position: at(ACTION.length + 1), context: { triggerKind: 2, triggerCharacter: ' ' } };
    const space: TextDocumentContentChangeEvent = { range: { start: at(ACTION.length), end: at(ACTION.length) }, text: ' ' };
    const typedCompletions = await measureAsync(async () => {
      const sent = performance.now();
      const { version } = server.change(URI, [space]);
      // As VS Code does: the diagnostics are pulled as soon as the change is sent, then completion is asked for.
      const diagnostics = pullNow(sent);
      const list = await server.request<CompletionList | null>('textDocument/completion', completionParams, spec.timeoutMs);
      const ms = performance.now() - sent;
      if (!list || list.items.length === 0) throw new Error('no completion after typing the space after Uppdrag:');
      await diagnostics;
      queued.push({ changes: [space], version });
      await change([{ range: { start: at(ACTION.length), end: at(ACTION.length + 1) }, text: '' }]);
      return ms;
    }, spec.typedCompletions);
    await change([space]);
    if (current().getText().split('\n')[actionLine] !== `${ACTION} `) throw new Error('the Uppdrag: line is not where it was put');

    log(`completion, ${spec.requests.warmup} warm-up and up to ${spec.requests.runs} timed`);
    let completionItems = 0;
    const completion = await measureAsync(async () => {
      const sent = performance.now();
      const list = await server.request<CompletionList | null>('textDocument/completion', completionParams, spec.timeoutMs);
      const ms = performance.now() - sent;
      completionItems = list?.items.length ?? 0;
      if (completionItems === 0) throw new Error('no completion after Uppdrag:');
      return ms;
    }, spec.requests);

    const hoverTarget = findHoverTarget(current().getText(), places.attendees, actionLine);
    log(`hover on ${hoverTarget.name} (line ${hoverTarget.position.line + 1}), ${spec.requests.warmup} warm-up and up to ${spec.requests.runs} timed`);
    let hoverChars = 0;
    const hover = await measureAsync(async () => {
      const sent = performance.now();
      const result = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: hoverTarget.position }, spec.timeoutMs);
      const ms = performance.now() - sent;
      const contents = result?.contents;
      hoverChars = typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value.length : 0;
      if (hoverChars === 0) throw new Error(`no hover on ${hoverTarget.name}`);
      return ms;
    }, spec.requests);

    const memory = server.memory();
    const measurements: Measurements = { edits, completion, peakRssMiB: memory?.peakMiB };
    return {
      label,
      timings: [
        { name: 'didOpen → diagnostics', summary: summarise([openMs]) },
        { name: 'edit → diagnostics', summary: edits.summary, emphasis: 'tail' },
        { name: 'line break → diagnostics', summary: lineBreaks.summary, emphasis: 'tail' },
        { name: 'completion', summary: completion.summary, emphasis: 'tail' },
        { name: 'hover', summary: hover.summary, emphasis: 'tail' },
        { name: 'edit → completion', summary: typedCompletions.summary, emphasis: 'tail' },
      ],
      goals: spec.goals(measurements),
      facts: {
        ...facts,
        'answers to the line breaks': `${breakAnswers.unchanged} unchanged, ${breakAnswers.full} full`,
        'edit → completion runs': counted(typedCompletions, spec.typedCompletions),
        'completion items': completionItems,
        'hover characters': hoverChars,
        'peak RSS after didOpen / edits / all': `${mib(memoryAfterOpen?.peakMiB)} / ${mib(memoryAfterEdits?.peakMiB)} / ${mib(memory?.peakMiB)}`,
        'RSS at end': mib(memory?.currentMiB),
      },
      details: {
        seed: spec.seed,
        mode,
        editPosition: places.edit,
        completionPosition: completionParams.position,
        hoverPosition: hoverTarget.position,
        editSamplesMs: edits.samplesMs,
        lineBreakSamplesMs: lineBreaks.samplesMs,
        completionSamplesMs: completion.samplesMs,
        hoverSamplesMs: hover.samplesMs,
        editToCompletionSamplesMs: typedCompletions.samplesMs,
        peakRssMiB: memory?.peakMiB,
        memoryMiB: { afterInitialize: memoryAtStart, afterOpen: memoryAfterOpen, afterEdits: memoryAfterEdits, atEnd: memory },
        ...profileDetails,
      },
    };
  } finally {
    log('stopping the server');
    await server.stop();
  }
}

function counted(m: MeasuredAsync, options: MeasureOptions): string {
  return `${m.summary.runs}${m.stoppedByBudget ? ` of ${options.runs} (time budget ${(options.budgetMs ?? 0) / 1000} s)` : ''} + ${options.warmup} warm-up`;
}

/** MiB with one decimal, or n/a where /proc is missing (not Linux). */
function mib(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(1)} MiB`;
}

function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

interface Places {
  /** Inside a lower-case word, in the middle of a paragraph line near the middle of the document. */
  readonly edit: Position;
  /** The heading line of the item that line belongs to. */
  readonly itemHeading: number;
  readonly attendees: readonly string[];
}

const ITEM_HEADING = /^\d+\.\s/;
/** Lines that are not running text: blank, indented, bullets, comments, keyword lines. */
const NOT_PROSE = /^(?:$|\s|-|\/\/|\d+\.\s|[\p{L}]+:)/u;
/** Words the checks read in running text (prose assignments, item references); an edit keeps away from them. */
const CHECKED_WORDS = /uppdra|punkt|§/i;

/** Where the edits, the completion and the hover go, read from the generated text. */
function findPlaces(text: string): Places {
  const lines = text.split('\n');
  const attendees: string[] = [];
  const listStart = lines.indexOf('NÄRVARANDE');
  for (let i = listStart + 1; i > 0 && i < lines.length && lines[i] !== ''; i++) attendees.push((lines[i] ?? '').split(',')[0]?.trim() ?? '');

  const middle = Math.floor(lines.length / 2);
  for (let distance = 0; distance < lines.length; distance++) {
    for (const index of [middle + distance, middle - distance]) {
      const line = lines[index];
      if (line === undefined || line.length < 40 || NOT_PROSE.test(line) || CHECKED_WORDS.test(line)) continue;
      let heading = index;
      while (heading > 0 && !ITEM_HEADING.test(lines[heading] ?? '')) heading--;
      if (heading === 0) continue;
      // Between two lower-case letters at or after the middle of the line: inside a word, never a name.
      for (let character = Math.floor(line.length / 2); character < line.length; character++) {
        if (/\p{Ll}/u.test(line[character - 1] ?? '') && /\p{Ll}/u.test(line[character] ?? '')) {
          return { edit: { line: index, character }, itemHeading: heading, attendees };
        }
      }
    }
  }
  throw new Error('the generated document has no paragraph line to edit');
}

/** The first name of the `Uppdrag:` line nearest to `near` whose first assignee is an attendee. */
function findHoverTarget(text: string, attendees: readonly string[], near: number): { name: string; position: Position } {
  const lines = text.split('\n');
  for (let distance = 0; distance < lines.length; distance++) {
    for (const index of [near + distance, near - distance]) {
      const line = lines[index];
      if (line === undefined || !line.startsWith(`${ACTION} `)) continue;
      const rest = line.slice(ACTION.length + 1);
      const name = attendees.find((a) => rest.startsWith(a) && /^[ ,]/.test(rest.slice(a.length)));
      if (name) return { name, position: { line: index, character: ACTION.length + 3 } };
    }
  }
  throw new Error('the generated document has no action line naming an attendee');
}
