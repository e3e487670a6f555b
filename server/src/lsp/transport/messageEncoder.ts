import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticBytes } from './diagnosticBytes';

/**
 * The JSON encoder of the stdio transport. Every message is encoded exactly as vscode-jsonrpc's own
 * encoder does it (`JSON.stringify`, then UTF-8), byte for byte; only the way there differs for
 * messages that carry the diagnostics of a document — `textDocument/publishDiagnostics`, sent
 * after every keystroke to clients that do not pull, and a full report answering
 * `textDocument/diagnostic`:
 *
 * - each diagnostic's bytes come from `diagnosticBytes`, which encodes only those an edit changed;
 * - the message is put together as bytes, never as one string. A document's diagnostics make a
 *   long string, and one with a character outside Latin-1 (the "–" of a message) takes two bytes
 *   a character: at 1 MiB of minutes that is a 200 KB string per keystroke, which the JavaScript
 *   heap keeps among its large objects until a full collection, so that the server's memory
 *   grows by that much with each keystroke until then.
 */
export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      return Promise.resolve(encodeMessage(message, options.charset));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  },
};

/** Below this many diagnostics a message is encoded in one piece: the parts would cost more than they save. */
const PIECEWISE_FROM = 16;

/** What stands in the place of the diagnostics while the rest of the message is encoded. */
const PLACEHOLDER = '\u0000minutes:diagnostics\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
const COMMA = Buffer.from(',');

/** `message` as vscode-jsonrpc's encoder would write it, in `charset`. */
export function encodeMessage(message: Message, charset: BufferEncoding): Buffer {
  const whole = () => Buffer.from(JSON.stringify(message, undefined, 0), charset);
  if (charset !== 'utf-8' && charset !== 'utf8') return whole();
  const list = diagnosticList(message);
  if (!list || list.diagnostics.length < PIECEWISE_FROM) return whole();
  const withPlaceholder = JSON.stringify(list.replaced(PLACEHOLDER), undefined, 0);
  // The list is the last value of the last object (`diagnosticList`), so its placeholder is the
  // last one in the text, whatever the strings before it hold.
  const at = withPlaceholder.lastIndexOf(PLACEHOLDER_JSON);
  if (at < 0) return whole();
  const pieces: Buffer[] = [Buffer.from(`${withPlaceholder.slice(0, at)}[`, 'utf8')];
  list.diagnostics.forEach((diagnostic, index) => {
    if (index > 0) pieces.push(COMMA);
    pieces.push(diagnosticBytes(diagnostic));
  });
  pieces.push(Buffer.from(`]${withPlaceholder.slice(at + PLACEHOLDER_JSON.length)}`, 'utf8'));
  return Buffer.concat(pieces);
}

interface DiagnosticList {
  readonly diagnostics: Diagnostic[];
  /** The message with the list replaced by `value`, every key in its place. */
  replaced(value: unknown): unknown;
}

/**
 * The diagnostics a message carries as the last value of an object — `params.diagnostics` of a
 * publishDiagnostics notification, `result.items` of a full document diagnostic report — or
 * undefined. Anything but a list of plain objects (holes, `toJSON`) goes the ordinary way, so
 * that nothing can come out different.
 */
function diagnosticList(message: Message): DiagnosticList | undefined {
  const m = message as { method?: unknown; params?: Record<string, unknown>; result?: unknown };
  if (m.method === 'textDocument/publishDiagnostics' && m.params && lastKey(m) === 'params' && lastKey(m.params) === 'diagnostics') {
    const { params } = m;
    const diagnostics = plainObjects(params.diagnostics);
    return diagnostics && { diagnostics, replaced: (value) => ({ ...m, params: { ...params, diagnostics: value } }) };
  }
  const result = m.result as Record<string, unknown> | null | undefined;
  if (m.method === undefined && typeof result === 'object' && result !== null && result.kind === 'full' && lastKey(result) === 'items' && lastKey(m) === 'result') {
    const diagnostics = plainObjects(result.items);
    return diagnostics && { diagnostics, replaced: (value) => ({ ...m, result: { ...result, items: value } }) };
  }
  return undefined;
}

function lastKey(value: object): string | undefined {
  const keys = Object.keys(value);
  return keys[keys.length - 1];
}

function plainObjects(value: unknown): Diagnostic[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i++) {
    const d: unknown = value[i];
    if (!(i in value) || typeof d !== 'object' || d === null || typeof (d as { toJSON?: unknown }).toJSON === 'function') return undefined;
  }
  return value as Diagnostic[];
}
