import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fraction } from '../helpers/fraction';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/lsp/pieceDocument';

/**
 * The server's document in pieces must behave exactly as the standard `TextDocument` it
 * replaces: after any sequence of changes, the same text, lines, offsets, positions and ranges.
 * Documents start small or large (several pieces of 16 KiB), and the changes insert line breaks of
 * every kind, pieces of CRLF, whole pasted blocks larger than a piece, and replace everything.
 */

const SNIPPETS = ['e', 'å', '\n', '\r\n', '\r', '–', '\u0301', 'Uppdrag: Pia – gör det\n', '😀'];

const text = (maxPieces: number) => fc.array(fc.constantFrom(...SNIPPETS), { maxLength: maxPieces }).map((p) => p.join(''));

/** A starting text: short, or long enough to be cut into several pieces. */
const startText = fc.oneof(
  text(40),
  fc.tuple(text(20), fc.integer({ min: 2_000, max: 12_000 })).map(([t, n]) => `${t}${'Rad med lite text, och åäö.\n'.repeat(n)}${t}`),
);

/** A change, with positions as fractions of the document (turned into real positions when applied). */
const change = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('range' as const), a: fraction(), b: fraction(), extra: fc.integer({ min: 0, max: 3 }), text: text(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), a: fraction(), size: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), text: text(30) }) },
);

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function toEvent(reference: TextDocument, c: Change): TextDocumentContentChangeEvent {
  const length = reference.getText().length;
  if (c.kind === 'whole') return { text: c.text };
  const start = reference.positionAt(Math.floor(c.a * length));
  if (c.kind === 'paste') return { range: { start, end: start }, text: 'Klistrat stycke, rad för rad.\r\n'.repeat(c.size * 1_000) };
  const end = reference.positionAt(Math.floor(c.b * length));
  // Positions past the end of a line or of the document, as clients sometimes send them.
  return { range: { start, end: { line: end.line, character: end.character + c.extra } }, text: c.text };
}

function assertSame(pieces: PieceDocument, reference: TextDocument, probe: number): void {
  const whole = reference.getText();
  assert.equal(pieces.length, whole.length);
  assert.equal(pieces.text.toString(), whole);
  assert.equal(pieces.lineCount, reference.lineCount);
  assert.equal(pieces.version, reference.version);
  for (let k = 0; k < 12; k++) {
    const offset = Math.floor(((probe * (k + 1)) % 1) * (whole.length + 2)) - 1;
    const position = reference.positionAt(offset);
    assert.deepEqual(pieces.positionAt(offset), position, `positionAt(${offset})`);
    const asked = { line: position.line + (k % 3) - 1, character: position.character + (k % 4) };
    assert.equal(pieces.offsetAt(asked), reference.offsetAt(asked), `offsetAt(${JSON.stringify(asked)})`);
    const range = { start: reference.positionAt(offset), end: reference.positionAt(offset + k * 997) };
    assert.equal(pieces.getText(range), reference.getText(range));
    assert.equal(pieces.text.slice(offset, offset + k * 997), whole.slice(Math.max(0, offset), Math.max(0, offset + k * 997)));
    assert.equal(pieces.text.charCodeAt(offset), whole.charCodeAt(offset));
    const line = position.line + (k % 3) - 1;
    assert.deepEqual(pieces.getLineRange(line), reference.getLineRange(line), `getLineRange(${line})`);
    assert.equal(pieces.getEOLCharacters(line), reference.getEOLCharacters(line), `getEOLCharacters(${line})`);
  }
}

describe('the server document in pieces', () => {
  it('behaves as the standard TextDocument after any changes', () => {
    fc.assert(
      fc.property(startText, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fraction(), (start, steps, probe) => {
        const reference = TextDocument.create('file:///a.minutes', 'minutes', 1, start);
        const pieces = new PieceDocument('file:///a.minutes', 'minutes', 1, start);
        assertSame(pieces, reference, probe);
        let version = 1;
        for (const step of steps) {
          const before = pieces.text;
          const beforeText = before.toString();
          // Each change of one event refers to the text after the previous one, so build them in turn.
          const events: TextDocumentContentChangeEvent[] = [];
          const scratch = TextDocument.create('file:///b.minutes', 'minutes', 0, reference.getText());
          for (const c of step) {
            const event = toEvent(scratch, c);
            events.push(event);
            TextDocument.update(scratch, [event], 0);
          }
          version++;
          TextDocument.update(reference, events, version);
          pieces.update(events, version);
          assertSame(pieces, reference, probe);
          // An earlier version's text stays as it was: analyses keep it.
          assert.equal(before.toString(), beforeText);
        }
      }),
      { numRuns: 120, seed: 4711 },
    );
  });

  it('keeps a large document in pieces, and an edit rebuilds only its own', () => {
    const start = 'Rad med lite text.\n'.repeat(60_000);
    const document = new PieceDocument('file:///big.minutes', 'minutes', 1, start);
    const before = document.text;
    document.update([{ range: { start: { line: 30_000, character: 3 }, end: { line: 30_000, character: 3 } }, text: 'x' }], 2);
    const after = document.text;
    assert.notEqual(after, before);
    // Reading one line of the middle does not need the whole text.
    assert.equal(after.slice(document.offsetAt({ line: 30_000, character: 0 }), document.offsetAt({ line: 30_000, character: 20 })), 'Radx med lite text.');
    assert.equal(after.length, start.length + 1);
    assert.equal(document.lineCount, 60_001);
  });
});
