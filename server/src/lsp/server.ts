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
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';
import { DocumentStore } from './documentStore';
import { features } from './features';
import { resolveLocale } from './locale';
import { readSettings } from './settings';

/**
 * Creates the minutes language server on a connection chosen from the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>`) and registers every feature. Nothing is read or
 * written until `listen()` is called on the result.
 */
export function createServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const store = new DocumentStore(documents, (message) => connection.console.error(message));
  const context: ServerContext = { connection, store };
  let pullsConfiguration = false;

  connection.onInitialize((params): InitializeResult => {
    store.setLocale(resolveLocale(params.locale));
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    // Clients that cannot be asked for settings may pass them at start.
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) store.setSettings(readSettings(initial));
    let capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of features) capabilities = { ...capabilities, ...feature.capabilities };
    return { capabilities, serverInfo: { name: 'minutes-language-server' } };
  });

  connection.onInitialized(async () => {
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
