import assert from 'node:assert/strict';
import { buildGroups, fileName, meetingLabel } from '../../client/src/actions/actionsModel';
import type { SeriesAction } from '../../client/src/actions/protocol';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const action = (file: string, meeting?: string): SeriesAction => ({
  file,
  ...(meeting ? { meeting } : {}),
  meetingDate: { year: 2026, month: 3, day: 20 },
  itemNumber: 1,
  itemTitle: 'Lokal',
  assignees: ['Bo Ek'],
  task: 'boka lokal',
  status: 'open',
  range,
});

describe('actions tree: meetings', () => {
  it('names a meeting without Möte: by its file name as the user reads it', () => {
    assert.equal(fileName('file:///x/%C3%A5rsm%C3%B6te.minutes'), 'årsmöte.minutes');
    assert.equal(fileName('file:///x/100%25.minutes'), '100%.minutes');
    assert.equal(fileName('file:///x/bad%E0.minutes'), 'bad%E0.minutes');
    assert.equal(meetingLabel(action('file:///x/%C3%A5rsm%C3%B6te.minutes')), '2026-03-20 årsmöte.minutes');
    assert.equal(meetingLabel(action('file:///x/a.minutes', 'Styrelsen')), '2026-03-20 Styrelsen');
  });

  it('orders meetings of one day by their file names as shown', () => {
    const words = { noOwner: '—', state: (s: string) => s } as unknown as Parameters<typeof buildGroups>[4];
    const groups = buildGroups([action('file:///x/styrelsem%C3%B6te.minutes'), action('file:///x/%C3%A5rsm%C3%B6te.minutes')], { year: 2026, month: 11, day: 27 }, 'meeting', false, words);
    // "styrelsemöte" before "årsmöte", as the names read in Swedish order; the encoded URIs sort the other way.
    assert.deepEqual(groups.map((g) => g.label), ['2026-03-20 styrelsemöte.minutes', '2026-03-20 årsmöte.minutes']);
  });
});
