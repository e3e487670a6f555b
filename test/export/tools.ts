/**
 * What the export tests need from outside npm: Debian's `pdftotext` (poppler-utils) and Chromium.
 * `ensureDebianCommand` installs the package with apt-get when the command is missing (as root or
 * through `sudo -n`; `apt-get update` only when apt knows no candidate), so the test command stays
 * self-sufficient and does nothing when the tools are there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { root } from '../helpers/expect';

/** Screenshots of the rendered minutes: `.test-artifacts/render/` (ignored by git). */
export const renderArtifactsDir = join(root, '.test-artifacts', 'render');

export function ensureArtifactsDir(): string {
  mkdirSync(renderArtifactsDir, { recursive: true });
  return renderArtifactsDir;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Makes sure `command` exists, installing Debian's `pkg` if it does not. */
export function ensureDebianCommand(command: string, pkg: string): void {
  if (onPath(command)) return;
  if (!onPath('apt-get')) throw new Error(`${command} is missing and there is no apt-get: install ${pkg}`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (args: string[]): void => {
    const [program, ...rest] = [...sudo, ...args];
    const result = spawnSync(program ?? 'apt-get', rest, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`${[...sudo, ...args].join(' ')} failed:\n${result.stdout}${result.stderr}`);
  };
  const policy = spawnSync('apt-cache', ['policy', pkg], { encoding: 'utf8' });
  const candidate = /Candidate:\s*(\S+)/.exec(policy.stdout ?? '')?.[1];
  if (!candidate || candidate === '(none)') run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', pkg]);
  if (!onPath(command)) throw new Error(`apt-get installed ${pkg} but there is still no ${command}`);
}

/** The Chromium the tests drive: `MINUTES_E2E_CHROMIUM`, else Debian's (installed when missing). */
export function chromiumPath(): string {
  const chosen = process.env.MINUTES_E2E_CHROMIUM;
  if (chosen) return chosen;
  if (!existsSync('/usr/bin/chromium')) ensureDebianCommand('chromium', 'chromium');
  return '/usr/bin/chromium';
}

/** Every entry of a zip file (a .docx), read in memory with yauzl. */
export function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('not a zip file'));
      const entries = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
