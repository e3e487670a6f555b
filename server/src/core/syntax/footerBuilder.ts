import { splitNames } from '../model/actionText';
import {
  besidePlacesToSign,
  captionNode,
  captionOf,
  columnsOf,
  holdsPlaceToSign,
  isSignatureLabel,
  nameWithRole,
  onlyPlacesToSign,
  splitAtDate,
} from '../model/footerLine';
import type { Mutable } from '../model/mutable';
import { isRoleWord } from './roles';
import type { Footer, FooterEntry, FooterKind, FooterPerson } from '../model/types';
import { copySpan, type Span, type TextNode } from '../text/span';
import { trimmedNode } from './cstUtil';

type Entry = { kind: FooterKind; keyword: TextNode; persons: FooterPerson[]; span: Span };

/** What one line of an entry (or its keyword line's value) says. */
type Reading =
  /** Nothing for the entry: the line is a note as written (a place and date, a place to sign). */
  | { readonly kind: 'note' }
  /** Roles only, side by side or alone (`ordförande⇥⇥⇥justerare`, `(Chairman)`). */
  | { readonly kind: 'roles'; readonly roles: readonly TextNode[] }
  /** People, each with the role written beside them; `notes`: the parts of the line that name nobody. */
  | { readonly kind: 'names'; readonly persons: readonly FooterPerson[]; readonly notes: readonly TextNode[] };

/** The entry being read, and what its lines have laid out so far. */
interface Current {
  readonly entry: Entry;
  /** The people the entry's last line of names gave, for the roles written under them. */
  lastRow: FooterPerson[];
  /** A line of roles written above the names it belongs to, and the line, kept as a note if no names follow. */
  pending?: { readonly roles: readonly TextNode[]; readonly line: TextNode };
  /** Whether the keyword line itself named adjusters: then no more names are read below it. */
  namesOnKeywordLine: boolean;
}

/**
 * Reads the footer's lines into entries and notes, as a signature block is laid out: who took the
 * minutes (`Antecknat av: Name, Role`, or the name and role on the lines below) and who approves
 * them (`Justeras:` and names on its line or below). Signature blocks put names side by side
 * (columns parted by tabs or by three spaces or more), their roles on the line under them (or
 * above), places to sign (dotted lines) and dates beside them: a place to sign names nobody, a
 * role under names is theirs column by column, and a line with a digit is never a name.
 */
export class FooterBuilder {
  private readonly entries: Entry[] = [];
  private readonly notes: TextNode[] = [];
  private current: Current | undefined;

  constructor(private readonly source: string) {}

  /** A footer keyword's line: `line` the whole line, `value` what follows the keyword and its colon. */
  keywordLine(kind: FooterKind, keyword: TextNode, line: TextNode, value: TextNode): void {
    this.endEntry();
    const entry: Entry = { kind, keyword, persons: [], span: copySpan(line.span) };
    this.entries.push(entry);
    const current: Current = { entry, lastRow: [], namesOnKeywordLine: false };
    this.current = current;
    if (!value.text) return;
    const reading = this.read(value, kind, true);
    if (reading.kind === 'note') this.notes.push(value);
    else if (reading.kind === 'names') {
      this.addNames(current, reading.persons);
      this.notes.push(...reading.notes);
      current.namesOnKeywordLine = kind === 'adjusters' && reading.persons.length > 0;
    }
  }

  /** A line below a keyword line: the entry's names or roles, or a note. */
  line(content: TextNode): void {
    const current = this.current;
    if (!current) {
      this.notes.push(content);
      return;
    }
    const reading = this.read(content, current.entry.kind, false);
    const added = reading.kind === 'names' ? this.addFollowingNames(current, reading, content) : reading.kind === 'roles' ? this.addRoles(current, reading.roles, content) : false;
    if (added) current.entry.span = { start: current.entry.span.start, end: content.span.end };
    else if (reading.kind !== 'roles') this.notes.push(content);
  }

  /** A line kept as a note whatever it says (an action line gone astray in the footer). */
  note(content: TextNode): void {
    this.notes.push(content);
  }

  finish(): Footer {
    this.endEntry();
    const notes = this.notes.sort((a, b) => a.span.start - b.span.start);
    const starts = [this.entries[0]?.span.start, notes[0]?.span.start].filter((s): s is number => s !== undefined);
    const first = starts.length > 0 ? Math.min(...starts) : 0;
    const last = Math.max(first, this.entries[this.entries.length - 1]?.span.end ?? first, notes[notes.length - 1]?.span.end ?? first);
    const entries: FooterEntry[] = this.entries;
    return { entries, notes, span: { start: first, end: last } };
  }

  /** Ends the entry being read: a line of roles still waiting for names is a note. */
  private endEntry(): void {
    const pending = this.current?.pending;
    if (pending) this.notes.push(pending.line);
    this.current = undefined;
  }

