/**
 * The extension as a person meets it in VS Code: it starts when a minutes file is opened, the
 * language server's diagnostics reach the editor and the Problems view, snippets expand.
 * Runs inside VS Code's extension host (see docs/testing.md, "End-to-end tests in VS Code").
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  codeOf,
  createWorkspaceFile,
  extensionId,
  minutesDiagnostics,
  openWorkspaceFile,
  takeScreenshot,
  waitFor,
  waitForDiagnostic,
} from './helpers';
import { unassignedAction } from './fixtures';


describe('the minutes extension in VS Code', () => {
  it('activates when a .minutes file is opened', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `VS Code does not know the extension ${extensionId}`);
    const editor = await openWorkspaceFile('kommunchefsgruppen.minutes');
    assert.equal(editor.document.languageId, 'minutes');
    await waitFor(() => extension.isActive, 30_000, 'the extension to activate');
  });

  it('reports an action without an assignee, and clears it when the action gets one', async () => {
    const editor = await createWorkspaceFile('agenda.minutes', unassignedAction);
    const uri = editor.document.uri;
    const diagnostic = await waitForDiagnostic(uri, 'missing-assignee');
    assert.equal(diagnostic.range.start.line, 8);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);

    // Typing in the editor (not saving) is what the server reacts to.
    const line = editor.document.lineAt(8);
    const edited = await editor.edit((edit) => edit.replace(line.range, 'Uppdrag: Eva Hessman – ta fram en agenda'));
    assert.ok(edited, 'the edit was not applied');
    await waitFor(
      () => !minutesDiagnostics(uri).some((d) => codeOf(d) === 'missing-assignee'),
      30_000,
      'missing-assignee to disappear after the edit',
    );
  });

  describe('snippets', () => {
    // Snippet name (snippets/minutes.json) → the text it inserts into an empty document.
    const cases: Array<[name: string, expected: RegExp]> = [
      ['Beslut', /^Beslut: Vad mötet beslutade\.$/],
      ['Uppdrag', /^Uppdrag: Förnamn Efternamn – vad som ska göras\. Senast: \d{4}-\d{2}-\d{2}$/],
    ];
    for (const [name, expected] of cases) {
      it(`expands "${name}"`, async () => {
        const document = await vscode.workspace.openTextDocument({ language: 'minutes', content: '' });
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'minutes', name });
        await waitFor(() => expected.test(document.getText()), 10_000, `the ${name} snippet to match ${expected} (text: ${JSON.stringify(document.getText())})`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    }
  });

  it('shows the problem in the Problems view (screenshot problems.png)', async () => {
    const editor = await createWorkspaceFile('problems.minutes', unassignedAction);
    await waitForDiagnostic(editor.document.uri, 'missing-assignee');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Focus back on the editor so the screenshot shows the squiggle next to the Problems view.
    await vscode.window.showTextDocument(editor.document);
    const screenshot = await takeScreenshot('problems');
    if (screenshot) assert.ok(statSync(screenshot).size > 10_000, `${screenshot} looks empty`);
  });
});
