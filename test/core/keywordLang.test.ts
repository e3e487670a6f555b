import assert from 'node:assert/strict';
import { analyzeMinutes } from '../../server/src/core/index';
import { keywordLang } from '../../server/src/core/syntax/keywordLookup';
import { joinLines } from '../helpers/expect';

describe('the language of keywords', () => {
  it('counts the British headings and Resolved: as English', () => {
    for (const word of ['MEMBERS PRESENT', 'Apologies for absence:', 'Resolved:', 'Present', 'Decision']) assert.equal(keywordLang(word), 'en', word);
    for (const word of ['Närvarande ledamöter', 'Tjänstgörande ersättare', 'Beslut:']) assert.equal(keywordLang(word), 'sv', word);
    assert.equal(keywordLang('Status:'), undefined);
  });

  it('counts every English heading, header key and footer word as English', () => {
    const english = ['Also in attendance', 'Officers present', 'Officers in attendance', 'Guests', 'Apologies received', 'Councillors present', 'Governors present', 'Trustees present', 'Directors present', 'Committee members present', 'Board members present', 'Staff in attendance', 'Trustees', 'Councillors', 'Present (Trustees)', 'Present (Councillors)', 'Present (Governors)', 'Attending', 'Apols:', 'By invitation', 'Also attending', 'Venue:', 'Clerk:', 'Minute taker:', 'Minutes taken by:', 'Approved by:'];
    assert.deepEqual(english.filter((word) => keywordLang(word) !== 'en'), []);
  });

  it('reads minutes whose only keywords are those as English', () => {
    const text = joinLines('Finance Committee', '', 'MEMBERS PRESENT', 'Jane Smith', '', 'APOLOGIES FOR ABSENCE', 'Tom Reed', '', '1. Budget', 'Resolved: the budget is approved.', 'Resolved: the audit is deferred.');
    assert.equal(analyzeMinutes(text, { locale: 'en' }).document.language, 'en');
  });
});
