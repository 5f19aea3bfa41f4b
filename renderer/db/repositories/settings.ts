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
