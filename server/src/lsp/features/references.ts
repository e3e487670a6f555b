import type { Location } from 'vscode-languageserver';
import { referencesAt } from '../../core';
import type { Feature } from '../context';

/** `textDocument/references`: every occurrence of a person or an item number in the document. */
export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, store }) {
    connection.onReferences((params): Location[] => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      const offset = analysis.lineIndex.offsetAt(params.position);
      const spans = referencesAt(analysis, offset, params.context.includeDeclaration);
      return spans.map((span) => ({ uri: params.textDocument.uri, range: analysis.lineIndex.rangeOf(span) }));
    });
  },
};
