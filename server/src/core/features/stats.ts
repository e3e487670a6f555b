import type { Analysis } from '../analysis/analyze';

/** Counts for a document at a glance: the status bar shows them. */
export interface DocumentStats {
  readonly items: number;
  readonly actions: number;
  /** Actions with text but no assignee (those `missing-assignee` reports). */
  readonly withoutAssignee: number;
  readonly decisions: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Counts items, actions (and how many lack an owner), decisions and problems. */
export function documentStats(analysis: Analysis): DocumentStats {
  let actions = 0;
  let withoutAssignee = 0;
  let decisions = 0;
  for (const item of analysis.document.items) {
    for (const block of item.body) {
      if (block.kind === 'action') {
        actions++;
        if (block.assignees.length === 0 && block.task) withoutAssignee++;
      } else if (block.kind === 'decision') decisions++;
    }
  }
  let errors = 0;
  let warnings = 0;
  for (const d of analysis.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return { items: analysis.document.items.length, actions, withoutAssignee, decisions, errors, warnings };
}
