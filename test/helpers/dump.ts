import type { Analysis, Block, MeetingDocument, Span } from '../../server/src/core/index';

/**
 * A readable outline of the meeting model, used by the parser's golden files. Every node shows
 * its text and its span as `@start-end`, so a change in what is recognised, or where, shows up
 * as a diff.
 */
export function dumpDocument(doc: MeetingDocument, text: string): string {
  const out: string[] = [];
  const at = (s: Span) => `@${s.start}-${s.end}`;
  const show = (s: Span) => `${JSON.stringify(text.slice(s.start, s.end))} ${at(s)}`;
  out.push(`language ${doc.language}`);
  if (doc.title) out.push(`title ${show(doc.title.span)}`);
  for (const f of doc.headerFields) {
    const extra = f.date ? ` date=${f.date.date ? JSON.stringify(f.date.date) : f.date.problem}` : f.persons ? ` persons=${f.persons.map((p) => JSON.stringify(p.text)).join(',')}` : '';
    out.push(`field ${f.kind} key=${show(f.key.span)} value=${show(f.value.span)}${extra}`);
  }
  for (const p of doc.preamble) out.push(`preamble ${show(p.span)}`);
  for (const s of doc.sections) {
    out.push(`section ${s.kind} ${show(s.heading.span)}`);
    for (const a of s.attendees) {
      const parts = [`  attendee name=${show(a.name.span)}`];
      if (a.organisation) parts.push(`org=${show(a.organisation.span)}`);
      if (a.role) parts.push(`role=${show(a.role.span)}`);
      if (a.note) {
        const n = a.note;
        const facts = [n.remote ? 'remote' : '', n.from ? `from=${n.from.number}` : '', n.to ? `to=${n.to.number}` : '', n.only ? `only=${n.only.map((r) => r.number).join(',')}` : '', ...n.free.map((f) => `free=${JSON.stringify(f.text)}`)].filter(Boolean);
        parts.push(`note=${show(n.text.span)} [${facts.join(' ')}]`);
      }
      out.push(parts.join(' '));
    }
  }
  for (const item of doc.items) {
    out.push(`item ${item.number} number=${show(item.numberNode.span)} title=${show(item.title.span)} ${at(item.span)}`);
    for (const b of item.body) out.push(...dumpBlock(b, show));
  }
  if (doc.footer) {
    for (const e of doc.footer.entries) {
      out.push(`footer ${e.kind} ${show(e.keyword.span)} ${e.persons.map((p) => `person=${show(p.name.span)}${p.role ? ` role=${show(p.role.span)}` : ''}`).join(' ')}`);
    }
    for (const n of doc.footer.notes) out.push(`footer-note ${show(n.span)}`);
  }
  for (const c of doc.comments) out.push(`comment ${show(c.span)}`);
  for (const r of doc.textItemRefs) out.push(`item-ref ${r.number} ${at(r.span)}`);
  for (const p of doc.proseAssignments) out.push(`prose-assignment ${show(p.span)} assignee=${JSON.stringify(p.assignee.text)} task=${JSON.stringify(p.task)}`);
  return `${out.join('\n')}\n`;
}

function dumpBlock(b: Block, show: (s: Span) => string): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [`  ${b.subheading ? 'subheading' : 'paragraph'} ${b.lines.length} line(s) ${JSON.stringify(b.text)}`];
    case 'list':
      return [`  list`, ...b.entries.map((e) => `    entry ${JSON.stringify(e.text)}`)];
    case 'comment':
      return [`  comment ${show(b.span)}`];
    case 'decision':
      return [
        `  decision ${show(b.keyword.span)} text=${JSON.stringify(b.text.text)}`,
        ...(b.points?.lead ? [`    lead ${show(b.points.lead.span)}`] : []),
        ...(b.points?.entries ?? []).map((e) => `    point ${show(e.marker.span)} ${JSON.stringify(e.text)}`),
      ];
    case 'action': {
      const parts = [`  action ${show(b.keyword.span)}`];
      parts.push(`assignees=[${b.assignees.map((a) => show(a.name.span)).join(', ')}]`);
      if (b.task) parts.push(`task=${JSON.stringify(b.task.text)}`);
      if (b.deadline) parts.push(`deadline=${show(b.deadline.date.text.span)}:${b.deadline.date.date ? JSON.stringify(b.deadline.date.date) : b.deadline.date.problem}`);
      if (b.status) parts.push(`status=${b.status.value}`);
      return [parts.join(' ')];
    }
  }
}

/** Diagnostics as compiler-style lines with one-based positions: `3:1-3:8 error missing-assignee: …`. */
export function dumpDiagnostics(analysis: Analysis): string {
  return analysis.diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.code}: ${d.message}`)
    .join('\n')
    .concat(analysis.diagnostics.length > 0 ? '\n' : '');
}
