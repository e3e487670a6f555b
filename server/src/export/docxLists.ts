import { AlignmentType, LevelFormat, Paragraph, TextRun, type ILevelsOptions, type IParagraphOptions, type NumberingDefinition } from 'docx';
import { listRuns, type ListRun, type PublishedListEntry } from '../core/render/index';

/** Word's deepest list level (levels 0 to 8). */
const DEEPEST_LEVEL = 8;

/** Indentation of a list level, in twips: as the `docx` library's bullets, half an inch a level. */
const LEVEL_INDENT = 720;
const HANGING = 360;

/**
 * The lists of one Word document. Each numbered list is a Word list of its own (its own numbering
 * definition), starting at its first number as written; `listRuns` starts a new list wherever a
 * number does not follow the one before it, so Word's numbering shows every number exactly as
 * written (`3.`, `4.`; `1)`, `1)`, `5)`) and the delimiter too. Bullet lists use the library's
 * bullets. Nesting is the list level, one per depth.
 */
export class WordLists {
  private count = 0;

  /**
   * The entries of a published list as paragraphs, nested lists right after their entry; `look`
   * gives each paragraph a border and shading too (a decision's points, set apart with it).
   */
  paragraphs(entries: readonly PublishedListEntry[], look: Pick<IParagraphOptions, 'border' | 'shading'> = {}): Paragraph[] {
    return listRuns(entries).flatMap((run) => this.runParagraphs(run, 0, look));
  }

  private runParagraphs(run: ListRun, depth: number, look: Pick<IParagraphOptions, 'border' | 'shading'>): Paragraph[] {
    const level = Math.min(depth, DEEPEST_LEVEL);
    const definition = run.style === 'bullet' ? undefined : this.definition(run, level);
    return run.entries.flatMap((node) => [
      new Paragraph({
        ...look,
        ...(definition ? { numbering: { reference: definition, level } } : { bullet: { level } }),
        children: [new TextRun(node.entry.value)],
      }),
      ...node.children.flatMap((child) => this.runParagraphs(child, depth + 1, look)),
    ]);
  }

  /** A numbering definition for one numbered list: decimal numbers from its first number, its delimiter as written. */
  private definition(run: ListRun, level: number): NumberingDefinition {
    this.count += 1;
    const levels: ILevelsOptions[] = [];
    for (let each = 0; each <= DEEPEST_LEVEL; each++) {
      levels.push({
        level: each,
        format: LevelFormat.DECIMAL,
        text: `%${each + 1}${run.style}`,
        alignment: AlignmentType.LEFT,
        start: each === level ? Math.max(0, Math.trunc(run.start)) : 1,
        style: { paragraph: { indent: { left: LEVEL_INDENT * (each + 1), hanging: HANGING } } },
      });
    }
    return { reference: `minutes-list-${this.count}`, levels };
  }
}
