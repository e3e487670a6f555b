import assert from 'node:assert/strict';
import { analyzeMinutes, hover, type Lang } from '../../../server/src/core/index';
import { withCursor } from '../../helpers/cursor';
import { joinLines } from '../../helpers/expect';

/** The one call site of `hover`: the Markdown and the hovered text, or undefined for no hover. */
function check(input: string, expected: { markdown: string; over: string } | undefined, locale: Lang = 'sv'): void {
  const { text, offset } = withCursor(input);
  const result = hover(analyzeMinutes(text, { locale }), offset);
  assert.deepEqual(result && { markdown: result.markdown, over: text.slice(result.span.start, result.span.end) }, expected);
}

const sv = (...body: string[]) =>
  joinLines(
    'Anteckningar',
    'Datum: 2024-03-08',
    'Ordförande: Eva Hessman',
    '',
    'NÄRVARANDE',
    'Eva Hessman, Göteborg, ordförande',
    'Pia Alhäll, Härryda (digitalt from p 2)',
    'Tina Eide, Göteborg',
    '',
    'FRÅNVARANDE',
    'Kalle Berg, Ale',
    '',
    '1. Budget',
    'Uppdrag: Pia Alhäll – ring kommunen. Senast: 15 mars',
    '',
    '2. Övrigt',
    'Uppdrag: Pia Alhäll och Göteborg – skicka inbjudan. Senast: 2024-04-02',
    ...body,
    '',
    'Antecknat av: Tina Eide, sekreterare',
  );

const piaActions = 'Uppdrag i det här mötet:\n\n- Punkt 1: ring kommunen\\. (Senast 2024\\-03\\-15)\n- Punkt 2: skicka inbjudan\\. (Senast 2024\\-04\\-02)';

describe('hover: people', () => {
  it('on an attendee line: name, organisation, attendance in words, actions in this meeting', () => {
    check(sv().replace('Pia Alhäll, Härryda', 'Pia Al|häll, Härryda'), {
      markdown: `**Pia Alhäll**  \nOrganisation: Härryda  \nNärvaro: Digitalt, från punkt 2\n\n${piaActions}`,
      over: 'Pia Alhäll',
    });
  });

  it('on an assignee: also whether the person was there at that item', () => {
    check(sv().replace('Uppdrag: Pia Alhäll – ring', 'Uppdrag: Pia| Alhäll – ring'), {
      markdown: `**Pia Alhäll**  \nOrganisation: Härryda  \nNärvaro: Digitalt, från punkt 2  \nVid punkt 1: inte närvarande\n\n${piaActions}`,
      over: 'Pia Alhäll',
    });
  });

  it('with role, on site, in the header and in the footer', () => {
    const eva = '**Eva Hessman**  \nOrganisation: Göteborg  \nRoll: ordförande  \nNärvaro: På plats\n\nInga uppdrag i det här mötet.';
    check(sv().replace('Ordförande: Eva Hessman', 'Ordförande: |Eva Hessman'), { markdown: eva, over: 'Eva Hessman' });
    check(sv().replace('Antecknat av: Tina Eide', 'Antecknat av: Tina Eide|'), {
      markdown: '**Tina Eide**  \nOrganisation: Göteborg  \nNärvaro: På plats\n\nInga uppdrag i det här mötet.',
      over: 'Tina Eide',
    });
  });

  it('an absent person', () => {
    check(sv().replace('Kalle Berg', 'Kal|le Berg'), { markdown: '**Kalle Berg**  \nOrganisation: Ale  \nNärvaro: Frånvarande\n\nInga uppdrag i det här mötet.', over: 'Kalle Berg' });
  });

  it('an organisation: who represents it and its actions', () => {
    check(sv().replace('och Göteborg', 'och Göte|borg'), {
      markdown: '**Göteborg**  \nOrganisation. Företräds av: Eva Hessman, Tina Eide\n\nUppdrag i det här mötet:\n\n- Punkt 2: skicka inbjudan\\. (Senast 2024\\-04\\-02)',
      over: 'Göteborg',
    });
  });

  it('in English', () => {
    const input = joinLines('Minutes', 'Date: 2024-03-08', 'PRESENT', 'Omar Khan, Ops (remote, from item 2)', '1. Budget', '2. Other', 'Action: Omar| Khan – call the council');
    check(input, {
      markdown: '**Omar Khan**  \nOrganisation: Ops  \nAttendance: Remote, from item 2  \nAt item 2: remote\n\nActions in this meeting:\n\n- Item 2: call the council',
      over: 'Omar Khan',
    }, 'en');
  });

  it('escapes Markdown in names', () => {
    check(joinLines('Minutes', 'PRESENT', 'Anna *Maja* [Berg]_1|, Parks'), {
      markdown: '**Anna \\*Maja\\* \\[Berg\\]\\_1**  \nOrganisation: Parks  \nAttendance: On site\n\nNo actions in this meeting.',
      over: 'Anna *Maja* [Berg]_1',
    }, 'en');
  });

  it('a first name shared by several people lists them; an unknown name has no hover', () => {
    const input = joinLines('Minutes', 'PRESENT', 'Maria Standar', 'Maria Jonsson', '1. Budget', 'Action: Mar|ia – call');
    check(input, { markdown: '**Maria**  \nCould be: Maria Standar, Maria Jonsson', over: 'Maria' }, 'en');
    check(input.replace('Mar|ia', 'Kal|le'), undefined, 'en');
  });

  it('a known member', () => {
    const { text, offset } = withCursor(joinLines('Minutes', 'PRESENT', 'Jane Smith', '1. Budget', 'Action: Bo| Ek – call'));
    const result = hover(analyzeMinutes(text, { locale: 'en', knownMembers: ['Bo Ek'] }), offset);
    assert.equal(result?.markdown, '**Bo Ek**  \nKnown member, not in the attendance list.\n\nActions in this meeting:\n\n- Item 1: call');
  });
});

