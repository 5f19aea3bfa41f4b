/**
 * What the importers produce: a parsed document (canonical text and its speaker turns) or a
 * parsed table (rows as narratives). Nothing here is stored yet; the import preview shows it,
 * the user adjusts speakers, kind and label, and only then does it become a Source.
 */

/** A turn before participants exist: a range of the canonical text, its speaker as written, its timestamp. */
export interface ParsedTurn {
  /** UTF-16 offset of the first character of the speech (after any label and timestamp). */
  start: number;
  /** UTF-16 offset after the last character of the speech, trailing whitespace excluded. */
  end: number;
  /** The speaker's name as written ("Alice Chen", "Speaker 1", "id1"), or null for unattributed text. */
  speaker: string | null;
  /** As written in the transcript ("00:01:02", "0:03", "0:0:0.210"), or null. */
  timestamp: string | null;
}

/** A detected speaker with how many turns they have, in order of first appearance. */
export interface SpeakerCount {
  name: string;
  turns: number;
}

export const DOCUMENT_FORMATS = ['txt', 'docx', 'odt', 'pdf', 'rtf', 'vtt', 'srt'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface ParsedDocument {
  kind: 'document';
  /** The file's format; a spreadsheet row's document carries its table's format. */
  format: DocumentFormat | TableFormat;
  /** Canonical text: no BOM, "\n" line endings, the words exactly as written. */
  text: string;
  turns: ParsedTurn[];
  speakers: SpeakerCount[];
  /** Things the user should know before importing ("read as Windows-1252", "page numbers left out"). */
  warnings: string[];
}

/** A spreadsheet whose rows may be narratives: the header row's names and every data row as text cells. */
export interface ParsedTable {
  kind: 'table';
  format: TableFormat;
  /** Column names from the first row; blanks become "Column 3", repeats get " (2)". */
  columns: string[];
  /** Data rows, each exactly `columns.length` cells long ("" for a missing cell). */
  rows: string[][];
  warnings: string[];
}

export type ParsedFile = ParsedDocument | ParsedTable;

/** One positioned run of text on a PDF page, in PDF user space (origin at the bottom left). */
export interface PdfTextItem {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline of the run. */
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  height: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  /** The page's text runs in content-stream order. */
  items: PdfTextItem[];
}

/**
 * Format readers that need more than pure code. `pdfPages` must reject with an error whose
 * `name` is "PasswordException" for an encrypted PDF; any other rejection means a damaged file.
 */
export interface BinaryExtractors {
  pdfPages(bytes: Uint8Array): Promise<PdfPageText[]>;
}

export interface ImportOptions {
  /** Largest file accepted, in bytes (default `DEFAULT_MAX_IMPORT_BYTES`). */
  maxBytes?: number;
  /** Replaces the built-in readers (e.g. a renderer's pdf.js running in a real Web Worker). */
  extractors?: Partial<BinaryExtractors>;
  /** False switches speaker detection off: one unattributed turn per paragraph. */
  detectSpeakers?: boolean;
}

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;
