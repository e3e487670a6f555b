/**
 * The previews of the extension: at most one per document. Registers "Minutes: Open Preview"
 * and "Open Preview to the Side", the serializer that restores previews after a reload, and the
 * editor events that keep each preview up to date and scrolled with its editor.
 */
import * as vscode from 'vscode';
import { MinutesPreview, PREVIEW_VIEW_TYPE, previewWebviewOptions, type PreviewHost, type PreviewState } from './previewPanel';

/** The preview commands (package.json `contributes.commands`). */
export const SHOW_PREVIEW_COMMAND = 'minutes.showPreview';
export const SHOW_PREVIEW_TO_SIDE_COMMAND = 'minutes.showPreviewToSide';

/** What a preview keeps in the webview state (media/preview.js) and gets back after a reload. */
interface SavedPreviewState {
  readonly source?: unknown;
  readonly line?: unknown;
}

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, MinutesPreview>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly host: PreviewHost) {
    this.disposables.push(
      vscode.commands.registerCommand(SHOW_PREVIEW_COMMAND, (uri?: unknown) => this.show(uri, false)),
      vscode.commands.registerCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, (uri?: unknown) => this.show(uri, true)),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.previews.get(event.document.uri.toString())?.documentChanged(event.document, event.contentChanges);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const first = event.visibleRanges[0];
        if (first) this.previews.get(event.textEditor.document.uri.toString())?.editorScrolled(first.start.line);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('minutes.members')) return;
        for (const preview of this.previews.values()) {
          const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === preview.uri.toString());
          if (document) preview.update(document);
        }
      }),
    );
  }

  /** The HTML of the minutes last sent to the preview of `uri`, or `undefined` when it has none. */
  html(uri: vscode.Uri): string | undefined {
    return this.previews.get(uri.toString())?.html;
  }

  /** What the preview of `uri` has done (updates, latency, line), or `undefined` when there is none. */
  state(uri: vscode.Uri): PreviewState | undefined {
    return this.previews.get(uri.toString())?.state;
  }

  /**
   * For tests: handles `message` as if the preview of `uri` had posted it (`revealLine` when the
   * preview is scrolled, `openLine` on a double-click). False when `uri` has no preview.
   */
  receive(uri: vscode.Uri, message: unknown): boolean {
    const preview = this.previews.get(uri.toString());
    preview?.receive(message);
    return preview !== undefined;
  }

  /**
   * For tests: what VS Code does for a preview after a reload — a new panel of the preview's
   * type, handed to the serializer with the state its page saved. A window cannot be reloaded
   * inside the end-to-end run, so this runs the same `restore` on a panel made here.
   */
  async restoreFromState(state: unknown): Promise<void> {
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, previewWebviewOptions(this.host.extensionUri));
    await this.restore(panel, state);
  }

  /** The document of the preview that is the active editor tab, if one is (the exports use it). */
  activeSource(): vscode.Uri | undefined {
    for (const preview of this.previews.values()) if (preview.panel.active) return preview.uri;
    return undefined;
  }

  /**
   * Opens (or reveals) the preview of `target` — a URI passed by a menu, or else the active
   * minutes editor's document — in the active column, or beside it with the focus left in the editor.
   */
  async show(target: unknown, toSide: boolean): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = target instanceof vscode.Uri ? target : editor?.document.languageId === 'minutes' ? editor.document.uri : undefined;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a minutes file to preview it.'));
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.previews.get(uri.toString());
    if (existing) {
      existing.panel.reveal(column, toSide);
      return;
    }
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The file {0} could not be opened: {1}', uri.fsPath || uri.toString(), String(error)));
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      '',
      { viewColumn: column, preserveFocus: toSide },
      previewWebviewOptions(this.host.extensionUri),
    );
    const line = editor?.document.uri.toString() === uri.toString() ? editor.visibleRanges[0]?.start.line : undefined;
    this.adopt(panel, uri).load(document, line);
  }

  /** VS Code restores a preview after a reload; its state names the document. */
  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = (state ?? {}) as SavedPreviewState;
    let uri: vscode.Uri;
    try {
      if (typeof saved.source !== 'string') throw new Error('no document in the saved state');
      uri = vscode.Uri.parse(saved.source, true);
    } catch (error) {
      this.host.log(`a preview could not be restored: ${String(error)}`);
      panel.dispose();
      return;
    }
    const existing = this.previews.get(uri.toString());
    if (existing) {
      // One preview per document: a second restored panel for it is dropped.
      panel.dispose();
      return;
    }
    const preview = this.adopt(panel, uri);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      preview.load(document, typeof saved.line === 'number' ? saved.line : undefined);
    } catch {
      preview.showMessage(vscode.l10n.t('The file {0} could not be opened.', uri.fsPath || uri.toString()));
    }
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): MinutesPreview {
    const preview = new MinutesPreview(panel, uri, this.host);
    const key = uri.toString();
    this.previews.set(key, preview);
    preview.onDidDispose(() => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
    return preview;
  }

  dispose(): void {
    for (const preview of [...this.previews.values()]) preview.dispose();
    this.previews.clear();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
