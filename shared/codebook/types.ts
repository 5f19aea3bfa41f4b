/**
 * A codebook read from a file (REFI-QDA .qdc, CSV, QualCoder's plain-text list): codes by their
 * path of names from the root, with what the file says about each. Nothing here is a project's
 * code yet: `planCodebookImport` merges it into a project's tree.
 */

export const CODEBOOK_FORMATS = ['qdc', 'csv', 'qualcoder'] as const;
export type CodebookFormat = (typeof CODEBOOK_FORMATS)[number];

/** One code as the file gives it. */
export interface CodebookEntry {
  /** Names from the root to the code: ["Caring load", "Exhaustion"]. */
  path: string[];
  /** "" when the file gives none. */
  definition: string;
  /** "#rrggbb", or null when the file gives none (or one Storyloom cannot read). */
  color: string | null;
  /** The code's GUID in the file (lower case, no braces), or null. */
  guid: string | null;
  /** Where the file gives it, for messages: "line 4", "row 3". */
  where: string;
}

export interface ParsedCodebook {
  /** The file's name, for messages and the history. */
  fileName: string;
  format: CodebookFormat;
  /** In file order; a parent may be given only as a prefix of its children's paths. */
  entries: CodebookEntry[];
  /** How the file was read, in a sentence: "Columns used: Code (path), Definition, Colour." */
  reading: string;
  /** What in the file could not be used, as sentences. */
  problems: string[];
}

/** Why a file is not a codebook Storyloom can read. The message names the file. */
export class CodebookError extends Error {
  override name = 'CodebookError';

  constructor(readonly fileName: string, message: string) {
    super(message);
  }
}

/** The last path segment of a file name, for messages. */
export function shownName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

/** `"x.csv" is not a codebook Storyloom can read: <why>.` */
export function notACodebook(fileName: string, why: string): CodebookError {
  return new CodebookError(fileName, `"${shownName(fileName)}" is not a codebook Storyloom can read: ${why}.`);
}
