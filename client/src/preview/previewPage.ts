/**
 * The HTML page the preview webview loads once per panel (later changes arrive as messages and
 * replace only the rendered minutes, see media/preview.js). Pure: it takes the URIs the webview
 * gave for the extension's media files and the rendered fragment, and knows nothing of VS Code.
 */
import escapeHtml from 'escape-html';

/** What one load of the preview page needs. */
export interface PreviewPageParts {
  /** The Content-Security-Policy (see contentSecurityPolicy.ts). */
  readonly contentSecurityPolicy: string;
  /** The nonce of this load; only scripts that carry it may run. */
  readonly nonce: string;
  /** Style sheets from the extension's media folder, as webview URIs, in cascade order. */
  readonly styles: readonly string[];
  /** Scripts from the extension's media folder, as webview URIs, in load order. */
  readonly scripts: readonly string[];
  /** The rendered minutes: `renderHtmlBody`'s `<article class="minutes">` fragment. */
  readonly bodyHtml: string;
  /** The `lang` of the page (`sv` or `en`). */
  readonly lang: string;
  /** What the script needs to know (the document's URI, for restoring after a reload). */
  readonly settings: PreviewSettings;
}

/** Read by media/preview.js from the `data-settings` attribute of `#minutes-preview-settings`. */
export interface PreviewSettings {
  /** The previewed document's URI (`uri.toString()`). */
  readonly source: string;
  /** The editor's first visible line when the page was built (0-based), to start scrolled there. */
  readonly line?: number;
}

/** The whole page. Every value placed in an attribute is escaped; the fragment is trusted HTML from the renderer. */
export function previewPage(parts: PreviewPageParts): string {
  const attribute = (value: string) => escapeHtml(value);
  const nonce = attribute(parts.nonce);
  const styles = parts.styles.map((href) => `<link rel="stylesheet" href="${attribute(href)}">`);
  const scripts = parts.scripts.map((src) => `<script nonce="${nonce}" src="${attribute(src)}"></script>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${attribute(parts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(parts.contentSecurityPolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta id="minutes-preview-settings" data-settings="${attribute(JSON.stringify(parts.settings))}">`,
    ...styles,
    '</head>',
    '<body>',
    `<main id="minutes-preview">${parts.bodyHtml}</main>`,
    ...scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
