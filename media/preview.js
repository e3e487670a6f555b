/*
 * The script of the minutes preview webview (loaded with the page's nonce; no eval, no inline
 * code). It
 * - replaces the rendered minutes when the extension sends a new rendering (`update`), parsing
 *   the HTML with DOMParser into an inert document first;
 * - scrolls to a source line when the editor scrolls (`scrollToLine`) and reports the line at
 *   the top of the preview when the user scrolls it (`revealLine`);
 * - reports the source line of a double-clicked block (`openLine`);
 * - keeps the previewed document's URI and line in the webview state, which VS Code hands to the
 *   extension's WebviewPanelSerializer after a reload.
 * The line mapping itself is media/previewScroll.js.
 */
/* global acquireVsCodeApi, document, window, DOMParser, Element, requestAnimationFrame */
(function () {
  'use strict';

  const vscode = acquireVsCodeApi();
  const scroll = globalThis.MinutesPreviewScroll;
  const main = document.getElementById('minutes-preview');
  const settingsElement = document.getElementById('minutes-preview-settings');
  const settings = JSON.parse((settingsElement && settingsElement.getAttribute('data-settings')) || '{}');
  const saved = vscode.getState() || {};
  const state = { source: settings.source, line: typeof saved.line === 'number' && saved.source === settings.source ? saved.line : settings.line };
  vscode.setState(state);

  /** Scroll events to ignore because this script scrolled, not the user. */
  let ownScrolls = 0;
  /** True while a new rendering settles: the height change may move the page without the user. */
  let settling = false;
  /** The measured blocks (see previewScroll.js), dropped when the content or the size changes. */
  let measured;

  function entries() {
    if (!measured) {
      const raw = [];
      for (const element of main.querySelectorAll('[data-line]')) {
        const line = Number(element.getAttribute('data-line'));
        if (!Number.isInteger(line) || line < 0) continue;
        raw.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
      }
      measured = scroll.monotonicEntries(raw);
    }
    return measured;
  }

  function scrollToLine(line) {
    const offset = scroll.offsetForLine(entries(), line);
    if (offset === undefined) return;
    const target = Math.max(0, Math.round(offset));
    if (Math.abs(window.scrollY - target) < 1) return;
    ownScrolls += 1;
    window.scrollTo(0, target);
  }

  function remember(line) {
    state.line = line;
    vscode.setState(state);
  }

  function replaceContent(html) {
    const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
    const nodes = Array.from(parsed.body.childNodes, (node) => document.importNode(node, true));
    settling = true;
    main.replaceChildren(...nodes);
    measured = undefined;
    // Scroll events caused by the new height arrive before the next frames are painted.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      settling = false;
    }));
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      replaceContent(message.html);
      if (typeof message.line === 'number') scrollToLine(message.line);
      vscode.postMessage({ type: 'updated', version: message.version });
    } else if (message.type === 'scrollToLine' && typeof message.line === 'number') {
      scrollToLine(message.line);
      remember(message.line);
    }
  });

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (ownScrolls > 0) {
      ownScrolls -= 1;
      return;
    }
    if (settling || scrollQueued) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      const line = scroll.lineForOffset(entries(), window.scrollY);
      if (line === undefined) return;
      remember(line);
      vscode.postMessage({ type: 'revealLine', line });
    });
  }, { passive: true });

  window.addEventListener('resize', () => {
    measured = undefined;
  });

  document.addEventListener('dblclick', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    const line = Number(target.getAttribute('data-line'));
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'openLine', line });
  });

  if (typeof state.line === 'number') scrollToLine(state.line);
  vscode.postMessage({ type: 'ready' });
})();
