import { CstParser } from 'chevrotain';
import { allTokens, AnyLine, CommentLine, FooterLine, ItemLine, SectionLine, TextLine } from './tokens';

/**
 * The grammar of a minutes document: which region each line stands in.
 *
 * ```
 * document := CommentLine* TextLine? (header | section)* item* footer?
 * header   := AnyLine+            up to a section heading, an item or the footer
 * section  := SectionLine AnyLine* up to the next heading, an item or the footer
 * item     := ItemLine AnyLine*    up to the next column-0 item heading or the footer
 * footer   := FooterLine AnyLine*  to the end
 * ```
 * One item's region, as `layout.ts` cuts the document, is read as the `item` rule reads it, with
 * no tree node: a region that begins with its heading is that heading and its other lines
 * (`readItemRegion` in `parse.ts`), any other goes to `itemRegionParser.ts`, with recovery. The
 * `item` rule stays the grammar's definition of an item, and `layout.test.ts` holds both to it.
 *
 * Tokens are whole lines classified by the lexer (blank lines make none), so a region's lines
 * come out in order in one array of its node. Every line is accepted somewhere, so a document
 * never fails to parse; error recovery stays on for whatever the grammar may one day insist on.
 */
export class MinutesParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'full', maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() => this.CONSUME(CommentLine));
    this.OPTION(() => this.CONSUME(TextLine));
    this.MANY2({
      GATE: () => !this.atItem() && !this.atFooter(),
      DEF: () =>
        this.OR2({
          // A section heading is also "any line"; the section alternative is tried first.
          IGNORE_AMBIGUITIES: true,
          DEF: [{ ALT: () => this.SUBRULE(this.section) }, { ALT: () => this.SUBRULE(this.header) }],
        }),
    });
    this.MANY3(() => this.SUBRULE(this.item));
    this.OPTION2(() => this.SUBRULE(this.footer));
  });

  /** Header fields, comments and stray text before the attendance sections and items. */
  public header = this.RULE('header', () => {
    this.AT_LEAST_ONE({
      GATE: () => !this.atItem() && !this.atFooter() && !this.atSection(),
      DEF: () => this.CONSUME(AnyLine),
    });
  });

  public section = this.RULE('section', () => {
    this.CONSUME(SectionLine);
    this.MANY({
      GATE: () => !this.atItem() && !this.atFooter() && !this.atSection(),
      DEF: () => this.CONSUME(AnyLine),
    });
  });

  public item = this.RULE('item', () => {
    this.CONSUME(ItemLine);
    this.MANY({
      GATE: () => !this.atItem() && !this.atFooter(),
      DEF: () => this.CONSUME(AnyLine),
    });
  });

  public footer = this.RULE('footer', () => {
    this.CONSUME(FooterLine);
    this.MANY(() => this.CONSUME(AnyLine));
  });

  private atItem(): boolean {
    return this.LA(1).tokenType === ItemLine;
  }

  private atFooter(): boolean {
    return this.LA(1).tokenType === FooterLine;
  }

  private atSection(): boolean {
    return this.LA(1).tokenType === SectionLine;
  }

}

/** One parser instance for the process: chevrotain parsers are built once and reset per input. */
export const minutesParser = new MinutesParser();
