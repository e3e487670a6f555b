import escapeHtml from 'escape-html';
import type { Analysis } from '../analysis/analyze';
import { renderLang, type RenderOptions } from './options';
import { listRuns, type ListRun } from './lists';
import type { PublishedAction, PublishedBlock, PublishedFooter, PublishedItem, PublishedMinutes, PublishedSection } from './publishedModel';
import { buildPublishedMinutes } from './renderModel';
import { MINUTES_CSS } from './stylesheet';

/**
 * The published minutes as an HTML fragment: one `<article class="minutes">`, no scripts. Every
 * block element that comes from source lines carries `data-line` (its 0-based first source line)
 * so that a preview can keep the editor and the rendered text in step. Every text taken from the
 * document (and every label) goes through `escape-html`; attribute values are numbers or fixed
 * class names.
 */
export function renderHtmlBody(analysis: Analysis, options: RenderOptions = {}): string {
  return articleHtml(buildPublishedMinutes(analysis, renderLang(analysis, options)));
}

/**
 * The published minutes as one self-contained HTML file: the fragment of `renderHtmlBody` with the
 * stylesheet (screen and print) embedded; no scripts, nothing loaded from elsewhere. The
 * Content-Security-Policy forbids everything but the embedded styles (the page has no images, so
 * none are allowed either), so even a mistake in escaping could not run a script or reach the
 * network.
 */
