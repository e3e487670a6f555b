// Generated from the grammar by scripts/generate-cst-types.ts. Do not edit.
import type { CstNode, IToken } from "chevrotain";

export interface DocumentCstNode extends CstNode {
  name: "document";
  children: DocumentCstChildren;
}

export type DocumentCstChildren = {
  blankLine?: (BlankLineCstNode)[];
  titleLine?: TitleLineCstNode[];
  commentLine?: CommentLineCstNode[];
  section?: SectionCstNode[];
  headerField?: HeaderFieldCstNode[];
  proseLine?: ProseLineCstNode[];
  item?: ItemCstNode[];
  footer?: FooterCstNode[];
};

export interface TitleLineCstNode extends CstNode {
  name: "titleLine";
  children: TitleLineCstChildren;
}

export type TitleLineCstChildren = {
  Indent?: IToken[];
  Text: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface HeaderFieldCstNode extends CstNode {
  name: "headerField";
  children: HeaderFieldCstChildren;
}

export type HeaderFieldCstChildren = {
  Indent?: IToken[];
  FieldKey: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface ProseLineCstNode extends CstNode {
  name: "proseLine";
  children: ProseLineCstChildren;
}

export type ProseLineCstChildren = {
  Indent?: IToken[];
  Text?: IToken[];
  Comma?: IToken[];
  LParen?: IToken[];
  RParen?: IToken[];
  Dash?: IToken[];
  ItemNumber?: IToken[];
  Bullet?: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface SectionCstNode extends CstNode {
  name: "section";
  children: SectionCstChildren;
}

export type SectionCstChildren = {
  Indent?: IToken[];
  SectionHeader: IToken[];
  lineEnd: LineEndCstNode[];
  blankLine?: BlankLineCstNode[];
  commentLine?: CommentLineCstNode[];
  attendeeLine?: AttendeeLineCstNode[];
};

export interface AttendeeLineCstNode extends CstNode {
  name: "attendeeLine";
  children: AttendeeLineCstChildren;
}

export type AttendeeLineCstChildren = {
  Indent?: IToken[];
  Bullet?: IToken[];
  attendeePart?: (AttendeePartCstNode)[];
  lineEnd: LineEndCstNode[];
};

export interface AttendeePartCstNode extends CstNode {
  name: "attendeePart";
  children: AttendeePartCstChildren;
}

export type AttendeePartCstChildren = {
  attendanceNote?: AttendanceNoteCstNode[];
  Text?: IToken[];
  Comma?: IToken[];
  Dash?: IToken[];
  RParen?: IToken[];
  ItemNumber?: IToken[];
};

export interface AttendanceNoteCstNode extends CstNode {
  name: "attendanceNote";
  children: AttendanceNoteCstChildren;
}

export type AttendanceNoteCstChildren = {
  LParen: IToken[];
  Text?: IToken[];
  Comma?: IToken[];
  Dash?: IToken[];
  FieldKey?: IToken[];
  RParen: IToken[];
};

export interface ItemCstNode extends CstNode {
  name: "item";
  children: ItemCstChildren;
}

export type ItemCstChildren = {
  ItemNumber: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
  blankLine?: BlankLineCstNode[];
  commentLine?: CommentLineCstNode[];
  actionLine?: ActionLineCstNode[];
  decisionLine?: DecisionLineCstNode[];
  continuationLine?: ContinuationLineCstNode[];
  bulletLine?: BulletLineCstNode[];
  textLine?: TextLineCstNode[];
};

export interface ActionLineCstNode extends CstNode {
  name: "actionLine";
  children: ActionLineCstChildren;
}

export type ActionLineCstChildren = {
  Indent?: IToken[];
  ActionKeyword: IToken[];
  assigneeList?: AssigneeListCstNode[];
  Dash?: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface AssigneeListCstNode extends CstNode {
  name: "assigneeList";
  children: AssigneeListCstChildren;
}

export type AssigneeListCstChildren = {
  Text?: IToken[];
  Comma?: IToken[];
};

export interface DecisionLineCstNode extends CstNode {
  name: "decisionLine";
  children: DecisionLineCstChildren;
}

export type DecisionLineCstChildren = {
  Indent?: IToken[];
  DecisionKeyword: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface ContinuationLineCstNode extends CstNode {
  name: "continuationLine";
  children: ContinuationLineCstChildren;
}

export type ContinuationLineCstChildren = {
  Indent?: IToken[];
  OwnerKeyword?: IToken[];
  DeadlineKeyword?: IToken[];
  StatusKeyword?: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface BulletLineCstNode extends CstNode {
  name: "bulletLine";
  children: BulletLineCstChildren;
}

export type BulletLineCstChildren = {
  Indent?: IToken[];
  Bullet: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface TextLineCstNode extends CstNode {
  name: "textLine";
  children: TextLineCstChildren;
}

export type TextLineCstChildren = {
  anyLine: AnyLineCstNode[];
};

export interface FooterCstNode extends CstNode {
  name: "footer";
  children: FooterCstChildren;
}

export type FooterCstChildren = {
  footerLine: (FooterLineCstNode)[];
  blankLine?: BlankLineCstNode[];
  commentLine?: CommentLineCstNode[];
  textLine?: TextLineCstNode[];
};

export interface FooterLineCstNode extends CstNode {
  name: "footerLine";
  children: FooterLineCstChildren;
}

export type FooterLineCstChildren = {
  Indent?: IToken[];
  FooterKeyword: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface CommentLineCstNode extends CstNode {
  name: "commentLine";
  children: CommentLineCstChildren;
}

export type CommentLineCstChildren = {
  Indent?: IToken[];
  Comment: IToken[];
  lineEnd: LineEndCstNode[];
};

export interface BlankLineCstNode extends CstNode {
  name: "blankLine";
  children: BlankLineCstChildren;
}

export type BlankLineCstChildren = {
  Indent?: IToken[];
  Newline: IToken[];
};

export interface AnyLineCstNode extends CstNode {
  name: "anyLine";
  children: AnyLineCstChildren;
}

export type AnyLineCstChildren = {
  Indent?: IToken[];
  Text?: IToken[];
  Comma?: IToken[];
  LParen?: IToken[];
  RParen?: IToken[];
  Dash?: IToken[];
  FieldKey?: IToken[];
  SectionHeader?: IToken[];
  ItemNumber?: IToken[];
  Bullet?: IToken[];
  inline: InlineCstNode[];
  lineEnd: LineEndCstNode[];
};

export interface InlineCstNode extends CstNode {
  name: "inline";
  children: InlineCstChildren;
}

export type InlineCstChildren = {
  Text?: IToken[];
  Comma?: IToken[];
  LParen?: IToken[];
  RParen?: IToken[];
  Dash?: IToken[];
};

export interface LineEndCstNode extends CstNode {
  name: "lineEnd";
  children: LineEndCstChildren;
}

export type LineEndCstChildren = {
  Newline: IToken[];
};
