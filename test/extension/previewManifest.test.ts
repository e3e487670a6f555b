/**
 * The manifest side of the preview and the exports: the commands with their Swedish and English
 * titles, Markdown's keybindings, the editor-title button, the serializer's activation event,
 * every UI string of client/src/preview and client/src/export translated, the export table in
 * step with the commands, and media/ shipped in the .vsix.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultExportPath, EXPORT_FORMATS } from '../../client/src/export/exportFormats';
import { root } from '../helpers/expect';

interface Command {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
  readonly icon?: string;
}
interface MenuEntry {
  readonly command: string;
  readonly when?: string;
  readonly group?: string;
  readonly alt?: string;
}
interface Keybinding {
  readonly command: string;
  readonly key: string;
  readonly when?: string;
}
interface Manifest {
  readonly activationEvents: string[];
  readonly contributes: {
    readonly commands: Command[];
    readonly keybindings: Keybinding[];
    readonly menus: Record<string, MenuEntry[]>;
  };
}

const json = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const manifest = json<Manifest>('package.json');
const nls = json<Record<string, string>>('package.nls.json');
const nlsSv = json<Record<string, string>>('package.nls.sv.json');
const bundleSv = json<Record<string, string>>('l10n/bundle.l10n.sv.json');

const previewCommands = ['minutes.showPreview', 'minutes.showPreviewToSide'];
const exportCommands = EXPORT_FORMATS.map((format) => format.command);

/** Every `.ts` file under `folder`. */
function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(root, folder, file));
}

function command(id: string): Command {
  const found = manifest.contributes.commands.find((c) => c.command === id);
  assert.ok(found, `package.json contributes no command ${id}`);
  return found;
}

describe('the manifest of the preview and the exports', () => {
  it('contributes every command under "Minutes" with an English and a Swedish title', () => {
    const titles: Record<string, [string, string]> = {
      'minutes.showPreview': ['Open Preview', 'Öppna förhandsvisning'],
      'minutes.showPreviewToSide': ['Open Preview to the Side', 'Öppna förhandsvisning vid sidan'],
      'minutes.exportHtml': ['Export to HTML', 'Exportera till HTML'],
      'minutes.exportPdf': ['Export to PDF', 'Exportera till PDF'],
      'minutes.exportWord': ['Export to Word', 'Exportera till Word'],
      'minutes.exportMarkdown': ['Export to Markdown', 'Exportera till Markdown'],
    };
    assert.deepEqual(Object.keys(titles).sort(), [...previewCommands, ...exportCommands].sort());
    for (const [id, [en, sv]] of Object.entries(titles)) {
      const entry = command(id);
      assert.equal(entry.category, 'Minutes', id);
      const key = /^%(.+)%$/.exec(entry.title)?.[1];
      assert.ok(key, `${id}'s title is a %placeholder%`);
      assert.equal(nls[key], en, id);
      assert.equal(nlsSv[key], sv, id);
    }
    assert.equal(command('minutes.showPreviewToSide').icon, '$(open-preview)');
  });

  it("binds Markdown's preview keys in minutes editors and puts the preview button in the editor title", () => {
    const binding = (id: string) => manifest.contributes.keybindings.find((k) => k.command === id);
    assert.equal(binding('minutes.showPreview')?.key, 'ctrl+shift+v');
    assert.equal(binding('minutes.showPreviewToSide')?.key, 'ctrl+k v');
    for (const id of previewCommands) assert.equal(binding(id)?.when, 'editorLangId == minutes');
    const button = manifest.contributes.menus['editor/title']?.find((entry) => entry.command === 'minutes.showPreviewToSide');
    assert.equal(button?.group, 'navigation');
    assert.equal(button?.when, 'editorLangId == minutes');
    assert.equal(button?.alt, 'minutes.showPreview');
    const palette = manifest.contributes.menus.commandPalette ?? [];
    for (const id of previewCommands) {
      assert.equal(palette.find((entry) => entry.command === id)?.when, 'editorLangId == minutes', `${id} in the palette`);
    }
    // The exports are offered from the preview too.
    for (const id of exportCommands) {
      assert.equal(palette.find((entry) => entry.command === id)?.when, 'editorLangId == minutes || activeWebviewPanelId == minutes.preview', `${id} in the palette`);
    }
  });

  it('activates for a preview restored after a reload', () => {
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:minutes.preview'));
    const source = readFileSync(join(root, 'client/src/preview/previewPanel.ts'), 'utf8');
    assert.match(source, /PREVIEW_VIEW_TYPE = 'minutes\.preview'/);
  });

  it('translates every UI string of the preview and the exports into Swedish', () => {
    const messages = new Set<string>();
    for (const file of [...sources('client/src/preview'), ...sources('client/src/export')]) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) if (m[1]) messages.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(messages.size >= 10, `${messages.size} messages`);
    for (const message of messages) {
      const swedish = bundleSv[message];
      assert.equal(typeof swedish, 'string', `l10n/bundle.l10n.sv.json lacks "${message}"`);
      // The placeholders survive the translation.
      const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((p) => p[0]).sort();
      assert.deepEqual(placeholders(swedish ?? ''), placeholders(message), message);
    }
  });

  it('names one command, extension and filter per export format, and proposes the source name', () => {
    assert.deepEqual(EXPORT_FORMATS.map((f) => f.format), ['html', 'pdf', 'docx', 'md']);
    assert.deepEqual(EXPORT_FORMATS.map((f) => f.extension), ['html', 'pdf', 'docx', 'md']);
    const cases: [string, string, string][] = [
      ['/home/a/möte.minutes', 'pdf', '/home/a/möte.pdf'],
      ['/home/a/2024-03-08.styrelse.minutes', 'docx', '/home/a/2024-03-08.styrelse.docx'],
      ['/home/a/README', 'md', '/home/a/README.md'],
      ['/home/a/.minutes', 'html', '/home/a/.minutes.html'],
      ['möte.minutes', 'html', 'möte.html'],
    ];
    for (const [source, extension, expected] of cases) assert.equal(defaultExportPath(source, extension), expected, source);
  });

  it('ships the media files the preview loads in the .vsix', () => {
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
    assert.ok(ignore.includes('!media/**'), '.vscodeignore ships media/');
    const panel = readFileSync(join(root, 'client/src/preview/previewPanel.ts'), 'utf8');
    const files = [...panel.matchAll(/media\('([\w.-]+)'\)/g)].map((m) => m[1] ?? '');
    assert.deepEqual(files.sort(), ['minutes.css', 'preview.css', 'preview.js', 'previewScroll.js']);
    for (const file of files) assert.ok(existsSync(join(root, 'media', file)), `${relative(root, join(root, 'media', file))} exists`);
  });
});