export function renderHtmlPage(analysis: Analysis, options: RenderOptions = {}): string {
  const minutes = buildPublishedMinutes(analysis, renderLang(analysis, options));
  const title = minutes.title?.value ?? minutes.labels.field('meeting');
  return [
    '<!DOCTYPE html>',
    `<html lang="${minutes.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(pageTitle(minutes, title))}</title>`,
    `<style>\n${MINUTES_CSS}</style>`,
    '</head>',
    '<body>',
    articleHtml(minutes),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** "Anteckningar – Kommunchefsgruppen, GR – fredag 8 mars 2024", for the browser's tab and the PDF printer. */
function pageTitle(minutes: PublishedMinutes, title: string): string {
  const meeting = minutes.fields.find((f) => f.kind === 'meeting')?.value;
  const date = (minutes.fields.find((f) => f.kind === 'date') ?? minutes.fields.find((f) => f.kind === 'timeAndPlace'))?.value;
  return [title, meeting, date].filter((part): part is string => Boolean(part)).join(' – ');
}

function articleHtml(minutes: PublishedMinutes): string {
  const out: string[] = [`<article class="minutes" lang="${minutes.lang}">`];
  out.push(...headerHtml(minutes));
  for (const section of minutes.sections) out.push(...sectionHtml(minutes, section));
  const ids = itemIds(minutes.items);
  minutes.items.forEach((item, index) => out.push(...itemHtml(minutes, item, ids[index] ?? '')));
  out.push(...summaryHtml(minutes));
  if (minutes.footer) out.push(...footerHtml(minutes.footer));
  out.push('</article>');
  return out.join('\n');
}

function headerHtml(minutes: PublishedMinutes): string[] {
  if (!minutes.title && minutes.fields.length === 0 && minutes.preamble.length === 0 && minutes.subtitle.length === 0) return [];
  const first = minutes.title?.line ?? minutes.subtitle[0]?.line ?? minutes.fields[0]?.line ?? minutes.preamble[0]?.line ?? 0;
  const out = [`<header class="minutes-header"${line(first)}>`];
  if (minutes.title) out.push(`<h1 class="minutes-title"${line(minutes.title.line)}>${text(minutes.title.value)}</h1>`);
  for (const p of minutes.subtitle) out.push(`<p class="minutes-subtitle"${line(p.line)}>${text(p.value)}</p>`);
  if (minutes.fields.length > 0) {
    out.push('<dl class="minutes-fields">');
    for (const field of minutes.fields) {
      out.push(`<div class="minutes-field"${line(field.line)}><dt>${text(field.label)}</dt><dd>${text(field.value)}</dd></div>`);
    }
    out.push('</dl>');
  }
  for (const p of minutes.preamble) out.push(`<p class="minutes-preamble"${line(p.line)}>${text(p.value)}</p>`);
  out.push('</header>');
  return out;
}

function sectionHtml(minutes: PublishedMinutes, section: PublishedSection): string[] {
  const { labels } = minutes;
  const out = [`<section class="minutes-attendance minutes-attendance-${section.kind}"${line(section.line)}>`];
  out.push(`<h2${line(section.line)}>${text(section.heading)}</h2>`);
  out.push(`<table class="minutes-table minutes-attendance-table"${line(section.line)}>`);
  out.push(
    `<thead><tr><th scope="col">${text(labels.name())}</th><th scope="col">${text(labels.organisation())}</th>` +
      `<th scope="col">${text(labels.role())}</th><th scope="col">${text(labels.attendance())}</th></tr></thead>`,
  );
  out.push('<tbody>');
  for (const row of section.rows) {
    out.push(
      `<tr${line(row.line)}><td>${text(row.name)}</td><td>${text(row.organisation)}</td>` +
        `<td>${text(row.role)}</td><td>${text(row.attendance)}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</section>');
  return out;
}

/**
 * The id of each item's section: `item-6`. A number that comes again (an error the checks report)
 * gets `-2`, `-3`, … on its later items (`item-6-2`), so ids stay unique in the page and `#item-6`
 * still leads to the first item 6. Only digits and hyphens, never text from the document.
 */
function itemIds(items: readonly PublishedItem[]): string[] {
  const seen = new Map<number, number>();
  return items.map((item) => {
    const count = (seen.get(item.number) ?? 0) + 1;
    seen.set(item.number, count);
    const number = Math.max(0, Math.trunc(item.number));
    return count === 1 ? `item-${number}` : `item-${number}-${count}`;
  });
}

function itemHtml(minutes: PublishedMinutes, item: PublishedItem, id: string): string[] {
  const out = [`<section class="minutes-item" id="${id}"${line(item.line)}>`];
  out.push(`<h2 class="minutes-item-heading"${line(item.line)}><span class="minutes-item-number">${text(item.headingNumber)}</span> ${text(item.title)}</h2>`);
  for (const block of item.blocks) out.push(blockHtml(minutes, block));
  out.push('</section>');
  return out;
}

function blockHtml(minutes: PublishedMinutes, block: PublishedBlock): string {
  const { labels } = minutes;
  switch (block.kind) {
    case 'paragraph':
      // A protokoll's sub-heading (`Beslutsunderlag`, `Yrkanden`) is a heading of the item's text.
      return block.subheading ? `<h3 class="minutes-subheading"${line(block.line)}>${text(block.text)}</h3>` : `<p${line(block.line)}>${text(block.text)}</p>`;
    case 'list':
      return listRuns(block.entries).map(listHtml).join('');
    case 'action':
      return (
        `<div class="minutes-action${block.assignees.length === 0 ? ' minutes-action-no-owner' : ''}"${line(block.line)}>` +
        `<span class="minutes-action-label">${text(labels.action())}</span> ` +
        `${ownersHtml(minutes, block)}${text(block.ownerLink)}${taskHtml(minutes, block)}` +
        (block.deadline ? ` <span class="minutes-deadline">${text(labels.deadline())} ${text(block.deadline)}</span>` : '') +
        (block.status ? ` <span class="minutes-status minutes-status-${block.status}">${text(block.statusText ?? labels.status(block.status))}</span>` : '') +
        '</div>'
      );
    case 'decision':
      // The keyword as written; one that runs into its sentence (`RESOLVED that …`) with what stood between them.
      return (
        `<div class="minutes-decision"${line(block.line)}>` +
        `<span class="minutes-decision-label">${text(block.label)}</span>${text(block.link ?? ' ')}` +
        (block.points ? `${text(block.points.lead)}${listRuns(block.points.entries).map(listHtml).join('')}` : text(block.text)) +
        '</div>'
      );
  }
}

/**
 * A bullet list as `<ul>`, a numbered one as `<ol>` starting at its first number as written (the
 * model's runs make a new list wherever a number does not follow the one before it), nested lists
 * inside their entry.
 */
function listHtml(run: ListRun): string {
  const tag = run.style === 'bullet' ? 'ul' : 'ol';
  const start = run.style !== 'bullet' && run.start !== 1 ? ` start="${Math.max(0, Math.trunc(run.start))}"` : '';
  const entries = run.entries.map((node) => `<li${line(node.entry.line)}>${text(node.entry.value)}${node.children.map(listHtml).join('')}</li>`);
  return `<${tag}${start}${line(run.line)}>${entries.join('')}</${tag}>`;
}

function ownersHtml(minutes: PublishedMinutes, action: PublishedAction): string {
  return action.assignees.length === 0
    ? `<span class="minutes-no-owner">${text(minutes.labels.noOwner())}</span>`
    : `<span class="minutes-assignees">${text(action.owners)}</span>`;
}

/** The task as written (never capitalised: it is the secretary's text), or the no-task mark. */
function taskHtml(minutes: PublishedMinutes, action: PublishedAction): string {
  return action.task === ''
    ? `<span class="minutes-no-task">${text(minutes.labels.noTask())}</span>`
    : `<span class="minutes-task">${text(action.task)}</span>`;
}

function summaryHtml(minutes: PublishedMinutes): string[] {
  const { labels } = minutes;
  const out = ['<section class="minutes-summary">'];
  out.push(`<h2>${text(labels.actionsHeading())}</h2>`);
  if (minutes.actions.length === 0) out.push(`<p class="minutes-empty">${text(labels.noActions())}</p>`);
  else {
    out.push('<table class="minutes-table minutes-actions-table">');
    out.push(
      `<thead><tr><th scope="col">${text(labels.itemColumn())}</th><th scope="col">${text(labels.taskColumn())}</th>` +
        `<th scope="col">${text(labels.owner())}</th><th scope="col">${text(labels.deadline())}</th></tr></thead>`,
    );
    out.push('<tbody>');
    for (const action of minutes.actions) {
      out.push(
        `<tr${line(action.line)}><td>${text(action.itemReference)}</td><td>${taskHtml(minutes, action)}</td>` +
          `<td>${ownersHtml(minutes, action)}</td><td>${text(action.deadline ?? '')}</td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  out.push(`<h2>${text(labels.decisionsHeading())}</h2>`);
  if (minutes.decisions.length === 0) out.push(`<p class="minutes-empty">${text(labels.noDecisions())}</p>`);
  else {
    out.push('<ul class="minutes-decisions">');
    for (const decision of minutes.decisions) {
      out.push(
        `<li${line(decision.line)}><span class="minutes-decision-item">${text(decision.itemHeadingNumber)} ` +
          `${text(decision.itemTitle)}:</span> ${text(decision.text)}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}

function footerHtml(footer: PublishedFooter): string[] {
  const out = [`<footer class="minutes-footer"${line(footer.line)}>`];
  for (const part of footer.parts) {
    if (part.kind === 'recorded-by') {
      out.push(`<p class="minutes-recorded-by"${line(part.line)}>${text(part.label)} ${text(part.value)}</p>`);
    } else if (part.kind === 'note') {
      out.push(`<p class="minutes-footer-note"${line(part.line)}>${text(part.value)}</p>`);
    } else {
      out.push(`<p class="minutes-adjusted-label"${line(part.line)}>${text(part.label)}</p>`);
      if (part.persons.length === 0) continue;
      out.push('<div class="minutes-signatures">');
      for (const person of part.persons) {
        out.push(`<div class="minutes-signature"${line(person.line)}><span class="minutes-signature-line"></span>${text(person.value)}</div>`);
      }
      out.push('</div>');
    }
  }
  out.push('</footer>');
  return out;
}

/** Text from the document, escaped with a maintained routine. */
function text(value: string): string {
  return escapeHtml(value);
}

/** The `data-line` attribute: always a whole number, never text from the document. */
function line(value: number): string {
  return ` data-line="${Math.max(0, Math.trunc(value))}"`;
}
