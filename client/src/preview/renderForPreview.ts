/**
 * The rendering a preview shows: the document analysed and rendered by the language core, in the
 * extension host (no round trip to the language server, whose analysis is not shaped for HTML).
 * The same `renderHtmlBody` feeds the HTML export, so the preview shows what will be published.
 *
 * `PreviewRenderer` keeps the last analysis and, after an edit, updates it with the core's
 * `updateAnalysis` (which re-reads only the edited item) instead of analysing the whole text
 * again: on a 100 KiB document that is most of the time between a keystroke and the preview.
 */
import { analyzeMinutes, renderHtmlBody, updateAnalysis, type Analysis, type Lang, type TextChange } from '../../../server/src/core/index';

/** One rendering of a document. */
export interface PreviewRendering {
  /** `renderHtmlBody`'s `<article class="minutes">` fragment, with `data-line` on every block. */
  readonly html: string;
  /** The document's own language (by its keywords), for the page's `lang`. */
  readonly lang: Lang;
  /** How long analysis and rendering took, in milliseconds. */
  readonly millis: number;
}

/** Analyses and renders `text`; `knownMembers` are the `minutes.members` setting's names. */
export function renderForPreview(text: string, knownMembers: readonly string[]): PreviewRendering {
  const started = performance.now();
  return finish(analyzeMinutes(text, { knownMembers }), started);
}

function finish(analysis: Analysis, started: number): PreviewRendering {
  const html = renderHtmlBody(analysis);
  return { html, lang: analysis.document.language, millis: performance.now() - started };
}

/** A replaced range as VS Code reports it: offsets in the text before the change. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** Renders one document again and again, updating its analysis after each edit. */
export class PreviewRenderer {
  private analysis: Analysis | undefined;
  private membersKey: string | undefined;
  /** What changed since `analysis`: start (both texts), end in the current text, and the length difference. */
  private pending: { start: number; end: number; delta: number } | 'whole' | undefined = 'whole';

  /**
   * One change event of the document. VS Code gives the changes of one event bottom-up, each in
   * the coordinates of the text before the event; anything else is read as a change of the whole.
   */
  changed(changes: readonly ContentChange[]): void {
    if (this.pending === 'whole' || changes.length === 0) return;
    let start = Infinity;
    let oldEnd = -Infinity;
    let delta = 0;
    let previousOffset = Infinity;
    for (const change of changes) {
      if (change.rangeOffset + change.rangeLength > previousOffset) {
        this.pending = 'whole';
        return;
      }
      previousOffset = change.rangeOffset;
      start = Math.min(start, change.rangeOffset);
      oldEnd = Math.max(oldEnd, change.rangeOffset + change.rangeLength);
      delta += change.text.length - change.rangeLength;
    }
    const noted = this.pending;
    this.pending = noted
      ? { start: Math.min(noted.start, start), end: Math.max(noted.end, oldEnd) + delta, delta: noted.delta + delta }
      : { start, end: oldEnd + delta, delta };
  }

  /** Forgets the analysis: the next rendering analyses the whole text (a reload, a settings change). */
  reset(): void {
    this.pending = 'whole';
    this.analysis = undefined;
  }

  /** Renders `text`, the document's current text, by updating the last analysis when it can. */
  render(text: string, knownMembers: readonly string[]): PreviewRendering {
    const started = performance.now();
    const membersKey = JSON.stringify(knownMembers);
    const pending = this.pending;
    let analysis: Analysis;
    if (this.analysis && pending !== 'whole' && membersKey === this.membersKey) {
      analysis = pending === undefined ? this.analysis : updateAnalysis(this.analysis, text, change(pending));
    } else {
      analysis = analyzeMinutes(text, { knownMembers });
    }
    this.analysis = analysis;
    this.membersKey = membersKey;
    this.pending = undefined;
    return finish(analysis, started);
  }
}

function change(pending: { start: number; end: number; delta: number }): TextChange {
  return { start: pending.start, oldEnd: pending.end - pending.delta, newEnd: pending.end };
}
