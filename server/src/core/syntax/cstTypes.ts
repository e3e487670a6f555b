import { generateCstDts } from 'chevrotain';
import { minutesParser } from './parser';

/** The source of `cst.generated.ts`, from the grammar as it is now. */
export function generatedCstTypes(): string {
  const body = generateCstDts(minutesParser.getGAstProductions(), { includeVisitorInterface: false });
  // Without the visitor interface its import is unused, which strict compiler settings reject.
  const imports = body.replace('CstNode, ICstVisitor, IToken', 'CstNode, IToken');
  return `// Generated from the grammar by scripts/generate-cst-types.ts. Do not edit.\n${imports}`;
}
