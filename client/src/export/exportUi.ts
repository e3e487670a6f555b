/**
 * The three questions an export asks the user: where to save, whether to replace an existing
 * file, and what to do with the written file. VS Code's dialogs by default; the end-to-end tests
 * answer them through `MinutesApi.answerExportQuestions`, as a modal dialog cannot be clicked
 * from the extension host.
 */
import * as vscode from 'vscode';

export interface ExportUi {
  /** The save dialog; `undefined` when the user cancelled. It asks itself before returning an existing file. */
  saveDialog(options: vscode.SaveDialogOptions): Thenable<vscode.Uri | undefined>;
  /** Asks whether `name`, which exists, may be replaced; the label of the button that says yes is `replace`. */
  confirmReplace(message: string, replace: string): Thenable<boolean>;
  /** Says the export is done and offers `choices`; resolves to the one chosen, if any. */
  announce(message: string, choices: readonly string[]): Thenable<string | undefined>;
}

/** VS Code's own dialogs and notifications. */
export const windowUi: ExportUi = {
  saveDialog: (options) => vscode.window.showSaveDialog(options),
  confirmReplace: async (message, replace) => (await vscode.window.showWarningMessage(message, { modal: true }, replace)) === replace,
  announce: (message, choices) => vscode.window.showInformationMessage(message, ...choices),
};
