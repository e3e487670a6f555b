import { createHash } from 'node:crypto';
import type { Feature } from '../context';

/**
 * `minutes/documentDigest`: the server's view of an open document — its version, its length and a
 * SHA-256 of its UTF-16 code units (so lone surrogates count as themselves). A client compares it
 * with its own text to prove that the incremental changes it sent were applied as it applied them;
 * the protocol fuzzer (test/fuzz/) asks after every edit. The text itself is not sent back.
 * Answers null for a document that is not open.
 */
export const DOCUMENT_DIGEST_REQUEST = 'minutes/documentDigest';

export interface DocumentDigest {
  readonly version: number;
  readonly length: number;
  readonly sha256: string;
}

/** The digest of a text, as the server computes it; clients use the same function to compare. */
export function digestOf(text: string): string {
  return createHash('sha256').update(Buffer.from(text, 'utf16le')).digest('hex');
}

export const documentDigestFeature: Feature = {
  register({ connection, store }) {
    connection.onRequest(DOCUMENT_DIGEST_REQUEST, (params: { uri: string }): DocumentDigest | null => {
      const document = store.documents.get(params.uri);
      if (!document) return null;
      const text = document.getText();
      return { version: document.version, length: text.length, sha256: digestOf(text) };
    });
  },
};