  /**
   * What `node` says for an entry of `kind`. On the keyword line a date after the names is cut
   * off as a note (`Approved: Tom Reed (Chair) on 3 June 2025`); below it a line with a digit is
   * a note whole, as a place and date is. A line of roles alone is names on the keyword line
   * (`Justeras: Chair`), roles below it.
   */
  private read(node: TextNode, kind: FooterKind, onKeywordLine: boolean): Reading {
    const source = this.source;
    const dated = splitAtDate(source, node);
    if (dated) {
      if (!onKeywordLine || !dated.names) return { kind: 'note' };
      const reading = this.read(dated.names, kind, true);
      return reading.kind === 'names' ? { ...reading, notes: [...reading.notes, dated.date] } : { kind: 'note' };
    }
    if (onlyPlacesToSign(node.text)) return { kind: 'note' };
    const columns: { node: TextNode; role: boolean }[] = [];
    const notes: TextNode[] = [];
    for (const column of columnsOf(source, node.span.start, node.span.end)) {
      if (!holdsPlaceToSign(column.text)) {
        columns.push({ node: column, role: isRoleWord(column.text) || captionOf(column.text) !== undefined });
        continue;
      }
      // Beside a place to sign: a label (`Signed`, `Date:`) or a caption (`Chair`) names nobody.
      const names = besidePlacesToSign(source, column).filter((piece) => !isSignatureLabel(piece.text));
      if (names.length === 0 && !onlyPlacesToSign(column.text)) notes.push(column);
      for (const name of names) columns.push({ node: name, role: false });
    }
    if (columns.length === 0) return { kind: 'note' };
    if (columns.every((c) => c.role) && !onKeywordLine) {
      return { kind: 'roles', roles: columns.map((c) => captionNode(source, c.node) ?? c.node) };
    }
    const persons = kind === 'recorder' ? this.recorderOf(columns) : this.adjustersOf(columns);
    return persons.length === 0 ? { kind: 'note' } : { kind: 'names', persons, notes };
  }

  /** `Name, Role` in the first column (or `Name (Role)`), the role in the next column when the first has none. */
  private recorderOf(columns: readonly { node: TextNode; role: boolean }[]): FooterPerson[] {
    const [first, second] = columns;
    if (!first) return [];
    const source = this.source;
    const text = first.node.text;
    const comma = text.indexOf(',');
    const person: Mutable<FooterPerson> = { name: first.node };
    if (comma >= 0) {
      person.name = trimmedNode(source, first.node.span.start, first.node.span.start + comma);
      const role = trimmedNode(source, first.node.span.start + comma + 1, first.node.span.end);
      if (role.text) person.role = role;
    } else {
      const withRole = nameWithRole(source, first.node);
      if (withRole) Object.assign(person, withRole);
    }
    if (!person.role && second) person.role = captionNode(source, second.node) ?? second.node;
    return person.name.text ? [person] : [];
  }

  /**
   * The adjusters of a line: names parted by `,`, `och`, `and`, `&` in each column; a role word
   * after a name (`Eva Berg, ordförande`, a column of its own, or `Tom Reed (Chair)`) is that
   * name's role.
   */
  private adjustersOf(columns: readonly { node: TextNode; role: boolean }[]): FooterPerson[] {
    const source = this.source;
    const persons: Mutable<FooterPerson>[] = [];
    for (const column of columns) {
      const previous = persons[persons.length - 1];
      if (column.role && previous && !previous.role) {
        previous.role = captionNode(source, column.node) ?? column.node;
        continue;
      }
      for (const name of splitNames(source, column.node.span.start, column.node.span.end)) {
        const last = persons[persons.length - 1];
        if (last && !last.role && isRoleWord(name.text)) last.role = name;
        else persons.push(nameWithRole(source, name) ?? { name });
      }
    }
    return persons;
  }

  /** Adds the people of a line to the entry, with the roles of a line above them still waiting. */
  private addNames(current: Current, persons: readonly FooterPerson[]): void {
    const pending = current.pending;
    current.pending = undefined;
    let row = persons;
    if (pending && (pending.roles.length === persons.length || pending.roles.length === 1)) {
      row = persons.map((person, i) => (person.role || !pending.roles[i] ? person : { name: person.name, role: pending.roles[i] as TextNode }));
    } else if (pending) {
      this.notes.push(pending.line);
    }
    current.entry.persons.push(...row);
    current.lastRow = [...row];
  }

  /** The people of a line below the keyword line; false when the line is a note. */
  private addFollowingNames(current: Current, reading: Extract<Reading, { kind: 'names' }>, content: TextNode): boolean {
    const { entry } = current;
    if (entry.kind === 'recorder') {
      const person = entry.persons[entry.persons.length - 1];
      if (!person) {
        this.addNames(current, reading.persons.slice(0, 1));
        this.notes.push(...reading.notes);
        return true;
      }
      if (person.role) return false;
      // The line under the name is the role, as written (`Förbundssekreterare`).
      entry.persons[entry.persons.length - 1] = { name: person.name, role: content };
      return true;
    }
    // Below adjusters named on the keyword line, only their roles are read.
    if (current.namesOnKeywordLine) return false;
    this.addNames(current, reading.persons);
    this.notes.push(...reading.notes);
    return true;
  }

  /**
   * A line of roles: under a line of names, theirs column by column (`ordförande⇥⇥⇥justerare`
   * under `Eva Berg⇥⇥⇥Ola Ek`), or one role for the last name without one; above names, waiting
   * for them. False when it is kept back (waiting) or fits nobody (a note).
   */
  private addRoles(current: Current, roles: readonly TextNode[], content: TextNode): boolean {
    const { entry } = current;
    const persons = entry.persons;
    const row = current.lastRow.filter((p) => !p.role);
    if (row.length > 1 && row.length === roles.length) {
      roles.forEach((role, i) => {
        const person = row[i] as FooterPerson;
        persons[persons.indexOf(person)] = { name: person.name, role };
      });
      current.lastRow = [];
      return true;
    }
    const last = persons[persons.length - 1];
    if (roles.length === 1 && last && !last.role) {
      persons[persons.length - 1] = { name: last.name, role: roles[0] as TextNode };
      current.lastRow = [];
      return true;
    }
    if (current.pending || current.namesOnKeywordLine) this.notes.push(content);
    else current.pending = { roles, line: content };
    return false;
  }
}
