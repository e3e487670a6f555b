import { messages } from '../../core';
import { renumberEdits } from '../../core/features/renumber';
import type { Feature } from '../context';
import { workspaceEdit } from '../textEdits';

/**
 * The server's renumber command. The VS Code client owns the palette command `minutes.renumberItems`
 * and calls this one with the active document's URI; a server command of the same name would
 * clash with it, because vscode-languageclient registers every advertised server command as a
 * VS Code command. Other editors may call either name.
 */
export const SERVER_RENUMBER_COMMAND = 'minutes.server.renumberItems';
const ACCEPTED = new Set([SERVER_RENUMBER_COMMAND, 'minutes.renumberItems']);

/**
 * `workspace/executeCommand` `minutes.server.renumberItems` with the document URI (a string, or
 * `{ uri }`) as the first argument: renumbers the items and their references through
 * `workspace/applyEdit`. Answers whether an edit was applied.
 *
 * The connection has one `onExecuteCommand` handler; a feature adding commands must dispatch here.
 */
export const renumberCommandFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: [SERVER_RENUMBER_COMMAND] } },
  register({ connection, store }) {
    connection.onExecuteCommand(async (params) => {
      if (!ACCEPTED.has(params.command)) return null;
      const arg: unknown = params.arguments?.[0];
      const uri = typeof arg === 'string' ? arg : typeof arg === 'object' && arg !== null && typeof (arg as { uri?: unknown }).uri === 'string' ? (arg as { uri: string }).uri : undefined;
      const analysis = uri ? store.analysis(uri) : undefined;
      if (!uri || !analysis) return false;
      const edits = renumberEdits(analysis.text, analysis.document);
      if (edits.length === 0) return false;
      const result = await connection.workspace.applyEdit({ label: messages(store.locale, analysis.itemNaming).actionRenumber(), edit: workspaceEdit(uri, analysis, edits) });
      return result.applied;
    });
  },
};
