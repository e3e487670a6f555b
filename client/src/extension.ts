/**
 * The VS Code extension: it starts the minutes language server (`dist/server.cjs`) in a Node
 * process of its own, connects it to `minutes` documents, and adds what only the editor can
 * show: the status bar item and the palette commands. Every language feature lives in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { createActionsView, type ActionsTreeSnapshot } from './actions/actionsView';
import { registerCommands } from './commands';
import { registerNewMeetingCommand } from './newMeeting';
import { registerExportCommands } from './export/exportCommands';
import type { ExportUi } from './export/exportUi';
import { PreviewManager } from './preview/previewManager';
import type { PreviewState } from './preview/previewPanel';
import { createStatusBar } from './statusBar';
import { SERVER_NODE_OPTIONS } from '../../server/src/lsp/nodeOptions';

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
  /**
   * For tests: the HTML of the rendered minutes (the `<article class="minutes">` fragment) last
   * sent to the preview of the document `uri`, or `undefined` when that document has no preview.
   * A webview's content cannot be read through VS Code's API.
   */
  previewHtml(uri: vscode.Uri): string | undefined;
  /**
   * For tests and measurements: what the preview of `uri` has done — updates sent, the time from
   * the last change to its rendering being sent, the source line it was last scrolled to.
   */
  previewState(uri: vscode.Uri): PreviewState | undefined;
  /**
   * For tests: what the "Actions" tree view shows after asking the server again — its groups with
   * each action's label, description and state, and the badge. A tree view cannot be read through
   * VS Code's API.
   */
  actionsTree(): Promise<ActionsTreeSnapshot>;
  /**
   * For tests: handles `message` as if the preview of `uri` had posted it — `{ type: 'revealLine',
   * line }` when the preview is scrolled, `{ type: 'openLine', line }` on a double-click. False
   * when `uri` has no preview.
   */
  previewMessage(uri: vscode.Uri, message: unknown): boolean;
  /** For tests: restores a preview from the state its page saved, as after a window reload. */
  restorePreview(state: unknown): Promise<void>;
  /**
   * For tests: who answers the exports' save dialog, "Replace?" question and "Open / Reveal"
   * notification; `undefined` gives them back to VS Code's dialogs.
   */
  answerExportQuestions(ui: ExportUi | undefined): void;
}

export async function activate(context: vscode.ExtensionContext): Promise<MinutesApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    // Started from the Extension Development Host, the server waits for a debugger on port 6009.
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009', ...SERVER_NODE_OPTIONS] } },
  };
  const output = vscode.window.createOutputChannel('Minutes', { log: true });
  // The preview's serializer is registered before anything is awaited: VS Code restores previews
  // (`onWebviewPanel:minutes.preview`) as soon as activation has registered it.
  const knownMembers = () => vscode.workspace.getConfiguration('minutes').get<string[]>('members', []);
  const previewAndExportHost = { extensionUri: context.extensionUri, knownMembers, log: (message: string) => output.warn(message) };
  const previews = new PreviewManager(previewAndExportHost);
  let exportUi: ExportUi | undefined;
  context.subscriptions.push(
    previews,
    registerExportCommands({ ...previewAndExportHost, activePreviewSource: () => previews.activeSource(), ui: () => exportUi }),
  );
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    outputChannel: output,
    // The server asks for the `minutes` section itself (workspace/configuration) and is told when it changes.
    synchronize: { configurationSection: 'minutes' },
    // Diagnostics are pulled: on opening a document (always), after each change, and when the
    // server says they are all out of date. After most keystrokes the server's answer is
    // "unchanged", a few bytes, where a push would carry every diagnostic of the document.
    diagnosticPullOptions: { onChange: true },
    // The workspace's own storage folder (none without a folder open): the server keeps the
    // summaries of the workspace's minutes there, and a reopened workspace reads only changed files.
    initializationOptions: { storagePath: context.storageUri?.fsPath },
  };
  // The id `minutes` makes the client honour the `minutes.trace.server` setting.
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  await client.start();
  const statusBar = createStatusBar(client);
  const actionsView = createActionsView(client, context.workspaceState);
  context.subscriptions.push(output, registerCommands(client, output), statusBar, actionsView, registerNewMeetingCommand(client));
  return {
    client,
    statusBarText: () => statusBar.currentText(),
    previewHtml: (uri) => previews.html(uri),
    previewState: (uri) => previews.state(uri),
    actionsTree: () => actionsView.snapshot(),
    previewMessage: (uri, message) => previews.receive(uri, message),
    restorePreview: (state) => previews.restoreFromState(state),
    answerExportQuestions: (ui) => {
      exportUi = ui;
    },
  };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
