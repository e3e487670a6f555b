import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import { diagnosticBytes, sameBytes } from './transport/diagnosticBytes';

interface Reported {
  readonly resultId: string;
  readonly bytes: readonly Buffer[];
}

/**
 * Answers for pull diagnostics (`textDocument/diagnostic`): a full report with a new result id,
 * or "unchanged" when the client already holds exactly these diagnostics — it names, as
 * `previousResultId`, the last report it got, and that report said the same, byte for byte.
 *
 * A keystroke in prose changes no diagnostic (their ranges are counted in lines and characters,
 * so those on later lines stay put), and the answer is then a few bytes instead of every
 * diagnostic of the document, for the server to send and the editor to read. As the bytes are
 * compared, nothing needs to be forgotten when settings change: what they changed differs.
 */
export class DiagnosticReports {
  private readonly last = new Map<string, Reported>();
  private next = 1;

  report(uri: string, diagnostics: readonly Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
    const bytes = diagnostics.map(diagnosticBytes);
    const last = this.last.get(uri);
    if (last && previousResultId === last.resultId && sameBytes(last.bytes, bytes)) return { kind: 'unchanged', resultId: last.resultId };
    const resultId = String(this.next++);
    this.last.set(uri, { resultId, bytes });
    return { kind: 'full', resultId, items: [...diagnostics] };
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
