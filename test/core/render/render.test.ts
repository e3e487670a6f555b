import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, buildPublishedMinutes, MINUTES_CSS, renderHtmlBody, renderHtmlPage, renderMarkdown, type Lang } from '../../../server/src/core/index';
import { expectFile, joinLines, root } from '../../helpers/expect';

const fixtures = join(root, 'test/fixtures/render');

/** The documents rendered to golden files: the examples, the raw reference file and the render fixtures. */
const documents: readonly { name: string; path: string }[] = [
  { name: 'kommunchefsgruppen', path: 'examples/kommunchefsgruppen.minutes' },
  { name: 'klimat', path: 'examples/klimat.minutes' },
  { name: 'reference-raw', path: 'test/fixtures/parser/reference-raw.minutes' },
  { name: 'english', path: 'test/fixtures/render/english.minutes' },
  { name: 'hostile', path: 'test/fixtures/render/hostile.minutes' },
  { name: 'protokoll', path: 'test/fixtures/render/protokoll.minutes' },
  { name: 'protokoll-en', path: 'test/fixtures/render/protokoll-en.minutes' },
  { name: 'beslut', path: 'test/fixtures/render/beslut.minutes' },
  { name: 'resolutions', path: 'test/fixtures/render/resolutions.minutes' },
];

/**
 * The HTML as compared with the golden file: line ends unified and one block per line, so a
 * change shows as a readable diff. The renderer already writes one block per line; this only
 * guards against a change of line-end convention.
 */
function normaliseHtml(html: string): string {
  return html.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trimEnd() + '\n';
}

/** The only call site of the renderers in this suite (besides the goldens): text in, output out. */
function render(text: string, lang?: Lang): { html: string; markdown: string; page: string } {
  const analysis = analyzeMinutes(text);
  const options = lang ? { lang } : {};
  return { html: renderHtmlBody(analysis, options), markdown: renderMarkdown(analysis, options), page: renderHtmlPage(analysis, options) };
}

function check(input: string, expected: { html?: readonly (string | RegExp)[]; notHtml?: readonly (string | RegExp)[]; markdown?: readonly string[]; lang?: Lang }): void {
  const out = render(input, expected.lang);
  for (const wanted of expected.html ?? []) {
    if (typeof wanted === 'string') assert.ok(out.html.includes(wanted), `HTML lacks ${wanted}:\n${out.html}`);
    else assert.match(out.html, wanted);
  }
  for (const unwanted of expected.notHtml ?? []) {
    if (typeof unwanted === 'string') assert.ok(!out.html.includes(unwanted), `HTML has ${unwanted}:\n${out.html}`);
    else assert.doesNotMatch(out.html, unwanted);
  }
  for (const wanted of expected.markdown ?? []) assert.ok(out.markdown.includes(wanted), `Markdown lacks ${wanted}:\n${out.markdown}`);
}

describe('render: golden files', () => {
  for (const doc of documents) {
    it(`${doc.name}: HTML and Markdown as in test/fixtures/render/`, () => {
      const text = readFileSync(join(root, doc.path), 'utf8');
      const analysis = analyzeMinutes(text);
      expectFile(join(fixtures, `${doc.name}.html`), normaliseHtml(renderHtmlBody(analysis)));
      expectFile(join(fixtures, `${doc.name}.md`), renderMarkdown(analysis));
    });
  }

  it('media/minutes.css is the stylesheet the renderer embeds', () => {
    expectFile(join(root, 'media/minutes.css'), MINUTES_CSS);
  });
});

