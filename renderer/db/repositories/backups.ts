/**
 * Backups of a project (issue 6, item 4): the whole project as a project file (.qdpx), stored in
 * IndexedDB in both variants and, on the desktop, also written to the backups folder through the
 * platform. Made every 10 minutes while a project is open (renderer/backups/useBackupSchedule.ts),
 * by hand, and before every import, merge, redaction and withdrawal; thinned by the retention rule
 * in shared/backup. A backup is restored as a new project, never over the one it came from.
 *
 * Backups are not project data: they are not in project files (loadBundle never reads them), not
 * in the undo machinery (written directly, no history event) and not in the delete-confirmation
 * counts. Deleting a project deletes its backups (see `deleteBackupsWithProject` below).
 */
import Dexie, { type DBCore, type DBCoreTable, type Middleware, type Table } from 'dexie';
import {
  actionOf, BACKUP_REASON_LABELS, backupTimeLabel, planRetention, restoredProjectName, type BackupReason,
} from '../../../shared/backup';
import { newGuid, type ProjectId } from '../../../shared/model';
import { readQdpx } from '../../../shared/qdpx/readQdpx';
import { writeQdpx } from '../../../shared/qdpx/writeQdpx';
import { safeFileName } from '../../../shared/util/fileName';
import { platform, type Platform } from '../../platform';
import { db } from '../database';
import { addProjectFromBundle, loadBundle } from './bundles';
import { getSetting, setSetting } from './settings';

/** What the screen lists: everything but the project file itself. */
export interface Backup {
  id: string;
  projectId: ProjectId;
  /** When it was made (ISO, UTC). */
  at: string;
  reason: BackupReason;
  /** The project's name then. */
  projectName: string;
  /** Size of the project file in bytes. */
  size: number;
  /** The project's newest change it holds: the later of `updatedAt` and the newest history event. */
  changedAt: string;
  /** Desktop: where the backups folder copy was written; null in the browser. */
  filePath: string | null;
}

/** The project file of a backup, apart so listing backups reads no project files. */
interface BackupFile {
  projectId: ProjectId;
  backupId: string;
  bytes: Uint8Array;
}

export interface BackupOutcome {
  backup: Backup;
  /** False when nothing had changed since the newest backup, which is returned instead. */
  isNew: boolean;
  /** How many older backups the retention rule removed from the app. */
  pruned: number;
}

export interface BackupOptions {
  /** Writes the backups folder copy; the platform's (desktop only) when not given. */
  writeFile?: Platform['writeBackupFile'];
  now?: () => number;
}

const backupsOf = (store: Dexie = db()): Table<Backup, [string, string]> => store.table('backups');
const filesOf = (store: Dexie = db()): Table<BackupFile, [string, string]> => store.table('backupFiles');
const key = (projectId: string, id: string): [string, string] => [projectId, id];
const laterOf = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Backups of one project, newest first. */
export async function listBackups(projectId: ProjectId): Promise<Backup[]> {
  return backupsOf().where('[projectId+at]').between([projectId, ''], [projectId, '\uffff']).reverse().toArray();
}

async function newestBackup(projectId: ProjectId): Promise<Backup | undefined> {
  return backupsOf().where('[projectId+at]').between([projectId, ''], [projectId, '\uffff']).last();
}

/** The project's newest change: the later of its `updatedAt` (undo and redo move it) and its newest history event. */
async function changedAt(projectId: ProjectId): Promise<string> {
  const store = db();
  const project = await store.projects.get(projectId);
  if (!project) throw new Error('That project no longer exists.');
  const newest = await store.history.where('[projectId+at]').between([projectId, ''], [projectId, '\uffff']).last();
  return laterOf(project.updatedAt, newest?.at);
}

/** One backup at a time per project: a scheduled one and one before an import never race. */
const queues = new Map<string, Promise<unknown>>();
function oneAtATime<T>(projectId: string, job: () => Promise<T>): Promise<T> {
  const next = (queues.get(projectId) ?? Promise.resolve()).catch(() => undefined).then(job);
  queues.set(projectId, next);
  const done = () => {
    if (queues.get(projectId) === next) queues.delete(projectId);
  };
  next.then(done, done);
  return next;
}

