/**
 * Generates realistic minutes documents of a requested size for the benchmarks.
 *
 * The documents follow examples/kommunchefsgruppen.minutes: a title, `Möte:`/`Datum:`/`Plats:`, a
 * NÄRVARANDE section of twenty attendees (some with attendance notes), numbered items whose bodies
 * mix wrapped and unwrapped paragraphs, bullet lists, `Uppdrag:` and `Beslut:` lines and the odd
 * `//` comment, and an `Antecknat av:` footer. Most action lines are valid; a few name someone who
 * is not present, lack the dash, or carry a deadline before the meeting, so the checks that report
 * problems run too. Everything comes from a seeded generator, so a size and a seed always give
 * the same text.
 *
 * Run directly to look at a document: `npx tsx bench/generate.ts 100KiB [seed] > sample.minutes`.
 */
import { pathToFileURL } from 'node:url';
import { createRandom, type Random } from './random';
import * as words from './vocabulary';

export interface GenerateOptions {
  /** The size to reach, in UTF-8 bytes; the document ends with the first item past it. */
  readonly targetBytes: number;
  /** Seeds the generator; the same seed and size give the same document. */
  readonly seed: number;
}

export interface GeneratedMinutes {
  readonly text: string;
  /** The size in UTF-8 bytes. */
  readonly bytes: number;
  readonly lines: number;
  readonly items: number;
  readonly actions: number;
}

interface Person {
  readonly name: string;
  readonly organisation: string;
}

/** Generates one document. */
export function generateMinutes(options: GenerateOptions): GeneratedMinutes {
  const rng = createRandom(options.seed);
  const out = new LineWriter();

  const meetingMonth = rng.int(1, 5);
  const meetingDate = { year: 2024, month: meetingMonth, day: rng.int(1, 28) };
  const people = choosePeople(rng);
  const attendees = people.slice(0, 20);
  // Names that appear in the text but not in the attendance list: the "unknown assignee" cases.
  const outsiders = people.slice(20);

  out.line(rng.pick(['Anteckningar', 'Anteckningar', 'Minnesanteckningar', 'Protokoll']));
  out.line(`Möte: ${rng.pick(words.MEETINGS)}`);
  out.line(`Datum: ${iso(meetingDate.year, meetingDate.month, meetingDate.day)}`);
  out.line(`Plats: ${rng.pick(words.PLACES)}`);
  out.line('');
  out.line('NÄRVARANDE');
  const notes = attendanceNotes(rng, attendees.length);
  attendees.forEach((person, i) => out.line(notes[i] ? `${person.name}, ${person.organisation} (${notes[i]})` : `${person.name}, ${person.organisation}`));

  const footer = `Antecknat av: ${attendees[attendees.length - 1]?.name ?? 'Therese Tanner'}, ${rng.pick(words.ROLES)}`;
  const footerBytes = Buffer.byteLength(footer) + 2;
  let items = 0;
  let actions = 0;
  while (out.bytes + footerBytes < options.targetBytes) {
    items++;
    out.line('');
    out.line(`${items}. ${rng.pick(words.TOPICS)}${rng.pick(words.TOPIC_SUFFIXES)}`);
    actions += writeItemBody(rng, out, { number: items, attendees, outsiders, meetingDate });
  }
  out.line('');
  out.line(footer);
  return { text: out.text(), bytes: out.bytes, lines: out.count, items, actions };
}

/** Collects lines and keeps count of their UTF-8 size, so the generator knows when to stop. */
class LineWriter {
  private readonly lines: string[] = [];
  bytes = 0;

  line(text: string): void {
    this.lines.push(text);
    this.bytes += Buffer.byteLength(text) + 1;
  }

