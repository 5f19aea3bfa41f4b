/** Backups: the retention rule and the names backups go by (issue 6, item 4). */
export {
  planRetention, backupsToDrop, retentionSentence, DEFAULT_RETENTION,
  type BackupEntry, type RetentionRule, type RetentionPlan, type KeptBecause,
} from './retention';
export {
  BACKUP_REASONS, BACKUP_REASON_LABELS, isBackupReason, actionOf, safeNamePart, backupFolderName, backupFileName,
  parseBackupFileName, backupTimeLabel, restoredProjectName, type BackupReason,
} from './names';
export { isDownloadDue, DOWNLOAD_REMINDER_DAYS } from './reminder';
