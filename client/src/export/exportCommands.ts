/**
 * "Minutes: Export to HTML / PDF / Word / Markdown". Each command asks where to save (the save
 * dialog, which itself asks before replacing a file), renders the document — its text as in the
 * editor, unsaved changes included — with `exportMinutes` (server/src/export) behind a progress
 * notification, writes the file safely and offers to open it or show it in its folder.
 *
 * The commands take two optional arguments: the minutes file (a URI; menus pass it, otherwise the
 * active minutes editor's document, or the document of the focused preview, is exported) and the target file (a URI). With a target the
 * dialog is skipped — for scripts and the end-to-end tests — and an existing file is replaced
 * only after the user confirms. Each command resolves to the written file's URI, or `undefined`
 * when nothing was written.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analyzeMinutes } from '../../../server/src/core/index';
import { defaultExportPath, EXPORT_FORMATS, type ExportFormatInfo } from './exportFormats';
import { windowUi, type ExportUi } from './exportUi';
import { FileExistsError, writeExport } from './writeExport';

/** What the export commands need from the extension. */
export interface ExportHost {
  /** Names that count as known assignees (the `minutes.members` setting). */
  knownMembers(): readonly string[];
  /** Writes a line to the Minutes output channel. */
  log(message: string): void;
  /** The document of the minutes preview that has the focus, if one has. */
  activePreviewSource(): vscode.Uri | undefined;
  /** Who answers the export's questions; VS Code's dialogs when absent. */
  ui?(): ExportUi | undefined;
}

/** Registers the four export commands. */
export function registerExportCommands(host: ExportHost): vscode.Disposable {
  return vscode.Disposable.from(
    ...EXPORT_FORMATS.map((info) =>
      vscode.commands.registerCommand(info.command, (source?: unknown, target?: unknown) => exportCommand(host, info, source, target)),
    ),
  );
}

async function exportCommand(host: ExportHost, info: ExportFormatInfo, sourceArg: unknown, targetArg: unknown): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const source =
    sourceArg instanceof vscode.Uri
      ? sourceArg
      : editor?.document.languageId === 'minutes'
        ? editor.document.uri
        : host.activePreviewSource();
  if (!source) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a minutes file to export it.'));
    return undefined;
  }
  const ui = host.ui?.() ?? windowUi;
  let target: vscode.Uri | undefined = targetArg instanceof vscode.Uri ? targetArg : undefined;
  // The save dialog asks before it returns an existing file, so its answer is the user's consent.
  let overwrite = false;
  if (!target) {
    target = await ui.saveDialog({
      defaultUri: source.with({ path: defaultExportPath(source.path, info.extension), query: '', fragment: '' }),
      filters: { [info.label]: [info.extension] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export the minutes to {0}', info.label),
    });
    if (!target) return undefined;
    overwrite = true;
  }
  const name = path.posix.basename(target.path);
  try {
    const document = await vscode.workspace.openTextDocument(source);
    const written = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting {0} to {1}…', path.posix.basename(source.path), info.label) },
      async () => {
        const analysis = analyzeMinutes(document.getText(), { knownMembers: host.knownMembers() });
        // Loaded on first use: the PDF and Word writers (with the PDF font) are most of the
        // extension's code, and only an export needs them.
        const { exportMinutes } = await import('../../../server/src/export/exportMinutes');
        const data = await exportMinutes(analysis, info.format);
        return writeWithConsent(ui, target, data, overwrite);
      },
    );
    if (!written) return undefined;
    void announce(ui, info, target, name).catch((error: unknown) => host.log(`after the export of ${name}: ${String(error)}`));
    return target;
  } catch (error) {
    host.log(`export of ${source.toString()} to ${target.toString()} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the minutes to {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** Writes; when the file exists and nobody has agreed to replace it yet, asks first. False when the user declined. */
async function writeWithConsent(ui: ExportUi, target: vscode.Uri, data: Uint8Array, overwrite: boolean): Promise<boolean> {
  try {
    await writeExport(target, data, overwrite);
    return true;
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    const replace = vscode.l10n.t('Replace');
    const agreed = await ui.confirmReplace(vscode.l10n.t('{0} already exists. Do you want to replace it?', path.posix.basename(target.path)), replace);
    if (!agreed) return false;
    await writeExport(target, data, true);
    return true;
  }
}

/** The completion message, with "Open" and "Reveal". */
async function announce(ui: ExportUi, info: ExportFormatInfo, target: vscode.Uri, name: string): Promise<void> {
  const open = vscode.l10n.t('Open');
  const reveal = vscode.l10n.t('Reveal');
  const choice = await ui.announce(vscode.l10n.t('The minutes were exported to {0}.', name), [open, reveal]);
  if (choice === open) {
    // Markdown opens as text in the editor; HTML, PDF and Word in the program the system has for them.
    if (info.format === 'md') await vscode.window.showTextDocument(target);
    else await vscode.env.openExternal(target);
  } else if (choice === reveal) {
    const desktop = vscode.env.uiKind === vscode.UIKind.Desktop && target.scheme === 'file';
    await vscode.commands.executeCommand(desktop ? 'revealFileInOS' : 'revealInExplorer', target);
  }
}
