import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../core';
import { diagnose } from './diagnostics';
import { resolveLocale } from './locale';

/**
 * Creates the minutes language server on a connection chosen from the command line
 * (`--stdio`, `--node-ipc`, `--socket=<port>`) and wires its handlers. Nothing is read or
 * written until `listen()` is called on the result.
 */
export function createServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let locale: Lang = resolveLocale(undefined);

  connection.onInitialize((params): InitializeResult => {
    locale = resolveLocale(params.locale);
    return {
      capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      serverInfo: { name: 'minutes-language-server' },
    };
  });

  const publish = (document: TextDocument): void => {
    const diagnostics = diagnose(document, locale, (message) => connection.console.error(message));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  // onDidChangeContent fires for the opening of a document as well as for every edit.
  documents.onDidChangeContent((event) => publish(event.document));
  documents.onDidClose((event) => void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));

  documents.listen(connection);
  return connection;
}
