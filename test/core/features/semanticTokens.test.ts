import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, semanticTokens, type Span } from '../../../server/src/core/index';
import { joinLines, root } from '../../helpers/expect';

/** Tokens as `type[+modifier] "covered text"`, in order. The single call site of the API in this suite. */
function check(input: string, expected: readonly string[], within?: Span): void {
  const tokens = semanticTokens(analyzeMinutes(input), within);
  assert.deepEqual(
    tokens.map((t) => `${t.type}${t.modifiers.map((m) => `+${m}`).join('')} ${JSON.stringify(input.slice(t.span.start, t.span.end))}`),
    expected,
  );
}

/** What every token list must satisfy: document order, no overlaps, one line each, inside the text. */
function assertWellFormed(text: string): void {
  const analysis = analyzeMinutes(text);
  let previousEnd = 0;
  for (const token of semanticTokens(analysis)) {
    const covered = text.slice(token.span.start, token.span.end);
    assert.ok(token.span.start >= previousEnd, `overlap at ${token.span.start}`);
    assert.ok(token.span.end > token.span.start && token.span.end <= text.length, `bad span ${JSON.stringify(token.span)}`);
    assert.ok(!/[\r\n]/.test(covered), `token over a line break: ${JSON.stringify(covered)}`);
    previousEnd = token.span.end;
  }
}

describe('semantic tokens', () => {
  it('marks header keys, persons, dates, attendance and notes', () => {
    check(
      joinLines('Protokoll', 'Datum: 15 mars 2024', 'Ordförande: Gitte Caous', 'Diarienummer: KS 2024/12', 'NÄRVARANDE', 'Gitte Caous, GR', 'Pia Alhäll, Härryda (digitalt, p 2–3)'),
      [
        'keyword "Datum"',
        'date "15 mars 2024"',
        'keyword "Ordförande"',
        'person "Gitte Caous"',
        'keyword "Diarienummer"',
        'keyword "NÄRVARANDE"',
        'person+declaration "Gitte Caous"',
        'organisation "GR"',
        'person+declaration "Pia Alhäll"',
        'organisation "Härryda"',
        'attendanceNote "digitalt, p"',
        'itemNumber "2"',
        'itemNumber "3"',
      ],
    );
  });

  it('marks actions, decisions, item numbers, mentions and the footer', () => {
    check(
      joinLines(
        'NÄRVARANDE',
        'Go\u0308ran Persson, Ale',
        '§ 4 Budget',
        'Göran Persson redovisar; se punkt 4. Enligt @Göran är det klart.',
        'Uppdrag: Göran och Ale – ta fram underlaget. Senast: 2024-05-31',
        'Action: collect the replies',
        '  Owner: Göran Persson',
        '  Status: pågår',
        'Beslut: Godkänt.',
        'Vid protokollet: Göran Persson, sekreterare',
      ),
      [
        'keyword "NÄRVARANDE"',
        'person+declaration "Go\u0308ran Persson"',
        'organisation "Ale"',
        'itemNumber "4"',
        'itemNumber "4"',
        'person "@Göran"',
        'keyword "Uppdrag"',
        'person "Göran"',
        'organisation "Ale"',
        'keyword "Senast"',
        'date "2024-05-31"',
        'keyword "Action"',
        'keyword "Owner"',
        'person "Göran Persson"',
        'keyword "Status"',
        'keyword "Beslut"',
        'keyword "Vid protokollet"',
        'person "Göran Persson"',
      ],
    );
  });

  it('marks the owner and status keywords written after a task or after another field', () => {
    check(
      joinLines('NÄRVARANDE', 'Eva Berg', '1. Budget', 'Uppdrag: boka lokal. Ansvarig: @Eva. Senast: 14 mars', 'Uppdrag: ring', '  Ansvarig: Eva Berg, Status: klar'),
      [
        'keyword "NÄRVARANDE"',
        'person+declaration "Eva Berg"',
        'itemNumber "1"',
        'keyword "Uppdrag"',
        'keyword "Ansvarig"',
        'person "Eva"',
        'keyword "Senast"',
        'date "14 mars"',
        'keyword "Uppdrag"',
        'keyword "Ansvarig"',
        'person "Eva Berg"',
        'keyword "Status"',
      ],
    );
  });

  it('gives only the tokens that touch a range', () => {
    const input = joinLines('Datum: 2024-03-08', 'NÄRVARANDE', 'Eva Hessman, Ale');
    const start = input.indexOf('NÄRVARANDE');
    check(input, ['keyword "NÄRVARANDE"', 'person+declaration "Eva Hessman"'], { start, end: start + 15 });
  });

  it('are ordered, disjoint and on one line each, for the examples and garbage', () => {
    for (const file of ['examples/kommunchefsgruppen.minutes', '../shared/reference/000_13f9851aec9c8325.txt']) {
      assertWellFormed(readFileSync(join(root, file), 'utf8'));
    }
    assertWellFormed('');
    assertWellFormed('NÄRVARANDE\nEva (p 2\r\n1.\r\nUppdrag: Eva – \u0000\n  Senast:\nStatus:\n');
  });
});
