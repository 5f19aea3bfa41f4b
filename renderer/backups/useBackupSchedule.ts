/**
 * Scheduled backups: while a project is open, a backup every 10 minutes if anything changed
 * (backupNow skips it otherwise). Mounted once, in the project frame. A failure is reported
 * through `report`, never swallowed; the next tick tries again.
 */
import { useEffect } from 'react';
import type { ProjectId } from '../../shared/model';
import { backupNow, pruneOrphanBackups } from '../db/repositories/backups';

export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

let isSwept = false;

export function useBackupSchedule(
  projectId: ProjectId,
  report?: (kind: 'error', text: string) => void,
  intervalMs: number = BACKUP_INTERVAL_MS,
): void {
  useEffect(() => {
    if (!isSwept) {
      isSwept = true;
      // Backups of projects deleted while a deletion was cut short (see backups.ts).
      pruneOrphanBackups().catch(() => {
        isSwept = false;
      });
    }
    let isRunning = false;
    const timer = window.setInterval(() => {
      if (isRunning) return;
      isRunning = true;
      backupNow(projectId, 'scheduled')
        .catch((error: unknown) => report?.('error', error instanceof Error ? error.message : String(error)))
        .finally(() => {
          isRunning = false;
        });
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [projectId, report, intervalMs]);
}
