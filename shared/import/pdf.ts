/**
 * PDF: text runs from an extractor (pdf.js, see extractors/pdfjs.ts), laid out as paragraphs
 * (pdfLayout.ts), then speaker detection. A PDF without a text layer is a scan and is refused
 * with that reason rather than imported empty.
 */
import { documentFromText, type DocumentOptions } from './document';
import { FormatError } from './errors';
import { pdfPagesToText } from './pdfLayout';
import type { BinaryExtractors, ParsedDocument, PdfPageText } from './types';

/** True when the bytes carry a PDF header (`%PDF-`) in the first kilobyte, where readers look for it. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function extract(bytes: Uint8Array, extractor: BinaryExtractors['pdfPages']): Promise<PdfPageText[]> {
  try {
    return await extractor(bytes);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new FormatError('encrypted', 'the PDF is password-protected; remove the password and import it again');
    const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
    throw new FormatError('damaged', `a damaged PDF${detail}`);
  }
}

/** A PDF as a document with speaker detection, its paragraphs one per line. */
export async function parsePdf(bytes: Uint8Array, extractor: BinaryExtractors['pdfPages'], options: DocumentOptions = {}): Promise<ParsedDocument> {
  const pages = await extract(bytes, extractor);
  if (pages.length === 0) throw new FormatError('empty', 'the PDF has no pages');
  const layout = pdfPagesToText(pages);
  if (layout.runCount === 0 || layout.text.trim() === '') throw new FormatError('no-text', 'no text layer (a scanned image?)');
  return documentFromText(layout.text, 'pdf', {
    paragraphMode: 'line',
    ...options,
    warnings: [...layout.warnings, ...(options.warnings ?? [])],
  });
}
