import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../helpers/expect';

/** A regular expression in language-configuration.json: a string, or `{ pattern, flags }`. */
type JsonRegExp = string | { readonly pattern: string; readonly flags?: string };

interface EnterAction {
  readonly indent: 'none' | 'indent' | 'outdent' | 'indentOutdent';
  readonly appendText?: string;
  readonly removeText?: number;
}

interface LanguageConfiguration {
  readonly comments: { readonly lineComment?: string };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly { readonly open: string; readonly close: string; readonly notIn?: readonly string[] }[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly wordPattern: JsonRegExp;
  readonly onEnterRules: readonly {
    readonly beforeText: JsonRegExp;
    readonly afterText?: JsonRegExp;
    readonly previousLineText?: JsonRegExp;
    readonly action: EnterAction;
  }[];
}

const configuration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** Compiles a pattern as VS Code does: `new RegExp(pattern, flags)`. */
function compile(value: JsonRegExp, extraFlags = ''): RegExp {
  return typeof value === 'string' ? new RegExp(value, extraFlags) : new RegExp(value.pattern, (value.flags ?? '') + extraFlags);
}

/** The words VS Code sees in `text` (it adds the `g` flag to the word pattern). */
function words(text: string): string[] {
  return [...text.matchAll(compile(configuration.wordPattern, 'g'))].map((m) => m[0]);
}

/**
 * What pressing Enter does with the cursor between `before` and `after` on a line (and
 * `previous` the line above): the first onEnter rule whose patterns all match decides, as in
 * VS Code's OnEnterSupport. Returns the text the new line starts with, indentation included, or
 * undefined when no rule applies (VS Code then keeps the indentation of the line).
 */
function enter(before: string, after = '', previous = ''): string | undefined {
  for (const rule of configuration.onEnterRules) {
    const checks: [JsonRegExp | undefined, string][] = [
      [rule.beforeText, before],
      [rule.afterText, after],
      [rule.previousLineText, previous],
    ];
    if (checks.every(([pattern, text]) => pattern === undefined || compile(pattern).test(text))) {
      assert.equal(rule.action.indent, 'none', 'the rules keep the indentation of the line');
      const indentation = /^[ \t]*/.exec(before)?.[0] ?? '';
      return indentation + (rule.action.appendText ?? '');
    }
  }
  return undefined;
}

describe('language configuration', () => {
  it('comments lines with //', () => {
    assert.equal(configuration.comments.lineComment, '//');
  });

  it('pairs parentheses and quotes, Swedish ”…” and English “…” included', () => {
    const pairs = configuration.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['()', '""', '””', '“”']) assert.ok(pairs.includes(pair), `auto-closes ${pair}`);
    const surrounding = configuration.surroundingPairs.map(([open, close]) => open + close);
    for (const pair of ['()', '""', '””', '“”']) assert.ok(surrounding.includes(pair), `surrounds with ${pair}`);
    assert.ok(configuration.brackets.some(([open, close]) => open === '(' && close === ')'), '() are brackets');
    // Quotes are not closed inside a comment, where an apostrophe-like quote is just text.
    for (const pair of configuration.autoClosingPairs.filter((p) => p.open !== '(' && p.open !== '[')) assert.deepEqual(pair.notIn, ['comment']);
  });

  describe('word pattern', () => {
    const cases: [string, string[]][] = [
      ['Gull-Britt Eide, Åsa Reinholdsson och Maria', ['Gull-Britt', 'Eide', 'Åsa', 'Reinholdsson', 'och', 'Maria']],
      ['Uppdrag: Gull-Britt Eide – läs förslaget', ['Uppdrag', 'Gull-Britt', 'Eide', 'läs', 'förslaget']],
      ['Reinholdsson,Åsa', ['Reinholdsson', 'Åsa']],
      ['Pia Alhäll, Härryda (digitalt from p 4)', ['Pia', 'Alhäll', 'Härryda', 'digitalt', 'from', 'p', '4']],
      // A hyphen with spaces around it separates; inside a word it joins.
      ['Gull - Britt', ['Gull', 'Britt']],
      ['Datum: 2024-03-08, GR:s representant, O’Brien', ['Datum', '2024-03-08', 'GR:s', 'representant', 'O’Brien']],
      // Decomposed letters (A + combining ring) stay inside the word.
      ['A\u030asa Go\u0308ransson', ['A\u030asa', 'Go\u0308ransson']],
    ];
    for (const [text, expected] of cases) {
      it(`splits "${text}"`, () => assert.deepEqual(words(text), expected));
    }

    it('takes Gull-Britt, Åsa and Reinholdsson whole wherever the cursor is in them', () => {
      const line = 'Justeras: Gull-Britt Eide och Åsa Reinholdsson.';
      const wordAt = (offset: number) => [...line.matchAll(compile(configuration.wordPattern, 'g'))].find((m) => m.index <= offset && offset <= m.index + m[0].length)?.[0];
      for (const word of ['Gull-Britt', 'Åsa', 'Reinholdsson']) {
        const start = line.indexOf(word);
        for (let offset = start; offset <= start + word.length; offset++) {
          // At the very end of a word VS Code takes the word before the cursor.
          if (offset === start + word.length || line.charAt(offset) !== ' ') assert.equal(wordAt(offset), word, `${word} at +${offset - start}`);
        }
      }
    });
  });

  describe('Enter', () => {
    it('continues a bullet list with the same bullet and indentation', () => {
      assert.equal(enter('- Byggbenchen är planerad till 26 april.'), '- ');
      assert.equal(enter('• Industridagen 2024'), '• ');
      assert.equal(enter('* Löneöversyn'), '* ');
      assert.equal(enter('  - en underpunkt'), '  - ');
      assert.equal(enter('\t• tabbad'), '\t• ');
      // Splitting an entry makes two entries.
      assert.equal(enter('- Byggbenchen är', ' planerad till 26 april.'), '- ');
    });

    it('does not continue an empty bullet, a hyphenated word or a number', () => {
      assert.equal(enter('- '), undefined);
      assert.equal(enter('-'), undefined);
      assert.equal(enter('-punkt'), undefined);
      assert.equal(enter('Gull-Britt Eide'), undefined);
      assert.equal(enter('– tankstreck är ingen punktlista'), undefined);
      assert.equal(enter('1. Välkomnande'), undefined);
    });

    it('keeps an indented continuation line indented', () => {
      assert.equal(enter('  och skriv en kort anteckning'), '  ');
      assert.equal(enter('  Ansvarig: Eva Hessman'), '  ');
      assert.equal(enter('\tSenast: 2024-05-31'), '\t');
      // A line at column 0 gets no rule: the next line starts at column 0 (a new paragraph or action).
      assert.equal(enter('Kommunchefsgruppen går igenom nedan punkter'), undefined);
      assert.equal(enter('Uppdrag: Eva Hessman – ring kommunen'), undefined);
    });

    it('splits an action or a decision into an indented continuation line', () => {
      assert.equal(enter('Uppdrag: Eva Hessman – ring kommunen', ' och skriv en anteckning'), '  ');
      assert.equal(enter('Beslut: Budgeten återremitteras,', ' med hänvisning till punkt 45.'), '  ');
      assert.equal(enter('ACTION: Tina Eide – propose a date', ' for the briefing'), '  ');
      assert.equal(enter('Decision: approved', ' unanimously'), '  ');
      // At the end of the line the next line is a new line at column 0.
      assert.equal(enter('Beslut: Budgeten godkänns.', ''), undefined);
      // "Uppdraget" is a word, not the keyword.
      assert.equal(enter('Uppdraget ska avrapporteras', ' i april'), undefined);
    });
  });
});
