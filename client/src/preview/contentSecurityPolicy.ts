/**
 * The Content-Security-Policy of the preview webview. Nothing is allowed by default; styles come
 * only from the extension's `media/` folder (the webview's `cspSource`), and scripts only when
 * they carry the nonce of this one page load, so neither an inline script nor an event-handler
 * attribute smuggled into the rendered minutes can run. No inline styles, images, fonts, frames
 * or network access: the rendered minutes need none of them.
 */
import { randomBytes } from 'node:crypto';

/**
 * The policy for one page load. `cspSource` is `webview.cspSource` (the origin the webview serves
 * the extension's local resources from); `nonce` comes from {@link createNonce}.
 */
export function previewContentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error('a CSP nonce must be base64 characters only');
  // A `;` or a line break would start a directive of its own.
  if (/[;\r\n]/.test(cspSource) || cspSource.trim() === '') throw new Error(`unexpected webview CSP source: ${cspSource}`);
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A fresh nonce (128 random bits, base64) for one load of the preview page. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}
