/**
 * Writes `server/src/core/syntax/cst.generated.ts`: the typed shape of the syntax tree, derived
 * from the grammar by chevrotain's `generateCstDts`. Run after changing a rule:
 * `npx tsx scripts/generate-cst-types.ts`. A test checks that the file is up to date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedCstTypes } from '../server/src/core/syntax/cstTypes';

const target = fileURLToPath(new URL('../server/src/core/syntax/cst.generated.ts', import.meta.url));
writeFileSync(target, generatedCstTypes());
console.log(`wrote ${target}`);
