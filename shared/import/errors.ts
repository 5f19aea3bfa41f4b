/**
 * Why a file could not be imported. The message is for people and names the file ("notes.txt
 * is empty", "scan.pdf: no text layer (a scanned image?)"), so the preview, the batch result
 * list and the command line can print it as it is. `problem` is for code and tests.
 */
import { displayName } from '../qdpx/errors';

export const IMPORT_PROBLEMS = [
  'empty', // no bytes, or nothing but whitespace
  'too-large', // over the size limit; refused before decoding
  'binary', // not text and not a format Storyloom reads
  'not-format', // the extension or the zip says one format, the inside says otherwise
  'damaged', // a truncated zip, a broken PDF, XML that does not parse
  'refused', // hostile-looking (zip bomb, DOCTYPE)
  'encrypted', // a password-protected PDF
  'no-text', // a PDF with no text layer
  'no-text-column', // a spreadsheet with no column of free text
] as const;
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number];

export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    readonly fileName: string,
    readonly problem: ImportProblem,
    message: string,
  ) {
    super(message);
  }
}

/** `name: reason` — the usual shape ("interview.docx: not a Word document (...)"). */
export function importError(fileName: string, problem: ImportProblem, reason: string): ImportError {
  return new ImportError(fileName, problem, `${displayName(fileName)}: ${reason}`);
}

/** `name is empty`. */
export function emptyFile(fileName: string, detail = ''): ImportError {
  return new ImportError(fileName, 'empty', `${displayName(fileName)} is empty${detail ? ` (${detail})` : ''}`);
}

/**
 * A problem found by code that does not know the file's name (a parser deep inside a zip);
 * parseFile turns it into an ImportError.
 */
export class FormatError extends Error {
  override name = 'FormatError';

  constructor(
    readonly problem: ImportProblem,
    /** The reason without the file name, e.g. "not a Word document (the zip has no word/document.xml)". */
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Adds the file name to a FormatError; passes ImportErrors through; anything else is a damaged file. */
export function asImportError(error: unknown, fileName: string, what: string): ImportError {
  if (error instanceof ImportError) return error;
  if (error instanceof FormatError) {
    return error.problem === 'empty' ? emptyFile(fileName, error.reason) : importError(fileName, error.problem, error.reason);
  }
  const detail = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : '';
  return importError(fileName, 'damaged', `a damaged ${what}${detail}`);
}
