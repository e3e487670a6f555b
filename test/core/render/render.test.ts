import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeMinutes, MINUTES_CSS, renderHtmlBody, renderHtmlPage, renderMarkdown, type Lang } from '../../../server/src/core/index';
import { expectFile, joinLines, root } from '../../helpers/expect';

const fixtures = join(root, 'test/fixtures/render');

/** The documents rendered to golden files: the examples, the raw reference file and the render fixtures. */
const documents: readonly { name: string; path: string }[] = [
  { name: 'kommunchefsgruppen', path: 'examples/kommunchefsgruppen.minutes' },
  { name: 'klimat', path: 'examples/klimat.minutes' },
  { name: 'reference-raw', path: 'test/fixtures/parser/reference-raw.minutes' },
  { name: 'english', path: 'test/fixtures/render/english.minutes' },
  { name: 'hostile', path: 'test/fixtures/render/hostile.minutes' },
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

  it('shows the date in long form, in the language of the document', () => {
    check(swedish, { html: ['<dd>fredag 8 mars 2024</dd>', '<dt>Tid</dt><dd>13:00–15:00</dd>', '<dt>Ordförande</dt>'] });
    check(swedish, { lang: 'en', html: ['<dd>Friday 8 March 2024</dd>', '<dt>Time</dt>', '<dt>Chair</dt>'] });
    check(joinLines('Minutes', 'Date: 15 March 2024', '', '1. Opening'), { html: ['<dd>Friday 15 March 2024</dd>', '<dt>Date</dt>'] });
  });

  it('writes attendance in words', () => {
    check(swedish, {
      html: [
        /<td>Pia Alhäll<\/td><td>Härryda<\/td><td><\/td><td>Digitalt från punkt 4<\/td>/,
        /<td>Sofia Larsson<\/td><td>GR<\/td><td><\/td><td>Endast punkt 2<\/td>/,
        /<td>Mio Saba<\/td><td>Mölndal<\/td><td><\/td><td>Från punkt 2 till och med punkt 3<\/td>/,
        /<td>Åsa Öberg<\/td><td>Ale<\/td><td>ordförande<\/td><td><\/td>/,
        // What the language does not understand is kept as written.
        /<td>Per Ek<\/td><td>Lerum<\/td><td><\/td><td>Sen ankomst<\/td>/,
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
        '<span class="minutes-assignees">Pia Alhäll</span> – <span class="minutes-task">skicka ut protokollet.</span> <span class="minutes-deadline">Senast 30 april 2024</span>',
        '<span class="minutes-decision-label">Beslut</span> Styrelsen antar planen.',
      ],
      markdown: ['> **Uppdrag:** **Ansvarig saknas** – ta fram en budget', '> **Beslut:** Styrelsen antar planen.'],
    });
    check(swedish, { lang: 'en', html: ['<span class="minutes-no-owner">No owner</span>'] });
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
        /<td>2<\/td><td><span class="minutes-task">Skicka ut protokollet\.<\/span><\/td><td><span class="minutes-assignees">Pia Alhäll<\/span><\/td><td>30 april 2024<\/td>/,
        /<td>2<\/td><td><span class="minutes-task">Ta fram en budget<\/span><\/td><td><span class="minutes-no-owner">Ansvarig saknas<\/span><\/td><td><\/td>/,
        /<li data-line="\d+"><span class="minutes-decision-item">2\. Ekonomi:<\/span> Styrelsen antar planen\.<\/li>/,
      ],
      markdown: ['| Punkt | Uppdrag | Ansvarig | Senast |', '| 2 | Skicka ut protokollet. | Pia Alhäll | 30 april 2024 |'],
    });
    check(joinLines('Anteckningar', '', '1. Inledning', 'Inget att rapportera.'), { html: ['Inga uppdrag.', 'Inga beslut.'] });
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

describe('render: data-line for scroll sync', () => {
  const text = readFileSync(join(root, 'examples/kommunchefsgruppen.minutes'), 'utf8');
  const lines = text.split(/\r?\n/);
  const html = renderHtmlBody(analyzeMinutes(text));

  it('every block from the source carries the 0-based line it starts on', () => {
    // Table heads and the parts of the summary that gather from many lines have no one source line.
    const withoutHeads = html.replace(/<thead>.*?<\/thead>/g, '');
    const gathered = /^<(section class="minutes-summary"|h2|p class="minutes-empty"|table class="[^"]*minutes-actions-table"|ul class="minutes-decisions"|div class="minutes-signatures")>$/;
    const blocks = [...withoutHeads.matchAll(/<(?:p|ul|li|tr|h1|h2|div|section|header|footer|table)\b[^>]*>/g)].map(([tag]) => tag);
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
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.ok(page.includes(MINUTES_CSS), 'the stylesheet is embedded');
    assert.match(page, /@media print/);
    assert.doesNotMatch(page, /<script|<link|src="http|href="http/);
    assert.match(page, /<title>Anteckningar – Kommunchefsgruppen, GR – fredag 8 mars 2024<\/title>/);
    assert.match(page, /<html lang="sv">/);
  });
});
