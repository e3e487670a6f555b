import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { buildGroups, type ActionGroupNode, type ActionNode, type ActionState, type Grouping, type TreeWords } from './actionsModel';
import { ACTIONS_CHANGED_NOTIFICATION, ACTIONS_REQUEST, compareDates, isoDate, type ActionsResult } from './protocol';

export const ACTIONS_VIEW_ID = 'minutes.actions';

/** What the tree shows, for tests and scripting: groups with their actions as displayed. */
export interface ActionsTreeSnapshot {
  readonly grouping: Grouping;
  readonly openOnly: boolean;
  readonly badge: number | undefined;
  readonly groups: readonly {
    readonly label: string;
    readonly actions: readonly { readonly label: string; readonly description: string; readonly state: ActionState; readonly uri: string; readonly line: number }[];
  }[];
}

export interface ActionsView extends vscode.Disposable {
  /** Asks the server again and returns what the tree then shows. */
  snapshot(): Promise<ActionsTreeSnapshot>;
}

type Node = ActionGroupNode | ActionNode;

const words = (): TreeWords => ({
  noOwner: vscode.l10n.t('Without owner'),
  state: (state) =>
    state === 'overdue' ? vscode.l10n.t('Overdue') : state === 'open' ? vscode.l10n.t('Open') : state === 'inProgress' ? vscode.l10n.t('In progress') : vscode.l10n.t('Done'),
});

const ICONS: Readonly<Record<ActionState, vscode.ThemeIcon>> = {
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground')),
  open: new vscode.ThemeIcon('circle-large-outline'),
  inProgress: new vscode.ThemeIcon('clock'),
  done: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
};

/** `14 maj · p 3 Årsmöte · senast 2024-04-30` (`§ 3 Årsmöte` in a protokoll); a deadline that names no day as written (`· snarast`). */
function describe(node: ActionNode): string {
  const { action } = node;
  const item = action.paragraphs ? `§ ${action.itemNumber} ${action.itemTitle}` : vscode.l10n.t('item {0} {1}', action.itemNumber, action.itemTitle);
  const parts = [action.meetingDate ? isoDate(action.meetingDate) : undefined, item];
  if (action.deadline) parts.push(vscode.l10n.t('due {0}', isoDate(action.deadline)));
  else if (action.deadlineText) parts.push(action.deadlineText);
  return parts.filter((p): p is string => p !== undefined).join(' · ');
}

/**
 * The "Actions" ("Uppdrag") view in the Explorer: every action item of the workspace's minutes,
 * from the server's index (`minutes/actions`), grouped by assignee, meeting or status. Overdue
 * actions (open, deadline before today) carry a red warning icon and say so; a click opens the
 * action's line; a filter shows open actions only; the badge counts the open ones. The tree is
 * refreshed when the server says the index changed (`minutes/actionsChanged`).
 */
export function createActionsView(client: LanguageClient, state: vscode.Memento): ActionsView {
  let grouping: Grouping = state.get<Grouping>('minutes.actions.grouping', 'assignee');
  let openOnly = state.get<boolean>('minutes.actions.openOnly', false);
  let result: ActionsResult = { today: { year: 1970, month: 1, day: 1 }, actions: [] };
  let groups: ActionGroupNode[] = [];
  const changed = new vscode.EventEmitter<Node | undefined>();

  const provider: vscode.TreeDataProvider<Node> = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => (node === undefined ? groups : node.kind === 'group' ? [...node.actions] : []),
    getTreeItem: (node) => {
      if (node.kind === 'group') {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = String(node.actions.length);
        item.contextValue = 'minutesActionGroup';
        return item;
      }
      const item = new vscode.TreeItem(node.action.task || vscode.l10n.t('(no task)'), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = describe(node);
      item.iconPath = ICONS[node.state];
      item.contextValue = `minutesAction.${node.state}`;
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${escapeMarkdown(node.action.task)}**\n\n`);
      tooltip.appendMarkdown(`${escapeMarkdown(node.action.assignees.join(', ') || words().noOwner)} · ${escapeMarkdown(words().state(node.state))}\n\n`);
      tooltip.appendMarkdown(escapeMarkdown(describe(node)));
      item.tooltip = tooltip;
      const range = node.action.range;
      item.command = {
        title: vscode.l10n.t('Open'),
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(node.action.file), { selection: new vscode.Range(range.start.line, range.start.character, range.start.line, range.start.character) }],
      };
      return item;
    },
  };
  const view = vscode.window.createTreeView(ACTIONS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const rebuild = () => {
    groups = buildGroups(result.actions, result.today, grouping, openOnly, words());
    const open = result.actions.filter((a) => a.status !== 'done').length;
    const overdue = result.actions.filter((a) => a.status !== 'done' && a.deadline && compareDates(a.deadline, result.today) < 0).length;
    view.badge = open > 0 ? { value: open, tooltip: vscode.l10n.t('{0} open actions, {1} overdue', open, overdue) } : undefined;
    view.message = result.actions.length === 0 ? vscode.l10n.t('No actions in the minutes of this workspace.') : undefined;
    void vscode.commands.executeCommand('setContext', 'minutes.actions.grouping', grouping);
    void vscode.commands.executeCommand('setContext', 'minutes.actions.openOnly', openOnly);
    changed.fire(undefined);
  };
  let ticket = 0;
  const refresh = async () => {
    const mine = ++ticket;
    try {
      const answer = await client.sendRequest<ActionsResult>(ACTIONS_REQUEST, {});
      if (mine !== ticket) return;
      result = answer;
    } catch {
      // The server is restarting or gone: keep showing what was there.
      return;
    }
    rebuild();
  };
  const setGrouping = (value: Grouping) => {
    grouping = value;
    void state.update('minutes.actions.grouping', value);
    rebuild();
  };
  const setOpenOnly = (value: boolean) => {
    openOnly = value;
    void state.update('minutes.actions.openOnly', value);
    rebuild();
  };

  const notification = client.onNotification(ACTIONS_CHANGED_NOTIFICATION, () => void refresh());
  void refresh();
  const disposables = vscode.Disposable.from(
    view,
    changed,
    notification,
    vscode.commands.registerCommand('minutes.actions.refresh', refresh),
    vscode.commands.registerCommand('minutes.actions.groupByAssignee', () => setGrouping('assignee')),
    vscode.commands.registerCommand('minutes.actions.groupByMeeting', () => setGrouping('meeting')),
    vscode.commands.registerCommand('minutes.actions.groupByStatus', () => setGrouping('status')),
    vscode.commands.registerCommand('minutes.actions.showOpenOnly', () => setOpenOnly(true)),
    vscode.commands.registerCommand('minutes.actions.showAll', () => setOpenOnly(false)),
  );

  return {
    dispose: () => disposables.dispose(),
    snapshot: async () => {
      await refresh();
      return {
        grouping,
        openOnly,
        badge: typeof view.badge?.value === 'number' ? view.badge.value : undefined,
        groups: groups.map((group) => ({
          label: group.label,
          actions: group.actions.map((node) => {
            const item = provider.getTreeItem(node) as vscode.TreeItem;
            return { label: String(item.label), description: String(item.description), state: node.state, uri: node.action.file, line: node.action.range.start.line };
          }),
        })),
      };
    },
  };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
