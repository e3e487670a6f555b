import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis } from '../core';
import type { TextEdit } from '../core/features/textEdit';

/** Core edits (offsets) as LSP text edits (positions); the core counts UTF-16 units as LSP does. */
export function toLspTextEdits(analysis: Analysis, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: analysis.lineIndex.rangeOf(edit.span), newText: edit.newText }));
}

/** A workspace edit that changes one document. */
export function workspaceEdit(uri: string, analysis: Analysis, edits: readonly TextEdit[]): WorkspaceEdit {
  return { changes: { [uri]: toLspTextEdits(analysis, edits) } };
}
