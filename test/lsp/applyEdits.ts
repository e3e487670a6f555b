import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

/** `text` with LSP text edits applied, as an editor applies them (by the LSP text-document library). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///applied', 'minutes', 0, text), [...edits]);
}

/** The edits a workspace edit makes to `uri`, in either of the two shapes LSP allows. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? change.edits.filter((e): e is TextEdit => 'range' in e && 'newText' in e) : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}
