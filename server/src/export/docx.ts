import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PublishedAction, PublishedBlock, PublishedMinutes, PublishedSection } from '../core';
import { WordLists } from './docxLists';

/**
 * The published minutes as a Word document, built with the `docx` library: the header block, the
 * attendance as real Word tables, one heading per item, actions and decisions set apart, the
 * summary of actions as a table, the decisions, the footer with signature lines, and page numbers
 * ("Sida 2 av 5") in the page footer. The secretary's text is published as written (no capital
 * added), items are named by their number as the heading writes it (`§ 46 Budget`), and lists
 * keep their numbers and nesting (`docxLists.ts`).
 */
export async function renderDocx(minutes: PublishedMinutes): Promise<Uint8Array> {
  const { labels } = minutes;
  const children: (Paragraph | Table)[] = [];
  const lists = new WordLists();
  if (minutes.title) children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(minutes.title.value)] }));
  for (const p of minutes.subtitle) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(p.value)] }));
  if (minutes.fields.length > 0) {
    children.push(
      borderlessTable(minutes.fields.map((field) => [[new TextRun({ text: field.label, bold: true })], [new TextRun(field.value)]]), [25, 75]),
    );
  }
  for (const p of minutes.preamble) children.push(new Paragraph(p.value));

  for (const section of minutes.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }));
    children.push(attendanceTable(minutes, section));
  }

  for (const item of minutes.items) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${item.headingNumber} ${item.title}`)] }));
    for (const block of item.blocks) children.push(...blockParagraphs(minutes, block, lists));
  }

  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.actionsHeading())] }));
  if (minutes.actions.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: labels.noActions(), italics: true })] }));
  else {
    children.push(
      gridTable(
        [labels.itemColumn(), labels.taskColumn(), labels.owner(), labels.deadline()],
        minutes.actions.map((action) => [
          [new TextRun(action.itemReference)],
          action.task === '' ? [new TextRun({ text: labels.noTask(), bold: true })] : [new TextRun(action.task)],
          ownerRuns(minutes, action),
          [new TextRun(action.deadline ?? '')],
        ]),
        [8, 52, 25, 15],
      ),
    );
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.decisionsHeading())] }));
  if (minutes.decisions.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: labels.noDecisions(), italics: true })] }));
  for (const decision of minutes.decisions) {
    children.push(
      new Paragraph({
        bullet: { level: 0 },
        children: [new TextRun({ text: `${decision.itemHeadingNumber} ${decision.itemTitle}: `, bold: true }), new TextRun(decision.text)],
      }),
    );
  }

  const footer = minutes.footer;
  if (footer) {
    children.push(new Paragraph({ spacing: { before: 480 }, border: { top: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 8 } } }));
    for (const part of footer.parts) {
      if (part.kind === 'recorded-by') children.push(new Paragraph(`${part.label} ${part.value}`));
      else if (part.kind === 'note') children.push(new Paragraph(part.value));
      else {
        children.push(new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: part.label, bold: true })] }));
        for (const person of part.persons) {
          children.push(new Paragraph({ spacing: { before: 600 }, children: [new TextRun('_______________________________')] }));
          children.push(new Paragraph(person.value));
        }
      }
    }
  }

  const document = new Document({
    title: minutes.title?.value ?? '',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${labels.page()} `, PageNumber.CURRENT, ` ${labels.of()} `, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function attendanceTable(minutes: PublishedMinutes, section: PublishedSection): Table {
  const { labels } = minutes;
  return gridTable(
    [labels.name(), labels.organisation(), labels.role(), labels.attendance()],
    section.rows.map((row) => [[new TextRun(row.name)], [new TextRun(row.organisation)], [new TextRun(row.role)], [new TextRun(row.attendance)]]),
    [30, 25, 20, 25],
  );
}

function blockParagraphs(minutes: PublishedMinutes, block: PublishedBlock, lists: WordLists): Paragraph[] {
  const { labels } = minutes;
  switch (block.kind) {
    case 'paragraph':
      // A protokoll's sub-heading (`Beslutsunderlag`, `Yrkanden`) is a heading under the item's.
      if (block.subheading) return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(block.text)] })];
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] })];
    case 'list':
      return lists.paragraphs(block.entries);
    case 'action':
      return [
        setApart([
          new TextRun({ text: `${labels.action()}: `, bold: true }),
          ...ownerRuns(minutes, block),
          new TextRun(block.ownerLink),
          block.task === '' ? new TextRun({ text: labels.noTask(), bold: true }) : new TextRun(block.task),
          ...(block.deadline ? [new TextRun({ text: ` ${labels.deadline()} ${block.deadline}`, italics: true })] : []),
          ...(block.status ? [new TextRun({ text: ` (${block.statusText ?? labels.status(block.status)})`, italics: true })] : []),
        ]),
      ];
    case 'decision': {
      // The keyword as written: a label with its colon, one that runs into its sentence (`RESOLVED that …`) with what stood between them.
      const keyword = block.link === undefined ? [new TextRun({ text: `${block.label}: `, bold: true })] : [new TextRun({ text: block.label, bold: true }), new TextRun(block.link)];
      if (!block.points) return [setApart([...keyword, new TextRun(block.text)])];
      // Its points as a Word list, set apart with it.
      return [setApart([...keyword, new TextRun(block.points.lead)], { keepNext: true }), ...lists.paragraphs(block.points.entries, APART)];
    }
  }
}

function ownerRuns(minutes: PublishedMinutes, action: PublishedAction): TextRun[] {
  return action.assignees.length === 0
    ? [new TextRun({ text: minutes.labels.noOwner(), bold: true, color: 'A4262C' })]
    : [new TextRun({ text: action.owners, bold: true })];
}

/** The bar on the left and the light background that set actions and decisions apart. */
const APART = {
  border: { left: { style: BorderStyle.THICK, size: 18, color: '1F4E79', space: 6 } },
  shading: { type: ShadingType.CLEAR, fill: 'F3F5F8', color: 'auto' },
} as const;

/** A paragraph with a bar on its left and a light background: how actions and decisions stand out. */
function setApart(children: TextRun[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 120, after: options.keepNext ? 0 : 120 },
    indent: { left: 160 },
    ...APART,
    ...options,
    children,
  });
}

/** A table with a header row and ruled cells; `widths` in per cent of the text width. */
function gridTable(headings: readonly string[], rows: readonly (readonly TextRun[][])[], widths: readonly number[]): Table {
  const cell = (runs: readonly TextRun[], index: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 25, type: WidthType.PERCENTAGE },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7EBF0', color: 'auto' } } : {}),
      children: [new Paragraph({ children: [...runs] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h, i) => cell([new TextRun({ text: h, bold: true })], i, true)) }),
      ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((runs, i) => cell(runs, i, false)) })),
    ],
  });
}

/** A two-column table without borders, for the header fields. */
function borderlessTable(rows: readonly (readonly TextRun[][])[], widths: readonly number[]): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map(
            (runs, i) => new TableCell({ width: { size: widths[i] ?? 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [...runs] })] }),
          ),
        }),
    ),
  });
}
