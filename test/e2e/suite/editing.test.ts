/**
 * Writing minutes with the language server's help, as a person does it in VS Code: completion
 * after `Uppdrag: `, the quick fix for an action without an assignee, the hover on a person —
 * each through the same `vscode.execute…Provider` commands the editor's own UI uses, and the
 * completion list and the hover once on screen (screenshots completion.png and hover.png).
 * Runs inside VS Code's extension host (see docs/testing.md, "End-to-end tests in VS Code").
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as vscode from 'vscode';
import {
  codeOf,
  createWorkspaceFile,
  displayLanguage,
  hoverText,
  joinLines,
  labelOf,
  minutesApi,
  minutesDiagnostics,
  takeScreenshot,
  waitFor,
  waitForDiagnostic,
} from './helpers';
import { unassignedAction } from './fixtures';

/** Item 1 has an action still without assignee; Maria Standar comes only from item 2. */
const laterArrival = joinLines(
  'Anteckningar',
  'Datum: 2024-03-08',
  '',
  'NÄRVARANDE',
  'Eva Hessman, Göteborg',
  'Maria Standar, Alingsås (from p 2)',
  '',
  '1. Nästa möte',
  'Uppdrag: ',
  '',
  '2. Övrigt',
  'Inget att rapportera.',
  '',
);
/** The line `Uppdrag: ` in `laterArrival`, and the position right after it. */
const assigneeLine = 8;
const afterUppdrag = new vscode.Position(assigneeLine, 'Uppdrag: '.length);


/** The completion proposals at `position`, once the server offers any, in the order VS Code shows them. */
async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await waitFor(
    async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
      // Snippets come from VS Code itself, not from the server.
      return result.items.some((item) => item.kind !== vscode.CompletionItemKind.Snippet) ? result : undefined;
    },
    30_000,
    `completion items at ${position.line + 1}:${position.character + 1}`,
  );
  // The command returns the items sorted as the suggest widget sorts them (by sortText, then
  // label); sorting again keeps the test independent of that detail.
  const sortKey = (item: vscode.CompletionItem) => item.sortText ?? labelOf(item);
  return list.items
    .filter((item) => item.kind !== vscode.CompletionItemKind.Snippet)
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

describe('editing with the language server', () => {
  before(async () => {
    await minutesApi();
  });

  afterEach(async () => {
    // Leave no hover, list or edited file behind for the next test.
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('proposes the attendees present at the item first after "Uppdrag: " (screenshot completion.png)', async () => {
    const editor = await createWorkspaceFile('completion.minutes', laterArrival);
    assert.equal(editor.document.lineAt(assigneeLine).text, 'Uppdrag: ');

    const items = await completionsAt(editor.document.uri, afterUppdrag);
    const labels = items.map(labelOf);
    // Eva Hessman is present at item 1; Maria Standar comes from item 2, so she follows.
    assert.deepEqual(labels.slice(0, 2), ['Eva Hessman', 'Maria Standar'], `labels: ${labels.join(', ')}`);
    const people = items.filter((item) => item.kind === vscode.CompletionItemKind.Reference).map(labelOf);
    // After the attendees come the members learnt from the other minutes of the workspace folder
    // (the examples): Gitte Caous attended the Kommunchefsgruppen meeting. Nobody is listed twice.
    assert.deepEqual(people.slice(0, 2), ['Eva Hessman', 'Maria Standar'], 'the two attendees come first');
    assert.ok(people.includes('Gitte Caous'), `a member learnt from examples/ is proposed: ${people.join(', ')}`);
    assert.equal(new Set(people).size, people.length, `nobody twice: ${people.join(', ')}`);
    // The organisations follow the people.
    assert.ok(labels.indexOf('Göteborg') > 1 && labels.indexOf('Alingsås') > 1, `labels: ${labels.join(', ')}`);
    // The space is typed already, so the proposal inserts the name alone.
    assert.equal(items[0]?.insertText, 'Eva Hessman');

    // The same list on screen: the suggest widget at the cursor.
    editor.selection = new vscode.Selection(afterUppdrag, afterUppdrag);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const screenshot = await takeScreenshot('completion', {
      visible: '.monaco-editor .suggest-widget .monaco-list-row:has-text("Eva Hessman")',
    });
    if (screenshot) assert.ok(statSync(screenshot).size > 10_000, `${screenshot} looks empty`);
  });

  it('offers "assign to" quick fixes for an action without an assignee, and one of them fixes it', async () => {
    const editor = await createWorkspaceFile('quickfix.minutes', unassignedAction);
    const uri = editor.document.uri;
    const diagnostic = await waitForDiagnostic(uri, 'missing-assignee');

    const prefix = displayLanguage() === 'sv' ? 'Tilldela ' : 'Assign to ';
    const actions = await waitFor(
      async () => {
        const all = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
          'vscode.executeCodeActionProvider',
          uri,
          diagnostic.range,
        );
        const assign = all.filter((action): action is vscode.CodeAction => 'edit' in action && action.title.startsWith(prefix));
        return assign.length > 0 ? assign : undefined;
      },
      20_000,
      `"${prefix}…" code actions on the missing-assignee diagnostic`,
    );
    const titles = actions.map((action) => action.title);
    assert.deepEqual(titles, [`${prefix}Eva Hessman`, `${prefix}Maria Standar`], `titles: ${titles.join(', ')}`);
    for (const action of actions) assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value, action.title);

    const assignMaria = actions[1];
    assert.ok(assignMaria?.edit, 'the quick fix carries its edit');
    assert.ok(await vscode.workspace.applyEdit(assignMaria.edit), 'VS Code did not apply the quick fix');
    await waitFor(
      () => editor.document.lineAt(8).text === 'Uppdrag: Maria Standar – ta fram en agenda',
      10_000,
      `the action line to read "Uppdrag: Maria Standar – ta fram en agenda" (it reads "${editor.document.lineAt(8).text}")`,
    );
    await waitFor(
      () => !minutesDiagnostics(uri).some((d) => codeOf(d) === 'missing-assignee'),
      30_000,
      'missing-assignee to disappear after the quick fix',
    );
  });

  it('shows the organisation of a person on hover (screenshot hover.png)', async () => {
    const assigned = unassignedAction.replace('Uppdrag: ta fram', 'Uppdrag: Eva Hessman – ta fram');
    const editor = await createWorkspaceFile('hover.minutes', assigned);
    const uri = editor.document.uri;
    // On the assignee "Eva Hessman" of the action.
    const onAssignee = new vscode.Position(8, 'Uppdrag: Eva'.length);

    const text = await waitFor(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, onAssignee)),
      30_000,
      'a hover on the assignee',
    );
    assert.match(text, /Eva Hessman/, text);
    assert.match(text, /Göteborg/, `the hover names the organisation:\n${text}`);
    // And on the attendance line, where the person is defined.
    const onAttendee = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(5, 3));
    assert.match(hoverText(onAttendee), /Alingsås/, hoverText(onAttendee));

    // The same hover on screen.
    editor.selection = new vscode.Selection(onAssignee, onAssignee);
    await vscode.commands.executeCommand('editor.action.showHover');
    const screenshot = await takeScreenshot('hover', { visible: '.monaco-editor .monaco-hover:has-text("Göteborg")' });
    if (screenshot) assert.ok(statSync(screenshot).size > 10_000, `${screenshot} looks empty`);
  });
});
