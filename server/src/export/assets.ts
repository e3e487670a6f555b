/**
 * What an export may need besides the document. Everything has a default that ships inside the
 * bundle, so callers pass nothing unless they want another font.
 */
export interface ExportAssets {
  /**
   * TrueType fonts for the PDF (default: Roboto, shipped with pdfmake, which has Å, Ä, Ö, é, en
   * and em dashes and curly quotes). `bold` is used for headings and labels.
   */
  readonly pdfFont?: {
    readonly normal: Uint8Array;
    readonly bold: Uint8Array;
    readonly italics: Uint8Array;
    readonly bolditalics: Uint8Array;
  };
}
