/**
 * The preview and the exports in the real VS Code. A webview's content cannot be read through
 * the `vscode` API, so the test reads what the extension last sent to the preview through its
 * test hook (`previewHtml(uri)`, `previewState(uri)`, see client/src/extension.ts) and takes a
 * screenshot of the workbench with the preview open (`preview.png`).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { createWorkspaceFile, minutesApi, openWorkspaceFile, takeScreenshot, waitFor, workspaceFolder } from './helpers';

/** The tabs that show a minutes preview. */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('minutes.preview'));
}

describe('the preview', () => {
  let exportFolder: string | undefined;

  after(async () => {
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
    if (exportFolder) rmSync(exportFolder, { recursive: true, force: true });
  });

  it('opens beside an example, follows edits and the editor, and stays one per document', async () => {
    const api = await minutesApi();
    const editor = await openWorkspaceFile('kommunchefsgruppen.minutes');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('minutes.showPreviewToSide');
    const first = await waitFor(() => api.previewHtml(uri), 20_000, 'the preview of kommunchefsgruppen.minutes');
    assert.match(first, /^<article class="minutes"/);
    for (const text of ['Kommunchefsgruppen', 'Gitte Caous', 'Klimatanpassning']) assert.ok(first.includes(text), `the preview shows ${text}`);
    assert.ok(/data-line="\d+"/.test(first), 'the blocks carry their source lines');
    await waitFor(() => previewTabs().length === 1, 10_000, 'one preview tab');
    // The editor keeps the focus when the preview opens to the side.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());

    // Typing in the editor changes the preview (the unsaved text, debounced).
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('Maria Jonsson, ny kommundirektör'));
    assert.ok(line > 0);
    const marker = 'Tillägg skrivet av det automatiska testet.';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(line + 1, 0), `${marker}\n`)), 'the edit was not applied');
    const updated = await waitFor(() => api.previewHtml(uri)?.includes(marker) && api.previewHtml(uri), 20_000, 'the preview to show the typed text');
    assert.notEqual(updated, first);
    const state = api.previewState(uri);
    assert.ok(state && state.updates >= 1, 'an update was sent');
    // The webview may load files from the extension's media folder only, and runs no command links or forms.
    const extension = vscode.extensions.getExtension('minutes-team.minutes');
    assert.ok(extension);
    assert.deepEqual(state.webview.localResourceRoots, [vscode.Uri.joinPath(extension.extensionUri, 'media').toString()]);
    assert.deepEqual([state.webview.enableScripts, state.webview.enableCommandUris, state.webview.enableForms], [true, false, false]);
    // The webview's script (media/preview.js) runs under the page's CSP and reports each update it put on the page.
    await waitFor(() => api.previewState(uri)?.scriptReady, 20_000, 'the preview script to start');
    await waitFor(
      () => { const now = api.previewState(uri); return now && now.version > 0 && now.shownVersion === now.version; },
      20_000,
      `the webview to show update ${api.previewState(uri)?.version} (it shows ${api.previewState(uri)?.shownVersion})`,
    );
    console.log(`preview: update sent ${state.lastLatencyMs?.toFixed(1)} ms after the edit (rendering ${state.lastRenderMs?.toFixed(1)} ms)`);

    // Scrolling the editor tells the preview which line to show at its top.
    const target = editor.document.lineCount - 5;
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(() => (api.previewState(uri)?.line ?? 0) > 0, 10_000, `the preview to be scrolled with the editor (line ${api.previewState(uri)?.line})`);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await waitFor(() => api.previewState(uri)?.line === 0, 10_000, 'the preview to be scrolled back to the top');

    // Asking again reveals the same preview instead of opening a second one.
    await vscode.commands.executeCommand('minutes.showPreviewToSide', uri);
    assert.equal(previewTabs().length, 1);

    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    // The rendered minutes live two frames down: the webview's host frame, then its content frame.
    // Waiting for the typed sentence there shows that media/preview.js applied the update.
    await takeScreenshot('preview', {
      visible: `iframe.webview.ready >> internal:control=enter-frame >> iframe#active-frame >> internal:control=enter-frame >> article.minutes p:has-text("${marker}")`,
    });
  });

  it('follows typing in a 100 KiB document within 100 ms (the best of 7 edits)', async () => {
    const api = await minutesApi();
    const example = readFileSync(path.join(workspaceFolder().fsPath, 'kommunchefsgruppen.minutes'), 'utf8');
    const lines = example.split('\n');
    const firstItem = lines.findIndex((line) => /^1\. /.test(line));
    const footer = lines.findIndex((line) => line.startsWith('Antecknat av:'));
    const out = lines.slice(0, firstItem);
    for (let round = 0, number = 0; out.join('\n').length < 100 * 1024; round++) {
      for (const line of lines.slice(firstItem, footer)) out.push(line.replace(/^\d+\. /, () => `${++number}. `));
    }
    out.push(...lines.slice(footer));
    const editor = await createWorkspaceFile('long.minutes', out.join('\n'));
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('minutes.showPreviewToSide');
    await waitFor(() => api.previewState(uri)?.scriptReady, 20_000, 'the preview script to start');
    const latencies: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = api.previewState(uri)?.updates ?? 0;
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(firstItem + 1, 0), 'x')));
      const state = await waitFor(() => {
        const now = api.previewState(uri);
        return now && now.updates > before ? now : undefined;
      }, 20_000, 'the update');
      if (state.lastLatencyMs !== undefined) latencies.push(state.lastLatencyMs);
    }
    latencies.sort((a, b) => a - b);
    console.log(`preview, 100 KiB: update posted ${latencies.map((ms) => ms.toFixed(0)).join(', ')} ms after each edit (rendering ${api.previewState(uri)?.lastRenderMs?.toFixed(1)} ms)`);
    assert.ok((latencies[0] ?? Infinity) <= 100, `the best update came ${latencies[0]} ms after the edit`);
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('exports the example to HTML, PDF, Word and Markdown without a dialog when given a target', async () => {
    const editor = await openWorkspaceFile('kommunchefsgruppen.minutes');
    exportFolder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-export-'));
    const expectations: [string, string, (bytes: Buffer) => boolean][] = [
      ['minutes.exportHtml', 'möte.html', (bytes) => bytes.toString('utf8').startsWith('<!DOCTYPE html>') && bytes.toString('utf8').includes('Gitte Caous')],
      ['minutes.exportPdf', 'möte.pdf', (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-'],
      ['minutes.exportWord', 'möte.docx', (bytes) => bytes.subarray(0, 2).toString('latin1') === 'PK'],
      ['minutes.exportMarkdown', 'möte.md', (bytes) => bytes.toString('utf8').includes('Klimatanpassning')],
    ];
    for (const [command, name, looksRight] of expectations) {
      const target = vscode.Uri.file(path.join(exportFolder, name));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, editor.document.uri, target);
      assert.equal(written?.fsPath, target.fsPath, `${command} reports the file it wrote`);
      assert.ok(existsSync(target.fsPath), `${command} wrote ${name}`);
      assert.ok(looksRight(readFileSync(target.fsPath)), `${name} holds the minutes`);
    }
    // The edit of the first test is not saved: the export took the text as it is in the editor.
    assert.ok(readFileSync(path.join(exportFolder, 'möte.md'), 'utf8').includes('Tillägg skrivet av det automatiska testet.'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('scrolls the editor with the preview, opens a double-clicked line, and comes back after a reload', async () => {
    const api = await minutesApi();
    const editor = await openWorkspaceFile('kommunchefsgruppen.minutes');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('minutes.showPreviewToSide');
    await waitFor(() => api.previewHtml(uri), 20_000, 'the preview');
    // Wait until the page shows the minutes: while it loads it reports its own scroll position.
    await waitFor(() => api.previewState(uri)?.scriptReady, 20_000, 'the preview script to start');

    // The page posts `revealLine` when the user scrolls it (test/extension/previewScript.test.ts).
    assert.ok(api.previewMessage(uri, { type: 'revealLine', line: 60 }));
    // VS Code keeps a few lines of context above a line revealed at the top.
    const shows60 = () => {
      const range = editor.visibleRanges[0];
      return range !== undefined && range.start.line >= 50 && range.start.line <= 60 && range.end.line >= 60;
    };
    await waitFor(shows60, 10_000, `the editor to show line 61 near its top (it shows ${editor.visibleRanges[0]?.start.line}–${editor.visibleRanges[0]?.end.line})`);
    // … and `openLine` on a double-click: the editor gets the focus with the cursor on that line.
    assert.ok(api.previewMessage(uri, { type: 'openLine', line: 25 }));
    await waitFor(
      () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor.selection.active.line === 25,
      10_000,
      'the cursor on line 26',
    );
    // A message that is not one of the page's changes nothing.
    assert.ok(api.previewMessage(uri, { type: 'openLine', line: 'x' }));
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 25);

    // After a reload VS Code hands the serializer a new panel and the state the page saved.
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
    await waitFor(() => api.previewHtml(uri) === undefined, 10_000, 'the preview to be gone');
    await api.restorePreview({ source: uri.toString(), line: 12 });
    const restored = await waitFor(() => api.previewHtml(uri), 20_000, 'the restored preview');
    assert.ok(restored.includes('Klimatanpassning'));
    await waitFor(() => previewTabs().length === 1, 10_000, `the restored preview's tab (there are ${previewTabs().length})`);
    // One preview per document: a second panel restored for the same file is dropped, and so is one
    // whose state names no document.
    await api.restorePreview({ source: uri.toString(), line: 0 });
    await api.restorePreview({ line: 3 });
    await waitFor(() => previewTabs().length === 1, 10_000, `one preview tab (there are ${previewTabs().length})`);
    for (const tab of previewTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('asks where to save, asks before replacing, and offers to open the export', async () => {
    const api = await minutesApi();
    const editor = await openWorkspaceFile('kommunchefsgruppen.minutes');
    const folder = mkdtempSync(path.join(tmpdir(), 'minutes-e2e-ask-'));
    const target = vscode.Uri.file(path.join(folder, 'protokoll.md'));
    const asked: string[] = [];
    let replace = false;
    api.answerExportQuestions({
      saveDialog: async (options) => {
        asked.push(`save ${path.basename(options.defaultUri?.fsPath ?? '')} ${Object.values(options.filters ?? {}).flat().join(',')}`);
        return target;
      },
      confirmReplace: async (message, label) => {
        asked.push(`replace? ${message} [${label}]`);
        return replace;
      },
      announce: async (message, choices) => {
        asked.push(`done ${message} [${choices.join(', ')}]`);
        return choices[0];
      },
    });
    try {
      // No target: the save dialog proposes the source's name; "Open" opens the Markdown in the editor.
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportMarkdown', editor.document.uri);
      assert.equal(written?.fsPath, target.fsPath);
      assert.deepEqual(asked, ['save kommunchefsgruppen.md md', 'done The minutes were exported to protokoll.md. [Open, Reveal]']);
      await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === target.fsPath, 10_000, 'the export to open in the editor');
      assert.ok(vscode.window.activeTextEditor?.document.getText().includes('Klimatanpassning'));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

      // A target that exists: nothing is written unless the user agrees.
      writeFileSync(target.fsPath, 'Mina egna anteckningar.\n');
      asked.length = 0;
      const declined = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportMarkdown', editor.document.uri, target);
      assert.equal(declined, undefined);
      assert.deepEqual(asked, ['replace? protokoll.md already exists. Do you want to replace it? [Replace]']);
      assert.equal(readFileSync(target.fsPath, 'utf8'), 'Mina egna anteckningar.\n');
      replace = true;
      const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.exportMarkdown', editor.document.uri, target);
      assert.equal(replaced?.fsPath, target.fsPath);
      assert.ok(readFileSync(target.fsPath, 'utf8').includes('Klimatanpassning'), 'the file was replaced by the export');
    } finally {
      api.answerExportQuestions(undefined);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
