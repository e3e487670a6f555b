import pdfMake from 'pdfmake';
import robotoFiles from 'pdfmake/build/vfs_fonts.js';
import type { ExportAssets } from './assets';

/**
 * pdfmake reads fonts by file name. In Node it would look on disk, next to its own sources — which
 * do not exist inside an esbuild bundle — so the fonts go into pdfmake's virtual file system
 * instead. The default is Roboto as pdfmake ships it in `build/vfs_fonts.js` (base64 inside a
 * JavaScript file, so esbuild bundles it like any module): it has Å, Ä, Ö, é, en and em dashes and
 * curly quotes.
 */
export const PDF_FONT = 'MinutesSans';

/** pdfmake's virtual file system; its type declarations only describe the browser build's API. */
interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

const FILES = {
  normal: 'minutes-normal.ttf',
  bold: 'minutes-bold.ttf',
  italics: 'minutes-italics.ttf',
  bolditalics: 'minutes-bolditalics.ttf',
} as const;

const ROBOTO = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** Puts the font files into pdfmake's virtual file system and tells pdfmake about the family. */
export function installPdfFonts(assets: ExportAssets = {}): typeof pdfMake {
  const vfs = (pdfMake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
  const files = robotoFiles as unknown as Record<string, string>;
  for (const style of Object.keys(FILES) as (keyof typeof FILES)[]) {
    const given = assets.pdfFont?.[style];
    const bytes = given ? Buffer.from(given.buffer, given.byteOffset, given.byteLength) : Buffer.from(files[ROBOTO[style]] ?? '', 'base64');
    vfs.writeFileSync(FILES[style], bytes);
  }
  pdfMake.setFonts({ [PDF_FONT]: { ...FILES } });
  // The document definition is built from text only: nothing may be fetched or read from disk.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy(() => false);
  return pdfMake;
}
