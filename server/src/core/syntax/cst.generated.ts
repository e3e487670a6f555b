// Generated from the grammar by scripts/generate-cst-types.ts. Do not edit.
import type { CstNode, IToken } from "chevrotain";

export interface DocumentCstNode extends CstNode {
  name: "document";
  children: DocumentCstChildren;
}

export type DocumentCstChildren = {
  CommentLine?: IToken[];
  TextLine?: IToken[];
  section?: SectionCstNode[];
  header?: HeaderCstNode[];
  item?: ItemCstNode[];
  footer?: FooterCstNode[];
};

export interface HeaderCstNode extends CstNode {
  name: "header";
  children: HeaderCstChildren;
}

export type HeaderCstChildren = {
  AnyLine: IToken[];
};

export interface SectionCstNode extends CstNode {
  name: "section";
  children: SectionCstChildren;
}

export type SectionCstChildren = {
  SectionLine: IToken[];
  AnyLine?: IToken[];
};

export interface ItemCstNode extends CstNode {
  name: "item";
  children: ItemCstChildren;
}

export type ItemCstChildren = {
  ItemLine: IToken[];
  AnyLine?: IToken[];
};

export interface FooterCstNode extends CstNode {
  name: "footer";
  children: FooterCstChildren;
}

export type FooterCstChildren = {
  FooterLine: IToken[];
  AnyLine?: IToken[];
};
