/**
 * Rendering: the minutes as they are published. `buildPublishedMinutes` turns an analysis into a
 * neutral structure (header with the date as written, attendance in words, items, actions, decisions,
 * summaries, footer); the HTML and Markdown renderers here, and the Word and PDF exports outside
 * the core, walk that structure.
 */
export { renderHtmlBody, renderHtmlPage } from './html';
export { renderMarkdown } from './markdown';
export { renderLang, type RenderOptions } from './options';
export { buildPublishedMinutes, attendanceInWords, sentence } from './renderModel';
export { renderLabels, type RenderLabels } from './labels';
export { listRuns, type ListNode, type ListRun } from './lists';
export { MINUTES_CSS } from './stylesheet';
export type * from './publishedModel';
