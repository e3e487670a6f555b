import { LSPErrorCodes, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename, renameEdits } from '../../core';
import type { Feature } from '../context';
import { workspaceEdit } from '../textEdits';

/**
 * `textDocument/prepareRename` and `textDocument/rename` for people. A refused rename (empty or
 * multi-line name, another attendee's name) answers with an error whose message, in the user's
 * language, the editor shows as it is.
 */
export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register({ connection, store }) {
    connection.onPrepareRename((params): { range: Range; placeholder: string } | null => {
      const analysis = store.analysis(params.textDocument.uri);
      const prepared = analysis && prepareRename(analysis, analysis.lineIndex.offsetAt(params.position));
      return analysis && prepared ? { range: analysis.lineIndex.rangeOf(prepared.span), placeholder: prepared.name } : null;
    });
    connection.onRenameRequest((params): WorkspaceEdit | ResponseError | null => {
      const analysis = store.analysis(params.textDocument.uri);
      if (!analysis) return null;
      const result = renameEdits(analysis, analysis.lineIndex.offsetAt(params.position), params.newName);
      if ('error' in result) return new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return workspaceEdit(params.textDocument.uri, analysis, result.edits);
    });
  },
};
