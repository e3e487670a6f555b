/**
 * The packaged extension: `scripts/package.mjs` (what `npm run package` runs) makes a .vsix with
 * vsce, offline; the .vsix — a zip — must hold everything the manifest points at and nothing
 * from the sources or the tests, and VS Code must install it. Packages into a temporary folder
 * with the bundles already in dist/ (built first when they are missing), so the test leaves
 * dist/ as it was.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { root } from '../helpers/expect';

const run = promisify(execFile);

/** Every file of a zip archive with its uncompressed contents, by path. */
function readZip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

interface Manifest {
  name: string;
  version: string;
  main: string;
  l10n: string;
  bin: Record<string, string>;
  contributes: {
    languages: Array<{ configuration: string }>;
    grammars: Array<{ path: string }>;
    snippets: Array<{ path: string }>;
  };
}

describe('the packaged extension (.vsix)', function () {
  // vsce takes a few seconds; building first (when dist/ is empty) a few more.
  this.timeout(120_000);

  let scratch: string;
  let vsix: string;
  let files: Map<string, Buffer>;
  let names: string[];

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'minutes-package-test-'));
    vsix = join(scratch, 'minutes.vsix');
    const bundlesBuilt = ['client', 'server', 'cli'].every((name) => existsSync(join(root, 'dist', `${name}.cjs`)));
    const args = [join(root, 'scripts', 'package.mjs'), '--quiet', '--out', vsix, ...(bundlesBuilt ? ['--no-build'] : [])];
    const { stdout } = await run(process.execPath, args, { cwd: root });
    assert.match(stdout, /^packaged .*minutes\.vsix/m);
    files = await readZip(vsix);
    names = [...files.keys()].sort();
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('holds the bundles, the manifest and its translations, the grammar, snippets and language configuration', () => {
    for (const name of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/package.nls.json',
      'extension/package.nls.sv.json',
      'extension/l10n/bundle.l10n.sv.json',
      'extension/dist/client.cjs',
      'extension/dist/server.cjs',
      'extension/dist/cli.cjs',
      'extension/bin/minutes.js',
      'extension/syntaxes/minutes.tmLanguage.json',
      'extension/snippets/minutes.json',
      'extension/language-configuration.json',
      'extension/readme.md',
    ]) {
      assert.ok(files.has(name), `${name} is missing from the .vsix; it holds:\n${names.join('\n')}`);
    }
  });

  it('holds every file the packaged manifest points at', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest;
    const inPackage = (path: string) => posix.join('extension', path);
    const referenced = [
      manifest.main,
      ...Object.values(manifest.bin),
      ...manifest.contributes.languages.map((language) => language.configuration),
      ...manifest.contributes.grammars.map((grammar) => grammar.path),
      ...manifest.contributes.snippets.map((snippet) => snippet.path),
    ];
    for (const path of referenced) assert.ok(files.has(inPackage(path)), `the manifest refers to ${path}, which is not in the .vsix`);
    assert.ok(names.some((name) => name.startsWith(`${inPackage(manifest.l10n)}/bundle.l10n.`)), 'the l10n bundle folder is empty');
    assert.match(files.get('extension.vsixmanifest')!.toString('utf8'), new RegExp(`Id="${manifest.name}" Version="${manifest.version.replace(/\./g, '\\.')}"`));
  });

  it('leaves out sources, tests, source maps, node_modules and the e2e bundles', () => {
    const forbidden = [
      /^extension\/test\//,
      /^extension\/server\//,
      /^extension\/client\//,
      /^extension\/scripts\//,
      /^extension\/node_modules\//,
      /^extension\/dist\/e2e\//,
      /\.map$/,
      /\.ts$/,
      /\.vsix$/,
      /^extension\/\.(cache|git|test-artifacts)/,
    ];
    const shipped = names.filter((name) => forbidden.some((pattern) => pattern.test(name)));
    assert.deepEqual(shipped, [], 'the .vsix holds files it should not');
  });
});
