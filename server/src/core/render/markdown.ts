import type { Analysis } from '../analysis/analyze';
import type { RenderLabels } from './labels';
import { listRuns, type ListRun } from './lists';
import { markdownCell, markdownInline, markdownText } from './markdownText';
import { renderLang, type RenderOptions } from './options';
import type { PublishedAction, PublishedBlock } from './publishedModel';
import { buildPublishedMinutes } from './renderModel';

/**
 * The published minutes as Markdown for wikis and repositories: CommonMark (headings, paragraphs,
 * lists, emphasis, block quotes for decisions) with pipe tables for the attendance and the action
 * summary, the one extension (GitHub Flavored Markdown's) that GitHub, GitLab and common wikis
 * all read. Every text from the document is escaped, so a name never turns into markup.
 */
export function renderMarkdown(analysis: Analysis, options: RenderOptions = {}): string {
  const minutes = buildPublishedMinutes(analysis, renderLang(analysis, options));
  const { labels } = minutes;
  const blocks: string[] = [];
  if (minutes.title) blocks.push(`# ${markdownText(minutes.title.value)}`);
  for (const p of minutes.subtitle) blocks.push(`**${markdownText(p.value)}**`);
  if (minutes.fields.length > 0) {
    blocks.push(minutes.fields.map((field) => `- **${markdownText(field.label)}:** ${markdownText(field.value)}`).join('\n'));
  }
  for (const p of minutes.preamble) blocks.push(markdownText(p.value));

  for (const section of minutes.sections) {
    blocks.push(`## ${markdownText(section.heading)}`);
    blocks.push(
      table(
        [labels.name(), labels.organisation(), labels.role(), labels.attendance()],
        section.rows.map((row) => [row.name, row.organisation, row.role, row.attendance].map(markdownCell)),
      ),
    );
  }

  for (const item of minutes.items) {
    blocks.push(`## ${markdownInline(item.headingNumber)} ${markdownText(item.title)}`);
    let previous: PublishedBlock | undefined;
    for (const block of item.blocks) {
      // Two lists in a row would be read as one list, and numbered anew from its first number.
      if (previous?.kind === 'list' && block.kind === 'list') blocks.push(LIST_BREAK);
      blocks.push(blockMarkdown(labels, block));
      previous = block;
    }
  }

  blocks.push(`## ${markdownText(labels.actionsHeading())}`);
  if (minutes.actions.length === 0) blocks.push(`*${markdownText(labels.noActions())}*`);
  else {
    blocks.push(
      table(
        [labels.itemColumn(), labels.taskColumn(), labels.owner(), labels.deadline()],
        minutes.actions.map((action) => [
          markdownCell(action.itemReference),
          action.task === '' ? `**${markdownText(labels.noTask())}**` : markdownCell(action.task),
          owners(labels, action),
          markdownCell(action.deadline ?? ''),
        ]),
      ),
    );
  }
  blocks.push(`## ${markdownText(labels.decisionsHeading())}`);
  if (minutes.decisions.length === 0) blocks.push(`*${markdownText(labels.noDecisions())}*`);
  else {
    blocks.push(
      minutes.decisions
        .map((d) => `- **${markdownInline(d.itemHeadingNumber)} ${markdownText(d.itemTitle)}:** ${markdownText(d.text)}`)
        .join('\n'),
    );
  }

  const footer = minutes.footer;
  if (footer) {
    blocks.push('---');
    for (const part of footer.parts) {
      if (part.kind === 'recorded-by') blocks.push(`${markdownText(part.label)} ${markdownText(part.value)}`);
      else if (part.kind === 'note') blocks.push(markdownText(part.value));
      else {
        blocks.push(`**${markdownText(part.label)}**`);
        if (part.persons.length > 0) blocks.push(part.persons.map((person) => `- ${markdownText(person.value)}`).join('\n'));
      }
    }
  }
  return blocks.join('\n\n') + '\n';
}

function blockMarkdown(labels: RenderLabels, block: PublishedBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.subheading ? `### ${markdownInline(block.text)}` : markdownText(block.text);
    case 'list':
      return listsMarkdown(listRuns(block.entries), '');
    case 'action':
      return (
        `> **${markdownText(labels.action())}:** ${owners(labels, block)}${markdownInline(block.ownerLink)}` +
        (block.task === '' ? `**${markdownText(labels.noTask())}**` : markdownText(block.task)) +
        (block.deadline ? ` *${markdownText(labels.deadline())} ${markdownText(block.deadline)}*` : '') +
        (block.status ? ` (${markdownText(block.statusText ?? labels.status(block.status))})` : '')
      );
    case 'decision': {
      // The keyword as written: a label with its colon, one that runs into its sentence (`RESOLVED that …`) with what stood between them.
      const keyword = block.link === undefined ? `**${markdownText(block.label)}:** ` : `**${markdownText(block.label)}**${markdownInline(block.link)}`;
      if (!block.points) return `> ${keyword}${markdownText(block.text)}`;
      // Its points as a list inside the block quote, below the text that leads to them.
      const list = listsMarkdown(listRuns(block.points.entries), '');
      return `> ${keyword}${markdownText(block.points.lead)}`.trimEnd() + '\n>\n' + list.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    }
  }
}

/**
 * An HTML comment on a line of its own: the one way CommonMark has to end a list so that the next
 * list, of the same kind, starts afresh at its own first number instead of running on.
 */
const LIST_BREAK = '<!-- -->';

/**
 * Lists one after the other at one depth, each line indented by `indent`. A blank line stands
 * between two lists (without it the second would read as part of the entry above it), and
 * `LIST_BREAK` too where the second is of the same kind, which Markdown would otherwise join to
 * the first and number on from it.
 */
function listsMarkdown(runs: readonly ListRun[], indent: string): string {
  return runs
    .map((run, index) => {
      const before = runs[index - 1];
      const separator = before === undefined ? '' : before.style === run.style ? `\n\n${indent}${LIST_BREAK}\n\n` : '\n\n';
      return separator + listMarkdown(run, indent);
    })
    .join('');
}

/**
 * One list: `- ` before a bullet entry, the number as written and its delimiter before a numbered
 * one (Markdown shows a list from its first number up, and `listRuns` starts a new list wherever
 * the numbers do not run on). A nested list is indented to the text of its entry; a blank line
 * goes before it where CommonMark would otherwise read it as more text of the entry (a numbered
 * list starting at another number than 1, or an empty first entry).
 */
function listMarkdown(run: ListRun, indent: string): string {
  return run.entries
    .map((node, index) => {
      const number = run.start + index;
      const marker = run.style === 'bullet' ? '-' : `${number}${run.style}`;
      const text = markdownText(node.entry.value);
      const head = `${indent}${marker}${text === '' ? '' : ` ${text}`}`;
      if (node.children.length === 0) return head;
      const inner = `${indent}${' '.repeat(marker.length + 1)}`;
      const first = node.children[0];
      const interrupts = first !== undefined && ((first.style !== 'bullet' && first.start !== 1) || first.entries[0]?.entry.value === '');
      return `${head}${text !== '' && interrupts ? '\n\n' : '\n'}${listsMarkdown(node.children, inner)}`;
    })
    .join('\n');
}

function owners(labels: RenderLabels, action: PublishedAction): string {
  return action.assignees.length === 0 ? `**${markdownText(labels.noOwner())}**` : markdownText(action.owners);
}

/** A pipe table; the cells are already escaped. */
function table(headings: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [
    `| ${headings.map(markdownText).join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
  return lines.join('\n');
}
