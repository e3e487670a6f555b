/**
 * A small expander for VS Code snippet bodies, enough to test what a snippet inserts: tab stops
 * (`$1`, `${1}`), placeholders (`${1:text}`, nested), choices (`${1|a,b|}`), the date variables
 * (`$CURRENT_YEAR`, `${CURRENT_MONTH}` …) and escapes (`\$`, `\}`, `\\`, and `\,` `\|` in a
 * choice). A tab stop without text mirrors the text of the placeholder with the same number, as
 * in the editor. Unknown variables and malformed bodies throw, so a typo in a snippet fails its
 * test instead of inserting the variable's name.
 */

type Node =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly children?: readonly Node[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | { readonly kind: 'variable'; readonly name: string; readonly children?: readonly Node[] };

export interface ExpandOptions {
  /** What "today" is for the date variables. */
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
  /** Text typed into a tab stop instead of its default. */
  readonly fill?: Readonly<Record<number, string>>;
  /** Which option of a choice to take (default the first). */
  readonly choose?: Readonly<Record<number, number>>;
}

/** The body as an array of lines (as in snippets/*.json) or one string. */
export function expandSnippet(body: string | readonly string[], options: ExpandOptions): string {
  const source = typeof body === 'string' ? body : body.join('\n');
  const nodes = new Parser(source).parseAll();
  const defaults = new Map<number, readonly Node[] | string>();
  collectDefaults(nodes, defaults, options);
  return render(nodes, defaults, options);
}

/** The options of every choice, by tab stop number. */
export function snippetChoices(body: string | readonly string[]): Map<number, readonly string[]> {
  const source = typeof body === 'string' ? body : body.join('\n');
  const choices = new Map<number, readonly string[]>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'choice') choices.set(node.index, node.options);
      if ((node.kind === 'tabstop' || node.kind === 'variable') && node.children) walk(node.children);
    }
  };
  walk(new Parser(source).parseAll());
  return choices;
}

function collectDefaults(nodes: readonly Node[], defaults: Map<number, readonly Node[] | string>, options: ExpandOptions): void {
  for (const node of nodes) {
    if (node.kind === 'tabstop' && node.children && !defaults.has(node.index)) defaults.set(node.index, node.children);
    if (node.kind === 'choice' && !defaults.has(node.index)) {
      const option = node.options[options.choose?.[node.index] ?? 0];
      if (option === undefined) throw new Error(`tab stop ${node.index} has no option ${options.choose?.[node.index]}`);
      defaults.set(node.index, option);
    }
    if ((node.kind === 'tabstop' || node.kind === 'variable') && node.children) collectDefaults(node.children, defaults, options);
  }
}

function render(nodes: readonly Node[], defaults: Map<number, readonly Node[] | string>, options: ExpandOptions): string {
  let out = '';
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text;
        break;
      case 'tabstop':
      case 'choice': {
        const filled = options.fill?.[node.index];
        if (filled !== undefined) out += filled;
        else {
          const value = defaults.get(node.index);
          out += value === undefined ? '' : typeof value === 'string' ? value : render(value, defaults, options);
        }
        break;
      }
      case 'variable':
        out += variable(node.name, options);
        break;
    }
  }
  return out;
}

function variable(name: string, { today }: ExpandOptions): string {
  const two = (n: number) => String(n).padStart(2, '0');
  switch (name) {
    case 'CURRENT_YEAR':
      return String(today.year);
    case 'CURRENT_YEAR_SHORT':
      return String(today.year).slice(-2);
    case 'CURRENT_MONTH':
      return two(today.month);
    case 'CURRENT_DATE':
      return two(today.day);
    case 'TM_SELECTED_TEXT':
    case 'SELECTION':
      return '';
    default:
      throw new Error(`unknown snippet variable $${name}`);
  }
}

class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  parseAll(): Node[] {
    const nodes = this.parseUntil(false);
    if (this.pos < this.source.length) throw this.error('unexpected }');
    return nodes;
  }

  /** Nodes up to the end, or up to an unescaped `}` when `inBraces`. */
  private parseUntil(inBraces: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.source.length) {
      const c = this.source.charAt(this.pos);
      if (c === '\\' && '$}\\'.includes(this.source.charAt(this.pos + 1))) {
        text += this.source.charAt(this.pos + 1);
        this.pos += 2;
      } else if (c === '}' && inBraces) {
        break;
      } else if (c === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += c;
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** At `$`: a tab stop, placeholder, choice or variable; undefined when `$` is literal. */
  private parseDollar(): Node | undefined {
    const rest = this.source.slice(this.pos);
    const simple = /^\$(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))/.exec(rest);
    if (simple) {
      this.pos += simple[0].length;
      return simple[1] !== undefined ? { kind: 'tabstop', index: Number(simple[1]) } : { kind: 'variable', name: simple[2] ?? '' };
    }
    const braced = /^\$\{(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))([:|}])/.exec(rest);
    if (!braced) return undefined;
    this.pos += braced[0].length;
    const index = braced[1] !== undefined ? Number(braced[1]) : undefined;
    const name = braced[2] ?? '';
    const after = braced[3];
    if (after === '}') return index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name };
    if (after === '|') {
      if (index === undefined) throw this.error('a variable cannot be a choice');
      return { kind: 'choice', index, options: this.parseChoice() };
    }
    const children = this.parseUntil(true);
    if (this.source.charAt(this.pos) !== '}') throw this.error('unclosed ${');
    this.pos++;
    return index !== undefined ? { kind: 'tabstop', index, children } : { kind: 'variable', name, children };
  }

  /** After `${N|`: the options up to `|}`. */
  private parseChoice(): string[] {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.source.length) {
      const c = this.source.charAt(this.pos);
      if (c === '\\' && ',|\\$}'.includes(this.source.charAt(this.pos + 1))) {
        current += this.source.charAt(this.pos + 1);
        this.pos += 2;
      } else if (c === ',') {
        options.push(current);
        current = '';
        this.pos++;
      } else if (c === '|' && this.source.charAt(this.pos + 1) === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      } else {
        current += c;
        this.pos++;
      }
    }
    throw this.error('unclosed choice');
  }

  private error(message: string): Error {
    return new Error(`${message} at ${this.pos} in snippet body: ${JSON.stringify(this.source)}`);
  }
}
