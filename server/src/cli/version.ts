import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version of the `minutes` package, read from its package.json at run time. The bundle
 * (`dist/cli.cjs`) sits one folder below it; walking up from the bundle's folder, and from the
 * script that started the program, finds it however the package was installed. (Importing the
 * JSON at build time would put package.json outside the server project's `rootDir`.)
 */
export function readPackageVersion(): string | undefined {
  const starts: string[] = [];
  if (typeof __dirname === 'string') starts.push(__dirname);
  const script = process.argv[1];
  if (script) {
    try {
      starts.push(dirname(realpathSync(script)));
    } catch {
      // The script path is only a second guess; a missing one is not an error.
    }
  }
  for (const start of starts) {
    const version = findVersionUpwards(start);
    if (version) return version;
  }
  return undefined;
}

function findVersionUpwards(start: string): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'minutes' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No (readable) package.json here: keep walking up.
    }
    if (dirname(folder) === folder) return undefined;
  }
}
