/**
 * One file's bytes to a parsed document or table: the entry point the import preview and the
 * command line call per file. The format comes from the content (zip parts, `%PDF`, `{\rtf`,
 * `WEBVTT`, SRT timings) and only then from the extension, so a renamed or extension-less file
 * still imports, with a warning when its name said otherwise. Every failure is an ImportError
 * naming the file and the reason; one bad file never stops a batch.
 */
import { formatBytes } from '../qdpx/errors';
import { parseCsvText } from './csv';
import { decodeText, looksBinary } from './decode';
import { documentFromText } from './document';
import { parseDocx } from './docx';
import { asImportError, emptyFile, FormatError, importError, type ImportProblem } from './errors';
import { pdfjsPages } from './extractors/pdfjs';
import { openOfficeZip } from './officeZip';
import { parseOdt } from './odt';
import { parsePdf } from './pdf';
import { rtfToText } from './rtf';
import { extensionOf, formatName, sniffBytes, sniffZip, zipMismatchReason } from './sniff';
import { looksLikeSrt, parseSrt } from './srt';
import { DEFAULT_MAX_IMPORT_BYTES, type ImportOptions, type ParsedFile, type ParsedTable } from './types';
import { parseVtt } from './vtt';
import { parseXlsx } from './xlsx';

/** OLE compound files: Office 97-2003 documents, and (named .docx or .xlsx) password-protected new ones. */
const OLE_REASONS: Record<string, [ImportProblem, string]> = {
  doc: ['not-format', 'a Word 97-2003 document (.doc), which Storyloom cannot read; save it as .docx in Word and import that'],
  xls: ['not-format', 'an Excel 97-2003 workbook (.xls), which Storyloom cannot read; save it as .xlsx and import that'],
  docx: ['encrypted', 'the document is password-protected; remove the password in Word and import it again'],
  xlsx: ['encrypted', 'the workbook is password-protected; remove the password in Excel and import it again'],
};
const OLD_OFFICE: [ImportProblem, string] = ['not-format', 'an old Microsoft Office file (the 97-2003 format), which Storyloom cannot read; save it as .docx or .xlsx and import that'];

/** Refuses files over the limit (before anything is decoded) and empty files. */
function checkSize(bytes: Uint8Array, fileName: string, options: ImportOptions): void {
  const limit = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (bytes.length > limit) {
    const size = formatBytes(bytes.length);
    const over = size === formatBytes(limit) ? '' : `${size}, `;
    throw importError(fileName, 'too-large', `too large to import (${over}more than the ${formatBytes(limit)} limit)`);
  }
  if (bytes.length === 0) throw emptyFile(fileName);
}

async function parseZip(bytes: Uint8Array, extension: string, options: ImportOptions): Promise<ParsedFile> {
  const zip = await openOfficeZip(bytes);
  const format = await sniffZip(zip);
  const detectSpeakers = options.detectSpeakers ?? true;
  if (format === 'docx') return parseDocx(zip, { detectSpeakers });
  if (format === 'odt') return parseOdt(zip, { detectSpeakers });
  if (format === 'xlsx') return parseXlsx(zip);
  throw new FormatError('not-format', zipMismatchReason(extension));
}

function parseText(bytes: Uint8Array, extension: string, options: ImportOptions): ParsedFile {
  if (['docx', 'odt', 'xlsx', 'pdf'].includes(extension) && looksBinary(bytes)) {
    throw new FormatError('not-format', `not ${formatName(extension) ?? 'a readable file'} (its content is neither that format nor text)`);
  }
  const decoded = decodeText(bytes);
  const detectSpeakers = options.detectSpeakers ?? true;
  if (decoded.text.trim() === '') throw new FormatError('empty', 'it holds only blank space');
  const withWarnings = <T extends ParsedFile>(parsed: T): T => ({ ...parsed, warnings: [...decoded.warnings, ...parsed.warnings] });
  if (/^WEBVTT(?:[ \t\n]|$)/.test(decoded.text)) return withWarnings(parseVtt(decoded.text, detectSpeakers));
  if (looksLikeSrt(decoded.text)) return withWarnings(parseSrt(decoded.text, detectSpeakers));
  if (extension === 'csv' || extension === 'tsv') return parseCsvText(decoded.text, decoded.warnings);
  return documentFromText(decoded.text, 'txt', { detectSpeakers, warnings: decoded.warnings });
}

async function parseByContent(bytes: Uint8Array, extension: string, options: ImportOptions): Promise<ParsedFile> {
  const sniffed = sniffBytes(bytes);
  switch (sniffed) {
    case 'zip': return parseZip(bytes, extension, options);
    case 'pdf': return parsePdf(bytes, options.extractors?.pdfPages ?? pdfjsPages, { detectSpeakers: options.detectSpeakers ?? true });
    case 'rtf': {
      const { text, warnings } = rtfToText(bytes);
      return documentFromText(text, 'rtf', { paragraphMode: 'line', detectSpeakers: options.detectSpeakers ?? true, warnings });
    }
    case 'ole': throw new FormatError(...(OLE_REASONS[extension] ?? OLD_OFFICE));
    case 'image': throw new FormatError('binary', 'not a text file (it is an image; Storyloom imports text, not pictures or scans)');
    case 'text': return parseText(bytes, extension, options);
  }
}

/** A note when the name's extension announced a different format from the one found inside. */
function mismatchWarning(parsed: ParsedFile, extension: string): string | null {
  const named = formatName(extension);
  if (named === null || extension === parsed.format || (extension === 'tsv' && parsed.format === 'csv')) return null;
  return `The file is named .${extension} but is ${formatName(parsed.format) ?? parsed.format}; it was read as such.`;
}

/**
 * Parses one file. `fileName` (a path is fine) is used for the extension and in messages.
 * Throws ImportError; never returns a half-read file.
 */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ParsedFile> {
  checkSize(bytes, fileName, options);
  const extension = extensionOf(fileName);
  let parsed: ParsedFile;
  try {
    parsed = await parseByContent(bytes, extension, options);
  } catch (error) {
    throw asImportError(error, fileName, (formatName(extension) ?? 'a file').replace(/^an? /, ''));
  }
  const warning = mismatchWarning(parsed, extension);
  return warning === null ? parsed : { ...parsed, warnings: [warning, ...parsed.warnings] };
}

/**
 * A spreadsheet of rows (issue 3 item 1): .xlsx by content, anything textual as delimited
 * text whatever its extension. Throws ImportError.
 */
export async function parseTable(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ParsedTable> {
  checkSize(bytes, fileName, options);
  try {
    if (sniffBytes(bytes) === 'zip') {
      const zip = await openOfficeZip(bytes);
      if ((await sniffZip(zip)) !== 'xlsx') throw new FormatError('not-format', zipMismatchReason('xlsx'));
      return await parseXlsx(zip);
    }
    const decoded = decodeText(bytes);
    if (decoded.text.trim() === '') throw new FormatError('empty', 'it holds only blank space');
    return parseCsvText(decoded.text, decoded.warnings);
  } catch (error) {
    throw asImportError(error, fileName, 'spreadsheet');
  }
}
