/**
 * fast-check generators shared by the property suites: minutes documents built from the
 * language's own pieces (so that the properties reach deep into the parser and the features, not
 * only its error paths), the fixture files to mutate, and random edits of a text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { root } from '../helpers/expect';

/** Every `.minutes` file of test/fixtures (recursively) and examples/, with its contents. */
export function corpus(): { name: string; text: string }[] {
  const files: { name: string; text: string }[] = [];
  for (const folder of ['test/fixtures', 'examples']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true }) as string[]) {
      if (entry.endsWith('.minutes')) files.push({ name: `${folder}/${entry}`, text: readFileSync(join(root, folder, entry), 'utf8') });
    }
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

/** Full names of attendees: Swedish letters, a hyphenated first name, one written with a combining diaeresis (NFD). */
export const NAMES = ['Eva Hessman', 'Gitte Caous', 'Pia Alhäll', 'Gull-Britt Eide', 'Åsa Öberg', 'Rickard Vidlund', 'Maria Reinholdsson', 'Tina Eide', 'Jo\u0308rgen Nilsson'];
/** New names for renames, none of them an attendee above. */
export const NEW_NAMES = ['Anna Lind', 'Örjan Åkesson', 'Bo Ek', 'Marie-Louise Frö', 'Zoë Quist', 'Kalle', 'Ann-Sofi von Berg'];

const pieces = ['Uppdrag:', 'Action:', 'Beslut:', 'Decision:', 'NÄRVARANDE', 'FRÅNVARANDE', 'PRESENT', '1.', '2.', '§ 3', '  4.', ' – ', ' — ', ' - ', '(', ')', ',', ':', ' och ', ' and ', '&',
  'Senast:', 'Due:', 'Ansvarig:', 'Status:', 'klar', 'p 4', 'from p 2', 't.o.m. p 5', 'punkt 3', 'digitalt', 'Antecknat av:', 'Justeras:', 'Datum:', 'Date:', '2024-03-08', '15 mars 2024', '2024-02-30',
  '@Eva', 'Eva Hessman', 'Pia Alhäll', 'får i uppdrag att', 'is tasked with', '//', '- ', '• ', '* ', '\t', ' ', '\n', '\r\n', '\r', '\u0308', '\u0301', '\ufeff', '\u0000', '\ud800', '\udc00', '\u2028', 'Å', 'x', '😀'];

/** Strings built mostly from the language's own keywords and separators, with arbitrary code units mixed in. */
export const minutesish: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** One random change of a text: insert, delete or replace a span, or duplicate/move a line. */
export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly length: number; readonly insert: string }
  | { readonly kind: 'copy'; readonly from: number; readonly length: number; readonly to: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.nat({ max: 60 }), insert: fc.oneof(fc.constant(''), minutesish, fc.string({ unit: 'grapheme', maxLength: 8 })) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), length: fc.nat({ max: 200 }), to: fc.nat() }),
);

