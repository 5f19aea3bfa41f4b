/**
 * Why a project file could not be read. The message is for people: it names the file and says
 * what is wrong in plain English, so the app and the command line can show it as it is.
 * `reason` is for code (tests, the CLI's exit status, the import dialog's choice of help text).
 */

export const PROJECT_FILE_PROBLEMS = [
  'empty', // no bytes at all
  'not-zip', // not a zip archive, or a damaged one
  'refused', // unsafe: path traversal, zip bomb, DOCTYPE, too large
  'not-project', // a zip, but no project.qde or no REFI-QDA <Project> root
  'bad-xml', // project.qde is not well-formed XML
  'bad-content', // well-formed, but a value is invalid (a guid, a position, storyloom/project.json)
  'missing-text', // a source's text file is not in the archive, or is not UTF-8
  'too-new', // written by a newer Storyloom
] as const;
export type ProjectFileProblem = (typeof PROJECT_FILE_PROBLEMS)[number];

export class ProjectFileError extends Error {
  override name = 'ProjectFileError';

  constructor(
    readonly fileName: string,
    readonly problem: ProjectFileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The name shown in messages: the last path segment of whatever the caller passed. */
export function displayName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] || fileName;
}

/** `"x.qdpx" is not a project file: <why>.` */
export function notProjectFile(fileName: string, problem: ProjectFileProblem, why: string): ProjectFileError {
  return new ProjectFileError(fileName, problem, `"${displayName(fileName)}" is not a project file: ${why}.`);
}

/** `"x.qdpx" was refused: <why>.` (for files that look hostile rather than broken). */
export function refusedFile(fileName: string, why: string): ProjectFileError {
  return new ProjectFileError(fileName, 'refused', `"${displayName(fileName)}" was refused: ${why}.`);
}

/** `"x.qdpx": <detail>` where detail is a full sentence about the inside of the file. */
export function damagedFile(fileName: string, problem: ProjectFileProblem, detail: string): ProjectFileError {
  return new ProjectFileError(fileName, problem, `"${displayName(fileName)}": ${detail}`);
}

/**
 * A problem found while reading a part of the file (project.qde, storyloom/project.json) by code
 * that does not know the file's name; readQdpx turns it into a ProjectFileError.
 */
export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    readonly problem: ProjectFileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Human-sized byte counts for messages: "512 MB", "3.2 GB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 10 || unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit] ?? 'bytes'}`;
}

/** A bundle that cannot be written as a valid project file (an id that is not a GUID). */
export class ProjectWriteError extends Error {
  override name = 'ProjectWriteError';
}