async function makeBackup(projectId: ProjectId, reason: BackupReason, options: BackupOptions): Promise<BackupOutcome> {
  const now = options.now ?? Date.now;
  const last = await newestBackup(projectId);
  if (last && last.changedAt === await changedAt(projectId)) return { backup: last, isNew: false, pruned: 0 };

  const bundle = await loadBundle(projectId);
  const bytes = await writeQdpx(bundle);
  const backup: Backup = {
    id: newGuid(), projectId, at: new Date(now()).toISOString(), reason, projectName: bundle.project.name,
    size: bytes.byteLength, changedAt: bundle.history.reduce((a, e) => laterOf(a, e.at), bundle.project.updatedAt), filePath: null,
  };
  const store = db();
  await store.transaction('rw', [backupsOf(store), filesOf(store)], async () => {
    await backupsOf(store).add(backup);
    await filesOf(store).add({ projectId, backupId: backup.id, bytes });
  });
  const pruned = await applyRetention(projectId, now());

  const writeFile = options.writeFile ?? platform.writeBackupFile;
  if (writeFile) {
    try {
      const written = await writeFile({ projectId, projectName: backup.projectName, at: backup.at, reason, bytes });
      backup.filePath = written.path;
      await backupsOf().update(key(projectId, backup.id), { filePath: written.path });
    } catch (error) {
      throw new Error(`writing it to the backups folder failed (a copy is kept in the app): ${errorText(error)}`, { cause: error });
    }
  }
  return { backup, isNew: true, pruned };
}

/**
 * Backs the project up now, unless nothing changed since its newest backup. Then applies the
 * retention rule. Throws a message fit to show: for a "before …" backup it says the action was
 * not done, and the caller must not go on (call it first, outside the action's transaction).
 */
export async function backupNow(projectId: ProjectId, reason: BackupReason, options: BackupOptions = {}): Promise<BackupOutcome> {
  try {
    return await oneAtATime(projectId, () => makeBackup(projectId, reason, options));
  } catch (error) {
    const action = actionOf(reason);
    const message = action
      ? `Storyloom could not back up the project before this ${action}, so the ${action} was not done: ${errorText(error)}`
      : `Storyloom could not back up the project: ${errorText(error)}`;
    throw new Error(message, { cause: error });
  }
}

/** Removes the backups the retention rule drops at `now`; returns how many. */
export async function applyRetention(projectId: ProjectId, now: number = Date.now()): Promise<number> {
  const store = db();
  return store.transaction('rw', [backupsOf(store), filesOf(store)], async () => {
    const { drop } = planRetention(await backupsOf(store).where('projectId').equals(projectId).toArray(), now);
    const keys = drop.map((b) => key(projectId, b.id));
    await backupsOf(store).bulkDelete(keys);
    await filesOf(store).bulkDelete(keys);
    return drop.length;
  });
}

export async function getBackup(projectId: ProjectId, backupId: string): Promise<Backup> {
  const backup = await backupsOf().get(key(projectId, backupId));
  if (!backup) throw new Error('That backup no longer exists.');
  return backup;
}

/** The backup's project file. */
export async function backupBytes(projectId: ProjectId, backupId: string): Promise<Uint8Array> {
  const file = await filesOf().get(key(projectId, backupId));
  if (!file) throw new Error('That backup no longer exists.');
  return file.bytes;
}

/** "Carers pilot - backup 23 Nov 2026 10.15.qdpx" (local time). */
export function backupDownloadName(backup: Backup): string {
  return safeFileName(`${backup.projectName} - backup ${backupTimeLabel(new Date(backup.at)).replace(':', '.')}`, 'qdpx');
}

/**
 * Opens a backup as a NEW project named "… (restored from 23 Nov 2026 10:15)"; the project it
 * came from is never touched. The copy keeps the records' GUIDs (as any second copy of a project
 * file does) under a new project id.
 */
