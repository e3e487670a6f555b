import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver';
import { searchWorkspaceSymbols, workspaceSymbolEntries, workspaceSymbolSearch, type WorkspaceSymbolKind, type WorkspaceSymbolSearch } from '../../core';
import type { Feature } from '../context';

/** The kinds match the document outline's: an event for what is to happen, a namespace for an item. */
const KINDS: Readonly<Record<WorkspaceSymbolKind, SymbolKind>> = {
  meeting: SymbolKind.Module,
  item: SymbolKind.Namespace,
  person: SymbolKind.Variable,
  action: SymbolKind.Event,
};

/**
 * `workspace/symbol`: meetings by date and name, items, people and actions of every indexed
 * minutes file. The entries are built once per version of the index and searched with
 * `indexOf` over all their names at once.
 */
export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, workspace }) {
    let cached: { version: number; search: WorkspaceSymbolSearch } | undefined;
    connection.onWorkspaceSymbol((params): WorkspaceSymbol[] => {
      workspace.flushOpen(); // an edit still waiting to be summarised bumps the version now
      if (!cached || cached.version !== workspace.version) cached = { version: workspace.version, search: workspaceSymbolSearch(workspaceSymbolEntries(workspace.meetings())) };
      return searchWorkspaceSymbols(cached.search, params.query).map((entry) => ({
        name: entry.name,
        kind: KINDS[entry.kind],
        ...(entry.container ? { containerName: entry.container } : {}),
        location: { uri: entry.file, range: entry.range },
      }));
    });
  },
};
