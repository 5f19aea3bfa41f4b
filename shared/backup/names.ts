/**
 * Why a backup was made, and the names backups go by: the desktop's folder and file names (built
 * in the main process from validated fields, never taken from the renderer) and the name of a
 * project restored from a backup.
 */

export const BACKUP_REASONS = [
  'by hand', 'scheduled', 'before import', 'before merge', 'before redaction', 'before withdrawal',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export function isBackupReason(value: unknown): value is BackupReason {
  return typeof value === 'string' && (BACKUP_REASONS as readonly string[]).includes(value);
}

/** What the screen says a backup was made for. */
export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  'by hand': 'Backed up by hand',
  scheduled: 'Scheduled',
  'before import': 'Before an import',
  'before merge': 'Before a merge',
  'before redaction': 'Before a redaction',
  'before withdrawal': 'Before a withdrawal',
};

/** The action a "before …" backup protects, for messages ("import"); null for the others. */
export function actionOf(reason: BackupReason): string | null {
  return reason.startsWith('before ') ? reason.slice('before '.length) : null;
}

/** Characters Windows, macOS or Linux refuse in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_FOLDER_LABEL = 60;

/**
 * A project name made safe as part of a folder name: no separators, control characters or "..",
 * no leading or trailing dots or spaces (Windows drops trailing ones), at most 60 characters.
 */
export function safeNamePart(name: string): string {
  const safe = name.replace(UNSAFE, ' ').replace(/\.{2,}/g, '.').replace(/\s+/g, ' ').trim()
    .replace(/^[.\s]+/, '').slice(0, MAX_FOLDER_LABEL).replace(/[.\s]+$/, '');
  return safe || 'Project';
}

/** "<project name> (<project id>)": the id keeps two projects of one name apart. */
export function backupFolderName(projectName: string, projectId: string): string {
  return `${safeNamePart(projectName)} (${projectId})`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-23 10.15.02 UTC before import.qdpx": sorts by time, and reads back exactly. */
export function backupFileName(at: string, reason: BackupReason): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date-time: ${at}`);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const clock = `${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}.${pad(d.getUTCSeconds())}`;
  return `${date} ${clock} UTC ${reason}.qdpx`;
}

const FILE_NAME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2}) UTC ([a-z ]+)\.qdpx$/;

/** The time (to the second) and reason of a backup file's name; null for any other file. */
export function parseBackupFileName(name: string): { at: string; reason: BackupReason } | null {
  const m = FILE_NAME.exec(name);
  if (!m || !isBackupReason(m[7])) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Refuse impossible dates (31 February) rather than let Date roll them over.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 59) return null;
  return { at: date.toISOString(), reason: m[7] };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "23 Nov 2026 10:15", in local time. */
export function backupTimeLabel(at: Date): string {
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Project names are at most this long (as renderer/db/repositories/projects.ts checks). */
const MAX_PROJECT_NAME = 120;

/** "Carers pilot (restored from 23 Nov 2026 10:15)", shortening the name to stay within 120 characters. */
export function restoredProjectName(name: string, at: Date): string {
  const suffix = ` (restored from ${backupTimeLabel(at)})`;
  const base = name.trim().slice(0, MAX_PROJECT_NAME - suffix.length).trim() || 'Project';
  return `${base}${suffix}`;
}