describe('render: the published minutes', () => {
  const swedish = joinLines(
    'Protokoll',
    'Möte: Styrelsen',
    'Datum: 2024-03-08',
    'Tid: 13:00–15:00',
    'Ordförande: Åsa Öberg',
    'Justerare: Per Ek',
    '// intern anteckning',
    '',
    'NÄRVARANDE',
    'Åsa Öberg, Ale, ordförande',
    'Pia Alhäll, Härryda (digitalt from p 4)',
    'Sofia Larsson, GR (p 2)',
    'Mio Saba, Mölndal (från p 2 t.o.m. p 3)',
    'Per Ek, Lerum (sen ankomst)',
    '',
    'FRÅNVARANDE',
    'Karl Berg, Tjörn',
    '',
    '1. Inledning',
    'Mötet öppnades.',
    '',
    '2. Ekonomi',
    'Uppdrag: ta fram en budget',
    'Beslut: Styrelsen antar planen.',
    'Uppdrag: Pia Alhäll – skicka ut protokollet. Senast: 2024-04-30',
    '',
    'Antecknat av: Per Ek, sekreterare',
    'Justeras: Åsa Öberg, Per Ek',
  );

  it('publishes the meeting date as written, in either language', () => {
    check(swedish, { html: ['<dt>Datum</dt><dd>2024-03-08</dd>', '<dt>Tid</dt><dd>13:00–15:00</dd>', '<dt>Ordförande</dt>'], notHtml: ['fredag'] });
    check(swedish, { lang: 'en', html: ['<dt>Date</dt><dd>2024-03-08</dd>', '<dt>Time</dt>', '<dt>Chair</dt>'], notHtml: ['Friday'] });
  });

  // The meeting date and a deadline as the secretary wrote them: a US board publishes US dates.
  const writtenDates: [string, string][] = [
    ['March 15th, 2025', 'March 15th, 2025'],
    ['April 30, 2025', 'April 30, 2025'],
    ['15 mars 2025.', '15 mars 2025'],
    ['3/14/2025', '3/14/2025'],
    ['2025\u201103\u201110', '2025\u201103\u201110'],
    ['tisdag 11 mars 2025, kl.  13.00–15.00', 'tisdag 11 mars 2025, kl. 13.00–15.00'],
    ['11 March 2025 at 7.30 pm', '11 March 2025 at 7.30 pm'],
    ['v. 12', 'v. 12'],
    ['30 juni 2025 (preliminärt)', '30 juni 2025 (preliminärt)'],
    ['snart', 'snart'],
  ];
  for (const [written, published] of writtenDates) {
    it(`publishes the date "${written}" as "${published}"`, () => {
      const text = joinLines('Minutes', `Date: ${written}`, '', 'PRESENT', 'Jane Smith', '', '1. Budget', `Action: Jane Smith – file. Due: ${written}`);
      const minutes = buildPublishedMinutes(analyzeMinutes(text, { today: { year: 2025, month: 1, day: 1 } }), 'en');
      const action = minutes.items[0]?.blocks.find((b) => b.kind === 'action');
      assert.deepEqual([minutes.fields.find((f) => f.kind === 'date')?.value, action?.kind === 'action' ? action.deadline : undefined], [published, published]);
    });
  }

  it('heads each attendance table with its heading as written, in sentence case and without the colon', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-14', 'PRESENT', 'Tom Reed', 'APOLOGIES FOR ABSENCE', 'Ann Lee', 'Also in attendance:', 'Bo Ek', 'Officers present', 'Cy Do', '', '1. A');
    check(text, { html: ['<h2 data-line="2">Present</h2>', '<h2 data-line="4">Apologies for absence</h2>', '<h2 data-line="6">Also in attendance</h2>', '<h2 data-line="8">Officers present</h2>'], markdown: ['## Apologies for absence', '## Also in attendance'] });
    check(joinLines('Protokoll', 'NA\u0308RVARANDE LEDAMÖTER:', 'Eva Berg', '1. A'), { html: ['<h2 data-line="1">Närvarande ledamöter</h2>'] });
    // Published in the other language, a section has the name of its kind in that language.
    check(text, { lang: 'sv', html: ['<h2 data-line="4">Frånvarande</h2>', '<h2 data-line="6">Övriga närvarande</h2>'] });
  });

  it('publishes a note written in parentheses after a deadline after the date', () => {
    const text = joinLines('Anteckningar', 'Datum: 2025-03-08', 'NÄRVARANDE', 'Eva Berg', '1. A', 'Uppdrag: Eva Berg – ring. Senast: 2025-06-30 (preliminärt)');
    check(text, { html: ['2025-06-30 (preliminärt)'] });
  });

  it('labels a known header field with its key as written, or in the other language with the name of its kind', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-14', 'Venue: Main hall', 'Clerk: Sue Patel', 'PRESENT', 'Sue Patel', '1. A');
    check(text, { html: ['<dt>Venue</dt><dd>Main hall</dd>', '<dt>Clerk</dt><dd>Sue Patel</dd>'] });
    check(text, { lang: 'sv', html: ['<dt>Plats</dt><dd>Main hall</dd>', '<dt>Sekreterare</dt><dd>Sue Patel</dd>'] });
  });

  it('writes attendance in words', () => {
    check(swedish, {
      html: [
        /<td>Pia Alhäll<\/td><td>Härryda<\/td><td><\/td><td>Digitalt från punkt 4<\/td>/,
        /<td>Sofia Larsson<\/td><td>GR<\/td><td><\/td><td>Endast punkt 2<\/td>/,
        /<td>Mio Saba<\/td><td>Mölndal<\/td><td><\/td><td>Från punkt 2 till och med punkt 3<\/td>/,
        /<td>Åsa Öberg<\/td><td>Ale<\/td><td>ordförande<\/td><td><\/td>/,
        // What the language does not understand is kept as written.
        /<td>Per Ek<\/td><td>Lerum<\/td><td><\/td><td>sen ankomst<\/td>/,
      ],
    });
    check(swedish, { lang: 'en', html: [/<td>Pia Alhäll<\/td>.*<td>Remote from item 4<\/td>/, /<td>Only item 2<\/td>/] });
  });

  it('keeps a party written as a note with the name, not in the attendance column', () => {
    check(joinLines('Protokoll', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Eva Hessman (S), Göteborg', 'Per Ek (KD), Lerum (digitalt)', '', 'FRÅNVARANDE', 'Karl Berg (V)', '', '1. Ett'), {
      html: [
        /<td>Eva Hessman \(S\)<\/td><td>Göteborg<\/td><td><\/td><td><\/td>/,
        /<td>Per Ek \(KD\)<\/td><td>Lerum<\/td><td><\/td><td>Digitalt<\/td>/,
        /<td>Karl Berg \(V\)<\/td>/,
      ],
    });
  });

  it('sets actions and decisions apart and marks an action without owner', () => {
    check(swedish, {
      html: [
        '<span class="minutes-no-owner">Ansvarig saknas</span>',
        'minutes-action minutes-action-no-owner',
        '<span class="minutes-assignees">Pia Alhäll</span> – <span class="minutes-task">skicka ut protokollet.</span> <span class="minutes-deadline">Senast 2024-04-30</span>',
        '<span class="minutes-decision-label">Beslut</span> Styrelsen antar planen.',
      ],
      markdown: ['> **Uppdrag:** **Ansvarig saknas** – ta fram en budget', '> **Beslut:** Styrelsen antar planen.'],
    });
    check(swedish, { lang: 'en', html: ['<span class="minutes-no-owner">No owner</span>'] });
  });

  it('publishes lettered, numbered and labelled lines of a paragraph as lines of their own, with what continues them', () => {
    const text = joinLines('Minutes', 'Date: 2025-03-10', '', '1. Planning', 'The following were considered:', 'a) 25/00145/HOU – rear extension.', 'No objection.', '(b) 25/00152/FUL – two dwellings.', '1.1 Tree works at the school', 'were noted, with 1.2 million', 'and more.', 'Q: When?', 'A: In May.', 'Signed ........ Chair');
    const paragraphs = render(text).markdown.split('## 1. Planning\n\n')[1]?.split('\n\n## ')[0]?.split('\n\n');
    assert.deepEqual(paragraphs, [
      'The following were considered:',
      'a) 25/00145/HOU – rear extension. No objection.',
      '(b) 25/00152/FUL – two dwellings.',
      '1\\.1 Tree works at the school were noted, with 1.2 million and more.',
      'Q: When?',
      'A: In May.',
      'Signed ........ Chair',
    ]);
    // Running text wrapped anywhere stays one paragraph.
    assert.equal(render(joinLines('Minutes', '', '1. Budget', 'The board noted the', 'figures for 2024.')).markdown.includes('The board noted the figures for 2024.'), true);
  });

  it('shows the lines between the title and the first field under the title, and other header lines after the fields', () => {
    const text = joinLines('PROTOKOLL', 'Barn- och utbildningsnämnden', 'Sammanträdesdatum: 2025-02-18', 'Paragrafer: 1–9', 'Protokollet är justerat.', '', '§ 1 Ett');
    const out = render(text);
    const at = (needle: string) => out.html.indexOf(needle);
    assert.ok(at('<p class="minutes-subtitle"') > at('minutes-title') && at('<p class="minutes-subtitle"') < at('<dl class="minutes-fields">'), out.html);
    assert.ok(at('<p class="minutes-preamble"') > at('</dl>'), out.html);
    assert.match(out.markdown, /^# PROTOKOLL\n\n\*\*Barn- och utbildningsnämnden\*\*\n\n- \*\*Sammanträdesdatum:\*\*/);
    assert.match(out.markdown, /- \*\*Paragrafer:\*\* 1–9\n\nProtokollet är justerat\./);
  });

  it('shows a header field of the secretary\'s own even when it is empty, but not an empty known field', () => {
    check(joinLines('Anteckningar', 'Datum: 2024-03-08', 'Plats:', 'Bilagor:', '', '1. Ett'), {
      html: ['<dt>Bilagor</dt><dd></dd>'],
      notHtml: ['<dt>Plats</dt>'],
      markdown: ['- **Bilagor:** '],
    });
  });

  it('shows a status word as a label, and a status of the secretary\'s own words as written', () => {
    const text = joinLines(
      'Anteckningar',
      'Datum: 2024-03-08',
      '',
      '1. Lokaler',
      'Uppdrag: Eva – boka lokal',
      'Status: väntar på svar från hyresvärden',
      'Uppdrag: Eva – maila',
      'Status: Pågår.',
      'Uppdrag: Eva – ring',
      'Status: klar 2024-03-01',
    );
    check(text, {
      html: ['minutes-status-open">väntar på svar från hyresvärden</span>', 'minutes-status-inProgress">Pågår</span>', 'minutes-status-done">klar 2024-03-01</span>'],
      markdown: ['(väntar på svar från hyresvärden)', '(Pågår)', '(klar 2024-03-01)'],
    });
  });

  it('sums up actions and decisions after the items', () => {
    check(swedish, {
      html: [
        '<th scope="col">Punkt</th><th scope="col">Uppdrag</th><th scope="col">Ansvarig</th><th scope="col">Senast</th>',
        /<td>2<\/td><td><span class="minutes-task">skicka ut protokollet\.<\/span><\/td><td><span class="minutes-assignees">Pia Alhäll<\/span><\/td><td>2024-04-30<\/td>/,
        /<td>2<\/td><td><span class="minutes-task">ta fram en budget<\/span><\/td><td><span class="minutes-no-owner">Ansvarig saknas<\/span><\/td><td><\/td>/,
        /<li data-line="\d+"><span class="minutes-decision-item">2\. Ekonomi:<\/span> Styrelsen antar planen\.<\/li>/,
      ],
      markdown: ['| Punkt | Uppdrag | Ansvarig | Senast |', '| 2 | skicka ut protokollet. | Pia Alhäll | 2024-04-30 |'],
    });
    check(joinLines('Anteckningar', '', '1. Inledning', 'Inget att rapportera.'), { html: ['Inga uppdrag.', 'Inga beslut.'] });
  });

  it("publishes the secretary's text as written: no capital is added to a task or a free note", () => {
    const text = joinLines(
      'Anteckningar',
      'Datum: 2024-03-08',
      '',
      'NÄRVARANDE',
      'Eva Hessman, Göteborg (sjukskriven)',
      'Pia Alhäll, Härryda (http://evil)',
      'Per Ek, Lerum (digitalt, kom sent)',
      '',
      '1. Ekonomi',
      'Uppdrag: Eva Hessman – ring kommunen',
      'Uppdrag: Pia Alhäll – call.',
    );
    check(text, {
      html: [
        /<td>Eva Hessman<\/td><td>Göteborg<\/td><td><\/td><td>sjukskriven<\/td>/,
        /<td>Pia Alhäll<\/td><td>Härryda<\/td><td><\/td><td>http:\/\/evil<\/td>/,
        // The renderer's own words start with a capital; the free note after them stays as written.
        /<td>Per Ek<\/td><td>Lerum<\/td><td><\/td><td>Digitalt; kom sent<\/td>/,
        /<td>1<\/td><td><span class="minutes-task">ring kommunen<\/span><\/td>/,
        /<td>1<\/td><td><span class="minutes-task">call\.<\/span><\/td>/,
      ],
      notHtml: ['Sjukskriven', 'Http', 'Ring kommunen', 'Call.'],
      markdown: ['|   | sjukskriven |', '|   | http://evil |', '|   | Digitalt; kom sent |', '| 1 | ring kommunen | Eva Hessman |', '| 1 | call. | Pia Alhäll |'],
    });
    check(text, { lang: 'en', html: ['<td>Remote; kom sent</td>', '<td>sjukskriven</td>', '<span class="minutes-task">ring kommunen</span></td>'] });
  });

  it('publishes the number of an item as its heading writes it: § 46 stays § 46', () => {
    const text = joinLines(
      'Protokoll',
      'Datum: 2024-03-08',
      '',
      '§ 46 Budget',
      'Uppdrag: Eva – ring kommunen',
      'Beslut: Budgeten godkänns.',
      '',
      '§47. Lokaler',
      '',
      '§48 Övrigt',
      '',
      '§\u00a049 Avslutning',
    );
    check(text, {
      html: [
        '<span class="minutes-item-number">§ 46</span> Budget</h2>',
        '<span class="minutes-item-number">§47.</span> Lokaler</h2>',
        '<span class="minutes-item-number">§48</span> Övrigt</h2>',
        // White space between the sign and the number is made one space, as everywhere.
        '<span class="minutes-item-number">§ 49</span> Avslutning</h2>',
        /<td>§ 46<\/td><td><span class="minutes-task">ring kommunen<\/span>/,
        '<span class="minutes-decision-item">§ 46 Budget:</span> Budgeten godkänns.',
      ],
      notHtml: ['46.</span>', '>46. '],
      markdown: ['## § 46 Budget\n', '## §47. Lokaler\n', '## §48 Övrigt\n', '| § 46 | ring kommunen |', '- **§ 46 Budget:** Budgeten godkänns.'],
    });
    check(joinLines('Anteckningar', '', '6. Klimat', 'Uppdrag: Eva – ring', 'Beslut: Ja.'), {
      html: ['<span class="minutes-item-number">6.</span> Klimat</h2>', '<span class="minutes-decision-item">6. Klimat:</span>', /<td>6<\/td><td><span class="minutes-task">ring/],
      markdown: ['## 6. Klimat\n', '- **6. Klimat:** Ja.', '| 6 | ring |'],
    });
  });

  it('names items as paragraphs in a protokoll: attendance from § 46, a column headed Paragraf', () => {
    const protokoll = (...items: string[]) =>
      joinLines('Protokoll', 'Datum: 2024-03-08', '', 'NÄRVARANDE', 'Pia Alhäll, Härryda (från § 46)', 'Mio Saba, Mölndal (p 45, 47)', 'Per Ek, Lerum (ej p 46)', '', ...items);
    const cases: { name: string; text: string; lang?: Lang; html: readonly string[]; markdown: readonly string[] }[] = [
      {
        name: 'a Swedish protokoll',
        text: protokoll('§ 45 Val', 'Uppdrag: Pia Alhäll – ring', '§ 46 Budget', '§ 47 Övrigt'),
        html: ['<td>Från § 46</td>', '<td>Endast §§ 45 och 47</td>', '<td>Ej § 46</td>', '<th scope="col">Paragraf</th><th scope="col">Uppdrag</th>', '<td>§ 45</td>'],
        markdown: ['| Pia Alhäll | Härryda |   | Från § 46 |', '| Paragraf | Uppdrag | Ansvarig | Senast |'],
      },
      {
        name: 'the same published in English',
        text: protokoll('§ 45 Val', 'Uppdrag: Pia Alhäll – ring', '§ 46 Budget', '§ 47 Övrigt'),
        lang: 'en',
        html: ['<td>From § 46</td>', '<td>Only §§ 45 and 47</td>', '<td>Not § 46</td>', '<th scope="col">Paragraph</th><th scope="col">Action</th>'],
        markdown: ['| Paragraph | Action | Owner | Due |'],
      },
      {
        name: 'two headings of three with §: still a protokoll',
        text: protokoll('§ 45 Val', 'Uppdrag: Pia Alhäll – ring', '46. Budget', '§ 47 Övrigt'),
        html: ['<td>Från § 46</td>', '<th scope="col">Paragraf</th>'],
        markdown: [],
      },
      {
        name: 'one heading of three with §: anteckningar, as before',
        text: protokoll('45. Val', 'Uppdrag: Pia Alhäll – ring', '§ 46 Budget', '47. Övrigt'),
        html: ['<td>Från punkt 46</td>', '<td>Endast punkterna 45 och 47</td>', '<td>Ej punkt 46</td>', '<th scope="col">Punkt</th>'],
        markdown: ['| Punkt | Uppdrag | Ansvarig | Senast |'],
      },
    ];
    for (const { name, text, lang, html, markdown } of cases) {
      const out = render(text, lang);
      for (const wanted of html) assert.ok(out.html.includes(wanted), `${name}: HTML lacks ${wanted}:\n${out.html}`);
      for (const wanted of markdown) assert.ok(out.markdown.includes(wanted), `${name}: Markdown lacks ${wanted}:\n${out.markdown}`);
    }
  });

  it('ends with the footer: who took the minutes and a signature line per adjuster', () => {
    check(swedish, {
      html: [
        '<p class="minutes-recorded-by" data-line="26">Antecknat av Per Ek, sekreterare</p>',
        '<p class="minutes-adjusted-label" data-line="27">Justeras</p>',
        /<div class="minutes-signature" data-line="27"><span class="minutes-signature-line"><\/span>Åsa Öberg<\/div>/,
      ],
    });
  });

  it('publishes people counted rather than named after the names of their list, as written', () => {
    const markdown = render(joinLines('Minutes', 'Date: 2025-05-06', '', 'In attendance: Ann Bell (Clerk), 2 members of the public', '', 'Närvarande: 27 röstberättigade medlemmar', '', '1. Stuff', 'Noted.')).markdown;
    assert.match(markdown, /\| Ann Bell \|[^\n]*\n\| 2 members of the public \|/);
    // Published in the document's language (English): the Swedish heading by its kind.
    assert.match(markdown, /## Present\n\n[^\n]*\n[^\n]*\n\| 27 röstberättigade medlemmar \|/);
  });

  it('publishes the footer in the order it is written: notes above the approvers stay above them', () => {
    const footerOf = (...lines: string[]) => render(joinLines('Minutes', 'Date: 2025-05-06', '', '1. Stuff', 'Noted.', '', ...lines)).markdown.split('---\n')[1]?.trim();
    const cases: [lines: string[], markdown: string][] = [
      [
        ['Minutes taken by: Ann Bell, Clerk', 'Signed: ........... Chair', 'Date: ..........', 'Approved: Tom Reed (Chair) on 3 June 2025'],
        ['Minutes taken by Ann Bell, Clerk', 'Signed: ........... Chair', 'Date: ..........', '**Approved**', '- Tom Reed, Chair', 'on 3 June 2025'].join('\n\n'),
      ],
      // An approvers' entry that names nobody keeps its label above what stands under it.
      [['Approved:', 'Signed ...........', '(Chairman)'], ['**Approved**', 'Signed ...........', '(Chairman)'].join('\n\n')],
      // A line that is only a place to sign is not published: the approvers get signature lines.
      // (`Date:` and `Justeras` make as many keywords of each language; the words `Minutes` and
      // `Stuff` make the document English, and the keyword is published as its kind in English.)
      [['Justeras', '……………\t\t\t……………', 'Eva Berg\t\t\tOla Ek', 'ordförande\t\t\tjusterare'], ['**Approved**', '- Eva Berg, ordförande\n- Ola Ek, justerare'].join('\n\n')],
      // Does not change: notes after the approvers stay after them; an empty keyword line publishes nothing.
      [['Approved: Tom Reed', 'London, 20 March 2025'], ['**Approved**', '- Tom Reed', 'London, 20 March 2025'].join('\n\n')],
      [['Minutes taken by: Ann Bell', 'Approved:'], 'Minutes taken by Ann Bell'],
    ];
    for (const [lines, markdown] of cases) assert.equal(footerOf(...lines), markdown, lines.join(' / '));
    check(joinLines('Minutes', '', '1. Stuff', 'Noted.', '', 'Minutes taken by: Ann Bell', 'Date: ....', 'Approved: Tom Reed'), {
      html: [/<p class="minutes-footer-note" data-line="6">Date: \.\.\.\.<\/p>\n<p class="minutes-adjusted-label" data-line="7">Approved<\/p>/],
    });
  });

  it('labels each footer entry with its keyword as written, or in the other language with the name of its kind', () => {
    const footerOf = (title: string, lines: readonly string[], lang?: Lang) =>
      render(joinLines(title, '', '1. Stuff', 'Noted.', '', ...lines), lang).markdown.split('---\n')[1]?.trim();
    const cases: [title: string, lines: readonly string[], markdown: string, lang?: Lang][] = [
      ['Protokoll', ['Vid protokollet: Maria Standar, sekreterare', 'Justerat: Pia Alhäll'], 'Vid protokollet Maria Standar, sekreterare\n\n**Justerat**\n\n- Pia Alhäll'],
      ['Anteckningar', ['Vid anteckningarna: Eva Berg', 'Justeras: Ola Ek'], 'Vid anteckningarna Eva Berg\n\n**Justeras**\n\n- Ola Ek'],
      // In capitals, without a colon, as a signature block is laid out: in sentence case.
      ['Protokoll', ['VID PROTOKOLLET', 'Jonas Wikström, sekreterare', 'JUSTERAS', 'Eva Berg'], 'Vid protokollet Jonas Wikström, sekreterare\n\n**Justeras**\n\n- Eva Berg'],
      ['Minutes', ['Recorded by: Ann Bell, Clerk', 'Approved by: Tom Reed'], 'Recorded by Ann Bell, Clerk\n\n**Approved by**\n\n- Tom Reed'],
      ['Minutes', ['Minutes  taken by: Ann Bell'], 'Minutes taken by Ann Bell'],
      // A closing formula keeps its comma before the name, written with one or not.
      ['Minutes', ['Respectfully submitted,', '', 'Ann Bell', 'Clerk'], 'Respectfully submitted, Ann Bell, Clerk'],
      ['Minutes', ['RESPECTFULLY SUBMITTED', 'Ann Bell'], 'Respectfully submitted, Ann Bell'],
      // Published in the other language: the name of the entry's kind.
      ['Protokoll', ['Vid protokollet: Maria Standar', 'Justerat: Pia Alhäll'], 'Minutes taken by Maria Standar\n\n**Approved**\n\n- Pia Alhäll', 'en'],
      ['Minutes', ['Recorded by: Ann Bell', 'Approved by: Tom Reed'], 'Antecknat av Ann Bell\n\n**Justeras**\n\n- Tom Reed', 'sv'],
      ['Minutes', ['Respectfully submitted,', 'Ann Bell'], 'Antecknat av Ann Bell', 'sv'],
    ];
    for (const [title, lines, markdown, lang] of cases) assert.equal(footerOf(title, lines, lang), markdown, lines.join(' / '));
    check(joinLines('Protokoll', '', '1. Stuff', '', 'Vid protokollet: Maria Standar', 'Justerat: Pia Alhäll'), {
      html: ['<p class="minutes-recorded-by" data-line="4">Vid protokollet Maria Standar</p>', '<p class="minutes-adjusted-label" data-line="5">Justerat</p>'],
    });
  });

  it('never publishes comments', () => {
    check(swedish, { notHtml: ['intern anteckning'] });
    check(joinLines('Anteckningar', '', '1. Punkt', '// hemligt', 'Text.'), { notHtml: ['hemligt'], html: ['<p data-line="4">Text.</p>'] });
  });

  it('escapes every text from the document', () => {
    check(joinLines('<b>Titel</b> & "citat"', 'Möte: <script>alert(1)</script>', '', 'NÄRVARANDE', '"><svg onload=alert`1`>, Org'), {
      html: ['&lt;b&gt;Titel&lt;/b&gt; &amp; &quot;citat&quot;', '&lt;script&gt;alert(1)&lt;/script&gt;', '&quot;&gt;&lt;svg onload=alert`1`&gt;'],
      notHtml: ['<script', '<svg', '<b>'],
    });
    check(joinLines('Anteckningar', '', '1. *Fet* _kursiv_ [länk](x) | rör'), { markdown: ['## 1. \\*Fet\\* \\_kursiv\\_ \\[länk\\](x) \\| rör'] });
  });

  it('survives documents without title, date or items', () => {
    for (const text of ['', '\n\n', 'Bara en titel', 'NÄRVARANDE\nAnna', '1.', 'Uppdrag:']) {
      const out = render(text);
      assert.match(out.html, /^<article class="minutes" lang="(sv|en)">/);
      assert.match(out.page, /^<!DOCTYPE html>/);
      assert.ok(out.markdown.endsWith('\n'));
    }
  });
});

