/**
 * One preview: a webview panel showing the rendered minutes of one document. It loads the page
 * once (see previewPage.ts), then sends each new rendering as a message, debounced while the user
 * types, and keeps the editor and the preview scrolled to the same source line.
 */
import * as path from 'node:path';
import escapeHtml from 'escape-html';
import * as vscode from 'vscode';
import { createNonce, previewContentSecurityPolicy } from './contentSecurityPolicy';
import { previewPage } from './previewPage';
import { PreviewRenderer, type ContentChange, type PreviewRendering } from './renderForPreview';
import { updateDelay } from './updateDelay';

/** The webview type of the preview (`onWebviewPanel:minutes.preview` activates the extension for it). */
export const PREVIEW_VIEW_TYPE = 'minutes.preview';

/** What a preview needs from the extension. */
export interface PreviewHost {
  /** The extension's folder; the webview may load files from its `media/` only. */
  readonly extensionUri: vscode.Uri;
  /** Names that count as known assignees (the `minutes.members` setting). */
  knownMembers(): readonly string[];
  /** Writes a line to the Minutes output channel. */
  log(message: string): void;
}

/** What a preview has done, for the end-to-end tests and for measuring its latency. */
export interface PreviewState {
  /** Updates sent since the page was loaded. */
  readonly updates: number;
  /** Milliseconds from the last change of the document to the posting of its rendering. */
  readonly lastLatencyMs: number | undefined;
  /** Milliseconds the last analysis and rendering took. */
  readonly lastRenderMs: number | undefined;
  /** The source line (0-based) the preview was last told to show at its top, by the editor or by its own scrolling. */
  readonly line: number | undefined;
  /** The number of the last update sent (each update is numbered from 1 after a page load). */
  readonly version: number;
  /** The number of the last update the webview's script reports it has put on the page. */
  readonly shownVersion: number;
  /** Whether the webview's script has started on the current page (it reports `ready`). */
  readonly scriptReady: boolean;
  /** The webview's options as VS Code holds them: the folders it may load from, scripts, command links, forms. */
  readonly webview: { readonly localResourceRoots: readonly string[]; readonly enableScripts: boolean; readonly enableCommandUris: boolean; readonly enableForms: boolean };
}

/** The options of every preview webview: scripts on (only the nonce'd ones run), files from media/ only. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableForms: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    enableFindWidget: true,
  };
}

/** How long the editor's scroll events are not sent back after the preview scrolled the editor. */
const ECHO_GUARD_MS = 250;

