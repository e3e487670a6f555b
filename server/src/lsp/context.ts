import type { Connection } from 'vscode-languageserver';
import type { DocumentStore } from './documentStore';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/** What a feature needs to answer requests: the connection to register on, and the documents. */
export interface ServerContext {
  readonly connection: Connection;
  readonly store: DocumentStore;
  /** Every minutes file of the workspace folders (`workspace/workspaceIndex.ts`). */
  readonly workspace: WorkspaceIndex;
}

/**
 * A language feature of the server: it adds its capabilities to the `initialize` result and
 * registers its handlers. Each lives in `features/<name>.ts` and converts between LSP and one
 * core function; nothing else.
 */
export interface Feature {
  /** Read after `initialize` has seen the client's request, so it may depend on the client. */
  readonly capabilities?: import('vscode-languageserver').ServerCapabilities;
  register(context: ServerContext): void;
  /** Sees the `initialize` request (workspace folders, client capabilities), before the result is sent. */
  initialize?(params: import('vscode-languageserver').InitializeParams): void;
  /** Runs after the client's `initialized` notification: dynamic registrations, background work. */
  initialized?(): void;
}
