import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PublishedAction, PublishedBlock, PublishedMinutes } from '../core';
import type { ExportAssets } from './assets';
import { installPdfFonts, PDF_FONT } from './pdfFonts';
import { listContent } from './pdfLists';

const ACCENT = '#1f4e79';
const WARNING = '#a4262c';
const BAND = '#f3f5f8';
const HEADER_FILL = '#e7ebf0';

/**
 * The published minutes as a PDF, laid out by pdfmake: the header block, the attendance and the
 * action summary as tables (their heading row repeated on every page), one heading per item,
 * actions and decisions set apart, the footer with signature lines, and "Sida 2 av 5" at the foot
 * of every page. The font is embedded (see `pdfFonts.ts`). The secretary's text is published as
 * written (no capital added), items are named by their number as the heading writes it
 * (`§ 46 Budget`), and lists keep their numbers and nesting (`pdfLists.ts`).
 */
export async function renderPdf(minutes: PublishedMinutes, assets: ExportAssets = {}): Promise<Uint8Array> {
  const pdfMake = installPdfFonts(assets);
  const buffer = await pdfMake.createPdf(pdfDefinition(minutes)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The pdfmake document definition; separate so that it can be inspected without laying it out. */
export function pdfDefinition(minutes: PublishedMinutes): TDocumentDefinitions {
  const { labels } = minutes;
  const content: Content[] = [];
  if (minutes.title) content.push({ text: minutes.title.value, style: 'title' });
  for (const p of minutes.subtitle) content.push({ text: p.value, bold: true, fontSize: 13, margin: [0, 0, 0, 6] });
  if (minutes.fields.length > 0) {
    content.push({
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
      table: { widths: ['auto', '*'], body: minutes.fields.map((field) => [{ text: field.label, bold: true }, field.value]) },
    });
  }
  for (const p of minutes.preamble) content.push({ text: p.value, margin: [0, 0, 0, 6] });

  for (const section of minutes.sections) {
    content.push({ text: section.heading, style: 'heading' });
    content.push(
      grid(
        [labels.name(), labels.organisation(), labels.role(), labels.attendance()],
        section.rows.map((row) => [row.name, row.organisation, row.role, row.attendance]),
        ['*', '*', 'auto', '*'],
      ),
    );
  }

  for (const item of minutes.items) {
    content.push({ text: `${item.headingNumber} ${item.title}`, style: 'heading' });
    for (const block of item.blocks) content.push(blockContent(minutes, block));
  }

  content.push({ text: labels.actionsHeading(), style: 'heading' });
  if (minutes.actions.length === 0) content.push({ text: labels.noActions(), italics: true });
  else {
    content.push(
      grid(
        [labels.itemColumn(), labels.taskColumn(), labels.owner(), labels.deadline()],
        minutes.actions.map((action) => [
          action.itemReference,
          action.task === '' ? { text: labels.noTask(), bold: true, color: WARNING } : action.task,
          owners(minutes, action),
          action.deadline ?? '',
        ]),
        ['auto', '*', 'auto', 'auto'],
      ),
    );
  }
  content.push({ text: labels.decisionsHeading(), style: 'heading' });
  if (minutes.decisions.length === 0) content.push({ text: labels.noDecisions(), italics: true });
  else {
    content.push({
      ul: minutes.decisions.map((d) => ({ text: [{ text: `${d.itemHeadingNumber} ${d.itemTitle}: `, bold: true }, d.text] })),
    });
  }

  const footer = minutes.footer;
  if (footer) {
    content.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5, lineColor: '#888888' }], margin: [0, 24, 0, 8] });
    for (const part of footer.parts) {
      if (part.kind === 'recorded-by') content.push({ text: `${part.label} ${part.value}` });
      else if (part.kind === 'note') content.push({ text: part.value, margin: [0, 6, 0, 0] });
      else {
        content.push({ text: part.label, bold: true, margin: [0, 12, 0, 0] });
        for (const person of part.persons) {
          content.push({
            unbreakable: true,
            stack: [
              { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.5 }], margin: [0, 36, 0, 2] },
              { text: person.value },
            ],
          });
        }
      }
    }
  }

  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    language: minutes.lang === 'sv' ? 'sv-SE' : 'en-GB',
    info: { title: minutes.title?.value ?? '' },
    defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 10] },
      heading: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      subheading: { bold: true, margin: [0, 8, 0, 2] },
      tableHeader: { bold: true, fillColor: HEADER_FILL },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `${labels.page()} ${currentPage} ${labels.of()} ${pageCount}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 20, 0, 0],
    }),
    content,
  };
}

function blockContent(minutes: PublishedMinutes, block: PublishedBlock): Content {
  const { labels } = minutes;
  switch (block.kind) {
    case 'paragraph':
      // A protokoll's sub-heading (`Beslutsunderlag`, `Yrkanden`): a bold line of its own.
      if (block.subheading) return { text: block.text, style: 'subheading' };
      return { text: block.text, margin: [0, 0, 0, 6] };
    case 'list':
      return listContent(block.entries);
    case 'action':
      return setApart([
        { text: `${labels.action()}: `, bold: true },
        owners(minutes, block),
        block.ownerLink,
        block.task === '' ? { text: labels.noTask(), bold: true, color: WARNING } : block.task,
        ...(block.deadline ? [{ text: ` ${labels.deadline()} ${block.deadline}`, italics: true }] : []),
        ...(block.status ? [{ text: ` (${block.statusText ?? labels.status(block.status)})`, italics: true }] : []),
      ], block.assignees.length === 0 ? WARNING : ACCENT);
    case 'decision': {
      // The keyword as written: a label with its colon, one that runs into its sentence (`RESOLVED that …`) with what stood between them.
      const keyword: Inline[] = block.link === undefined ? [{ text: `${block.label}: `, bold: true }] : [{ text: block.label, bold: true }, block.link];
      // Its points as a list inside the decision, below the text that leads to them.
      return block.points ? setApart([...keyword, block.points.lead], ACCENT, listContent(block.points.entries)) : setApart([...keyword, block.text], ACCENT);
    }
  }
}

type Inline = string | { text: string; bold?: boolean; italics?: boolean; color?: string };

function owners(minutes: PublishedMinutes, action: PublishedAction): Inline {
  return action.assignees.length === 0
    ? { text: minutes.labels.noOwner(), bold: true, color: WARNING }
    : { text: action.owners, bold: true };
}

/** A one-cell table with a coloured bar on its left: how actions and decisions stand out; `below` stands under the text in the cell. */
function setApart(text: Inline[], bar: string, below?: Content): Content {
  return {
    margin: [0, 4, 0, 8],
    unbreakable: true,
    table: { widths: ['*'], body: [[below ? { stack: [{ text }, below], fillColor: BAND } : { text, fillColor: BAND }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number) => (i === 0 ? 3 : 0),
      vLineColor: () => bar,
      paddingLeft: () => 8,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
  };
}

/** A ruled table whose heading row repeats on every page. */
function grid(headings: readonly string[], rows: readonly (readonly (string | Inline)[])[], widths: (string | number)[]): Content {
  const body: TableCell[][] = [
    headings.map((h) => ({ text: h, style: 'tableHeader' })),
    ...rows.map((cells) => cells.map((cell) => (typeof cell === 'string' ? { text: cell } : cell))),
  ];
  return {
    margin: [0, 0, 0, 8],
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}
