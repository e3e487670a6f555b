import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The server's own command that renumbers the items of one document (workspace/executeCommand). */
export const SERVER_RENUMBER_COMMAND = 'minutes.server.renumberItems';

/**
 * The palette commands of the extension, category "Minutes". Each works on the active minutes
 * editor; the language work itself is done by the server.
 */
export function registerCommands(client: LanguageClient, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('minutes.renumberItems', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'minutes') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a minutes file to renumber its items.'));
        return;
      }
      await vscode.commands.executeCommand(SERVER_RENUMBER_COMMAND, editor.document.uri.toString());
    }),
    vscode.commands.registerCommand('minutes.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('minutes.restartServer', async () => {
      await client.restart();
      void vscode.window.showInformationMessage(vscode.l10n.t('The minutes language server was restarted.'));
    }),
  );
}
