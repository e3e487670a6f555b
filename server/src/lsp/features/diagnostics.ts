import type { Feature } from '../context';
import { toLspDiagnostic } from '../convert';
import { isTooLarge, tooLargeDiagnostic } from '../sizeLimit';

/**
 * Publishes diagnostics for every open document after each change, and again for all of them
 * when settings change.
 */
export const diagnosticsFeature: Feature = {
  register({ connection, store }) {
    const publish = (uri: string) => {
      const document = store.documents.get(uri);
      if (!document) return;
      const { length } = document;
      const { maxDocumentSize } = store.currentSettings;
      const analysis = store.analysis(uri);
      const diagnostics = isTooLarge(length, maxDocumentSize) ? [tooLargeDiagnostic(length, maxDocumentSize, store.locale)] : analysis ? analysis.diagnostics.map(toLspDiagnostic) : [];
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    };
    // onDidChangeContent fires for the opening of a document as well as for every edit.
    store.documents.onDidChangeContent((event) => publish(event.document.uri));
    store.documents.onDidClose((event) => {
      store.forget(event.document.uri);
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    store.onSettingsChanged = () => {
      for (const document of store.documents.all()) publish(document.uri);
    };
  },
};
