import type { Analysis } from '../analysis/analyze';
import type { RenderLabels } from './labels';
import { markdownCell, markdownText } from './markdownText';
import { renderLang, type RenderOptions } from './options';
import type { PublishedAction, PublishedBlock } from './publishedModel';
import { buildPublishedMinutes, sentence } from './renderModel';

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
    blocks.push(`## ${markdownText(item.numberText)}. ${markdownText(item.title)}`);
    for (const block of item.blocks) blocks.push(blockMarkdown(labels, block));
  }

  blocks.push(`## ${markdownText(labels.actionsHeading())}`);
  if (minutes.actions.length === 0) blocks.push(`*${markdownText(labels.noActions())}*`);
  else {
    blocks.push(
      table(
        [labels.itemColumn(), labels.taskColumn(), labels.owner(), labels.deadline()],
        minutes.actions.map((action) => [
          String(action.itemNumber),
          action.task === '' ? `**${markdownText(labels.noTask())}**` : markdownCell(sentence(action.task)),
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
        .map((d) => `- **${d.itemNumber}. ${markdownText(d.itemTitle)}:** ${markdownText(d.text)}`)
        .join('\n'),
    );
  }

  const footer = minutes.footer;
  if (footer) {
    blocks.push('---');
    for (const person of footer.recordedBy) blocks.push(`${markdownText(labels.recordedBy())} ${markdownText(person.value)}`);
    if (footer.adjusters.length > 0) {
      blocks.push(`**${markdownText(labels.adjusted())}**`);
      blocks.push(footer.adjusters.map((person) => `- ${markdownText(person.value)}`).join('\n'));
    }
    for (const note of footer.notes) blocks.push(markdownText(note.value));
  }
  return blocks.join('\n\n') + '\n';
}

function blockMarkdown(labels: RenderLabels, block: PublishedBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownText(block.text);
    case 'list':
      return block.entries.map((entry) => `- ${markdownText(entry.value)}`).join('\n');
    case 'action':
      return (
        `> **${markdownText(labels.action())}:** ${owners(labels, block)} – ` +
        (block.task === '' ? `**${markdownText(labels.noTask())}**` : markdownText(block.task)) +
        (block.deadline ? ` *${markdownText(labels.deadline())} ${markdownText(block.deadline)}*` : '') +
        (block.status ? ` (${markdownText(block.statusText ?? labels.status(block.status))})` : '')
      );
    case 'decision':
      return `> **${markdownText(labels.decision())}:** ${markdownText(block.text)}`;
  }
}

function owners(labels: RenderLabels, action: PublishedAction): string {
  return action.assignees.length === 0 ? `**${markdownText(labels.noOwner())}**` : markdownText(action.assignees.join(', '));
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
