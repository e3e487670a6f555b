import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import { highlightsAt } from '../../core';
import type { Feature } from '../context';

/** `textDocument/documentHighlight`: the occurrences of the person or item number under the cursor; the definition is a write. */
export const documentHighlightFeature: Feature = {
  capabilities: { documentHighlightProvider: true },
  register({ connection, store }) {
    connection.onDocumentHighlight((params): DocumentHighlight[] => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      return highlightsAt(analysis, analysis.lineIndex.offsetAt(params.position)).map((h) => ({
        range: analysis.lineIndex.rangeOf(h.span),
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });
  },
};
