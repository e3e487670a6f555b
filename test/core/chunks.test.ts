import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IToken } from 'chevrotain';
import { minutesLexer } from '../../server/src/core/syntax/lexer';
import { lexInChunks, parseInChunks } from '../../server/src/core/syntax/parse';
import { root } from '../helpers/expect';
import { seededRandom } from '../helpers/random';

/**
 * `parseMinutes` lexes a stretch of lines at a time and builds each region as soon as it ends
 * (`parse.ts`). Held here to the text read as a whole: the tokens of the stretches, put together,
 * are the tokens of the whole text, and a parse with stretches of a few characters — every region
 * and the footer cut across stretches — is the parse with one stretch.
 */
function place(t: IToken): string {
  return `${t.tokenType.name} ${t.startOffset}-${t.endOffset} ${t.startLine}:${t.startColumn}-${t.endLine}:${t.endColumn} ${JSON.stringify(t.image)}`;
}

const withBreak = (text: string) => (/[\r\n]$/.test(text) ? text : `${text}\n`);

function lexedInChunks(source: string, chunk: number): string[] {
  const out: string[] = [];
  lexInChunks(source, chunk, (t) => out.push(place(t)));
  return out;
}

/** A parse as plain data: the model, the problems and the line starts. */
function parsed(text: string, chunk: number): string {
  const result = parseInChunks(text, {}, chunk);
  return JSON.stringify({ document: result.document, comments: result.document.comments, refs: result.document.textItemRefs, prose: result.document.proseAssignments, problems: result.problems, lineStarts: [...result.lineStarts], doubleSpaced: result.parts.doubleSpaced });
}

const files = [
  'examples/kommunchefsgruppen.minutes',
  'examples/klimat.minutes',
  '../shared/reference/000_13f9851aec9c8325.txt',
  ...readdirSync(join(root, 'test/fixtures/parser')).filter((f) => f.endsWith('.minutes')).map((f) => `test/fixtures/parser/${f}`),
];

describe('parsing a stretch of lines at a time (parse.ts)', () => {
  it('lexes every file into the tokens of the whole, whatever the stretch and the line breaks', () => {
    for (const file of files) {
      const text = withBreak(readFileSync(join(root, file), 'utf8'));
      for (const variant of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r')]) {
        const whole = minutesLexer.tokenize(variant).tokens.map(place);
        for (const chunk of [1, 7, 64, 1000]) assert.deepEqual(lexedInChunks(variant, chunk), whole, `${file}, stretches of ${chunk}`);
      }
    }
  });

  it('parses every file as it parses it in one stretch', () => {
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      const whole = parsed(text, Number.MAX_SAFE_INTEGER);
      for (const chunk of [1, 13, 200]) assert.equal(parsed(text, chunk), whole, `${file}, stretches of ${chunk}`);
    }
  });

  it('parses random documents — footers that stand and footers that do not, items that follow them — as in one stretch', () => {
    const random = seededRandom(4242);
    const lines = [
      'Anteckningar', 'Datum: 2024-03-01', 'NÄRVARANDE', 'Eva Ström, GR', '1. Inledning', '2. Budget', '3. Övrigt', '20. mars 2025', '§ 4 Val',
      'Uppdrag: Eva Ström – ring. Senast: 2024-04-01', 'Beslut: Ja.', 'Antecknat av: Per', 'Approved: the minutes of the last meeting',
      'Justeras', '1. Jane Smith', 'Text som slutar mitt i', 'en mening.', '- punkt', '  2. indragen', '// kommentar', '', '   ',
      'Eva Ström får i uppdrag att ringa (se punkt 2).',
    ];
    const breaks = ['\n', '\r\n', '\r'];
    for (let round = 0; round < 300; round++) {
      const lineBreak = breaks[Math.floor(random() * breaks.length)] ?? '\n';
      let text = '';
      const count = 1 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) text += (lines[Math.floor(random() * lines.length)] ?? '') + lineBreak;
      if (random() < 0.3) text = text.replace(/(?:\r\n|\r|\n)$/, '');
      const whole = parsed(text, Number.MAX_SAFE_INTEGER);
      for (const chunk of [1, 5, 40]) assert.equal(parsed(text, chunk), whole, `round ${round}, stretches of ${chunk}: ${JSON.stringify(text)}`);
    }
  });
});
