/**
 * The VS Code extension: it starts the minutes language server (`dist/server.cjs`) in a Node
 * process of its own, connects it to `minutes` documents, and adds what only the editor can
 * show: the status bar item and the palette commands. Every language feature lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/**
 * What `activate` returns (`vscode.extensions.getExtension('minutes-team.minutes').exports`):
 * for the end-to-end tests and for scripting the editor, not a stable public API.
 */
export interface MinutesApi {
  /** The running language client. */
  readonly client: LanguageClient;
  /**
   * The text of the actions status bar item as shown, without its icon — "2 actions · 1 without
   * owner", in the display language — or `undefined` while it is hidden. For tests and scripting:
   * VS Code itself offers no way to read a status bar item.
   */
  statusBarText(): string | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<MinutesApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // Started from the Extension Development Host, the server waits for a debugger on port 6009.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('Minutes', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    outputChannel: output,
    // The server asks for the `minutes` section itself (workspace/configuration) and is told when it changes.
    synchronize: { configurationSection: 'minutes' },
  };
  // The id `minutes` makes the client honour the `minutes.trace.server` setting.
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  await client.start();
  const statusBar = createStatusBar(client);
  context.subscriptions.push(output, registerCommands(client, output), statusBar);
  return { client, statusBarText: () => statusBar.currentText() };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
