/**
 * The VS Code extension: it starts the minutes language server (`dist/server.cjs`) in a Node
 * process of its own and connects it to `minutes` documents. Every feature lives in the server;
 * this file only starts and stops it.
 */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    // Started from the Extension Development Host, the server waits for a debugger on port 6009.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    outputChannelName: 'Minutes',
  };
  // The id `minutes` makes the client honour the `minutes.trace.server` setting.
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
