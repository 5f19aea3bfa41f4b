/**
 * The browser's prompt to download a backup: backups in the browser live in the browser's own
 * storage, which a cleared profile or a broken disk takes with the project.
 */
export const DOWNLOAD_REMINDER_DAYS = 7;
const DAY = 86_400_000;

/** True when the project has backups and none was downloaded in the last 7 days (or ever). */
export function isDownloadDue(lastDownloadAt: string | null, now: Date | number, hasBackups: boolean): boolean {
  if (!hasBackups) return false;
  if (lastDownloadAt === null) return true;
  const last = Date.parse(lastDownloadAt);
  const at = typeof now === 'number' ? now : now.getTime();
  return Number.isNaN(last) || at - last > DOWNLOAD_REMINDER_DAYS * DAY;
}
