import assert from 'node:assert/strict';
import type { Message } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticBytes } from '../../server/src/lsp/transport/diagnosticBytes';
import { encodeMessage } from '../../server/src/lsp/transport/messageEncoder';

/**
 * The stdio encoder must write exactly what vscode-jsonrpc's own encoder writes
 * (`JSON.stringify`, UTF-8) for every message; it only gets there differently for lists of
 * diagnostics. Each case is checked byte for byte against the ordinary encoding.
 */

function diagnostic(i: number, message = `Meddelande ${i} – ”citat” och \\ snedstreck\n`): Diagnostic {
  return {
    range: { start: { line: i, character: 2 }, end: { line: i, character: 9 + (i % 3) } },
    severity: 2,
    code: 'unknown-assignee',
    source: 'minutes',
    message,
    ...(i % 2 === 0 ? { data: { suggestions: [`Åsa ${i}`], emoji: '📋' } } : {}),
  };
}

function publish(diagnostics: unknown[], uri = 'file:///m%C3%B6te.minutes'): Message {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 7, diagnostics } } as Message;
}

function check(message: Message): void {
  const expected = Buffer.from(JSON.stringify(message, undefined, 0), 'utf8');
  assert.ok(encodeMessage(message, 'utf-8').equals(expected), `differs for ${JSON.stringify(message).slice(0, 200)}`);
}

describe('stdio message encoder', () => {
  const many = Array.from({ length: 40 }, (_, i) => diagnostic(i));

  it('writes a long publishDiagnostics byte for byte as JSON.stringify does', () => {
    check(publish(many));
    // Twice: the second time the diagnostics' bytes come from the cache.
    check(publish(many));
  });

  it('writes short lists, other messages and other encodings the ordinary way', () => {
    check(publish(many.slice(0, 3)));
    check(publish([]));
    check({ jsonrpc: '2.0', id: 4, result: { contents: { kind: 'markdown', value: 'Åsa – *närvarande*' } } } as Message);
    check({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hej' } } as Message);
    const latin1 = publish(many);
    assert.ok(encodeMessage(latin1, 'latin1').equals(Buffer.from(JSON.stringify(latin1), 'latin1')));
  });

  it('writes a full document diagnostic report as an answer, and an unchanged one', () => {
    check({ jsonrpc: '2.0', id: 12, result: { kind: 'full', resultId: '3', items: many } } as Message);
    check({ jsonrpc: '2.0', id: 13, result: { kind: 'unchanged', resultId: '3' } } as Message);
  });

  it('is not misled by text that looks like its placeholder, nor by lists it cannot take apart', () => {
    check(publish(many, 'file:///\u0000minutes:diagnostics\u0000.minutes'));
    check(publish(many, '\u0000minutes:diagnostics\u0000'));
    const withToJson = [...many, { toJSON: () => ({ replaced: true }) }];
    check(publish(withToJson));
    const withHole = [...many];
    delete withHole[5];
    check(publish(withHole));
    check(publish([...many, null, 'text']));
    // Keys in another order: the list is not the last value, so the message goes the ordinary way.
    check({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics: many, uri: 'file:///x', version: 1 } } as Message);
  });

  it('encodes a diagnostic again when its range or message is no longer what was encoded', () => {
    const d = diagnostic(1);
    const before = diagnosticBytes(d);
    assert.equal(diagnosticBytes(d), before, 'the same object at the same place is not encoded again');
    d.range.start.line = 99;
    assert.deepEqual(JSON.parse(diagnosticBytes(d).toString('utf8')), d);
    d.message = 'Nytt meddelande';
    assert.deepEqual(JSON.parse(diagnosticBytes(d).toString('utf8')), d);
    check(publish([...many, d]));
  });
});
