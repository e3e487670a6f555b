/**
 * A real LSP client for protocol tests: it starts the built server (`dist/server.cjs --stdio`) as
 * a child process and speaks JSON-RPC to it over stdio, as an editor does. Tests wait for
 * conditions with a deadline (`waitFor`), never with a fixed sleep.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport, InitializeParams, InitializeResult, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { root } from '../helpers/expect';

const serverBundle = join(root, 'dist', 'server.cjs');

/** `npm test` builds dist/ before mocha; running mocha alone builds the server bundle if it is missing. */
export function ensureServerBuilt(): void {
  if (existsSync(serverBundle)) return;
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'server'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the server failed:\n${result.stdout}${result.stderr}`);
}

/** Polls `condition` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | undefined | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface StartOptions {
  readonly locale?: string;
  /** Settings the client answers `workspace/configuration` with (the `minutes` section). */
  readonly settings?: unknown;
  /** Workspace folders (`file:` URIs) to open, for the workspace index; none when absent. */
  readonly workspaceFolders?: readonly string[];
  /**
   * Declare pull diagnostics (`textDocument/diagnostic`, with `workspace/diagnostic/refresh`), as
   * VS Code does: the server then answers `diagnostics()` instead of publishing.
   */
  readonly pullDiagnostics?: boolean;
  /** What the client sends as `initializationOptions` (VS Code sends `{ storagePath }`). */
  readonly initializationOptions?: unknown;
}

/** A running server and a client connected to it. */
export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times the server asked to pull every document's diagnostics again. */
  refreshRequests = 0;
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private stderr = '';
  initializeResult: InitializeResult | undefined;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
    });
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    ensureServerBuilt();
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: 'pipe', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => options.settings ?? {}));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      client.refreshRequests++;
      return null;
    });
    connection.listen();
    const params: InitializeParams = {
      processId: process.pid,
      rootUri: null,
      ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders.map((uri) => ({ uri, name: uri.split('/').pop() ?? uri })) } : {}),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: { publishDiagnostics: {}, ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}) },
      },
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    };
    client.initializeResult = await connection.sendRequest('initialize', params);
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Output the server wrote to stderr, for failure messages. */
  get serverLog(): string {
    return this.stderr;
  }

  /** The server's process id (the fuzzer reads its CPU time from /proc). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  }

  /** Sends incremental changes; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Waits until diagnostics for `uri` at `version` (or any, when omitted) satisfy `accept`. */
  async diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, version?: number, timeoutMs = 5000): Promise<Diagnostic[]> {
    return waitFor(
      () => {
        const published = this.diagnostics.get(uri);
        if (!published || (version !== undefined && published.version !== version)) return undefined;
        return accept(published.diagnostics) ? published.diagnostics : undefined;
      },
      timeoutMs,
      `diagnostics for ${uri}`,
    );
  }

  /** Pulls the diagnostics of `uri` (`textDocument/diagnostic`), naming the last report the client holds. */
  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId === undefined ? {} : { previousResultId }) });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shuts the server down politely and waits for the process to end. */
  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await waitFor(() => this.exited, 5000, 'the server to exit').catch(() => this.child.kill());
    this.connection.dispose();
  }
}