  get count(): number {
    return this.lines.length;
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** Twenty-six distinct people: the first twenty attend, the rest are only mentioned. */
function choosePeople(rng: Random): Person[] {
  const firsts = rng.sample(words.FIRST_NAMES, 26);
  const lasts = rng.sample(words.LAST_NAMES, 26);
  return firsts.map((first, i) => ({ name: `${first} ${lasts[i] ?? 'Berg'}`, organisation: rng.pick(words.ORGANISATIONS) }));
}

/**
 * Notes for six of the attendees, as in the reference minutes: two present only at some items,
 * two arriving late, two remote. The rest have none (`undefined`).
 */
function attendanceNotes(rng: Random, count: number): (string | undefined)[] {
  const notes: (string | undefined)[] = new Array<string | undefined>(count).fill(undefined);
  const kinds = [words.PARTIAL_NOTES, words.PARTIAL_NOTES, words.LATE_NOTES, words.LATE_NOTES, words.REMOTE_NOTES, words.REMOTE_NOTES];
  const who = rng.sample([...notes.keys()], kinds.length);
  kinds.forEach((kind, i) => {
    const n = rng.int(2, 5);
    const note = rng.pick(kind).replace('{n}', String(n)).replace('{m}', String(n + rng.int(1, 3)));
    notes[who[i] ?? i] = note;
  });
  return notes;
}

interface ItemContext {
  readonly number: number;
  readonly attendees: readonly Person[];
  readonly outsiders: readonly Person[];
  readonly meetingDate: { readonly year: number; readonly month: number; readonly day: number };
}

/** Writes the blocks of one item; returns how many action lines it wrote. */
function writeItemBody(rng: Random, out: LineWriter, item: ItemContext): number {
  let actions = 0;
  const blockCount = rng.int(2, 7);
  let previous: 'paragraph' | 'other' = 'other';
  for (let b = 0; b < blockCount; b++) {
    const roll = rng.next();
    if (b === 0 || roll < 0.45) {
      if (b > 0) out.line('');
      for (const line of paragraph(rng, item)) out.line(line);
      previous = 'paragraph';
      continue;
    }
    // Actions and decisions often follow their paragraph directly, as in the reference minutes.
    if (previous !== 'paragraph' || rng.chance(0.5)) out.line('');
    previous = 'other';
    if (roll < 0.62) {
      for (const line of bulletList(rng)) out.line(line);
    } else if (roll < 0.85) {
      const count = rng.chance(0.25) ? 2 : 1;
      for (let i = 0; i < count; i++) out.line(actionLine(rng, item));
      actions += count;
    } else if (roll < 0.96) {
      out.line(`Beslut: ${rng.pick(words.DECISIONS)}`);
    } else {
      out.line(`// ${rng.pick(words.COMMENTS)}`);
    }
  }
  return actions;
}

/** A paragraph of two to six sentences, wrapped the way real minutes are: at a fixed width, raggedly, or not at all. */
function paragraph(rng: Random, item: ItemContext): string[] {
  const sentences: string[] = [];
  const count = rng.int(2, 6);
  for (let i = 0; i < count; i++) sentences.push(sentence(rng, item));
  // Now and then an assignment written as prose, which the prose-assignment check points out.
  if (rng.chance(0.03)) sentences.push(`${rng.pick(item.attendees).name} får i uppdrag att ${rng.pick(words.TASKS)}.`);
  const text = sentences.join(' ');
  const style = rng.next();
  if (style < 0.2) return [text];
  if (style < 0.8) {
    const width = rng.int(60, 95);
    return wrap(text, () => width);
  }
  return wrap(text, () => rng.int(35, 110));
}

function sentence(rng: Random, item: ItemContext): string {
  const roll = rng.next();
  if (roll < 0.12) return rng.pick(words.FOLLOW_UPS);
  if (roll < 0.22) {
    const person = rng.pick(item.attendees);
    return `${person.name} ger en nulägesrapport över ${rng.pick(words.OBJECTS)} ${rng.pick(words.QUALIFIERS)}.`;
  }
  let text = `${rng.pick(words.SUBJECTS)} ${rng.pick(words.VERBS)} ${rng.pick(words.OBJECTS)}`;
  if (rng.chance(0.6)) text += ` ${rng.pick(words.QUALIFIERS)}`;
  if (rng.chance(0.3)) text += ` och ${rng.pick(words.VERBS)} ${rng.pick(words.OBJECTS)}`;
  // References back to an earlier item, as in "se punkt 3".
  if (item.number > 1 && rng.chance(0.08)) text += ` (se punkt ${rng.int(1, item.number - 1)})`;
  return `${text}.`;
}

/** Greedy word wrap; `width` is asked again for every line, so widths may vary. */
function wrap(text: string, width: () => number): string[] {
  const lines: string[] = [];
  let line = '';
  let limit = width();
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
      limit = width();
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function bulletList(rng: Random): string[] {
  const lines: string[] = [];
  for (const bullet of rng.sample(words.BULLETS, rng.int(2, 6))) {
    lines.push(rng.chance(0.5) ? `- ${bullet}.` : `- ${bullet} ${rng.pick(words.QUALIFIERS)}.`);
    // A long bullet continues on an indented line.
    if (rng.chance(0.2)) lines.push(`  ${rng.pick(words.FOLLOW_UPS)}`);
  }
  return lines;
}

/**
 * `Uppdrag: Name – task. Senast: date`. Mostly attendees and valid future dates; the rest are the
 * mistakes the checks exist for.
 */
function actionLine(rng: Random, item: ItemContext): string {
  const task = rng.pick(words.TASKS);
  // Without the dash: the task alone, or a name run into the task.
  if (rng.chance(0.03)) return `Uppdrag: ${task.charAt(0).toUpperCase()}${task.slice(1)}.`;
  if (rng.chance(0.02)) return `Uppdrag: ${rng.pick(item.attendees).name} ska ${task}.${deadlineSuffix(rng, item.meetingDate)}`;

  let names: string[];
  const who = rng.next();
  if (who < 0.85) names = rng.sample(item.attendees, rng.pick([1, 1, 1, 2, 3])).map((p) => p.name);
  else if (who < 0.93) names = [rng.pick(item.outsiders).name];
  else if (who < 0.97) names = [rng.pick(item.attendees).organisation];
  else names = [rng.pick(item.attendees).name.split(' ')[0] ?? 'Maria'];
  const assignees = names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
  const dash = rng.chance(0.9) ? '–' : '-';
  return `Uppdrag: ${assignees} ${dash} ${task}.${deadlineSuffix(rng, item.meetingDate)}`;
}

/** Mostly a date after the meeting (ISO or day and month), sometimes none, rarely one before the meeting or an impossible one. */
function deadlineSuffix(rng: Random, meeting: ItemContext['meetingDate']): string {
  const { year, month, day } = meeting;
  const roll = rng.next();
  if (roll < 0.6) return ` Senast: ${iso(year, Math.min(12, month + rng.int(1, 6)), rng.int(1, 28))}`;
  if (roll < 0.75) return ` Senast: ${rng.int(1, 28)} ${words.MONTHS[Math.min(11, month + rng.int(0, 5))]}`;
  if (roll < 0.97) return '';
  if (roll < 0.99) return ` Senast: ${iso(year - 1, 12, day)}`;
  return ` Senast: ${iso(year, 2, 30)}`;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads `100KiB`, `1MiB`, `10 MiB` or a plain number of bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB)?\s*$/i.exec(text);
  if (!m) throw new Error(`not a size: ${text} (write e.g. 100KiB, 1MiB)`);
  const unit = (m[2] ?? 'B').toLowerCase();
  const factor = unit === 'mib' ? 1024 * 1024 : unit === 'kib' ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = parseSize(process.argv[2] ?? '100KiB');
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generateMinutes({ targetBytes: size, seed }).text);
}
