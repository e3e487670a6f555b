import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { allTokens, AnyLine, ItemLine } from './tokens';

/** One item's lines as the item-region rule reads them: its heading's line and the lines below it. */
export interface ItemRegionLines {
  /** The heading's token; one that error recovery made up stands here too (`isVirtual`). */
  readonly heading: IToken;
  readonly lines: IToken[];
}

/**
 * The rule that reads one item's region, as `layout.ts` cuts the document into regions:
 *
 * ```
 * itemRegion := ItemLine AnyLine*
 * ```
 *
 * It reads the same lines as `MinutesParser`'s `item` rule, with the same error recovery, but
 * builds no tree node: it hands back its tokens, which are all an item's node held (one heading,
 * then its lines in order), and `buildItemPart` reads them. A region that begins with its heading
 * reads as that heading and the rest of its lines without being parsed (`readItemRegion` in
 * `parse.ts`); the rule reads any other, with recovery.
 */
export class ItemRegionParser extends EmbeddedActionsParser {
  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  public itemRegion = this.RULE('itemRegion', (): ItemRegionLines => {
    const heading = this.CONSUME(ItemLine);
    const lines: IToken[] = [];
    this.MANY(() => {
      lines.push(this.CONSUME(AnyLine));
    });
    return { heading, lines };
  });
}

let instance: ItemRegionParser | undefined;

/**
 * One parser instance for the process, made on first use: chevrotain parsers are built once (2.5
 * ms) and reset per input, and `parseMinutes` gives this one no region (`readItemRegion`).
 */
export function itemRegionParser(): ItemRegionParser {
  return (instance ??= new ItemRegionParser());
}
