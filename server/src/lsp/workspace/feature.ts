import { DidChangeWatchedFilesNotification, FileChangeType, type InitializeParams } from 'vscode-languageserver';
import type { Feature, ServerContext } from '../context';
import { uriToPath } from './files';

/** Sent (debounced) when any indexed file changed: the actions view asks `minutes/actions` again. */
export const ACTIONS_CHANGED_NOTIFICATION = 'minutes/actionsChanged';
/** Sent once the start-up scan is done: `{ files, ms }`. */
export const INDEX_READY_NOTIFICATION = 'minutes/indexReady';
/** `{ files, scanMs, fromCache, openSummaries, ready, heapUsedMiB, rssMiB }`: for the benchmark, tests and curious users. */
export const WORKSPACE_STATUS_REQUEST = 'minutes/workspaceStatus';

const DEBOUNCE_MS = 150;

/**
 * The workspace index at work: the workspace folders are scanned after `initialized` (and a folder
 * added later when it is added; a removed folder's files leave the index); the file
 * watcher is registered dynamically when the client can (VS Code can), else whatever
 * `workspace/didChangeWatchedFiles` the client sends is used; open documents feed the index once
 * typing pauses; and the index supplies the document store with the members of each document's
 * folder tree, so `unknown-assignee`, its did-you-mean and completion know them.
 */
export function workspaceIndexFeature(): Feature {
  let dynamicWatcher = false;
  /** Whether the client tells of workspace folders added and removed (vscode-languageserver throws otherwise). */
  let foldersFollowed = false;
  let context: ServerContext | undefined;
  let ready = false;

  return {
    // Told when the user adds or removes a workspace folder (VS Code's "Add Folder to Workspace").
    capabilities: { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
    initialize(params: InitializeParams) {
      const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
      context?.workspace.setFolders(uris.map(uriToPath).filter((path): path is string => path !== undefined));
      dynamicWatcher = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      foldersFollowed = params.capabilities.workspace?.workspaceFolders === true;
      // A folder the client keeps for this workspace (VS Code's storageUri): summaries are kept there.
      const storagePath = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
      if (typeof storagePath === 'string' && storagePath !== '') context?.workspace.keepSummariesIn(storagePath, process.argv[1]);
    },
    register(ctx) {
      context = ctx;
      const { connection, store, workspace } = ctx;
      let timer: NodeJS.Timeout | undefined;
      workspace.onDidChange(() => {
        if (!ready || timer) return;
        timer = setTimeout(() => {
          timer = undefined;
          void connection.sendNotification(ACTIONS_CHANGED_NOTIFICATION, { version: workspace.version });
        }, DEBOUNCE_MS);
      });
      workspace.onDidChangeMembers(() => {
        if (ready) store.membersChanged();
      });
      store.documents.onDidChangeContent((event) => {
        const { uri } = event.document;
        // Summarised after a pause in typing (or on the next read of the index), not per key.
        workspace.openTextChanged(uri, () => store.documents.get(uri)?.getText() ?? event.document.getText());
      });
      store.documents.onDidClose((event) => void workspace.closed(event.document.uri));
      connection.onDidChangeWatchedFiles((params) => {
        for (const change of params.changes) {
          // A deleted folder may be reported as the folder alone.
          if (change.type === FileChangeType.Deleted) workspace.fileDeleted(change.uri);
          else if (change.uri.endsWith('.minutes')) void workspace.fileChanged(change.uri);
        }
      });
      connection.onRequest(WORKSPACE_STATUS_REQUEST, () => {
        const memory = process.memoryUsage();
        return {
          ready,
          files: workspace.meetings().length,
          scanMs: workspace.lastScan?.ms,
          fromCache: workspace.lastScan?.fromCache,
          openSummaries: workspace.openSummaries,
          heapUsedMiB: memory.heapUsed / 2 ** 20,
          rssMiB: memory.rss / 2 ** 20,
        };
      });
    },
    initialized() {
      const ctx = context;
      if (!ctx) return;
      const { connection, store, workspace } = ctx;
      if (dynamicWatcher) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.minutes' }] });
      if (foldersFollowed) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          const paths = (folders: readonly { uri: string }[]) => folders.map((f) => uriToPath(f.uri)).filter((path): path is string => path !== undefined);
          void workspace
            .changeFolders(paths(event.added), paths(event.removed))
            .then(() => {
              if (!ready) return;
              void connection.sendNotification(ACTIONS_CHANGED_NOTIFICATION, { version: workspace.version });
            })
            .catch((error: unknown) => connection.console.error(`Indexing the workspace folders failed: ${String(error)}`));
        });
      }
      void workspace
        .scan()
        .then((result) => {
          ready = true;
          connection.console.info(`Indexed ${result.files} minutes files in ${result.ms.toFixed(0)} ms.`);
          store.setMemberSource((uri) => workspace.membersFor(uri));
          void connection.sendNotification(INDEX_READY_NOTIFICATION, result);
          void connection.sendNotification(ACTIONS_CHANGED_NOTIFICATION, { version: workspace.version });
        })
        .catch((error: unknown) => connection.console.error(`Indexing the workspace failed: ${String(error)}`));
    },
  };
}
