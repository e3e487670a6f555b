/**
 * The status bar item with the action counts of the active minutes file. VS Code cannot read a
 * status bar item back, so the test reads the text the extension reports through its API
 * (`statusBarText()`, what `activate` returns) — the same string the item shows after its icon.
 * Runs inside VS Code's extension host (see docs/testing.md, "End-to-end tests in VS Code").
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { meetingWith } from './fixtures';
import { createWorkspaceFile, displayLanguage, minutesApi, waitFor } from './helpers';

/** Two actions in item 1; the second has no assignee. */
const twoActions = meetingWith('Uppdrag: Eva Hessman – ta fram en agenda', 'Uppdrag: boka en lokal');

/** The texts the item shows, in the display language the workbench runs in (l10n/bundle.l10n.sv.json). */
const expected =
  displayLanguage() === 'sv'
    ? { oneWithoutOwner: '2 uppdrag · 1 utan ansvarig', allOwned: '2 uppdrag', three: '3 uppdrag' }
    : { oneWithoutOwner: '2 actions · 1 without owner', allOwned: '2 actions', three: '3 actions' };

describe('the status bar', () => {
  it(`shows the action counts of the active file ("${expected.oneWithoutOwner}") and follows edits`, async () => {
    const api = await minutesApi();
    const editor = await createWorkspaceFile('status.minutes', twoActions);
    const current = () => api.statusBarText();
    await waitFor(() => current() === expected.oneWithoutOwner, 30_000, `the status bar to read "${expected.oneWithoutOwner}" (it reads "${current()}")`);

    // Giving the second action an owner removes the second part.
    const line = editor.document.lineAt(9);
    assert.ok(await editor.edit((edit) => edit.replace(line.range, 'Uppdrag: Maria Standar – boka en lokal')), 'the edit was not applied');
    await waitFor(() => current() === expected.allOwned, 30_000, `the status bar to read "${expected.allOwned}" after the edit (it reads "${current()}")`);

    // A new action counts at once.
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(10, 0), 'Uppdrag: Eva Hessman – skicka kallelsen\n')));
    await waitFor(() => current() === expected.three, 30_000, `the status bar to read "${expected.three}" (it reads "${current()}")`);

    // Another kind of file hides the item; back on the minutes file it shows again.
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not minutes' });
    await vscode.window.showTextDocument(plain);
    await waitFor(() => current() === undefined, 10_000, `the status bar item to hide for a plain text file (it reads "${current()}")`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(editor.document);
    await waitFor(() => current() === expected.three, 30_000, `the status bar to read "${expected.three}" again (it reads "${current()}")`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
