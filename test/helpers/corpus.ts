import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './expect';

/** The raw reference minutes beside the project (`../shared`), when it is there. */
const REFERENCE = join(root, '../shared/reference/000_13f9851aec9c8325.txt');

/**
 * Every minutes text the project has: the examples, the parser, diagnostics and series fixtures,
 * and the raw reference file when `../shared` is beside the project. For tests that hold a
 * property over real documents (the reduced text of the index, decomposed letters …).
 */
export function minutesCorpus(): { readonly path: string; readonly text: string }[] {
  const dirs = ['examples', 'test/fixtures/parser', 'test/fixtures/diagnostics', 'test/fixtures/series/styrelsen'];
  const paths = dirs.flatMap((dir) => readdirSync(join(root, dir)).filter((n) => n.endsWith('.minutes')).map((n) => join(root, dir, n)));
  if (existsSync(REFERENCE)) paths.push(REFERENCE);
  return paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}
