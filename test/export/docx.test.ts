import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes } from '../../server/src/core/index';
import { exportMinutes } from '../../server/src/export/exportMinutes';
import { root } from '../helpers/expect';
import { unzip } from './tools';

/** The text of a piece of WordprocessingML: every `<w:t>` joined, entities decoded. */
function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map(([, text]) => text ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every table of the document as rows of cell texts. */
function tables(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table]) =>
    [...(table ?? '').matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row]) =>
      [...(row ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => wordText(cell ?? '')),
    ),
  );
}

/** The text of every Heading 1 paragraph. */
function headings(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>([\s\S]*?)<\/w:p>/g)].map(([, p]) => wordText(p ?? ''));
}

/** A level of a Word list definition: its first number, its format and its text (`%1.`). */
interface WordLevel {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

/** The attribute `name` of the first element `tag` in `xml`. */
function attribute(xml: string, tag: string, name: string): string | undefined {
  return new RegExp(`<${tag}\\s[^>]*?${name}="([^"]*)"`).exec(xml)?.[1];
}

/**
 * Every list paragraph of the document as Word shows it: its level, the number or bullet Word puts
 * before it (worked out from `word/numbering.xml` as Word counts: each list from its start, or its
 * instance's start override, on by one, a level starting again below a level that comes again) and
 * its text.
 */
function listParagraphs(files: Map<string, string>): { level: number; label: string; text: string }[] {
  const numbering = files.get('word/numbering.xml') ?? '';
  const abstract = new Map<string, Map<number, WordLevel>>();
  for (const [, id, body] of numbering.matchAll(/<w:abstractNum\s[^>]*?w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, WordLevel>();
    for (const [, level, lvl] of (body ?? '').matchAll(/<w:lvl\s[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(level), {
        start: Number(attribute(lvl ?? '', 'w:start', 'w:val') ?? '0'),
        format: attribute(lvl ?? '', 'w:numFmt', 'w:val') ?? '',
        text: attribute(lvl ?? '', 'w:lvlText', 'w:val') ?? '',
      });
    }
    abstract.set(id ?? '', levels);
  }
  const lists = new Map<string, { levels: Map<number, WordLevel>; starts: Map<number, number> }>();
  for (const [, id, body] of numbering.matchAll(/<w:num\s[^>]*?w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const [, level, start] of (body ?? '').matchAll(/<w:lvlOverride w:ilvl="(\d+)"><w:startOverride w:val="(\d+)"\/>/g)) starts.set(Number(level), Number(start));
    lists.set(id ?? '', { levels: abstract.get(attribute(body ?? '', 'w:abstractNumId', 'w:val') ?? '') ?? new Map(), starts });
  }
  const counters = new Map<string, number[]>();
  const out: { level: number; label: string; text: string }[] = [];
  for (const [paragraph] of (files.get('word/document.xml') ?? '').matchAll(/<w:p>[\s\S]*?<\/w:p>/g)) {
    const id = attribute(paragraph, 'w:numId', 'w:val');
    if (id === undefined) continue;
    const level = Number(attribute(paragraph, 'w:ilvl', 'w:val') ?? '0');
    const list = lists.get(id);
    const definition = list?.levels.get(level);
    assert.ok(list && definition, `list paragraph without a definition: ${paragraph}`);
    const counter = counters.get(id) ?? [];
    counter[level] = counter[level] === undefined ? (list.starts.get(level) ?? definition.start) : (counter[level] ?? 0) + 1;
    counter.length = level + 1;
    counters.set(id, counter);
    const label = definition.format === 'bullet' ? '•' : definition.text.replace(/%(\d)/g, (_, n: string) => String(counter[Number(n) - 1] ?? ''));
    out.push({ level, label, text: wordText(paragraph) });
  }
  return out;
}

async function wordFiles(path: string): Promise<Map<string, string>> {
  const analysis = analyzeMinutes(readFileSync(join(root, path), 'utf8'));
  return unzip(await exportMinutes(analysis, 'docx'));
}

describe('export: Word (.docx)', function () {
  this.timeout(30_000);
  let files: Map<string, string>;
  let documentXml: string;
  before(async () => {
    files = await wordFiles('examples/kommunchefsgruppen.minutes');
    documentXml = files.get('word/document.xml') ?? '';
  });

  it('has the attendance as a real Word table', () => {
    const attendance = tables(documentXml).find((table) => table[0]?.[0] === 'Namn');
    assert.ok(attendance, 'no table with the heading Namn');
    assert.deepEqual(attendance[0], ['Namn', 'Organisation', 'Roll', 'Närvaro']);
    assert.equal(attendance.length, 1 + 19);
    assert.deepEqual(attendance[5], ['Pia Alhäll', 'Härryda', '', 'Digitalt från punkt 4']);
    assert.deepEqual(attendance[17], ['Sofia Larsson', 'GR', '', 'Endast punkt 2']);
    assert.deepEqual(attendance[14], ['Rickard Vidlund', 'Öckerö', '', '']);
  });

  it('has the summary of actions as a real Word table', () => {
    const actions = tables(documentXml).find((table) => table[0]?.[0] === 'Punkt');
    assert.ok(actions, 'no table with the heading Punkt');
    assert.deepEqual(actions[0], ['Punkt', 'Uppdrag', 'Ansvarig', 'Senast']);
    assert.deepEqual(actions[1], ['2', 'avrapportera AI-uppdraget i sin helhet.', 'Sofia Larsson, Anders Pettersson', '30 april']);
    assert.deepEqual(actions[2], ['4', 'ta fram förslag på agenda för heldagen.', 'Gitte Caous, Rickard Vidlund och Maria Reinholdsson', '2024-05-31']);
    assert.equal(actions.length, 1 + 6);
  });

  it('has a heading per item and the header block', () => {
    const found = headings(documentXml);
    for (const title of ['1. Välkomnande av ny kommunchef i Stenungsund', '6. Klimatanpassning', '9. Stående punkter och övriga frågor']) {
      assert.ok(found.includes(title), `no heading "${title}" among ${JSON.stringify(found)}`);
    }
    assert.ok(wordText(documentXml).includes('2024-03-08'));
    assert.ok(wordText(documentXml).includes('Antecknat av Therese Tanner, Förbundssekreterare'));
  });

  it('numbers the pages in the footer', () => {
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    assert.ok(footers.some((xml) => /PAGE/.test(xml) && /NUMPAGES/.test(xml) && wordText(xml).includes('Sida')), 'no page number field in a footer');
  });

  it('marks an action without owner and keeps hostile text as text', async () => {
    const english = await wordFiles('test/fixtures/render/english.minutes');
    const actions = tables(english.get('word/document.xml') ?? '').find((table) => table[0]?.[0] === 'Item');
    assert.deepEqual(actions?.[2], ['2', 'find a contractor for the pier', 'No owner', '']);
    const hostile = (await wordFiles('test/fixtures/render/hostile.minutes')).get('word/document.xml') ?? '';
    assert.ok(wordText(hostile).includes(`<img src=x onerror="window.__pwned='name'">`));
    assert.doesNotMatch(hostile, /<script/);
  });
});

describe('export: Word (.docx) of decisions under their keyword as written', function () {
  this.timeout(30_000);

  it('labels each decision with its keyword as written, and sets a keyword that runs into its sentence before it', async () => {
    const text = wordText((await wordFiles('test/fixtures/render/resolutions.minutes')).get('word/document.xml') ?? '');
    for (const wanted of ['RESOLVED that the minutes of the meeting', 'IT WAS RESOLVED THAT the Clerk obtains three quotes.', 'RESOLVED – that *item 1* is closed.', 'It was agreed, that the Clerk', 'Resolved: That the payments be approved.', 'Agreed: the date of the next meeting.', 'Decision: The precept']) {
      assert.ok(text.includes(wanted), `missing "${wanted}" in\n${text}`);
    }
  });

  it('keeps a decision’s points as a Word list and a sub-heading as a heading of its own', async () => {
    const files = await wordFiles('test/fixtures/render/beslut.minutes');
    const documentXml = files.get('word/document.xml') ?? '';
    const points = listParagraphs(files).filter((p) => !p.text.includes(': ')).map((p) => `${'  '.repeat(p.level)}${p.label} ${p.text}`);
    assert.deepEqual(points, ['• att godkänna förslaget,', '• att ge förvaltningen i uppdrag att teckna avtal <före 1 maj>.', '• att höja taxorna,', '  1. för bad,', '  2. för gym.']);
    assert.ok(wordText(documentXml).includes('Beslut: Nämnden beslutar att anta budgeten.'));
    const subheadings = [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading2"\/>([\s\S]*?)<\/w:p>/g)].map(([, p]) => wordText(p ?? ''));
    assert.deepEqual(subheadings, ['Ärendebeskrivning', 'Förslag till beslut', 'Reservation', 'Beslutet skickas till', 'Beslutsunderlag', 'Yrkanden']);
  });
});

/** `test/fixtures/render/protokoll.minutes`: `§` items, numbered and nested lists, tasks and notes in lower case. */
describe('export: Word (.docx) of a formal protokoll', function () {
  this.timeout(30_000);
  let files: Map<string, string>;
  let documentXml: string;
  before(async () => {
    files = await wordFiles('test/fixtures/render/protokoll.minutes');
    documentXml = files.get('word/document.xml') ?? '';
  });

  it('publishes the tasks and free attendance notes as written, without a capital added', () => {
    const actions = tables(documentXml).find((table) => table[0]?.[0] === 'Paragraf');
    assert.deepEqual(
      actions?.slice(1).map((row) => row[1]),
      ['ta fram en reviderad budget.', 'sammanställ remissvaren', 'ring kommunen'],
    );
    const attendance = tables(documentXml).find((table) => table[0]?.[0] === 'Namn');
    assert.deepEqual(
      attendance?.slice(1).map((row) => row[3]),
      ['', 'sjukskriven', 'Digitalt; kom sent', 'Från § 46'],
    );
  });

  it('shows the line under the title as a heading before the fields', () => {
    const text = wordText(documentXml);
    assert.ok(text.indexOf('Protokoll') < text.indexOf('Kommunstyrelsen i Exempelkommun') && text.indexOf('Kommunstyrelsen i Exempelkommun') < text.indexOf('Kommunstyrelsens arbetsutskott'), text);
    assert.match(documentXml, /<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Kommunstyrelsen i Exempelkommun/s);
  });

  it('labels the footer with its keyword as written', () => {
    assert.ok(wordText(documentXml).includes('Vid protokollet Maria Standar, sekreterare'), wordText(documentXml));
  });

  it('names every item by its number as the heading writes it', () => {
    const found = headings(documentXml);
    for (const title of ['§ 45 Val av justerare', '§ 46 Budget 2025', '§46. Fortsatt behandling', '§ 47 Övriga frågor']) {
      assert.ok(found.includes(title), `no heading "${title}" among ${JSON.stringify(found)}`);
    }
    const actions = tables(documentXml).find((table) => table[0]?.[0] === 'Paragraf');
    assert.deepEqual(actions?.slice(1).map((row) => row[0]), ['§ 46', '§ 46', '§ 47']);
    const decisions = listParagraphs(files).filter((p) => p.text.includes(': ')).map((p) => p.text);
    assert.deepEqual(decisions, ['§ 45 Val av justerare: Pia Alhäll utses att justera protokollet.', '§ 47 Övriga frågor: Nästa möte hålls den 9 april.']);
    assert.doesNotMatch(wordText(documentXml), /4[5-7]\. (?:Val|Budget|Övriga)/);
  });

  it('numbers numbered lists as written, in real Word lists nested by level', () => {
    const lists = listParagraphs(files).filter((p) => !p.text.includes(': '));
    assert.deepEqual(
      lists.map((p) => `${'  '.repeat(p.level)}${p.label} ${p.text}`),
      [
        '1. Intäkter',
        '  1. Skatter',
        '  2. Statsbidrag',
        '2. Kostnader',
        '  • personal',
        '  • lokaler',
        '3. Lokalfrågan',
        '4. Bredband',
        '1) Första',
        '1) Andra',
        '5) Femte',
      ],
    );
  });
});
