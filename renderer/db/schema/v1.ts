/**
 * Schema version 1. Every table but `projects` and `settings` is keyed by [projectId+id]:
 * one database holds every project, and a project opened twice from the same file keeps its
 * GUIDs in both copies (merges match by GUID). Never edit a released version: add a new file.
 */
export const v1 = {
  projects: 'id, name, updatedAt',
  settings: 'key',
  coders: '[projectId+id], projectId',
  sources: '[projectId+id], projectId, [projectId+order]',
  sourceTexts: '[projectId+sourceId], projectId',
  participants: '[projectId+id], projectId, [projectId+label]',
  attributes: '[projectId+id], projectId',
  codes: '[projectId+id], projectId, [projectId+parentId]',
  codings: '[projectId+id], projectId, [projectId+sourceId], [projectId+codeId]',
  memos: '[projectId+id], projectId',
  quotes: '[projectId+id], projectId, [projectId+codingId]',
  reviews: '[projectId+id], projectId, [projectId+targetId]',
  history: '[projectId+id], projectId, [projectId+at]',
} as const;
