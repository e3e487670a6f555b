import { CstParser, EOF, type IToken, type TokenType } from 'chevrotain';
import {
  ActionKeyword,
  allTokens,
  Bullet,
  Comma,
  Comment,
  Dash,
  DeadlineKeyword,
  DecisionKeyword,
  FieldKey,
  FooterKeyword,
  Indent,
  ItemNumber,
  LParen,
  Newline,
  OwnerKeyword,
  RParen,
  SectionHeader,
  StatusKeyword,
  Text,
} from './tokens';

/**
 * The grammar of a minutes document, one rule per kind of line and one per region.
 *
 * ```
 * document   := blank* titleLine? preludeLine* item* footer?
 * preludeLine:= blank | comment | headerField | section | proseLine
 * section    := SectionHeader end (blank | comment | attendeeLine)*
 * item       := ItemNumber inline end bodyLine*        (ItemNumber at column 0)
 * bodyLine   := blank | comment | actionLine | decisionLine | continuation | bulletLine | textLine
 * footer     := footerLine (blank | comment | footerLine | textLine)*
 * ```
 * A region ends where the next one's first line stands: a section at the next heading, a header
 * field, an item or the footer; an item at the next column-0 item number or the footer. Every line
 * rule accepts any inline content, so recovery is rarely needed; the one place the grammar insists
 * is the closing parenthesis of an attendance note.
 */
