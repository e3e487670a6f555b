import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FileExistsError, writeFileSafely } from '../../server/src/node/safeWrite';
import { NEXT_MEETING_REQUEST, type NextMeetingResult } from './actions/protocol';

export const NEW_MEETING_COMMAND = 'minutes.newMeetingFromPrevious';

/** Arguments for scripts and tests; from the palette the command takes none. */
export interface NewMeetingArguments {
  /** A minutes file of the series, or its folder; the active minutes file when absent. */
  readonly from?: string;
  /** The new meeting's date, `YYYY-MM-DD`; asked for (today proposed) when absent. */
  readonly date?: string;
  /** Open the new file in an editor (the default). */
  readonly open?: boolean;
}

/**
 * "Minutes: New Meeting from Previous": writes the next meeting of the active file's series — the
 * server composes it from the index (header, attendees, standing items, the follow-up of every
 * open action) — into the same folder, named by date, and opens it. It never replaces a file: the
 * server picks a free name and the write refuses an existing one (`writeFileSafely`). Returns the
 * new file's URI, or undefined when nothing was written.
 */
export function registerNewMeetingCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_MEETING_COMMAND, async (argument?: NewMeetingArguments | vscode.Uri): Promise<vscode.Uri | undefined> => {
    // From the Explorer's context menu the argument is the file clicked.
    const args: NewMeetingArguments | undefined = argument instanceof vscode.Uri ? { from: argument.toString() } : argument;
    const from = args?.from ?? activeMinutes();
    if (!from) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a minutes file of the series to start its next meeting from.'));
      return undefined;
    }
    let date = args?.date;
    if (date === undefined) {
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      date = await vscode.window.showInputBox({
        title: vscode.l10n.t('New meeting from previous'),
        prompt: vscode.l10n.t('Date of the new meeting (YYYY-MM-DD)'),
        value: today,
        validateInput: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD.')),
      });
      if (date === undefined) return undefined;
    }
    const standingItems = vscode.workspace.getConfiguration('minutes').get<string[]>('standingItems', []);
    const result = await client.sendRequest<NextMeetingResult>(NEXT_MEETING_REQUEST, { uri: from, date: date.trim(), standingItems });
    if ('error' in result) {
      void vscode.window.showErrorMessage(
        result.error === 'badDate' ? vscode.l10n.t('{0} is not a date.', date) : vscode.l10n.t('There are no minutes in that folder to start from (is it inside the workspace?).'),
      );
      return undefined;
    }
    const target = vscode.Uri.parse(result.uri);
    try {
      await writeFileSafely(target.fsPath, result.text, { overwrite: false });
    } catch (error) {
      const message = error instanceof FileExistsError ? vscode.l10n.t('{0} already exists; nothing was written.', result.fileName) : vscode.l10n.t('Could not write {0}: {1}', result.fileName, String(error));
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
    if (args?.open !== false) await vscode.window.showTextDocument(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('Created {0} with {1} open actions to follow up.', result.fileName, result.openActions));
    return target;
  });
}

function activeMinutes(): string | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'minutes' && document.uri.scheme === 'file' ? document.uri.toString() : undefined;
}
