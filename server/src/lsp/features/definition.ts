import type { Location } from 'vscode-languageserver';
import { definitionAt } from '../../core';
import type { Feature } from '../context';

/** `textDocument/definition`: from a person's name to their attendance line, from an item number to the item. */
export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, store }) {
    connection.onDefinition((params): Location[] => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      const spans = definitionAt(analysis, analysis.lineIndex.offsetAt(params.position));
      return spans.map((span) => ({ uri: params.textDocument.uri, range: analysis.lineIndex.rangeOf(span) }));
    });
  },
};
