import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, DIAGNOSTIC_CODES, type Lang } from '../../server/src/core/index';
import { dumpDiagnostics } from '../helpers/dump';
import { root } from '../helpers/expect';

/**
 * The language reference checks itself: every complete example document in docs/language.md
 * stands in a ```minutes block, and the diagnostics it produces in a ```diagnostics sv|en block
 * right after it. Each document is analysed here and compared with its block, so the manual
 * cannot drift from the code. To change an example, change the manual; the expected output is
 * the manual's own text.
 */

const MANUAL = 'docs/language.md';
const TODAY = { year: 2024, month: 3, day: 1 };
/** The only section whose examples may (and must) produce `syntax-error`. */
const SYNTAX_ERROR_SECTION = '`syntax-error`';

interface Fenced {
  /** The info string after the opening fence, e.g. `minutes` or `diagnostics sv`. */
  readonly info: string;
  readonly text: string;
  /** One-based line of the opening fence in the manual. */
  readonly line: number;
  /** The nearest heading above the block, without its `#`s. */
  readonly section: string;
  /** True when only blank lines stand between the previous block's closing fence and this one. */
  readonly followsDirectly: boolean;
}

interface MinutesBlock extends Fenced {
  readonly expected?: { readonly lang: Lang; readonly block: Fenced };
}

/** Every fenced block of `markdown`, with its indentation removed; `problems` collects what is malformed. */
function fencedBlocks(markdown: string, problems: string[]): Fenced[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Fenced[] = [];
  let section = '';
  let sinceLastBlock: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const open = /^(\s*)(`{3,})\s*(.*)$/.exec(line);
    if (!open) {
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) section = heading[1]?.trim() ?? '';
      sinceLastBlock.push(line);
      continue;
    }
    const [, indent = '', fence = '```', info = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const candidate = lines[j] ?? '';
      if (candidate.trim().startsWith(fence) && candidate.trim().replace(/`+/, '') === '') break;
      body.push(candidate.startsWith(indent) ? candidate.slice(indent.length) : candidate.trimStart());
    }
    if (j >= lines.length) problems.push(`${MANUAL}:${i + 1}: the code block is never closed`);
    blocks.push({ info: info.trim(), text: body.join('\n'), line: i + 1, section, followsDirectly: sinceLastBlock.every((l) => l.trim() === '') });
    sinceLastBlock = [];
    i = j;
  }
  return blocks;
}

/**
 * The ```minutes blocks, each with the ```diagnostics block that directly follows it, if any. A
 * diagnostics block anywhere else, or with another language, is a problem: it would go unchecked.
 */
function minutesExamples(markdown: string, problems: string[]): MinutesBlock[] {
  const blocks = fencedBlocks(markdown, problems);
  const examples: MinutesBlock[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (block.info.startsWith('diagnostics')) {
      const lang = /^diagnostics (sv|en)$/.exec(block.info)?.[1];
      if (lang !== 'sv' && lang !== 'en') problems.push(`${MANUAL}:${block.line}: write "diagnostics sv" or "diagnostics en", not "${block.info}"`);
      if (previous?.info !== 'minutes' || !block.followsDirectly) problems.push(`${MANUAL}:${block.line}: a diagnostics block must directly follow a minutes block`);
      return;
    }
    if (block.info !== 'minutes') return;
    const next = blocks[index + 1];
    const lang = next?.followsDirectly ? /^diagnostics (sv|en)$/.exec(next.info)?.[1] : undefined;
    examples.push(next && (lang === 'sv' || lang === 'en') ? { ...block, expected: { lang, block: next } } : block);
  });
  return examples;
}

/**
 * The single call site of the API in this suite: one example document and, when the manual shows
 * them, its diagnostics. Analysing must not throw; `syntax-error` belongs to its own section only;
 * and the output must be exactly what the manual prints.
 */
function check(block: MinutesBlock, expected: MinutesBlock['expected']): void {
  const analysis = analyzeMinutes(block.text, { locale: expected?.lang ?? 'en', today: TODAY });
  const syntaxErrors = analysis.diagnostics.filter((d) => d.code === 'syntax-error').map((d) => d.message);
  if (block.section !== SYNTAX_ERROR_SECTION) assert.deepEqual(syntaxErrors, [], `${MANUAL}:${block.line}: the example is not fully readable`);
  if (!expected) return;
  assert.equal(dumpDiagnostics(analysis).trim(), expected.block.text.trim(), `${MANUAL}:${expected.block.line}: the diagnostics differ from the manual`);
}

describe(`${MANUAL}: every example is what the tools really do`, () => {
  const problems: string[] = [];
  const examples = minutesExamples(readFileSync(join(root, MANUAL), 'utf8'), problems);

  it('pairs every diagnostics block with the example above it', () => {
    assert.deepEqual(problems, []);
  });

  for (const example of examples) {
    const shown = example.expected ? `, diagnostics ${example.expected.lang}` : '';
    it(`example at line ${example.line} (${example.section}${shown})`, () => check(example, example.expected));
  }

  it('shows every diagnostic code in a Swedish and an English example', () => {
    const shown = new Set<string>();
    for (const example of examples) {
      if (!example.expected) continue;
      for (const line of example.expected.block.text.split('\n')) {
        const code = / (?:error|warning|information|hint) ([a-z-]+): /.exec(line)?.[1];
        if (code) shown.add(`${code} ${example.expected.lang}`);
      }
    }
    const missing = DIAGNOSTIC_CODES.flatMap((code) => (['sv', 'en'] as const).map((lang) => `${code} ${lang}`)).filter((key) => !shown.has(key));
    assert.deepEqual(missing, []);
  });

  it('has the syntax-error examples in their own section', () => {
    assert.ok(examples.some((e) => e.section === SYNTAX_ERROR_SECTION && e.expected?.block.text.includes(' syntax-error: ')));
  });
});
