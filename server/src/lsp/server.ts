import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { DocumentStore } from './documentStore';
import { EditTracker } from './editTracker';
import { features } from './features';
import { resolveLocale } from './locale';
import { readSettings } from './settings';
import { today } from './workspace/today';
import { WorkspaceIndex } from './workspace/workspaceIndex';

/**
 * Creates the minutes language server on a connection chosen from the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>`) and registers every feature. Nothing is read or
 * written until `listen()` is called on the result.
 */
export function createServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const edits = new EditTracker();
  const documents = new TextDocuments(edits.configuration);
  const store = new DocumentStore(documents, edits, (message) => connection.console.error(message));
  const workspace = new WorkspaceIndex(today, (message) => connection.console.error(message));
  const context: ServerContext = { connection, store, workspace };
  let pullsConfiguration = false;

  connection.onInitialize((params): InitializeResult => {
    store.setLocale(resolveLocale(params.locale));
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    // Clients that cannot be asked for settings may pass them at start.
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) store.setSettings(readSettings(initial));
    let capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of features) capabilities = { ...capabilities, ...feature.capabilities };
    for (const feature of features) feature.initialize?.(params);
    return { capabilities, serverInfo: { name: 'minutes-language-server' } };
  });

  connection.onInitialized(async () => {
    for (const feature of features) feature.initialized?.();
    if (!pullsConfiguration) return;
    await refreshSettings();
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'minutes' });
  });

  const refreshSettings = async () => {
    try {
      store.setSettings(readSettings(await connection.workspace.getConfiguration('minutes')));
    } catch (error) {
      connection.console.error(`Reading the minutes settings failed: ${String(error)}`);
    }
  };
  connection.onDidChangeConfiguration((change) => {
    if (pullsConfiguration) void refreshSettings();
    else store.setSettings(readSettings((change.settings as { minutes?: unknown } | undefined)?.minutes));
  });

  for (const feature of features) feature.register(context);
  documents.listen(connection);
  return connection;
}
