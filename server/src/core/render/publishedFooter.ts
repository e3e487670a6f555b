import { onlyPlacesToSign } from '../model/footerLine';
import type { Footer, FooterEntry, Lang } from '../model/types';
import { bareKeyword, keywordLang } from '../syntax/keywordLookup';
import { CLOSING_FOOTER_WORDS } from '../syntax/keywords';
import type { Span } from '../text/span';
import type { RenderLabels } from './labels';
import type { PublishedFooter, PublishedFooterPart, Sourced } from './publishedModel';
import { clean, writtenLabel } from './publishedText';

/**
 * The footer as published, in the order it is written: each entry where its keyword stands (who
 * took the minutes; who approves them, under their label, each with a signature line) and each
 * note where it stands, before, between or after them — a `Signed:` or `Date:` line above
 * `Justeras` stays above it. A line that is only a place to sign (`……………`) is not published:
 * the published adjusters get signature lines of their own. An approvers' entry that names nobody
 * is published as its label when notes follow it (`Approved:` / `Signed ........` / `(Chairman)`),
 * so that what they stand under is not lost. Each entry is labelled with its keyword as the
 * secretary wrote it (*Vid protokollet*, *Justerat*, *Minutes taken by*, *Approved by*), or when
 * published in the other language (`lang`) with the name of its kind (`labels`).
 */
export function publishFooter(footer: Footer, lineOf: (span: Span) => number, lang: Lang, labels: RenderLabels): PublishedFooter {
  const notes = footer.notes.map((note) => ({ start: note.span.start, value: clean(note.text), line: lineOf(note.span) })).filter((note) => note.value !== '' && !onlyPlacesToSign(note.value));
  const entries = [...footer.entries].sort((a, b) => a.span.start - b.span.start);
  const parts: PublishedFooterPart[] = [];
  let n = 0;
  const notesBefore = (offset: number) => {
    for (; n < notes.length && (notes[n]?.start ?? 0) < offset; n++) {
      const note = notes[n];
      if (note) parts.push({ kind: 'note', value: note.value, line: note.line });
    }
  };
  entries.forEach((entry, i) => {
    notesBefore(entry.span.start);
    const persons = personsOf(entry, lineOf(entry.span));
    const label = entryLabel(entry, lang, labels);
    if (entry.kind === 'recorder') {
      for (const person of persons) parts.push({ kind: 'recorded-by', label, value: person.value, line: person.line });
      return;
    }
    const next = entries[i + 1]?.span.start ?? Infinity;
    const notesFollow = n < notes.length && (notes[n]?.start ?? Infinity) < next;
    if (persons.length > 0 || notesFollow) parts.push({ kind: 'adjusters', label, persons, line: lineOf(entry.span) });
  });
  notesBefore(Infinity);
  return { line: lineOf(footer.span), parts };
}

/**
 * An entry's keyword as written, unless published in the other language: then the name of its
 * kind. A closing formula keeps its comma (*Respectfully submitted, Tom Reed*).
 */
function entryLabel(entry: FooterEntry, lang: Lang, labels: RenderLabels): string {
  const written = keywordLang(entry.keyword.text) === lang ? writtenLabel(entry.keyword.text) : '';
  if (written && CLOSING.has(bareKeyword(entry.keyword.text))) return `${written},`;
  return written || (entry.kind === 'recorder' ? labels.recordedBy() : labels.adjusted());
}

const CLOSING: ReadonlySet<string> = new Set(CLOSING_FOOTER_WORDS);

/** An entry's people as published, `Name, Role`, on the entry's first line; people without a name are left out. */
function personsOf(entry: FooterEntry, line: number): Sourced<string>[] {
  const persons: Sourced<string>[] = [];
  for (const person of entry.persons) {
    const name = clean(person.name.text);
    const role = clean(person.role?.text ?? '');
    if (name !== '') persons.push({ value: role ? `${name}, ${role}` : name, line });
  }
  return persons;
}
