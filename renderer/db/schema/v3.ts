/**
 * Schema version 3: backups (issue 6, item 4). A backup's description (`backups`: when, why, size,
 * the project's name then) is apart from its project file (`backupFiles`: the .qdpx bytes), as
 * sources are from their texts: listing 40 backups must not read 40 project files.
 * Neither table is project data: not in project files, not undoable, not in loadBundle.
 */
export const v3 = {
  backups: '[projectId+id], projectId, [projectId+at]',
  backupFiles: '[projectId+backupId], projectId',
} as const;
