import type { Location } from 'vscode-languageserver';
import { referencesAt } from '../../core';
import type { Feature } from '../context';
import { personElsewhere, personKeyAt } from '../workspace/crossFile';

/**
 * `textDocument/references`: every occurrence of a person or an item number in the document and,
 * for a person, in every other minutes file of the workspace that names them.
 */
export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(context) {
    const { connection, store } = context;
    connection.onReferences(async (params): Promise<Location[]> => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return [];
      const offset = analysis.lineIndex.offsetAt(params.position);
      const spans = referencesAt(analysis, offset, params.context.includeDeclaration);
      const locations: Location[] = spans.map((span) => ({ uri: params.textDocument.uri, range: analysis.lineIndex.rangeOf(span) }));
      const key = personKeyAt(analysis, offset);
      if (key === undefined) return locations;
      for (const other of await personElsewhere(context, params.textDocument.uri, key)) {
        for (const occurrence of other.person.occurrences) {
          if (!params.context.includeDeclaration && occurrence.isDefinition) continue;
          locations.push({ uri: other.uri, range: other.analysis.lineIndex.rangeOf(occurrence.span) });
        }
      }
      return locations;
    });
  },
};
