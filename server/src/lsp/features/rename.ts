import { LSPErrorCodes, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, renameEdits } from '../../core';
import type { Feature } from '../context';
import { toLspTextEdits } from '../textEdits';
import { personElsewhere, personKeyAt } from '../workspace/crossFile';

/**
 * `textDocument/prepareRename` and `textDocument/rename` for people, across every minutes file of
 * the workspace that names the person: one `WorkspaceEdit` with the changes of every file, which
 * the editor can preview before applying. Each file is renamed by the same rules as the document
 * itself (first names stay first names unless that would be ambiguous there). A refused rename
 * (empty or multi-line name, another attendee's name — in this file or any other) answers with
 * an error whose message, in the user's language, the editor shows as it is.
 */
export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(context) {
    const { connection, store } = context;
    connection.onPrepareRename((params): { range: Range; placeholder: string } | null => {
      const analysis = store.analysis(params.textDocument.uri);
      const prepared = analysis && prepareRename(analysis, analysis.lineIndex.offsetAt(params.position));
      return analysis && prepared ? { range: analysis.lineIndex.rangeOf(prepared.span), placeholder: prepared.name } : null;
    });
    connection.onRenameRequest(async (params): Promise<WorkspaceEdit | ResponseError | null> => {
      const uri = params.textDocument.uri;
      const analysis = store.analysis(uri);
      if (!analysis) return null;
      const offset = analysis.lineIndex.offsetAt(params.position);
      const result = renameEdits(analysis, offset, params.newName);
      if ('error' in result) return new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      const changes: NonNullable<WorkspaceEdit['changes']> = { [uri]: toLspTextEdits(analysis, result.edits) };
      const key = personKeyAt(analysis, offset);
      if (key === undefined) return { changes };
      for (const other of await personElsewhere(context, uri, key)) {
        const first = other.person.occurrences[0];
        if (!first) continue;
        const elsewhere = renameEdits(other.analysis, first.span.start, params.newName);
        if ('error' in elsewhere) return new ResponseError(LSPErrorCodes.RequestFailed, elsewhere.error);
        if (elsewhere.edits.length > 0) changes[other.uri] = toLspTextEdits(other.analysis, elsewhere.edits);
      }
      return { changes };
    });
  },
};