describe('render: the owners of an action, as written and each person once', () => {
  const attendance = ['Minutes', 'Date: 2025-01-07', '', 'PRESENT', 'Lena Fischer', 'James Carter', 'Dr Anne Hartley', 'Dr Tom Yates', 'Jörgen Wåhlin', 'Anders Ström', 'Tom Reed Jr.', 'Jane Smith', ''];
  /** The action as the Markdown publishes it, from the `> **Action:**` or `> **Uppdrag:**` label on, and its owners' cell of the summary. */
  function published(lines: readonly string[]): [string, string] {
    const markdown = renderMarkdown(analyzeMinutes(joinLines(...attendance, '1. Item', ...lines)));
    const action = /^> \*\*(?:Action|Uppdrag):\*\* (.*)$/m.exec(markdown)?.[1] ?? '';
    const row = /^\| 1 \| [^|]* \| ([^|]*) \|/m.exec(markdown)?.[1] ?? '';
    return [action, row];
  }
  const cases: readonly [readonly string[], string, string][] = [
    [['Action: Dr Hartley & Dr Yates – review the lease'], 'Dr Hartley & Dr Yates – review the lease', 'Dr Hartley & Dr Yates'],
    [['Uppdrag: Jörgen Wåhlin och Anders Ström – rekrytera en GIS-ingenjör'], 'Jörgen Wåhlin och Anders Ström – rekrytera en GIS-ingenjör', 'Jörgen Wåhlin och Anders Ström'],
    [['Action: Jane Smith, Dr Yates, and Lena Fischer – book the hall'], 'Jane Smith, Dr Yates, and Lena Fischer – book the hall', 'Jane Smith, Dr Yates, and Lena Fischer'],
    [['Action: @Jane Smith & @Lena – read it'], 'Jane Smith & Lena – read it', 'Jane Smith & Lena'],
    [['Action: James Carter to prepare the FY2026 draft budget. Due: May 1st'], 'James Carter to prepare the FY2026 draft budget. *Due May 1st*', 'James Carter'],
    [['Action: Lena – set up a WhatsApp group', 'Owner: Lena Fischer'], 'Lena Fischer – set up a WhatsApp group', 'Lena Fischer'],
    [['Action: Lena Fischer and Jane Smith – write', 'Owner: Lena'], 'Lena Fischer and Jane Smith – write', 'Lena Fischer and Jane Smith'],
    [['Action: Jane Smith – call', 'Owner: Lena Fischer'], 'Jane Smith, Lena Fischer – call', 'Jane Smith, Lena Fischer'],
    [['Action: fix the logout bug. Owner: Lena Fischer. Due: 2025-03-21'], 'Lena Fischer – fix the logout bug. *Due 2025-03-21*', 'Lena Fischer'],
    [['Action: review the budget', '  Owner: James Carter.'], 'James Carter – review the budget', 'James Carter'],
    // Does not change: a full stop that belongs to the name, a name no one has, a dash.
    [['Action: review the budget', '  Owner: Tom Reed Jr.'], 'Tom Reed Jr. – review the budget', 'Tom Reed Jr.'],
    [['Action: review the budget', '  Owner: J.S.'], 'J.S. – review the budget', 'J.S.'],
    [['Action: review the budget', '  Owner: Kim Ek.'], 'Kim Ek. – review the budget', 'Kim Ek.'],
    [['Action: Jane Smith – to send the letter'], 'Jane Smith – to send the letter', 'Jane Smith'],
    [['Action: Kim and Kim – count the votes'], 'Kim – count the votes', 'Kim'],
  ];
  for (const [lines, action, owners] of cases) {
    it(lines.join(' / '), () => assert.deepEqual(published(lines), [action, owners]));
  }

  it('keeps the owners and their link word in HTML', () => {
    check(joinLines(...attendance, '1. Item', 'Action: James Carter to prepare the budget', 'Action: Dr Hartley & Dr Yates – review'), {
      html: [
        '<span class="minutes-assignees">James Carter</span> to <span class="minutes-task">prepare the budget</span>',
        '<span class="minutes-assignees">Dr Hartley &amp; Dr Yates</span> – <span class="minutes-task">review</span>',
      ],
    });
  });
});

