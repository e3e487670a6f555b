import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeMinutes } from '../../server/src/core/index';
import { exportMinutes } from '../../server/src/export/exportMinutes';
import { root } from '../helpers/expect';
import { ensureDebianCommand } from './tools';

/**
 * The PDF export, read back with poppler's `pdftotext` (the text a reader copies out of the
 * file) and `pdffonts` (which fonts are embedded).
 */
describe('export: PDF', function () {
  this.timeout(60_000);
  let folder: string;
  const texts = new Map<string, string>();
  const fonts = new Map<string, string>();

  before(async () => {
    ensureDebianCommand('pdftotext', 'poppler-utils');
    folder = mkdtempSync(join(tmpdir(), 'minutes-pdf-'));
    for (const [name, path] of [
      ['kommunchefsgruppen', 'examples/kommunchefsgruppen.minutes'],
      ['english', 'test/fixtures/render/english.minutes'],
      ['reference', 'test/fixtures/parser/reference-raw.minutes'],
      ['protokoll', 'test/fixtures/render/protokoll.minutes'],
      ['beslut', 'test/fixtures/render/beslut.minutes'],
      ['resolutions', 'test/fixtures/render/resolutions.minutes'],
    ] as const) {
      const bytes = await exportMinutes(analyzeMinutes(readFileSync(join(root, path), 'utf8')), 'pdf');
      assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
      const file = join(folder, `${name}.pdf`);
      writeFileSync(file, bytes);
      const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      assert.equal(text.status, 0, text.stderr);
      texts.set(name, text.stdout);
      fonts.set(name, spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout);
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** The text with runs of spaces (table columns) made one space, so cells read as `Name Org …`. */
  const flat = (name: string): string => (texts.get(name) ?? '').replace(/[ \t]+/g, ' ');

  it('holds the header, with Å, Ä and Ö', () => {
    const text = flat('kommunchefsgruppen');
    for (const wanted of ['Anteckningar', 'Möte Kommunchefsgruppen, GR', 'Datum 2024-03-08', 'Plats GR, Göteborg']) {
      assert.ok(text.includes(wanted), `missing "${wanted}" in\n${text}`);
    }
  });

  it('shows the line under the title before the fields', () => {
    assert.match(flat('protokoll'), /^\s*Protokoll\s+Kommunstyrelsen i Exempelkommun\s+Möte Kommunstyrelsens arbetsutskott/);
  });

  it('has the attendance table, row by row', () => {
    const text = flat('kommunchefsgruppen');
    assert.match(text, /Namn Organisation Roll Närvaro/);
    assert.match(text, /Pia Alhäll Härryda Digitalt från punkt 4/);
    assert.match(text, /Rickard Vidlund Öckerö\n/);
    assert.match(text, /Christina Thordén GR Endast punkt 2/);
  });

  it('has headings per item, the summary of actions and the decisions', () => {
    const text = flat('kommunchefsgruppen');
    assert.match(text, /6\. Klimatanpassning/);
    assert.match(text, /Punkt Uppdrag Ansvarig Senast/);
    assert.match(text, /Sammanställning av uppdrag/);
    assert.match(text, /3\. UBit-representant i arbetsgrupp: Kommunchefsgruppen utser Anders Kopp/);
    assert.match(text, /Antecknat av Therese Tanner, Förbundssekreterare/);
  });

  it('numbers the pages', () => {
    const text = flat('kommunchefsgruppen');
    const total = /Sida 1 av (\d+)/.exec(text)?.[1];
    assert.ok(total, 'no "Sida 1 av N"');
    assert.ok(Number(total) >= 2);
    assert.ok(text.includes(`Sida ${total} av ${total}`));
  });

  it('keeps dashes, curly quotes and accents in an embedded font', () => {
    const text = flat('english');
    assert.ok(text.includes('Board of the “Harbour” Association'), text);
    assert.ok(text.includes('meeting — with a short “welcome” – and'), text);
    assert.ok(text.includes('Émile Durand'));
    assert.ok(text.includes('Café Öst, Malmö'));
    assert.match(text, /No owner/);
    assert.match(text, /Page 1 of \d+/);
    const embedded = (fonts.get('english') ?? '').split('\n').slice(2).filter((line) => line.trim() !== '');
    assert.ok(embedded.length > 0, 'no fonts listed');
    for (const line of embedded) assert.match(line, /\byes\s+yes\s+yes\b/, `font not embedded as a subset with Unicode map: ${line}`);
  });

  it('renders the raw reference file, which has no date', () => {
    const text = flat('reference');
    assert.match(text, /Gitte Caous får i uppdrag att/);
    assert.match(text, /9\. Stående punkter och övriga frågor/);
    assert.doesNotMatch(text, /Datum/);
  });

  it('publishes the tasks as written, without a capital added', () => {
    const text = flat('protokoll');
    assert.match(text, /ta fram en reviderad budget\. Bengt Randén 2024-04-15/);
    assert.match(text, /ring kommunen Pia Alhäll\n/);
    assert.doesNotMatch(text, /Ta fram en reviderad|Ring kommunen|Sammanställ remissvaren/);
    assert.match(text, /Pia Alhäll Härryda sjukskriven/);
  });

  it('names every item by its number as the heading writes it', () => {
    const text = flat('protokoll');
    const lines = text.split('\n').map((line) => line.trim());
    for (const heading of ['§ 45 Val av justerare', '§ 46 Budget 2025', '§46. Fortsatt behandling', '§ 47 Övriga frågor']) {
      assert.ok(lines.includes(heading), `no heading "${heading}" in\n${text}`);
    }
    assert.match(text, /^ ?§ 46 ta fram en reviderad budget\./m);
    assert.match(text, /^ ?§ 47 ring kommunen/m);
    assert.match(text, /§ 45 Val av justerare: Pia Alhäll utses att justera protokollet\./);
    assert.match(text, /§ 47 Övriga frågor: Nästa möte hålls den 9 april\./);
    assert.doesNotMatch(text, /4[5-7]\. (?:Val|Budget|Övriga)/);
    // A protokoll's items are paragraphs in the renderer's own words too.
    assert.match(text, /Paragraf Uppdrag Ansvarig Senast/);
    assert.match(text, /Maria Standar Alingsås sekreterare Från § 46/);
    // The footer's keyword as written.
    assert.match(text, /Vid protokollet Maria Standar, sekreterare/);
  });

  it('publishes a decision under its keyword as written, its points as a list, a sub-heading on its own line', () => {
    const resolutions = flat('resolutions');
    for (const wanted of ['RESOLVED that the minutes of the meeting', 'IT WAS RESOLVED THAT the Clerk obtains three quotes.', 'RESOLVED – that *item 1* is closed.', 'It was agreed, that the Clerk', 'Resolved: That the payments be approved.', 'Agreed: the date of the next meeting.', 'Decision: The precept']) {
      assert.ok(resolutions.includes(wanted), `missing "${wanted}" in\n${resolutions}`);
    }
    const beslut = flat('beslut');
    const lines = beslut.split('\n').map((line) => line.trim());
    for (const heading of ['Ärendebeskrivning', 'Förslag till beslut', 'Reservation', 'Beslutsunderlag', 'Yrkanden']) assert.ok(lines.includes(heading), `no line "${heading}" in\n${beslut}`);
    assert.ok(lines.includes('Beslut: Nämnden beslutar att anta budgeten.'), beslut);
    assert.ok(lines.includes('Beslut: Nämnden beslutar'), beslut);
    // pdfmake draws a bullet, which pdftotext does not copy: the point stands on a line of its own.
    assert.ok(lines.includes('att godkänna förslaget,'), beslut);
    assert.ok(lines.includes('2. för gym.'), beslut);
    assert.match(beslut, /§ 12 Budget 2025: Nämnden beslutar att anta budgeten\./);
  });

  it('numbers numbered lists as written, nested by indentation', () => {
    const lines = (texts.get('protokoll') ?? '').split('\n');
    /** The line that ends with `text`, as its indentation and what stands before the text. */
    const entry = (text: string): { indent: number; marker: string } => {
      const found = lines.find((line) => line.trimEnd().endsWith(` ${text}`) || line.trim() === text);
      assert.ok(found !== undefined, `no line "${text}"`);
      const [, indent = '', marker = ''] = /^(\s*)(.*?)\s*\S+$/.exec(found.trimEnd()) ?? [];
      return { indent: indent.length, marker };
    };
    const markers = ['Intäkter', 'Skatter', 'Statsbidrag', 'Kostnader', 'Lokalfrågan', 'Bredband', 'Första', 'Andra', 'Femte'].map((text) => entry(text).marker);
    assert.deepEqual(markers, ['1.', '1.', '2.', '2.', '3.', '4.', '1)', '1)', '5)']);
    const outer = entry('Intäkter').indent;
    assert.equal(entry('Kostnader').indent, outer);
    assert.ok(entry('Skatter').indent > outer, 'Skatter is not nested under Intäkter');
    assert.equal(entry('Statsbidrag').indent, entry('Skatter').indent);
    // A bullet is drawn, not text: the nested bullet entries stand further in than their entry.
    assert.equal(entry('personal').marker, '');
    assert.ok(entry('personal').indent > outer, 'personal is not nested under Kostnader');
    assert.equal(entry('Lokalfrågan').indent, outer);
  });
});
