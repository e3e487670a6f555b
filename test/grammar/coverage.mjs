/**
 * Part of `npm run test:grammar`: every scope the grammar can give (every `name` and
 * `contentName` in syntaxes/minutes.tmLanguage.json) must be asserted by at least one fixture in
 * test/grammar/*.minutes, so that a scope added to the grammar comes with a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const grammar = JSON.parse(readFileSync(join(here, '..', '..', 'syntaxes', 'minutes.tmLanguage.json'), 'utf8'));

const scopes = new Set();
const walk = (node) => {
  if (Array.isArray(node)) node.forEach(walk);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string' && node !== grammar) value.split(/\s+/).forEach((s) => scopes.add(s));
      else walk(value);
    }
  }
};
walk(grammar);

const asserted = new Set();
for (const file of readdirSync(here).filter((f) => f.endsWith('.minutes'))) {
  for (const line of readFileSync(join(here, file), 'utf8').split(/\r?\n/)) {
    // Assertion lines: `// ^^^ scope scope - excluded` or `// <--- scope`; only the required scopes count.
    const m = /^\/\/\s*(?:\^+\s*)+(.*)$|^\/\/\s*<~*-+\s*(.*)$/.exec(line);
    const required = (m?.[1] ?? m?.[2] ?? '').split(/\s-\s|^-\s/)[0];
    for (const scope of required.split(/\s+/)) if (scope) asserted.add(scope);
  }
}

const missing = [...scopes].filter((s) => !asserted.has(s)).sort();
if (missing.length > 0) {
  console.error(`✖ scopes of the grammar that no test/grammar/*.minutes fixture asserts:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`✔ all ${scopes.size} scopes of the grammar are asserted by the fixtures`);
