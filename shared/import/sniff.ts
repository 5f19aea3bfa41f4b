/**
 * Which format a file is, from its bytes first and its name second: a `.txt` that is really a
 * Word document is read as Word, a file with no extension still imports. Zip-based formats are
 * told apart by their parts (word/document.xml, content.xml with an ODF text mimetype,
 * xl/workbook.xml), which needs the archive open, so that step is async.
 */
import type { SafeZip } from '../qdpx/zipSafety';
import { looksLikeZip } from '../qdpx/zipSafety';
import { looksLikePdf } from './pdf';
import { looksLikeRtf } from './rtf';

export type ZipFormat = 'docx' | 'odt' | 'xlsx';
/** What the leading bytes say; a 'zip' needs sniffZip to say which office format it is. */
export type ByteFormat = 'zip' | 'pdf' | 'rtf' | 'ole' | 'image' | 'text';

/** A file's extension, lower case, without the dot ("" when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** The format the leading bytes announce. Anything without a known signature is 'text' (to be decoded, or refused as binary). */
export function sniffBytes(bytes: Uint8Array): ByteFormat {
  if (looksLikeZip(bytes)) return 'zip';
  if (looksLikePdf(bytes)) return 'pdf';
  if (looksLikeRtf(bytes)) return 'rtf';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'image';
  return 'text';
}

/** Which office format a zip holds, or 'zip' when it is none of them. Reads only the small mimetype entry. */
export async function sniffZip(zip: SafeZip): Promise<ZipFormat | 'zip'> {
  if (zip.find('word/document.xml')) return 'docx';
  if (zip.find('xl/workbook.xml')) return 'xlsx';
  const mimetype = zip.find('mimetype');
  if (zip.find('content.xml') && mimetype) {
    const type = new TextDecoder().decode(await zip.read(mimetype)).trim();
    if (type === 'application/vnd.oasis.opendocument.text') return 'odt';
  }
  return 'zip';
}

const FORMAT_NAMES: Record<string, string> = {
  docx: 'a Word document', odt: 'an OpenDocument text', xlsx: 'an Excel workbook', pdf: 'a PDF', rtf: 'an RTF document',
  vtt: 'a WebVTT file', srt: 'a SubRip subtitle file', csv: 'a CSV file', tsv: 'a tab-separated file', txt: 'a text file',
};

/** "a Word document" for "docx"; null for extensions Storyloom does not name. */
export function formatName(extension: string): string | null {
  return FORMAT_NAMES[extension] ?? null;
}

/** Why a zip that is no office document cannot be imported, worded for the extension it came with. */
export function zipMismatchReason(extension: string): string {
  if (extension === 'docx') return 'not a Word document (the zip has no word/document.xml)';
  if (extension === 'odt') return 'not an OpenDocument text (the zip has no content.xml of a text document)';
  if (extension === 'xlsx') return 'not an Excel workbook (the zip has no xl/workbook.xml)';
  return 'a zip archive, but not a Word, OpenDocument text or Excel file (unpack it and import the files inside)';
}
