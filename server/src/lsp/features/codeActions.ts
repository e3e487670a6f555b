import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { codeActions, RENUMBER_SOURCE_KIND } from '../../core/features/codeActions';
import type { Feature } from '../context';
import { toLspDiagnostic } from '../convert';
import { workspaceEdit } from '../textEdits';

/**
 * `textDocument/codeAction`: the core's quick fixes for the diagnostics in the requested range,
 * and the source action `source.minutes.renumber`. Each action carries its edit directly, so no
 * second round trip is needed. The diagnostics are the server's own (recomputed for the current
 * version), converted the same way as when they were published, so editors match them up.
 */
export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_SOURCE_KIND] } },
  register({ connection, store }) {
    connection.onCodeAction((params): CodeAction[] => {
      const uri = params.textDocument.uri;
      const analysis = store.analysis(uri);
      if (!analysis) return [];
      const span = { start: analysis.lineIndex.offsetAt(params.range.start), end: analysis.lineIndex.offsetAt(params.range.end) };
      return codeActions(analysis, span, params.context.only ? { only: params.context.only } : {}).map((action) => ({
        title: action.title,
        kind: action.kind,
        ...(action.diagnostics.length > 0 ? { diagnostics: action.diagnostics.map(toLspDiagnostic) } : {}),
        ...(action.isPreferred ? { isPreferred: true } : {}),
        edit: workspaceEdit(uri, analysis, action.edits),
      }));
    });
  },
};
