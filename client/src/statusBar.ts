import * as vscode from 'vscode';
import { DidChangeTextDocumentNotification, type LanguageClient } from 'vscode-languageclient/node';

/** What the server's `minutes/documentStats` request answers (see server/src/core/features/stats.ts). */
interface DocumentStats {
  readonly actions: number;
  readonly withoutAssignee: number;
}

const STATS_REQUEST = 'minutes/documentStats';

/** The status bar item, and what it shows right now. */
export interface ActionsStatusBar extends vscode.Disposable {
  /**
   * The item's text as shown, without its icon ("2 actions · 1 without owner"), or `undefined`
   * while the item is hidden (no minutes file is active, or the server has not answered).
   * VS Code offers no way to read a status bar item, so this is how tests and scripts see it.
   */
  currentText(): string | undefined;
}

/**
 * The status bar item for the active minutes file: "5 uppdrag · 1 utan ansvarig". It asks the
 * server for the counts whenever the active editor changes, its diagnostics change, or a change
 * of its text has been sent to the server — the last because diagnostics are pulled, and after a
 * keystroke that adds an action without changing any diagnostic they do not change at all. Asking
 * once the change is sent keeps the request behind it on the connection, so the counts are those
 * of the new text. The item opens the Problems view when clicked.
 */
export function createStatusBar(client: LanguageClient): ActionsStatusBar {
  const item = vscode.window.createStatusBarItem('minutes.actions', vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Minutes: actions');
  item.command = 'workbench.actions.view.problems';
  let pending = 0;
  /** What the item shows (without the icon) while it is visible. */
  let shown: string | undefined;
  const hide = () => {
    shown = undefined;
    item.hide();
  };

  const update = async () => {
    // Every update takes a ticket, so an answer still on its way cannot show the item again
    // after a later update hid it.
    const ticket = ++pending;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'minutes') {
      hide();
      return;
    }
    // While the server restarts the request fails; the next change updates the item.
    const stats = await client
      .sendRequest<DocumentStats | null>(STATS_REQUEST, { uri: editor.document.uri.toString() })
      .catch(() => null);
    // A newer update started while this one waited: it wins.
    if (ticket !== pending) return;
    if (!stats) {
      hide();
      return;
    }
    shown = statusText(stats);
    item.text = `$(checklist) ${shown}`;
    item.tooltip = vscode.l10n.t('Action items in this meeting. Click to open the Problems view.');
    item.backgroundColor = stats.withoutAssignee > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };

  const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    client.getFeature(DidChangeTextDocumentNotification.method).onNotificationSent((event) => {
      if (isActive(event.textDocument.uri)) void update();
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) void update();
    }),
  ];
  void update();
  const disposable = vscode.Disposable.from(...subscriptions);
  return { dispose: () => disposable.dispose(), currentText: () => shown };
}

/** "5 actions · 1 without owner" in the display language; the second part only when it is not zero. */
export function statusText(stats: DocumentStats): string {
  const actions = stats.actions === 1 ? vscode.l10n.t('1 action') : vscode.l10n.t('{0} actions', stats.actions);
  if (stats.withoutAssignee === 0) return actions;
  return `${actions} · ${vscode.l10n.t('{0} without owner', stats.withoutAssignee)}`;
}