describe('render: decisions under their keyword as written', () => {
  /** Each row: the lines of an item's body, and the decision as published in HTML and in Markdown. */
  const rows: readonly { body: readonly string[]; html: string; markdown: string; lang?: Lang }[] = [
    { body: ['RESOLVED: That the minutes be approved.'], html: '<span class="minutes-decision-label">Resolved</span> That the minutes be approved.', markdown: '> **Resolved:** That the minutes be approved.' },
    { body: ['Agreed: the date of the next meeting.'], html: '<span class="minutes-decision-label">Agreed</span> the date', markdown: '> **Agreed:** the date' },
    { body: ['BESLUT: Antas.'], html: '<span class="minutes-decision-label">Beslut</span> Antas.', markdown: '> **Beslut:** Antas.', lang: 'sv' },
    { body: ['Decision: Adopted.'], html: '<span class="minutes-decision-label">Decision</span> Adopted.', markdown: '> **Decision:** Adopted.' },
    { body: ['RESOLVED that the minutes be approved.'], html: '<span class="minutes-decision-label">RESOLVED</span> that the minutes', markdown: '> **RESOLVED** that the minutes' },
    { body: ['IT WAS RESOLVED – THAT the  Clerk writes.'], html: '<span class="minutes-decision-label">IT WAS RESOLVED</span> – THAT the Clerk writes.', markdown: '> **IT WAS RESOLVED** – THAT the Clerk writes.' },
    { body: ['It was agreed, that the Clerk writes.'], html: '<span class="minutes-decision-label">It was agreed</span>, that the Clerk', markdown: '> **It was agreed**, that the Clerk' },
    { body: ['Beslut', 'Nämnden beslutar att anta budgeten.'], html: '<span class="minutes-decision-label">Beslut</span> Nämnden beslutar att anta budgeten.</div>', markdown: '> **Beslut:** Nämnden beslutar att anta budgeten.', lang: 'sv' },
    // Published in the other language, a keyword is the name of its kind, and a colon follows it.
    { body: ['RESOLVED that the minutes be approved.'], html: '<span class="minutes-decision-label">Beslut</span> that the minutes', markdown: '> **Beslut:** that the minutes', lang: 'sv' },
    { body: ['Beslut', 'Antas.'], html: '<span class="minutes-decision-label">Decision</span> Antas.', markdown: '> **Decision:** Antas.', lang: 'en' },
  ];
  for (const row of rows) {
    it(`${row.body.join(' / ')}${row.lang ? ` (${row.lang})` : ''} → ${row.markdown}`, () => {
      check(joinLines('Minutes', 'Date: 2025-03-18', '', '1. Item', ...row.body), { html: [row.html], markdown: [row.markdown], ...(row.lang ? { lang: row.lang } : {}) });
    });
  }

  it('keeps a decision’s points as a list inside it, the text before them first, escaped', () => {
    const text = joinLines('Protokoll', 'Datum: 2025-03-18', '', '§ 1 Lokaler', 'Beslut', 'Nämnden <b>beslutar</b>', '- att godkänna *förslaget*,', '- att teckna', '  avtal.', '', 'Text efter.');
    check(text, {
      html: [
        '<span class="minutes-decision-label">Beslut</span> Nämnden &lt;b&gt;beslutar&lt;/b&gt;<ul data-line="6"><li data-line="6">att godkänna *förslaget*,</li><li data-line="7">att teckna avtal.</li></ul></div>',
        '<span class="minutes-decision-item">§ 1 Lokaler:</span> Nämnden &lt;b&gt;beslutar&lt;/b&gt; att godkänna *förslaget*, att teckna avtal.</li>',
      ],
      markdown: ['> **Beslut:** Nämnden \\<b\\>beslutar\\</b\\>\n>\n> - att godkänna \\*förslaget\\*,\n> - att teckna avtal.\n\nText efter.'],
    });
    const decision = buildPublishedMinutes(analyzeMinutes(text), 'sv').decisions[0];
    assert.deepEqual(decision?.points?.entries.map((e) => [e.marker, e.value, e.depth]), [['-', 'att godkänna *förslaget*,', 0], ['-', 'att teckna avtal.', 0]]);
  });

  it('publishes a protokoll’s sub-heading as a heading of its own, not glued to the text below it', () => {
    check(joinLines('Protokoll', 'Datum: 2025-03-18', '', '§ 1 Budget', 'Ärendebeskrivning', 'Förvaltningen har <tagit> fram ett förslag.', 'Beslutsunderlag', 'Tjänsteskrivelse'), {
      html: ['<h3 class="minutes-subheading" data-line="4">Ärendebeskrivning</h3>\n<p data-line="5">Förvaltningen har &lt;tagit&gt; fram ett förslag.</p>\n<h3 class="minutes-subheading" data-line="6">Beslutsunderlag</h3>\n<p data-line="7">Tjänsteskrivelse</p>'],
      markdown: ['### Ärendebeskrivning\n\nFörvaltningen har \\<tagit\\> fram ett förslag.\n\n### Beslutsunderlag\n\nTjänsteskrivelse'],
    });
  });
});

