/**
 * The stylesheet of the published minutes. It is the one source of `media/minutes.css` (which the
 * preview links; a test keeps the file equal to this text, `UPDATE_EXPECT=1` rewrites it) and is
 * embedded in the HTML export. Colours come from VS Code's theme variables when the minutes are
 * shown in a webview (light, dark, high contrast) and fall back to black on white elsewhere; the
 * print rules always print black on white.
 */
export const MINUTES_CSS = `.minutes {
  --minutes-fg: var(--vscode-editor-foreground, #1b1b1b);
  --minutes-bg: var(--vscode-editor-background, #ffffff);
  --minutes-muted: var(--vscode-descriptionForeground, #5a5a5a);
  --minutes-rule: var(--vscode-panel-border, var(--vscode-contrastBorder, #c8c8c8));
  --minutes-accent: var(--vscode-textLink-foreground, #1f4e79);
  --minutes-warning: var(--vscode-editorWarning-foreground, #a4262c);
  --minutes-band: var(--vscode-textBlockQuote-background, #f3f5f8);
  max-width: 46rem;
  margin: 0 auto;
  padding: 1.5rem 1rem 3rem;
  color: var(--minutes-fg);
  background: var(--minutes-bg);
  font-family: var(--vscode-font-family, "Segoe UI", "Helvetica Neue", Arial, sans-serif);
  font-size: 1rem;
  line-height: 1.5;
}
.minutes h1, .minutes h2 { line-height: 1.25; margin: 1.6em 0 0.5em; }
.minutes h1.minutes-title { font-size: 1.8em; margin-top: 0; }
.minutes p.minutes-subtitle { font-size: 1.2em; font-weight: 600; margin: -0.3em 0 0.6em; }
.minutes h2 { font-size: 1.25em; border-bottom: 1px solid var(--minutes-rule); padding-bottom: 0.2em; }
.minutes p, .minutes ul, .minutes ol { margin: 0.5em 0; }
.minutes-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1.2em; margin: 0.5em 0 1em; }
.minutes-field { display: contents; }
.minutes-field dt { font-weight: 600; }
.minutes-field dd { margin: 0; }
.minutes-table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.95em; }
.minutes-table th, .minutes-table td { text-align: left; vertical-align: top; padding: 0.3em 0.6em; border: 1px solid var(--minutes-rule); }
.minutes-table thead th { background: var(--minutes-band); }
.minutes-item-number { color: var(--minutes-accent); }
.minutes-action, .minutes-decision {
  margin: 0.6em 0;
  padding: 0.4em 0.7em;
  border-left: 4px solid var(--minutes-accent);
  background: var(--minutes-band);
}
.minutes-decision { border-left-style: double; border-left-width: 6px; }
.minutes-action-label, .minutes-decision-label { font-weight: 700; margin-right: 0.3em; }
.minutes-assignees { font-weight: 600; }
.minutes-no-owner, .minutes-no-task { font-weight: 700; color: var(--minutes-warning); }
.minutes-action-no-owner { border-left-color: var(--minutes-warning); }
.minutes-deadline, .minutes-status { white-space: nowrap; color: var(--minutes-muted); }
.minutes-decision ul, .minutes-decision ol { margin: 0.3em 0 0; }
.minutes-decision-item { font-weight: 600; }
.minutes-subheading { font-size: 1em; font-weight: 700; margin: 1em 0 0.2em; }
.minutes-empty { color: var(--minutes-muted); font-style: italic; }
.minutes-footer { margin-top: 2.5em; border-top: 1px solid var(--minutes-rule); padding-top: 0.8em; }
.minutes-signatures { display: flex; flex-wrap: wrap; gap: 1.5em 3em; margin-top: 2.5em; }
.minutes-signature { min-width: 14em; }
.minutes-signature-line { display: block; border-bottom: 1px solid var(--minutes-fg); height: 2.5em; margin-bottom: 0.2em; }
@media print {
  .minutes {
    --minutes-fg: #000000;
    --minutes-bg: #ffffff;
    --minutes-muted: #333333;
    --minutes-rule: #888888;
    --minutes-accent: #000000;
    --minutes-warning: #000000;
    --minutes-band: #ffffff;
    max-width: none;
    padding: 0;
    font-size: 11pt;
  }
  .minutes h2 { break-after: avoid; }
  .minutes-table tr, .minutes-action, .minutes-decision, .minutes-signature { break-inside: avoid; }
  .minutes-table thead { display: table-header-group; }
}
@page { margin: 2cm; }
`;
