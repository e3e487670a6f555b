import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { DocumentStore } from './documentStore';
import { EditTracker } from './editTracker';
import { features } from './features';
import { resolveLocale } from './locale';
import { readSettings } from './settings';
import { routeConsole } from './transport/routeConsole';
import { messageEncoder } from './transport/messageEncoder';
import { today } from './workspace/today';
import { WorkspaceIndex } from './workspace/workspaceIndex';

/**
 * Creates the minutes language server on a connection chosen from the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>`) and registers every feature. Nothing is read or
 * written until `listen()` is called on the result.
 */
export function createServer(): Connection {
  const connection = openConnection();
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
    // Features see the client's capabilities first: some offer theirs only to clients that can use them.
    for (const feature of features) feature.initialize?.(params);
    let capabilities: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    for (const feature of features) capabilities = { ...capabilities, ...feature.capabilities };
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

/**
 * The connection the command line asks for. Over stdio the server writes with its own encoder
 * (`transport/messageEncoder.ts`: the same bytes, made faster for diagnostics), and, as
 * vscode-languageserver does for stdio, sends what anything prints to `console` to the client's
 * log rather than into the protocol stream. Every other transport is vscode-languageserver's own.
 */
function openConnection(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: messageEncoder });
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
  // As vscode-languageserver does for a stdio connection it opens: when the client goes away,
  // so does the server, with status 0 only after a `shutdown` request.
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const exit = () => process.exit(shutDown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  routeConsole(connection);
  return connection;
}
