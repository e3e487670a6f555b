import assert from 'node:assert/strict';
import { analyzeMinutes, summarizeMinutes } from '../../../server/src/core/index';
import { indexText } from '../../../server/src/core/series/indexText';
import { isFooterLine, isItemHeading } from '../../../server/src/core/syntax/layout';
import { readsAsDoubleSpaced } from '../../../server/src/core/syntax/parse';
import { isVoteLine } from '../../../server/src/core/syntax/voteLine';
import { ACTION_WORDS, dashActionPattern, DEADLINE_WORDS, DECISION_WORDS, OWNER_WORDS, STATUS_WORDS, wordsPattern } from '../../../server/src/core/syntax/keywords';
import { ownersOnly } from '../../../server/src/core/model/marginOwners';
import { isActionListTitle } from '../../../server/src/core/syntax/actionListTitle';
import { minutesCorpus } from '../../helpers/corpus';
import { joinLines } from '../../helpers/expect';
import { seededRandom } from '../../helpers/random';

/**
 * `indexText` reads the text as line offsets and copies only the lines it keeps, in runs. This is
 * the plain version it replaced — every line split off as a string and tested — and the two must
 * give the same reduced text and line map for any text.
 */
function plainIndexText(text: string): { text: string; lines: number[]; doubleSpaced: boolean } {
  const HSPACE = '[^\\S\\r\\n]';
  const statement = new RegExp(`^(?:${wordsPattern([...ACTION_WORDS, ...DECISION_WORDS, ...OWNER_WORDS, ...DEADLINE_WORDS, ...STATUS_WORDS])})${HSPACE}*:(?!\\S)`, 'i');
  // Item headings and footer lines as the parser's layout reads them, each line on its own.
  const item = (line: string) => isItemHeading(`${line}\n`, 0);
  const footer = (line: string) => isFooterLine(`${line}\n`, 0, line.length + 1);
  const lines = text.split(/\r\n|\r|\n/);
  const blank = lines.map((line) => !/\S/.test(line));
  const preserve = readsAsDoubleSpaced(text);
  const out: string[] = [];
  const map: number[] = [];
  let inItems = false;
  let inFooter = false;
  let pending: number[] = [];
  let lastWasPlaceholder = false;
  let inAction = false;
  let inActionList = false;
  let belowHeading = false;
  const decision = new RegExp(`^(?:${wordsPattern(DECISION_WORDS)})${HSPACE}*:(?!\\S)`, 'i');
  const bareAction = new RegExp(`^(?:${wordsPattern(ACTION_WORDS)})${HSPACE}*:${HSPACE}*$`, 'i');
  // The text of a bullet line after its marker, or undefined.
  const entryText = (line: string) => /^\s*[-•*](?!\S)\s*(.*)$/.exec(line)?.[1];
  // The lines of the paragraph or entry right above an action that names only its owners
  // (`ACTION: Clerk`), kept as written: they are its task.
  const actionValue = new RegExp(`^(?:${wordsPattern(ACTION_WORDS)})${HSPACE}*:${HSPACE}*(.*)$`, 'i');
  const dashAction = new RegExp(`^${dashActionPattern(`${HSPACE}+`)}`);
  const actionOrDecision = new RegExp(`^(?:${wordsPattern([...ACTION_WORDS, ...DECISION_WORDS])})${HSPACE}*:(?!\\S)`, 'i');
  const taskAbove = new Set<number>();
  const empty = (i: number) => preserve && i >= 0 && lines[i] === '';
  lines.forEach((line, b) => {
    const value = actionValue.exec(line)?.[1] ?? (dashAction.test(line) ? line.replace(dashAction, '') : undefined);
    if (b === 0 || blank[b] || value === undefined || value.trim() === '' || !ownersOnly(value.trim())) return;
    let j = empty(b - 1) ? b - 2 : b - 1;
    while (j >= 0 && !blank[j] && !item(lines[j] ?? '') && !(lines[j] ?? '').startsWith('//') && !actionOrDecision.test(lines[j] ?? '') && !dashAction.test(lines[j] ?? '')) {
      taskAbove.add(j);
      if (entryText(lines[j] ?? '') !== undefined) break;
      j = empty(j - 1) ? j - 2 : j - 1;
    }
  });
  const emit = (index: number, content: string) => {
    for (const b of pending) {
      out.push(lines[b] ?? '');
      map.push(b);
    }
    pending = [];
    out.push(content);
    map.push(index);
  };
  lines.forEach((line, i) => {
    // Right below the last item heading: only blank lines since it.
    const right = belowHeading;
    if (!blank[i]) belowHeading = false;
    if (inFooter) {
      emit(i, line);
    } else if (item(line)) {
      inItems = true;
      inAction = false;
      // An item titled as a list of actions (`4. Att göra`): its entries are actions, blank lines
      // below the heading allowed.
      inActionList = isActionListTitle(line.replace(/^[^\d]*\d+\.?\s*/u, '').trim());
      belowHeading = true;
      lastWasPlaceholder = false;
      emit(i, line);
    } else if (!blank[i] && footer(line)) {
      // A vote (`Approved: 7 in favour`) is a line of its item.
      inFooter = !isVoteLine(`${line}\n`, 0, line.length + 1);
      emit(i, line);
    } else if (!inItems) {
      emit(i, line);
    } else if (taskAbove.has(i)) {
      inAction = inActionList = false;
      lastWasPlaceholder = false;
      emit(i, line);
    } else if (blank[i]) {
      if (!preserve) {
        inAction = false;
        if (!right) inActionList = false;
      }
      if (preserve) emit(i, line);
      else pending.push(i);
    } else if (
      (inAction && /^\s*\p{Ll}/u.test(line)) ||
      /^\s/.test(line) ||
      line.startsWith('//') ||
      statement.test(line) ||
      (entryText(line) !== undefined && (inActionList || statement.test(entryText(line) ?? '')))
    ) {
      // A line in lower case in an action may continue its task, as a PDF wraps it. A bullet
      // entry is an action under a bare `Uppdrag:`, or when it is a statement itself.
      const entry = entryText(line);
      const keyed = statement.test(line) ? line : entry !== undefined && statement.test(entry) ? entry : undefined;
      if (keyed !== undefined) {
        inAction = !decision.test(keyed);
        inActionList = bareAction.test(keyed);
      } else if (entry !== undefined && inActionList) inAction = true;
      lastWasPlaceholder = false;
      emit(i, line);
    } else if (preserve) {
      inAction = inActionList = false;
      const trimmed = line.trimEnd();
      const ends = trimmed !== '' && '.!?:;)”"'.includes(trimmed.charAt(trimmed.length - 1));
      const lower = /^\s*\p{Ll}/u.test(line);
      emit(i, `${lower ? 'x' : 'X'}${ends ? '.' : ''}`);
    } else if (lastWasPlaceholder) {
      inAction = inActionList = false;
      pending = [];
    } else {
      inAction = inActionList = false;
      emit(i, '.');
      lastWasPlaceholder = true;
    }
  });
  for (const b of pending) {
    out.push(lines[b] ?? '');
    map.push(b);
  }
  return { text: out.join('\n'), lines: map, doubleSpaced: preserve };
}