/** `text` with `mutations` applied; positions are taken modulo the text's length, so every mutation applies. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const size = out.length + 1;
    if (m.kind === 'replace') {
      const at = m.at % size;
      out = out.slice(0, at) + m.insert + out.slice(at + m.length);
    } else {
      const from = m.from % size;
      const piece = out.slice(from, from + m.length);
      const to = m.to % size;
      out = out.slice(0, to) + piece + out.slice(to);
    }
  }
  return out;
}

const space = fc.constantFrom('', ' ', '  ', '\t');
const dash = fc.constantFrom(' – ', ' — ', ' - ', '–', '—', '  –  ', ' -\t');
const bullet = fc.constantFrom('- ', '• ', '* ', '-\t', '•  ', '*   ');
const name = fc.constantFrom(...NAMES);
const words = fc.constantFrom('budget', 'ta reda på syfte', 'återkomma med en tidpunkt', 'propose a date', 'nätverket', 'kostnader för år 2025', 'Göteborg');
const itemNumber = fc.integer({ min: 1, max: 9 });

const note = fc.oneof(
  fc.constant(''),
  itemNumber.map((n) => ` (från p ${n})`),
  itemNumber.map((n) => ` (digitalt from p ${n})`),
  fc.tuple(itemNumber, itemNumber).map(([a, b]) => ` (p ${Math.min(a, b)}–${Math.max(a, b)})`),
  itemNumber.map((n) => ` (t.o.m. p ${n})`),
);
const attendeeLine = fc.tuple(fc.constantFrom('', '- ', '• '), name, fc.constantFrom('', ', Göteborg', ', Härryda, ordförande'), note, space).map((p) => p.join(''));

const bodyLine = fc.oneof(
  fc.tuple(words, fc.constantFrom('', ', se punkt ', ' enligt § '), itemNumber, space).map(([w, r, n, s]) => (r ? `${w}${r}${n}.${s}` : `${w}.${s}`)),
  fc.tuple(space.filter((s) => s === '' || s === '  '), bullet, words, space).map(([i, b, w, s]) => `${i}${b}${w}${s}`),
  fc.tuple(fc.constantFrom('Uppdrag:', 'Action:', 'uppdrag:'), space, fc.array(name, { minLength: 1, maxLength: 3 }), fc.constantFrom(', ', ' och ', ' and ', ' & '), dash, words, fc.constantFrom('', ' Senast: 2024-04-30', ' Due:   15 May 2024'), space).map(
    ([k, s, names, joiner, d, w, deadline, end]) => `${k}${s}${names.join(joiner)}${d}${w}.${deadline}${end}`,
  ),
  fc.tuple(fc.constantFrom('  Ansvarig: ', '  Ansvarig:\t', 'Status:   '), name).map(([k, n]) => (k.startsWith('Status') ? `${k}pågår` : `${k}${n}`)),
  fc.tuple(fc.constantFrom('Beslut:', 'Decision:'), space, words).map(([k, s, w]) => `${k}${s}${w}.`),
  fc.tuple(name, fc.constantFrom(' får i uppdrag att ', ' is tasked with '), words).map(([n, k, w]) => `${n}${k}${w}.`),
  fc.tuple(fc.constantFrom('@'), name).map(([a, n]) => `Fråga ${a}${n.split(' ')[0]} om det.`),
  fc.constant(''),
  fc.constant('// en kommentar'),
);

const item = fc.tuple(itemNumber, fc.constantFrom('. ', '.  ', '.\t'), fc.constantFrom('§ ', ''), words, fc.array(bodyLine, { maxLength: 6 })).map(([n, dot, para, title, body]) =>
  [para ? `§ ${n} ${title}` : `${n}${dot}${title}`, ...body],
);

/**
 * A whole minutes document: title, header fields, attendance sections, items with paragraphs,
 * bullets, actions, decisions and references, and a footer — with random spacing, bullet
 * characters, dashes, blank lines and line ends, the things formatting tidies.
 */
export const minutesDocument: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    title: fc.constantFrom('Anteckningar', 'Protokoll', 'Minutes', 'Anteckningar  '),
    header: fc.subarray(['Möte: Kommunchefsgruppen', 'Datum:   2024-03-08', 'Date: 8 March 2024', 'Ordförande: Eva Hessman', 'Justerare: Pia Alhäll', 'Okänt: fält']),
    present: fc.array(attendeeLine, { minLength: 1, maxLength: 6 }),
    absent: fc.array(attendeeLine, { maxLength: 2 }),
    items: fc.array(item, { maxLength: 6 }),
    footer: fc.option(name.map((n) => `Antecknat av:   ${n}`), { nil: undefined }),
    blanks: fc.array(fc.constantFrom(0, 0, 1, 2, 3), { minLength: 40, maxLength: 40 }),
  })
  .map((d) => {
    const lines = [d.title, ...d.header, 'NÄRVARANDE', ...d.present, ...(d.absent.length ? ['FRÅNVARANDE', ...d.absent] : []), ...d.items.flat(), ...(d.footer ? [d.footer] : [])];
    const out: string[] = [];
    lines.forEach((line, index) => {
      out.push(line);
      for (let b = 0; b < (d.blanks[index % d.blanks.length] ?? 0); b++) out.push('');
    });
    return (d.bom ? '\ufeff' : '') + out.join(d.eol);
  });

/** How many runs each property makes; `MINUTES_PROPERTY_RUNS` raises it for a longer search. */
export function runs(normal: number): number {
  const scale = Number(process.env.MINUTES_PROPERTY_RUNS ?? '');
  return Number.isFinite(scale) && scale > 0 ? scale : normal;
}