export class MinutesPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  /** Fired once, when the panel is closed. */
  readonly onDidDispose = this.disposedEmitter.event;
  private lastHtml: string | undefined;
  private lastRenderMs: number | undefined;
  private lastLatencyMs: number | undefined;
  private updates = 0;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the newest change not yet rendered happened (performance.now()). */
  private changedAt: number | undefined;
  private editorScrollIgnoredUntil = 0;
  /** The editor's first visible line, as last reported; sent with updates so the page stays there. */
  private line: number | undefined;
  private disposed = false;
  private shownVersion = 0;
  private scriptReady = false;
  /** Keeps the last analysis and updates it after each edit. */
  private readonly renderer = new PreviewRenderer();

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
    private readonly host: PreviewHost,
  ) {
    panel.webview.options = previewWebviewOptions(host.extensionUri);
    panel.title = vscode.l10n.t('Preview {0}', path.posix.basename(uri.path));
    // A hidden webview is torn down (no retainContextWhenHidden: it would keep a renderer process
    // per preview alive) and reloads the page it was last given when it shows again, so the page
    // is built anew from the current text then; updates are not rendered while it is hidden.
    let wasVisible = panel.visible;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && !wasVisible) this.reload();
        wasVisible = panel.visible;
      }),
    );
  }

  /** The HTML of the minutes last sent to the webview (the rendered fragment), for tests. */
  get html(): string | undefined {
    return this.lastHtml;
  }

  get state(): PreviewState {
    return {
      updates: this.updates,
      lastLatencyMs: this.lastLatencyMs,
      lastRenderMs: this.lastRenderMs,
      line: this.line,
      version: this.version,
      shownVersion: this.shownVersion,
      scriptReady: this.scriptReady,
      webview: {
        localResourceRoots: (this.panel.webview.options.localResourceRoots ?? []).map((uri) => uri.toString()),
        enableScripts: this.panel.webview.options.enableScripts === true,
        enableCommandUris: this.panel.webview.options.enableCommandUris === true,
        enableForms: this.panel.webview.options.enableForms === true,
      },
    };
  }

  /** Loads the whole page for `document`, scrolled to `line` (0-based) when given. */
  load(document: vscode.TextDocument, line?: number): void {
    this.line = line;
    this.renderer.reset();
    const rendering = this.render(document);
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'media', file)).toString();
    const nonce = createNonce();
    this.version = 0;
    this.shownVersion = 0;
    this.scriptReady = false;
    webview.html = previewPage({
      contentSecurityPolicy: previewContentSecurityPolicy(webview.cspSource, nonce),
      nonce,
      styles: [media('minutes.css'), media('preview.css')],
      scripts: [media('previewScroll.js'), media('preview.js')],
      bodyHtml: rendering.html,
      lang: rendering.lang,
      settings: { source: this.uri.toString(), ...(line === undefined ? {} : { line }) },
    });
    this.lastHtml = rendering.html;
  }

  /** Shows a message instead of the minutes (the document could not be opened). No script runs. */
  showMessage(message: string): void {
    const nonce = createNonce();
    const webview = this.panel.webview;
    webview.html = previewPage({
      contentSecurityPolicy: previewContentSecurityPolicy(webview.cspSource, nonce),
      nonce,
      styles: [webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'media', 'preview.css')).toString()],
      scripts: [],
      bodyHtml: `<p class="minutes-preview-message">${escapeHtml(message)}</p>`,
      lang: vscode.env.language.startsWith('sv') ? 'sv' : 'en',
      settings: { source: this.uri.toString() },
    });
  }

  /** The document changed: renders it again once the user pauses (see updateDelay.ts). */
  documentChanged(document: vscode.TextDocument, changes: readonly ContentChange[]): void {
    if (this.disposed) return;
    this.renderer.changed(changes);
    this.changedAt = performance.now();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update(document);
    }, updateDelay(this.lastRenderMs));
  }

  /** Renders `document` now and sends it to the webview (when it is hidden, it renders when shown again). */
  update(document: vscode.TextDocument): void {
    if (this.disposed || !this.panel.visible) return;
    const rendering = this.render(document);
    this.version += 1;
    void this.panel.webview.postMessage({ type: 'update', html: rendering.html, version: this.version, line: this.line });
    this.lastHtml = rendering.html;
    this.updates += 1;
    if (this.changedAt !== undefined) this.lastLatencyMs = performance.now() - this.changedAt;
    this.changedAt = undefined;
  }

  /** Loads the page again from the document's current text. */
  private reload(): void {
    vscode.workspace.openTextDocument(this.uri).then(
      (document) => {
        if (!this.disposed) this.load(document, this.line);
      },
      (error: unknown) => this.host.log(`the preview of ${this.uri.toString()} could not be reloaded: ${String(error)}`),
    );
  }

  /** The editor scrolled so that `line` (0-based) is its first visible line. */
  editorScrolled(line: number): void {
    this.line = line;
    if (Date.now() < this.editorScrollIgnoredUntil) return;
    void this.panel.webview.postMessage({ type: 'scrollToLine', line });
  }

  private render(document: vscode.TextDocument): PreviewRendering {
    try {
      const rendering = this.renderer.render(document.getText(), this.host.knownMembers());
      this.lastRenderMs = rendering.millis;
      return rendering;
    } catch (error) {
      // The core never throws on any text; should the renderer fail, the preview says so and the
      // editor goes on working.
      this.host.log(`preview of ${this.uri.toString()} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const message = vscode.l10n.t('The preview could not be rendered. See the Minutes output for details.');
      return { html: `<p class="minutes-preview-message">${escapeHtml(message)}</p>`, lang: 'en', millis: 0 };
    }
  }

  /** Handles a message the preview's page posted (or, for tests, one handed in as if it had). */
  receive(message: unknown): void {
    this.onMessage(message);
  }

  private onMessage(message: unknown): void {
    if (!message || typeof message !== 'object') return;
    const { type, line, version } = message as { type?: unknown; line?: unknown; version?: unknown };
    if (type === 'ready') {
      this.scriptReady = true;
      // Updates posted while the page was still loading reached no listener: send the latest again.
      if (this.version > 0 && this.lastHtml !== undefined) {
        void this.panel.webview.postMessage({ type: 'update', html: this.lastHtml, version: this.version, line: this.line });
      }
    }
    if (type === 'updated' && typeof version === 'number') this.shownVersion = Math.max(this.shownVersion, version);
    if (typeof line !== 'number' || !Number.isFinite(line) || line < 0) return;
    if (type === 'revealLine') this.revealInEditors(line);
    else if (type === 'openLine') void this.openAtLine(Math.floor(line));
  }

  /** The preview scrolled: scrolls every visible editor of the document to the same line. */
  private revealInEditors(line: number): void {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === this.uri.toString());
    if (editors.length === 0) return;
    this.editorScrollIgnoredUntil = Date.now() + ECHO_GUARD_MS;
    this.line = line;
    for (const editor of editors) {
      const target = Math.min(Math.floor(line), editor.document.lineCount - 1);
      editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** A double-click in the preview: the editor shows that line with the cursor at its start. */
  private async openAtLine(line: number): Promise<void> {
    try {
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
      const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
      const document = visible?.document ?? (await vscode.workspace.openTextDocument(this.uri));
      const target = Math.min(line, document.lineCount - 1);
      const position = new vscode.Position(target, 0);
      await vscode.window.showTextDocument(document, {
        viewColumn: column,
        selection: new vscode.Range(position, position),
        preserveFocus: false,
      });
    } catch (error) {
      this.host.log(`could not open ${this.uri.toString()} at line ${line + 1}: ${String(error)}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
