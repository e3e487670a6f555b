/**
 * How long the preview waits after a change before it renders again. While the user types, each
 * keystroke restarts the wait, so a burst of keys is rendered once, at the pause. The wait is
 * short (25 ms) for documents that render in under 50 ms — a 100 KiB document takes some 20–50 ms
 * on a busy two-core machine, so its preview follows within 100 ms of the last keystroke — and
 * grows with the cost of a rendering beyond that (twice the excess, at most a second), so that a
 * huge document does not keep the extension host busy while the user is still typing.
 */

/** The wait for documents that render in under {@link QUICK_RENDER_MS}. */
export const MIN_UPDATE_DELAY_MS = 25;
/** The longest wait. */
export const MAX_UPDATE_DELAY_MS = 1000;
/** Renderings up to this long count as quick. */
export const QUICK_RENDER_MS = 50;

/** The wait before rendering again, given how long the last rendering took (unknown before the first). */
export function updateDelay(lastRenderMs: number | undefined): number {
  if (lastRenderMs === undefined || !Number.isFinite(lastRenderMs)) return MIN_UPDATE_DELAY_MS;
  const excess = Math.max(0, lastRenderMs - QUICK_RENDER_MS);
  return Math.min(MAX_UPDATE_DELAY_MS, Math.round(MIN_UPDATE_DELAY_MS + 2 * excess));
}
