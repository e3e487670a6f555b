/**
 * The "Actions" ("Uppdrag") tree view and "Minutes: New Meeting from Previous", in a real VS Code.
 * A tree view cannot be read through VS Code's API, so the test reads what the view shows through
 * the extension's API (`actionsTree()`, what `activate` returns). The series is the three meetings
 * of test/fixtures/series/styrelsen, written into a folder of the workspace; the server learns of
 * them through the file watcher.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { displayLanguage, minutesApi, takeScreenshot, waitFor, workspaceFolder } from './helpers';

/** The repository's fixture series (the suite runs from dist/e2e/suite/). */
const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'series', 'styrelsen');
const MEETINGS = ['2024-03-05.minutes', '2024-04-09.minutes', '2024-05-14.minutes'];
const sv = displayLanguage() === 'sv';
const words = sv ? { overdue: 'Försenade', done: 'Klara', due: 'senast' } : { overdue: 'Overdue', done: 'Done', due: 'due' };

describe('the actions view and the next meeting', () => {
  const folder = () => vscode.Uri.joinPath(workspaceFolder(), 'styrelsen-e2e');

  before(async () => {
    for (const name of MEETINGS) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), readFileSync(join(fixtures, name)));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it('lists the actions of the series, grouped by status, the overdue ones first', async () => {
    const api = await minutesApi();
    await vscode.commands.executeCommand('minutes.actions.showAll');
    await vscode.commands.executeCommand('minutes.actions.groupByStatus');
    const inSeries = (uri: string) => uri.includes('/styrelsen-e2e/');
    const tree = await waitFor(
      async () => {
        const snapshot = await api.actionsTree();
        const count = snapshot.groups.flatMap((g) => g.actions).filter((a) => inSeries(a.uri)).length;
        return count === 5 ? snapshot : undefined;
      },
      30_000,
      'the five actions of the series in the tree',
    );
    assert.equal(tree.grouping, 'status');
    const overdue = tree.groups.find((g) => g.label === words.overdue);
    assert.ok(overdue, `no group "${words.overdue}" in ${JSON.stringify(tree.groups.map((g) => g.label))}`);
    assert.equal(tree.groups[0]?.label, words.overdue, 'overdue actions stand first');
    const kallelse = overdue.actions.find((a) => a.label === 'skicka kallelse till årsmötet.');
    assert.ok(kallelse, 'the overdue action is in the overdue group');
    assert.match(kallelse.description, new RegExp(`^2024-04-09 · .*3 Årsmöte · ${words.due} 2024-04-30$`));
    assert.equal(kallelse.line, 17);
    const done = tree.groups.find((g) => g.label === words.done);
    assert.deepEqual(done?.actions.filter((a) => inSeries(a.uri)).map((a) => a.label), ['boka lokal för årsmötet.']);
    assert.ok((tree.badge ?? 0) >= 4, `the badge counts the open actions (${tree.badge})`);

    // Open only: the done ones go.
    await vscode.commands.executeCommand('minutes.actions.showOpenOnly');
    const open = await api.actionsTree();
    assert.equal(open.openOnly, true);
    assert.ok(!open.groups.some((g) => g.label === words.done));

    // Clicking an action opens its line (the command the tree item carries).
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(kallelse.uri), { selection: new vscode.Range(kallelse.line, 0, kallelse.line, 0) });
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === kallelse.uri ? vscode.window.activeTextEditor : undefined), 10_000, "the action's file to open");
    assert.equal(editor.selection.active.line, 17);
    await vscode.commands.executeCommand('minutes.actions.showAll');
    await vscode.commands.executeCommand('minutes.actions.focus');
    await takeScreenshot('actions', { visible: '.monaco-list-row:has-text("skicka kallelse till årsmötet.")' });
  });

  it("keeps the workspace index in the workspace's storage folder", async () => {
    const api = await minutesApi();
    const storagePath = (api.client.clientOptions.initializationOptions as { storagePath?: string } | undefined)?.storagePath;
    assert.ok(storagePath, 'the extension names the workspace storage folder to the server');
    const cacheFile = join(storagePath, 'workspace-index.json');
    // Written once the start-up scan is done; it names every minutes file of the workspace then.
    const kept = await waitFor(
      () => {
        if (!existsSync(cacheFile)) return undefined;
        const parsed = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: [string][] };
        return parsed.entries.map(([path]) => path.split(/[\\/]/).pop());
      },
      30_000,
      `the index kept in ${cacheFile}`,
    );
    assert.ok(kept.includes('kommunchefsgruppen.minutes'), `the example among the kept summaries: ${JSON.stringify(kept)}`);
  });

  it('creates the next meeting from the previous one, never over an existing file', async () => {
    await minutesApi();
    const from = vscode.Uri.joinPath(folder(), '2024-05-14.minutes').toString();
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.newMeetingFromPrevious', { from, date: '2024-06-11' });
    assert.ok(created, 'the command returned the new file');
    assert.equal(created.path.split('/').pop(), '2024-06-11.minutes');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.equal(text, readFileSync(join(fixtures, '..', 'expected', 'next.sv.minutes'), 'utf8'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString(), 'the new meeting is open');
    // The same again: a new name, the first file untouched.
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('minutes.newMeetingFromPrevious', { from, date: '2024-06-11', open: false });
    assert.equal(again?.path.split('/').pop(), '2024-06-11-2.minutes');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(created)), text);
  });
});
