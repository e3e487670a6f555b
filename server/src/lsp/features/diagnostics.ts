import type { Diagnostic, InitializeParams, ServerCapabilities } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { toLspDiagnostic } from '../convert';
import { DiagnosticReports } from '../diagnosticReports';
import { isTooLarge, tooLargeDiagnostic } from '../sizeLimit';

/**
 * Diagnostics, pushed or pulled as the client prefers.
 *
 * A client that can pull (`textDocument.diagnostic` among its capabilities: VS Code, Neovim 0.10
 * and later) asks for a document's diagnostics when it wants them, and the server tells it when
 * all of them are out of date (settings or the workspace's members changed) with
 * `workspace/diagnostic/refresh`. Its answers say "unchanged" when nothing changed since the
 * client's last report (`diagnosticReports.ts`), which is the case after most keystrokes.
 *
 * Any other client gets every diagnostic of a document pushed (`textDocument/publishDiagnostics`)
 * after each change, and again for every open document when settings change. The server never
 * does both: an editor that got both would show each diagnostic twice.
 */
export function diagnosticsFeature(): Feature {
  let pull = false;
  let refreshSupport = false;
  const reports = new DiagnosticReports();
  return {
    get capabilities(): ServerCapabilities {
      // Other files matter through the members the workspace index learns from them, and a change
      // of those is announced with a refresh; so the client need not pull every visible file again
      // after each keystroke in another (which is what `interFileDependencies` asks for).
      return pull ? { diagnosticProvider: { identifier: 'minutes', interFileDependencies: false, workspaceDiagnostics: false } } : {};
    },
    initialize(params: InitializeParams) {
      pull = params.capabilities.textDocument?.diagnostic !== undefined;
      refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    },
    register(context: ServerContext) {
      const { connection, store } = context;
      const publish = (uri: string) => {
        const document = store.documents.get(uri);
        if (document) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(context, uri) });
      };
      store.documents.onDidChangeContent((event) => {
        // onDidChangeContent fires for the opening of a document as well as for every edit. A
        // pulling client sends its request right after an edit: updating the analysis now, while
        // that request is still on its way, has the answer ready sooner.
        if (!pull) publish(event.document.uri);
        else store.refresh(event.document.uri);
      });
      store.documents.onDidClose((event) => {
        store.forget(event.document.uri);
        reports.forget(event.document.uri);
        if (!pull) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
      });
      store.onSettingsChanged = () => {
        if (!pull) for (const document of store.documents.all()) publish(document.uri);
        else if (refreshSupport) void connection.languages.diagnostics.refresh();
      };
      connection.languages.diagnostics.on((params) => reports.report(params.textDocument.uri, diagnosticsOf(context, params.textDocument.uri), params.previousResultId));
    },
  };
}

/** The diagnostics of an open document: its analysis', or the one saying it is too large to analyse. */
function diagnosticsOf({ store }: ServerContext, uri: string): Diagnostic[] {
  const document = store.documents.get(uri);
  if (!document) return [];
  const { length } = document;
  const { maxDocumentSize } = store.currentSettings;
  if (isTooLarge(length, maxDocumentSize)) return [tooLargeDiagnostic(length, maxDocumentSize, store.locale)];
  return store.analysis(uri)?.diagnostics.map(toLspDiagnostic) ?? [];
}