function check(text: string, label = JSON.stringify(text)): void {
  assert.deepEqual(indexText(text), plainIndexText(text), label);
  // And what the index reads from the reduced text is what the editor reads from the whole.
  const full = analyzeMinutes(text, { today: TODAY });
  const fullActions = full.document.items.flatMap((item) =>
    item.body.flatMap((b) => (b.kind === 'action' ? [`${full.lineIndex.positionAt(b.lineSpan.start).line} ${(b.task?.text ?? '').replace(/\s+/g, ' ').trim()}|${b.deadline?.date.date ? JSON.stringify(b.deadline.date.date) : '-'}|${b.status?.value ?? 'open'}`] : [])),
  );
  const summary = summarizeMinutes('x.minutes', text, { today: TODAY });
  assert.deepEqual(summary.actions.map((a) => `${a.range.start.line} ${a.task}|${a.deadline ? JSON.stringify(a.deadline) : '-'}|${a.status}`), fullActions, `actions of ${label}`);
}

const TODAY = { year: 2024, month: 6, day: 1 };

describe('indexText', () => {
  it('reduces every example, fixture and the reference file as the plain version does', () => {
    let checked = 0;
    for (const { path, text } of minutesCorpus()) {
      check(text, path);
      check(text.replace(/\n/g, '\r\n'), `${path} (CRLF)`);
      checked++;
    }
    assert.ok(checked > 20, `checked ${checked} files`);
  });

  it('reduces random texts of minutes lines as the plain version does', () => {
    const random = seededRandom(20261127);
    const pieces = [
      'Anteckningar', 'NÄRVARANDE', 'Eva Berg, GR (från p 2)', '1. Budget', '§ 4 Val', '12.', '2.Ej rubrik', 'Löpande text om budgeten.',
      'mer text utan punkt', 'Uppdrag: Eva – ta fram förslag', 'uppdrag : Bo', 'Uppdraget är stort', 'Action: Bo - draft', 'Beslut: Ja',
      'Senast: 2024-05-01', 'Status: klar', 'Ansvarig: Eva', 'Due:', 'Antecknat av: Eva', 'Minutes taken by:', 'antecknat av', 'Approved: 7 in favour', 'Signed ........ Chair', 'signed ........',
      '  indragen rad', '\tflik', '\u00a0hårt mellanslag', '// kommentar', '/ inte kommentar', 'Åsa och Örjan', 'ärende', '',
      ' ', '\u2003', 'Slutet.', 'Frågan?', 'text)', 'x',
      // Action lists and bulleted statements.
      'Actions:', 'Uppdrag:', 'Åtgärder: inga', '- Eva – ring kommunen', '• Bo – boka lokal. Senast: 2024-05-02', '* mer text', '- Uppdrag: Eva – ring',
      '* Beslut: Ja', '-', '  - Bo – indraget uppdrag', '- uppdrag:',
      // Items whose title says they list actions.
      '3. Att göra', '§ 5 Action items:', '4. Uppdrag och bemanning',
    ];
    const breaks = ['\n', '\n', '\n', '\r\n', '\r'];
    const wrapped = ['Gruppen diskuterar hur arbetet', 'ska fortsätta under hösten och', 'återkommer med ett förslag.', 'mer text utan punkt', 'och så vidare'];
    let doubleSpaced = 0;
    for (let round = 0; round < 400; round++) {
      const crlf = random() < 0.3;
      // A third of the texts as copied from a PDF: a blank line after every line, sentences
      // running on in lower case.
      const pdf = random() < 0.35;
      let text = pdf ? '1. Punkt\n\n' : '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) {
        text += pdf && random() < 0.5 ? (wrapped[Math.floor(random() * wrapped.length)] ?? '') : (pieces[Math.floor(random() * pieces.length)] ?? '');
        text += pdf ? (crlf ? '\r\n\r\n' : '\n\n') : crlf ? (breaks[Math.floor(random() * breaks.length)] ?? '\n') : random() < 0.4 ? '\n\n' : '\n';
      }
      if (random() < 0.5) text = text.slice(0, Math.floor(random() * (text.length + 1)));
      check(text);
      if (readsAsDoubleSpaced(text)) doubleSpaced++;
    }
    // Both ways of reading are exercised: some of the texts read as double-spaced.
    assert.ok(doubleSpaced >= 20, `${doubleSpaced} double-spaced texts`);
  });

  it('reads the reduced text with the spacing of the original', () => {
    // Wrapped prose keeps this text from reading as double-spaced; cut to one `.` line, the
    // lower-case statements after single blank lines alone would make it so.
    check(joinLines('Anteckningar', 'Datum: 2024-03-08', '', '1. Ett', 'Gruppen diskuterar', 'hur arbetet ska', 'fortsätta under', 'hösten och', 'vintern framöver', '', 'beslut: att gå vidare', '', 'uppdrag: Eva Berg – skriv', '', 'senast: 2024-05-01', '', 'ansvarig: Bo Ek'));
  });

  it('finds the footer where the parser finds it: indented, or before any item', () => {
    const indented = joinLines('Anteckningar', 'Datum: 2024-03-08', '', '1. Ett', 'Text.', '', '  Antecknat av:', '  Eva Berg', '  sekreterare');
    check(indented);
    const summary = summarizeMinutes('x.minutes', indented);
    assert.deepEqual([summary.recorder, summary.recorderRole, summary.namedInFields], ['Eva Berg', 'sekreterare', ['Eva Berg']]);
    check(joinLines('Anteckningar', 'Antecknat av: Eva Berg', '1. Ett', 'Löpande text', 'mer text'));
  });

  it('keeps the edges: an empty text, no final break, only blank lines', () => {
    for (const text of ['', '\n', '\r\n', 'Titel', '1. A\n\n\n', '1. A\ntext\n\ntext\n2. B', '\n\n\n\n1. A\nx\n\ny\n\nz\n\nw', 'Titel\r\r1. A\r\rtext\r\r']) check(text);
  });
});
