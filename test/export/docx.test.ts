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
    assert.deepEqual(actions[1], ['2', 'Avrapportera AI-uppdraget i sin helhet.', 'Sofia Larsson, Anders Pettersson', '30 april 2024']);
    assert.deepEqual(actions[2], ['4', 'Ta fram förslag på agenda för heldagen.', 'Gitte Caous, Rickard Vidlund, Maria Reinholdsson', '31 maj 2024']);
    assert.equal(actions.length, 1 + 6);
  });

  it('has a heading per item and the header block', () => {
    const headings = [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading1"\/>([\s\S]*?)<\/w:p>/g)].map(([, p]) => wordText(p ?? ''));
    for (const title of ['1. Välkomnande av ny kommunchef i Stenungsund', '6. Klimatanpassning', '9. Stående punkter och övriga frågor']) {
      assert.ok(headings.includes(title), `no heading "${title}" among ${JSON.stringify(headings)}`);
    }
    assert.ok(wordText(documentXml).includes('fredag 8 mars 2024'));
    assert.ok(wordText(documentXml).includes('Antecknat av Therese Tanner, Förbundssekreterare'));
  });

  it('numbers the pages in the footer', () => {
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    assert.ok(footers.some((xml) => /PAGE/.test(xml) && /NUMPAGES/.test(xml) && wordText(xml).includes('Sida')), 'no page number field in a footer');
  });

  it('marks an action without owner and keeps hostile text as text', async () => {
    const english = await wordFiles('test/fixtures/render/english.minutes');
    const actions = tables(english.get('word/document.xml') ?? '').find((table) => table[0]?.[0] === 'Item');
    assert.deepEqual(actions?.[2], ['2', 'Find a contractor for the pier', 'No owner', '']);
    const hostile = (await wordFiles('test/fixtures/render/hostile.minutes')).get('word/document.xml') ?? '';
    assert.ok(wordText(hostile).includes(`<img src=x onerror="window.__pwned='name'">`));
    assert.doesNotMatch(hostile, /<script/);
  });
});
