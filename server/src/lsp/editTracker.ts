import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextChange } from '../core';
import { PieceDocument } from './pieceDocument';

/**
 * Remembers, per document, where its text changed since its last analysis, so that the next
 * analysis can re-read only the item an edit touched (`updateAnalysis`). It wraps the standard
 * text document updates (`TextDocument.update`) and notes each incremental change's offsets
 * before applying it; several changes are summed into one change that covers them all. The
 * documents are `PieceDocument`s, so that an edit does not rebuild the whole text. A change
 * without a range (the whole text) makes the next analysis a full one.
 */
export class EditTracker {
  private readonly pending = new Map<string, { start: number; end: number; delta: number } | 'whole'>();

  /** The configuration for `new TextDocuments(…)`. */
  readonly configuration: TextDocumentsConfiguration<PieceDocument> = {
    create: (uri, languageId, version, content) => {
      this.pending.set(uri, 'whole');
      return new PieceDocument(uri, languageId, version, content);
    },
    update: (document, changes, version) => {
      // One change at a time, so that each change's offsets are read in the text it applies to.
      for (const change of changes) {
        this.note(document, change);
        document.update([change], version);
      }
      document.version = version;
      return document;
    },
  };

  /**
   * The change since the previous call for `uri` (in the text as it was then: `start`, `oldEnd`;
   * in the text now: `newEnd`), `'whole'` when it cannot be told, or undefined for no change.
   */
  take(uri: string): TextChange | 'whole' | undefined {
    const noted = this.pending.get(uri);
    this.pending.delete(uri);
    if (noted === undefined || noted === 'whole') return noted;
    return { start: noted.start, oldEnd: noted.end - noted.delta, newEnd: noted.end };
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }

  private note(document: PieceDocument, change: TextDocumentContentChangeEvent): void {
    const uri = document.uri;
    if (!('range' in change)) {
      this.pending.set(uri, 'whole');
      return;
    }
    const noted = this.pending.get(uri);
    if (noted === 'whole') return;
    // Offsets in the text as it is before this change; `TextDocument.update` applies the changes
    // one after the other, so the next change's range refers to the text after this one.
    const start = document.offsetAt(change.range.start);
    const end = document.offsetAt(change.range.end);
    const delta = change.text.length - (end - start);
    if (!noted) {
      this.pending.set(uri, { start, end: start + change.text.length, delta });
      return;
    }
    // The region that differs from the analysed text, in current offsets, grows to cover this change.
    this.pending.set(uri, { start: Math.min(noted.start, start), end: Math.max(noted.end, end) + delta, delta: noted.delta + delta });
  }
}
