/**
 * A language-server client for latency benchmarks: it starts the built server
 * (`dist/server.cjs --stdio`) as a child process and speaks JSON-RPC to it over stdio, as an editor
 * does. It follows test/lsp/harness.ts, with two differences that matter for timing:
 *
 * - waiting is event-driven: a published diagnostic or a response settles its promise in the
 *   handler that receives it, with its arrival time taken there (the test harness polls every
 *   5 ms, which would be most of a 5 ms goal); a deadline timer only fails the wait;
 * - the server is killed on every path: `stop()` asks politely (shutdown, exit), then kills after
 *   a deadline, and a process `exit` hook kills any server still running when the runner ends.
 *   A runner killed outright leaves nothing behind either: the server watches the `processId`
 *   it was given and exits when stdin closes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { DocumentDiagnosticReport, InitializeParams, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export interface StartOptions {
  /** The server bundle to run. */
  readonly serverPath: string;
  /** Node options before the bundle, e.g. `--cpu-prof`. */
  readonly nodeArgs?: readonly string[];
  readonly locale?: string;
  /** Settings the client answers `workspace/configuration` with (the `minutes` section). */
  readonly settings?: unknown;
  /** Deadline for starting and the initialize handshake. */
  readonly timeoutMs?: number;
  /** A workspace folder (`file:` URI) for the server to index; none when absent. */
  readonly rootUri?: string;
  /**
   * Declare pull diagnostics (`textDocument/diagnostic`), as VS Code does: the server then answers
   * `pull()` and publishes nothing. Otherwise the client only takes what is pushed.
   */
  readonly pullDiagnostics?: boolean;
  /** Sent as `initializationOptions` (VS Code sends `{ storagePath }`, where the index is kept). */
  readonly initializationOptions?: unknown;
}

/** A pulled diagnostic report, with `performance.now()` taken when the answer arrived. */
export interface PulledReport {
  readonly report: DocumentDiagnosticReport;
  readonly at: number;
}

/** Diagnostics as they arrived, with `performance.now()` taken in the notification handler. */
export interface Arrival {
  readonly params: PublishDiagnosticsParams;
  readonly at: number;
}

interface Waiter {
  readonly uri: string;
  readonly version: number;
  resolve(arrival: Arrival): void;
  reject(error: Error): void;
}

const running = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;