describe('render: lists', () => {
  it('publishes numbered entries as ordered lists, with the numbers and the nesting as written', () => {
    const text = joinLines(
      'Anteckningar',
      '',
      '1. Budget',
      '  1. Första',
      '     1. Nästlad',
      '  2. Andra',
      '',
      'Vidare:',
      '  3. Tre',
      '  4. Fyra',
      '',
      'Och:',
      '  1) Ett',
      '  1) Ett igen',
      '  7) Sju',
      '- punkt',
      '  - under',
    );
    check(text, {
      html: [
        '<ol data-line="3"><li data-line="3">Första<ol data-line="4"><li data-line="4">Nästlad</li></ol></li><li data-line="5">Andra</li></ol>',
        '<ol start="3" data-line="8"><li data-line="8">Tre</li><li data-line="9">Fyra</li></ol>',
        // Each number exactly as written: a new list wherever the numbers do not run on by one.
        '<ol data-line="12"><li data-line="12">Ett</li></ol><ol data-line="13"><li data-line="13">Ett igen</li></ol><ol start="7" data-line="14"><li data-line="14">Sju</li></ol>' +
          '<ul data-line="15"><li data-line="15">punkt<ul data-line="16"><li data-line="16">under</li></ul></li></ul>',
      ],
      notHtml: ['<li data-line="3">Första</li>'],
      markdown: [
        '\n\n1. Första\n   1. Nästlad\n2. Andra\n\n',
        '\n\n3. Tre\n4. Fyra\n\n',
        '\n\n1) Ett\n\n<!-- -->\n\n1) Ett igen\n\n<!-- -->\n\n7) Sju\n\n- punkt\n  - under\n\n',
      ],
    });
  });

  it('keeps Markdown from running lists together or reading a nested list as text', () => {
    // Two lists in a row: without the break, Markdown would number the second on from the first.
    check(joinLines('Anteckningar', '', '1. Punkt', '  1. A', '', '  1. B'), { markdown: ['\n\n1. A\n\n<!-- -->\n\n1. B\n\n'] });
    // A nested list that does not start at 1 cannot follow its entry's text directly.
    check(joinLines('Anteckningar', '', '1. Punkt', '- a', '  3. x', '  4. y'), { markdown: ['\n\n- a\n\n  3. x\n  4. y\n\n'] });
    // Bullet lists stay as they were.
    check(joinLines('Anteckningar', '', '1. Punkt', '- a', '- b'), { html: ['<ul data-line="3"><li data-line="3">a</li><li data-line="4">b</li></ul>'], markdown: ['\n\n- a\n- b\n\n'] });
  });
});