describe('hover: item references', () => {
  it('in an attendance note and in text: the item title', () => {
    check(sv().replace('from p 2', 'from p |2'), { markdown: '**Punkt 2** Övrigt', over: '2' });
    check(sv('Se punkt 1|.'), { markdown: '**Punkt 1** Budget', over: '1' });
    check(sv('Enligt § |1.'), { markdown: '**Punkt 1** Budget', over: '1' });
  });

  it('a range lists every item in it', () => {
    check(sv().replace('(digitalt from p 2)', '(p 1|–2)'), { markdown: '**Punkt 1** Budget  \n**Punkt 2** Övrigt', over: '1–2' });
  });

  it('a reference to a missing item has no hover', () => {
    check(sv('Se punkt 9|.'), undefined);
  });
});

describe('hover: dates', () => {
  it('the meeting date: weekday and long form in the document language', () => {
    check(sv().replace('2024-03-08', '2024-03|-08'), { markdown: '**fredag 8 mars 2024**', over: '2024-03-08' });
    check(joinLines('Minutes', 'Date: 8 March| 2024'), { markdown: '**Friday 8 March 2024**  \n2024\\-03\\-08', over: '8 March 2024' }, 'en');
  });

  it('a deadline without a year says the year is the meeting\'s', () => {
    check(sv().replace('Senast: 15 mars', 'Senast: 15 m|ars'), { markdown: '**fredag 15 mars 2024**  \n2024\\-03\\-15  \nÅret är mötets.', over: '15 mars' });
  });

  it('an impossible date has no hover (the diagnostic speaks)', () => {
    check(joinLines('Anteckningar', 'Datum: 2024-02-3|0'), undefined);
  });
});

describe('hover: robustness', () => {
  it('nothing on plain text; never throws at any offset', () => {
    check(sv('Gruppen disk|uterar.'), undefined);
    const text = sv('Se punkt 1 och § 7.');
    const analysis = analyzeMinutes(text, { locale: 'sv' });
    for (const offset of [-1, Number.NaN, text.length + 1, ...Array.from({ length: text.length + 1 }, (_, i) => i)]) {
      const result = hover(analysis, offset);
      if (result) assert.ok(result.span.start >= 0 && result.span.end <= text.length);
    }
  });
});