/** Kills every server still running when the runner exits, however it exits (short of SIGKILL). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/** Rejects after `timeoutMs` unless `promise` settles first; the timer never keeps the process alive. */
export function withDeadline<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    timer.unref();
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** A running server and a client connected to it. */
export class LspServer {
  /** The last diagnostics published for each document. */
  private readonly latest = new Map<string, Arrival>();
  private readonly waiters = new Set<Waiter>();
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private readonly exitedPromise: Promise<void>;
  initializeResult: InitializeResult | undefined;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly connection: MessageConnection,
  ) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-4000)));
    this.exitedPromise = new Promise((resolve) => {
      child.once('exit', () => {
        running.delete(child);
        const error = new Error(`the server exited (code ${child.exitCode}, signal ${child.signalCode})${this.stderr ? `; it wrote:\n${this.stderr}` : ''}`);
        for (const waiter of this.waiters) waiter.reject(error);
        this.waiters.clear();
        resolve();
      });
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const arrival: Arrival = { params, at: performance.now() };
      this.latest.set(params.uri, arrival);
      for (const waiter of this.waiters) {
        if (waiter.uri === params.uri && waiter.version === params.version) {
          this.waiters.delete(waiter);
          waiter.resolve(arrival);
        }
      }
    });
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: StartOptions): Promise<LspServer> {
    installExitHook();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverPath, '--stdio'], {
      stdio: 'pipe',
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
    });
    running.add(child);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new LspServer(child, connection);
    try {
      connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => options.settings ?? {}));
      connection.onRequest('client/registerCapability', () => null);
      connection.onRequest('workspace/diagnostic/refresh', () => null);
      connection.onNotification('window/logMessage', (params: { message: string }) => {
        server.stderr = `${server.stderr}${params.message}\n`.slice(-4000);
      });
      connection.listen();
      const params: InitializeParams = {
        processId: process.pid,
        rootUri: options.rootUri ?? null,
        capabilities: {
          workspace: { configuration: true, ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}) },
          textDocument: { publishDiagnostics: { versionSupport: true }, ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}) },
        },
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
      };
      const timeout = options.timeoutMs ?? 10_000;
      server.initializeResult = await withDeadline(
        Promise.race([connection.sendRequest<InitializeResult>('initialize', params), server.exitedPromise.then(() => Promise.reject(new Error(`the server exited at start:\n${server.stderr}`)))]),
        timeout,
        'the initialize response',
      );
      await connection.sendNotification('initialized', {});
      return server;
    } catch (error) {
      server.kill();
      throw error;
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** The last lines the server wrote to stderr or logged, for failure messages. */
  get log(): string {
    return this.stderr;
  }

  /**
   * Waits for diagnostics of `uri` at exactly `version`; diagnostics that already arrived for that
   * version settle it at once. Call it in the same turn as the change that causes them (before any
   * `await`), so that its arrival is seen by the notification handler.
   */
  diagnostics(uri: string, version: number, timeoutMs: number): Promise<Arrival> {
    const known = this.latest.get(uri);
    if (known && known.params.version === version) return Promise.resolve(known);
    if (this.exited) return Promise.reject(new Error('the server has exited'));
    let waiter: Waiter | undefined;
    const promise = new Promise<Arrival>((resolve, reject) => {
      waiter = { uri, version, resolve, reject };
      this.waiters.add(waiter);
    });
    return withDeadline(promise, timeoutMs, `diagnostics for ${uri} version ${version}`).finally(() => {
      if (waiter) this.waiters.delete(waiter);
    });
  }

  /** Sends `didOpen` (version 1) and resolves when the notification is written. */
  async open(uri: string, text: string): Promise<number> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text } });
    return 1;
  }

  /**
   * Sends incremental changes; returns the new version at once, before the write completes, so
   * that the caller can wait for its diagnostics in the same turn. A failed write needs no
   * handling here: the server has gone, and every wait for it fails with the reason.
   */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): { version: number } {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes }).catch(() => undefined);
    return { version };
  }

  /**
   * Pulls the diagnostics of `uri`, naming the last report the client holds, as VS Code does right
   * after sending a change; the time is taken in the response handler.
   */
  async pull(uri: string, previousResultId: string | undefined, timeoutMs: number): Promise<PulledReport> {
    const params = { textDocument: { uri }, ...(previousResultId === undefined ? {} : { previousResultId }) };
    const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', params, timeoutMs);
    return { report, at: performance.now() };
  }

  /** A request with a deadline. */
  request<R>(method: string, params: unknown, timeoutMs: number): Promise<R> {
    return withDeadline(this.connection.sendRequest<R>(method, params), timeoutMs, `the ${method} response`);
  }

  /**
   * The server's peak resident set (VmHWM) and current one (VmRSS) in MiB, from /proc (Linux
   * only; undefined elsewhere or after the process ended).
   */
  memory(): { peakMiB: number; currentMiB: number } | undefined {
    if (this.pid === undefined || this.exited) return undefined;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
      const peak = kib('VmHWM');
      const current = kib('VmRSS');
      if (Number.isNaN(peak)) return undefined;
      return { peakMiB: peak / 1024, currentMiB: current / 1024 };
    } catch {
      return undefined;
    }
  }

  /**
   * Shuts the server down politely (so that `--cpu-prof` can write its profile) and waits for the
   * process to end; kills it when it does not end within `timeoutMs`. Never throws.
   */
  async stop(timeoutMs = 15_000): Promise<void> {
    if (!this.exited) {
      try {
        await this.request('shutdown', undefined, timeoutMs);
        await this.connection.sendNotification('exit');
        await withDeadline(this.exitedPromise, timeoutMs, 'the server to exit');
      } catch {
        // Busy, hung or already gone: kill below.
      }
    }
    this.kill();
  }

  /** Kills the server at once (no profile is written) and closes the connection. */
  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
    running.delete(this.child);
    this.connection.dispose();
  }
}