describe('render: item ids', () => {
  const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((found) => found[1] ?? '');

  it('gives a repeated item number a suffix, so every id is unique and #item-3 leads to the first item 3', () => {
    const page = render(joinLines('Anteckningar', '', '1. Ett', '2. Två', '3. Tre', '3. Tre igen', '3. Och igen', '4. Fyra')).page;
    assert.deepEqual(ids(page), ['item-1', 'item-2', 'item-3', 'item-3-2', 'item-3-3', 'item-4']);
    assert.match(page, /<section class="minutes-item" id="item-3" data-line="4">/);
  });

  it('every id in every rendered page is unique', () => {
    for (const doc of documents) {
      const found = ids(renderHtmlPage(analyzeMinutes(readFileSync(join(root, doc.path), 'utf8'))));
      assert.ok(found.length > 0, `${doc.name} has no ids`);
      assert.equal(new Set(found).size, found.length, `${doc.name}: ${found.join(' ')}`);
    }
  });
});

describe('render: data-line for scroll sync', () => {
  const text = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
  const lines = text.split(/\r?\n/);
  const html = renderHtmlBody(analyzeMinutes(text));

  it('every block from the source carries the 0-based line it starts on', () => {
    // Table heads and the parts of the summary that gather from many lines have no one source line.
    const withoutHeads = html.replace(/<thead>.*?<\/thead>/g, '');
    const gathered = /^<(section class="minutes-summary"|h2|p class="minutes-empty"|table class="[^"]*minutes-actions-table"|ul class="minutes-decisions"|div class="minutes-signatures")>$/;
    const blocks = [...withoutHeads.matchAll(/<(?:p|ul|ol|li|tr|h1|h2|div|section|header|footer|table)\b[^>]*>/g)].map(([tag]) => tag);
    assert.ok(blocks.length > 80, `only ${blocks.length} blocks found`);
    for (const tag of blocks) {
      if (gathered.test(tag)) continue;
      assert.match(tag, / data-line="\d+"/, `${tag} has no data-line`);
    }
  });

  it('points at the line the text comes from', () => {
    const cases: [RegExp, string][] = [
      [/<h2 class="minutes-item-heading" data-line="(\d+)">.*Klimatanpassning<\/h2>/, '6. Klimatanpassning'],
      [/<tr data-line="(\d+)"><td>Pia Alhäll<\/td>/, 'Pia Alhäll, Härryda'],
      [/<div class="minutes-field" data-line="(\d+)"><dt>Datum<\/dt>/, 'Datum: 2024-03-08'],
      [/<div class="minutes-decision" data-line="(\d+)">/, 'Beslut: Kommunchefsgruppen utser'],
      [/<li data-line="(\d+)">Agendan för kommande/, '- Agendan för kommande'],
      [/<p class="minutes-recorded-by" data-line="(\d+)">/, 'Antecknat av:'],
    ];
    for (const [pattern, lineStart] of cases) {
      const found = pattern.exec(html);
      assert.ok(found, `no match for ${pattern}`);
      assert.ok(lines[Number(found[1])]?.startsWith(lineStart), `line ${found[1]} is "${lines[Number(found[1])]}", expected "${lineStart}…"`);
    }
  });
});

describe('render: the HTML page', () => {
  const page = render(readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8')).page;

  it('is one self-contained file with screen and print styles and no scripts', () => {
    // Nothing but the embedded styles: the page has no image (no <img>, no url() in the
    // stylesheet), so it allows none.
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(page, /img-src|<img|url\(/);
    assert.ok(page.includes(MINUTES_CSS), 'the stylesheet is embedded');
    assert.match(page, /@media print/);
    assert.doesNotMatch(page, /<script|<link|src="http|href="http/);
    assert.match(page, /<title>Anteckningar – Kommunchefsgruppen, GR – 2024-03-08<\/title>/);
    assert.match(page, /<html lang="sv">/);
  });
});
