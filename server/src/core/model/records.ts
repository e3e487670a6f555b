import type { Span, TextNode } from '../text/span';
import type { DateValue } from '../dates/dateValue';
import type { Assignee, Block, Deadline, Item } from './types';

/**
 * The objects of the model that hold other objects of it, made by classes rather than object
 * literals, so that V8 never allocates them straight in the old generation (an item's part,
 * `ItemPartRecord`, is in `syntax/parts.ts`).
 *
 * V8 watches every object literal's place in the code: when most objects made there outlive a
 * young-generation collection, it makes the later ones in the old generation at once
 * ("allocation-site pretenuring"). A document of 1 MiB is one collection an analysis, and its
 * model outlives it, so V8 did so for the items and their parts, actions, assignees, deadlines
 * and decisions. Those objects then died old at the end of the analysis while holding young
 * ones — the item's body, the action's text, the deadline's keyword — which every young
 * collection until the next full one kept alive and moved to the old generation: 2 MB each
 * time, and a young collection twice as long (measured: 485 MB promoted over 360 analyses,
 * against 21 MB without pretenuring). V8 does not pretenure objects made by `new`. Each class
 * makes the same own properties, in the same order, as the literal it replaces; an action's
 * optional fields are added as they are found, as before.
 */

export class ItemRecord implements Item {
  constructor(
    readonly number: number,
    readonly numberNode: TextNode,
    readonly title: TextNode,
    readonly body: readonly Block[],
    readonly headerSpan: Span,
    readonly span: Span,
  ) {}
}

export class ActionRecord {
  // Declared, not defined: the constructor makes each property, in the literal's order.
  declare readonly kind: 'action';
  declare readonly keyword: TextNode;
  declare readonly assignees: readonly Assignee[];
  declare readonly itemNumber: number;
  declare readonly span: Span;
  declare readonly lineSpan: Span;

  constructor(keyword: TextNode, assignees: readonly Assignee[], itemNumber: number, span: Span, lineSpan: Span) {
    this.kind = 'action';
    this.keyword = keyword;
    this.assignees = assignees;
    this.itemNumber = itemNumber;
    this.span = span;
    this.lineSpan = lineSpan;
  }
}

export class AssigneeRecord implements Assignee {
  constructor(readonly name: TextNode) {}
}

export class DecisionRecord {
  declare readonly kind: 'decision';
  declare readonly keyword: TextNode;
  declare readonly text: TextNode;
  declare readonly itemNumber: number;
  declare readonly span: Span;

  constructor(keyword: TextNode, text: TextNode, itemNumber: number, span: Span) {
    this.kind = 'decision';
    this.keyword = keyword;
    this.text = text;
    this.itemNumber = itemNumber;
    this.span = span;
  }
}

export class DeadlineRecord implements Deadline {
  declare readonly keyword: TextNode;
  declare readonly date: DateValue;
  declare readonly inTask?: true;

  /** `inTask` is made only for a deadline at the end of the task, as the literals did. */
  constructor(keyword: TextNode, date: DateValue, inTask?: true) {
    this.keyword = keyword;
    this.date = date;
    if (inTask) this.inTask = inTask;
  }
}
