import { db } from '../database';

export const SETTING_KEYS = {
  /** Set once the sample project has been offered on first run, so deleting it is final. */
  sampleSeeded: 'sampleSeeded',
  lastProjectId: 'lastProjectId',
} as const;

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

const RECENT_LIMIT = 8;
const recentKey = (projectId: string) => `recentCodes:${projectId}`;

/** Codes used most recently in a project, newest first (the picker lists them first). */
export async function recentCodes(projectId: string): Promise<string[]> {
  return (await getSetting<string[]>(recentKey(projectId))) ?? [];
}

export async function noteRecentCode(projectId: string, codeId: string): Promise<void> {
  const list = (await recentCodes(projectId)).filter((id) => id !== codeId);
  await setSetting(recentKey(projectId), [codeId, ...list].slice(0, RECENT_LIMIT));
}