export class MinutesParser extends CstParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, nodeLocationTracking: 'full', maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    this.MANY(() => this.SUBRULE(this.blankLine));
    this.OPTION({ GATE: () => this.startsTitle(), DEF: () => this.SUBRULE(this.titleLine) });
    this.MANY2({
      GATE: () => !this.atItemStart() && !this.atFooterStart(),
      DEF: () =>
        this.OR([
          { ALT: () => this.SUBRULE2(this.blankLine) },
          { ALT: () => this.SUBRULE(this.commentLine) },
          { ALT: () => this.SUBRULE(this.section) },
          { ALT: () => this.SUBRULE(this.headerField) },
          { ALT: () => this.SUBRULE(this.proseLine) },
        ]),
    });
    this.MANY3({ GATE: () => this.atItemStart(), DEF: () => this.SUBRULE(this.item) });
    this.OPTION2(() => this.SUBRULE(this.footer));
  });

  public titleLine = this.RULE('titleLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(Text);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  public headerField = this.RULE('headerField', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(FieldKey);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  /** A line in the header that is neither a field nor a heading: kept, rendered as text. */
  public proseLine = this.RULE('proseLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.OR([
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(Comma) },
      { ALT: () => this.CONSUME(LParen) },
      { ALT: () => this.CONSUME(RParen) },
      { ALT: () => this.CONSUME(Dash) },
      { ALT: () => this.CONSUME(ItemNumber) },
      { ALT: () => this.CONSUME(Bullet) },
    ]);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  public section = this.RULE('section', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(SectionHeader);
    this.SUBRULE(this.lineEnd);
    this.MANY({
      GATE: () => !this.atItemStart() && !this.atFooterStart() && !this.atSectionOrField(),
      DEF: () =>
        this.OR([
          { ALT: () => this.SUBRULE(this.blankLine) },
          { ALT: () => this.SUBRULE(this.commentLine) },
          { ALT: () => this.SUBRULE(this.attendeeLine) },
        ]),
    });
  });

  /**
   * `[- ] Name[, Organisation[, Role]] [(note)]`. Every `(` opens a note, so a note without its
   * `)` is reported rather than read as plain text.
   */
  public attendeeLine = this.RULE('attendeeLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(Bullet);
          this.MANY(() => this.SUBRULE(this.attendeePart));
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.SUBRULE2(this.attendeePart)) },
    ]);
    this.SUBRULE(this.lineEnd);
  });

  /** A field, a separator or a note of an attendee line. */
  public attendeePart = this.RULE('attendeePart', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.attendanceNote) },
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(Comma) },
      { ALT: () => this.CONSUME(Dash) },
      { ALT: () => this.CONSUME(RParen) },
      { ALT: () => this.CONSUME(ItemNumber) },
    ]);
  });

  public attendanceNote = this.RULE('attendanceNote', () => {
    this.CONSUME(LParen);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(Text) },
        { ALT: () => this.CONSUME(Comma) },
        { ALT: () => this.CONSUME(Dash) },
        { ALT: () => this.CONSUME(FieldKey) },
      ]),
    );
    this.CONSUME(RParen);
  });

  public item = this.RULE('item', () => {
    this.CONSUME(ItemNumber);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
    this.MANY({
      GATE: () => !this.atItemStart() && !this.atFooterStart(),
      DEF: () =>
        // Keywords are also `FieldKey`s, which a text line accepts: the alternatives overlap on
        // purpose and the first that fits wins, so the specific lines come first.
        this.OR({
          IGNORE_AMBIGUITIES: true,
          DEF: [
          { ALT: () => this.SUBRULE(this.blankLine) },
          { ALT: () => this.SUBRULE(this.commentLine) },
          { ALT: () => this.SUBRULE(this.actionLine) },
          { ALT: () => this.SUBRULE(this.decisionLine) },
          { ALT: () => this.SUBRULE(this.continuationLine) },
          { ALT: () => this.SUBRULE(this.bulletLine) },
          { ALT: () => this.SUBRULE(this.textLine) },
          ],
        }),
    });
  });

  /** `Uppdrag: ASSIGNEES – TASK`, or `Uppdrag: TASK` when the line has no separator. */
  public actionLine = this.RULE('actionLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(ActionKeyword);
    this.OPTION2({
      GATE: () => this.dashAhead(),
      DEF: () => {
        this.SUBRULE(this.assigneeList);
        this.CONSUME(Dash);
      },
    });
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  public assigneeList = this.RULE('assigneeList', () => {
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(Text) }, { ALT: () => this.CONSUME(Comma) }]));
  });

  public decisionLine = this.RULE('decisionLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(DecisionKeyword);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  /** `Ansvarig:`, `Senast:` or `Status:` — belongs to the action above it. */
  public continuationLine = this.RULE('continuationLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.OR([
      { ALT: () => this.CONSUME(OwnerKeyword) },
      { ALT: () => this.CONSUME(DeadlineKeyword) },
      { ALT: () => this.CONSUME(StatusKeyword) },
    ]);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  public bulletLine = this.RULE('bulletLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(Bullet);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  /** Any other line of a body: paragraph text, an indented `3.` list entry, a `Key:` that means nothing here. */
  public textLine = this.RULE('textLine', () => {
    this.SUBRULE(this.anyLine);
  });

  public footer = this.RULE('footer', () => {
    this.SUBRULE(this.footerLine);
    this.MANY(() =>
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { ALT: () => this.SUBRULE(this.blankLine) },
          { ALT: () => this.SUBRULE(this.commentLine) },
          { ALT: () => this.SUBRULE2(this.footerLine) },
          { ALT: () => this.SUBRULE(this.textLine) },
        ],
      }),
    );
  });

  public footerLine = this.RULE('footerLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(FooterKeyword);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  public commentLine = this.RULE('commentLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(Comment);
    this.SUBRULE(this.lineEnd);
  });

  public blankLine = this.RULE('blankLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.CONSUME(Newline);
  });

  /** A whole line whatever it starts with, except a line break: the fallback of every region. */
  public anyLine = this.RULE('anyLine', () => {
    this.OPTION(() => this.CONSUME(Indent));
    this.OR([
      { ALT: () => this.CONSUME(Text) },
      { ALT: () => this.CONSUME(Comma) },
      { ALT: () => this.CONSUME(LParen) },
      { ALT: () => this.CONSUME(RParen) },
      { ALT: () => this.CONSUME(Dash) },
      { ALT: () => this.CONSUME(FieldKey) },
      { ALT: () => this.CONSUME(SectionHeader) },
      { ALT: () => this.CONSUME(ItemNumber) },
      { ALT: () => this.CONSUME(Bullet) },
    ]);
    this.SUBRULE(this.inline);
    this.SUBRULE(this.lineEnd);
  });

  /** The rest of a line. */
  public inline = this.RULE('inline', () => {
    this.MANY(() =>
      this.OR([
        { ALT: () => this.CONSUME(Text) },
        { ALT: () => this.CONSUME(Comma) },
        { ALT: () => this.CONSUME(LParen) },
        { ALT: () => this.CONSUME(RParen) },
        { ALT: () => this.CONSUME(Dash) },
      ]),
    );
  });

  /** A line break. The text given to the parser always ends with one (see `parse`). */
  public lineEnd = this.RULE('lineEnd', () => {
    this.CONSUME(Newline);
  });

  private startsTitle(): boolean {
    return tokenIs(this.LA(this.LA(1).tokenType === Indent ? 2 : 1), Text);
  }

  /** An item number at column 0 (an indented one is a list entry). */
  private atItemStart(): boolean {
    return this.LA(1).tokenType === ItemNumber;
  }

  private atFooterStart(): boolean {
    const first = this.LA(1);
    return first.tokenType === FooterKeyword || (first.tokenType === Indent && this.LA(2).tokenType === FooterKeyword);
  }

  private atSectionOrField(): boolean {
    const first = this.LA(1);
    const head = first.tokenType === Indent ? this.LA(2) : first;
    return head.tokenType === SectionHeader || (tokenIs(head, FieldKey) && !tokenIs(head, FooterKeyword));
  }

  /** True when the current line has a dash before its end: the action names its assignees. */
  private dashAhead(): boolean {
    for (let i = 1; ; i++) {
      const token = this.LA(i);
      if (token.tokenType === EOF || tokenIs(token, Newline)) return false;
      if (tokenIs(token, Dash)) return true;
    }
  }
}

function tokenIs(token: IToken, type: TokenType): boolean {
  return token.tokenType === type || (token.tokenType.CATEGORIES?.includes(type) ?? false);
}

/** One parser instance for the process: chevrotain parsers are built once and reset per input. */
export const minutesParser = new MinutesParser();