export async function restoreBackup(projectId: ProjectId, backupId: string): Promise<{ projectId: ProjectId; name: string }> {
  const backup = await getBackup(projectId, backupId);
  const when = backupTimeLabel(new Date(backup.at));
  const bundle = await readQdpx(await backupBytes(projectId, backupId), `backup of ${when}.qdpx`);
  const name = restoredProjectName(bundle.project.name, new Date(backup.at));
  const summary = `Restored from the backup of "${bundle.project.name}" made ${when} (${BACKUP_REASON_LABELS[backup.reason].toLowerCase()}).`;
  const restoredId = await addProjectFromBundle({ ...bundle, project: { ...bundle.project, name } }, summary);
  const restored = await db().projects.get(restoredId);
  return { projectId: restoredId, name: restored?.name ?? name };
}

/** Deletes backups from the app (the desktop's backups folder keeps its copies until the rule drops them). */
export async function deleteBackups(projectId: ProjectId, backupIds: readonly string[]): Promise<void> {
  const store = db();
  const keys = backupIds.map((id) => key(projectId, id));
  await store.transaction('rw', [backupsOf(store), filesOf(store)], async () => {
    await backupsOf(store).bulkDelete(keys);
    await filesOf(store).bulkDelete(keys);
  });
}

const downloadKey = (projectId: string) => `backupDownloadedAt:${projectId}`;

/** When a backup of this project was last downloaded (browser), or null. */
export async function lastBackupDownload(projectId: ProjectId): Promise<string | null> {
  return (await getSetting<string>(downloadKey(projectId))) ?? null;
}

export async function noteBackupDownloaded(projectId: ProjectId, at: Date = new Date()): Promise<void> {
  await setSetting(downloadKey(projectId), at.toISOString());
}

/** Deletes every backup (and the download note) of the given projects. */
async function deleteAllOf(store: Dexie, projectIds: readonly string[]): Promise<void> {
  if (!store.tables.some((t) => t.name === 'backups')) return; // An older schema (upgrade tests).
  await store.transaction('rw', [backupsOf(store), filesOf(store), store.table('settings')], async () => {
    for (const projectId of projectIds) {
      await backupsOf(store).where('projectId').equals(projectId).delete();
      await filesOf(store).where('projectId').equals(projectId).delete();
      await store.table('settings').delete(downloadKey(projectId));
    }
  });
}

/** Deletes backups whose project no longer exists (left by a crash between the two deletions below). */
export async function pruneOrphanBackups(): Promise<number> {
  const store = db();
  const owners = new Set([
    ...(await backupsOf(store).orderBy('projectId').uniqueKeys()), ...(await filesOf(store).orderBy('projectId').uniqueKeys()),
  ].map(String));
  const projects = new Set((await store.projects.toCollection().primaryKeys()).map(String));
  const orphans = [...owners].filter((id) => !projects.has(id));
  if (orphans.length > 0) await deleteAllOf(store, orphans);
  return orphans.length;
}

/**
 * Deleting a project deletes its backups. deleteProject (projects.ts) deletes the tables of
 * `projectTables()`, which does not list the backup tables; so every database gets this DBCore
 * middleware, which deletes a project's backups once the transaction deleting the project has
 * committed (and only if it commits). `pruneOrphanBackups` catches any left by a crash in between.
 */
function deleteBackupsWithProject(store: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'storyloom:delete-backups-with-project',
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'projects') return table;
        return {
          ...table,
          async mutate(req) {
            const result = await table.mutate(req);
            if (req.type === 'delete' && req.keys.length > 0) {
              const ids = req.keys.map(String);
              (req.trans as unknown as IDBTransaction).addEventListener('complete', () => {
                deleteAllOf(store, ids).catch((error: unknown) => console.error('Could not delete the backups of a deleted project:', error));
              });
            }
            return result;
          },
        };
      },
    }),
  };
}

Dexie.addons.push((store) => {
  store.use(deleteBackupsWithProject(store));
});
