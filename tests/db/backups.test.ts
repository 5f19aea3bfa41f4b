/** Backups (issue 6, item 4): stored as project files, thinned, skipped when unchanged, made before risky actions, restored as new projects. */
import { describe, expect, it, vi } from 'vitest';
import { contentHash } from '../../shared/import';
import type { ImportPlan } from '../../shared/import/toProject';
import type { ProjectBundle, ProjectId } from '../../shared/model';
import { readQdpx } from '../../shared/qdpx/readQdpx';
import { db } from '../../renderer/db/database';
import {
  applyRetention, backupBytes, backupDownloadName, backupNow, deleteBackups, lastBackupDownload, listBackups,
  noteBackupDownloaded, pruneOrphanBackups, restoreBackup, type Backup,
} from '../../renderer/db/repositories/backups';
import { addProjectFromBundle, loadBundle } from '../../renderer/db/repositories/bundles';
import { createCode } from '../../renderer/db/repositories/codes';
import { importDocuments } from '../../renderer/db/repositories/imports';
import { storeMerge } from '../../renderer/db/repositories/merge';
import { createProject, deleteProject, projectContents, renameProject } from '../../renderer/db/repositories/projects';
import { applyRedaction, replaceAllJob } from '../../renderer/db/repositories/redaction';
import { getSetting } from '../../renderer/db/repositories/settings';
import { withdrawParticipant } from '../../renderer/db/repositories/withdrawal';
import { undo } from '../../renderer/db/undo';
import { byId } from '../support/sample';
import { secondCoderCopy } from '../unit/merge/secondCoder';
import { withSample } from './support';

const backupsTable = () => db().table<Backup, [string, string]>('backups');
const filesTable = () => db().table('backupFiles');
const HOUR = 3_600_000;

async function onePlan(label: string): Promise<ImportPlan> {
  const text = 'Ann: We waited a long time.\nBen: So did we.';
  return {
    documents: [{
      fileName: `${label}.txt`, title: label, label, kind: 'narrative', date: null, text,
      contentHash: await contentHash(text), turns: [], speakers: {},
    }],
    participants: [],
  };
}

/** A project as its content: without the project id (every record carries it), its name and change time, and the history event a copy adds. */
function content(bundle: ProjectBundle, dropRestoreEvent = false) {
  const strip = <T extends object>(rows: T[]) => rows.map((r) => ({ ...r, projectId: undefined }));
  const sorted = byId(bundle);
  const history = dropRestoreEvent ? sorted.history.filter((e) => !e.summary.startsWith('Restored from the backup')) : sorted.history;
  return {
    project: { ...bundle.project, id: undefined, name: undefined, updatedAt: undefined },
    coders: strip(sorted.coders), participants: strip(sorted.participants), attributes: strip(sorted.attributes),
    codes: strip(sorted.codes), codings: strip(sorted.codings), memos: strip(sorted.memos), quotes: strip(sorted.quotes),
    reviews: strip(sorted.reviews), history: strip(history),
    sources: sorted.sources.map((s) => ({ source: { ...s.source, projectId: undefined }, text: { ...s.text, projectId: undefined } })),
  };
}

describe('backupNow', () => {
  it('stores the whole project as a project file that reads back as the project', async () => {
    const { projectId } = await withSample();
    const outcome = await backupNow(projectId, 'by hand');
    expect(outcome.isNew).toBe(true);
    const [listed, ...more] = await listBackups(projectId);
    expect(more).toEqual([]);
    expect(listed).toEqual(outcome.backup);
    expect(listed).toMatchObject({ projectId, reason: 'by hand', projectName: 'Carers integration pilot (sample)', filePath: null });
    const bytes = await backupBytes(projectId, listed!.id);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(listed!.size).toBe(bytes.byteLength);
    expect(byId(await readQdpx(bytes, 'backup.qdpx'))).toEqual(byId(await loadBundle(projectId)));
  });

  it('is not project data: not in the bundle, not in history, not in the delete counts, and never undone', async () => {
    const { projectId } = await withSample();
    const bundle = await loadBundle(projectId);
    const counts = await projectContents(projectId);
    await backupNow(projectId, 'by hand');
    expect(await loadBundle(projectId)).toEqual(bundle);
    expect(await projectContents(projectId)).toEqual(counts);
    expect(db().projectTables().map((t) => t.name)).not.toContain('backups');
  });

  it('skips a backup when nothing changed since the newest, and makes one after any change, undo included', async () => {
    const { projectId } = await withSample();
    const first = await backupNow(projectId, 'scheduled');
    const again = await backupNow(projectId, 'before import');
    expect(again).toEqual({ backup: first.backup, isNew: false, pruned: 0 });

    await createCode(projectId, { name: 'Waiting lists' });
    const afterCode = await backupNow(projectId, 'scheduled');
    expect(afterCode.isNew).toBe(true);
    expect((await backupNow(projectId, 'scheduled')).isNew).toBe(false);

    await undo(projectId);
    expect((await backupNow(projectId, 'scheduled')).isNew).toBe(true);
    await renameProject(projectId, 'Pilot, renamed');
    const renamed = await backupNow(projectId, 'scheduled');
    expect(renamed.backup.projectName).toBe('Pilot, renamed');
    expect((await listBackups(projectId)).map((b) => b.id)).toEqual([renamed.backup.id, expect.any(String), afterCode.backup.id, first.backup.id]);
  });

  it('makes one backup at a time: two asked for together give one', async () => {
    const { projectId } = await withSample();
    const [a, b] = await Promise.all([backupNow(projectId, 'scheduled'), backupNow(projectId, 'before merge')]);
    expect([a.isNew, b.isNew]).toEqual([true, false]);
    expect(await listBackups(projectId)).toHaveLength(1);
  });

  it('applies the retention rule to the app\'s backups, project files included', async () => {
    const { projectId } = await withSample();
    const now = Date.parse('2026-11-23T12:00:00.000Z');
    // 22 older backups of this morning, every 10 minutes, and one from last year.
    const old = Array.from({ length: 22 }, (_, i): Backup => ({
      id: `old-${String(i).padStart(2, '0')}`, projectId, at: new Date(now - (i + 1) * HOUR / 6).toISOString(), reason: 'scheduled',
      projectName: 'x', size: 4, changedAt: '2000-01-01T00:00:00.000Z', filePath: null,
    }));
    old.push({ ...old[0]!, id: 'last-year', at: '2025-11-01T10:00:00.000Z' });
    await backupsTable().bulkAdd(old.map((b, i) => ({ ...b, changedAt: `2000-01-01T00:00:${String(i).padStart(2, '0')}.000Z` })));
    await filesTable().bulkAdd(old.map((b) => ({ projectId, backupId: b.id, bytes: new Uint8Array(4) })));

    const outcome = await backupNow(projectId, 'scheduled', { now: () => now });
    // 23 backups today: the newest 20 stay; last year's and this morning's three oldest go.
    expect(outcome.pruned).toBe(4);
    const kept = await listBackups(projectId);
    expect(kept.map((b) => b.id)).toEqual([outcome.backup.id, ...old.slice(0, 19).map((b) => b.id)]);
    expect(await filesTable().where('projectId').equals(projectId).count()).toBe(20);
    expect(await applyRetention(projectId, now)).toBe(0);
  });

  it('writes the desktop copy through the platform and remembers where', async () => {
    const { projectId } = await withSample();
    const writeFile = vi.fn(async () => ({ path: '/home/ann/backups/x.qdpx', pruned: [] }));
    const { backup } = await backupNow(projectId, 'before merge', { writeFile });
    expect(writeFile).toHaveBeenCalledWith({
      projectId, projectName: 'Carers integration pilot (sample)', at: backup.at, reason: 'before merge', bytes: await backupBytes(projectId, backup.id),
    });
    expect((await listBackups(projectId))[0]!.filePath).toBe('/home/ann/backups/x.qdpx');
  });

  it('fails with a message that says the action was not done, keeping the app\'s copy when only the folder failed', async () => {
    const { projectId } = await withSample();
    const writeFile = vi.fn(async () => {
      throw new Error('The disk is full.');
    });
    await expect(backupNow(projectId, 'before redaction', { writeFile })).rejects.toThrow(
      'Storyloom could not back up the project before this redaction, so the redaction was not done: writing it to the backups folder failed (a copy is kept in the app): The disk is full.');
    expect(await listBackups(projectId)).toHaveLength(1);
    await createCode(projectId, { name: 'Another' });
    await expect(backupNow(projectId, 'scheduled', { writeFile })).rejects.toThrow(/^Storyloom could not back up the project: writing/);
  });

  it('remembers when a backup was last downloaded, per project', async () => {
    const { projectId } = await withSample();
    expect(await lastBackupDownload(projectId)).toBeNull();
    await noteBackupDownloaded(projectId, new Date('2026-11-23T10:00:00.000Z'));
    expect(await lastBackupDownload(projectId)).toBe('2026-11-23T10:00:00.000Z');
    const { backup } = await backupNow(projectId, 'by hand');
    expect(backupDownloadName(backup)).toMatch(/^Carers integration pilot \(sample\) - backup \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2}\.qdpx$/);
  });
});

describe('the actions that back up first', () => {
  it('importDocuments backs up the project as it was before the import', async () => {
    const { projectId } = await withSample();
    await importDocuments(projectId, await onePlan('Nar. 9'));
    const [backup] = await listBackups(projectId);
    expect(backup!.reason).toBe('before import');
    const before = await readQdpx(await backupBytes(projectId, backup!.id), 'b.qdpx');
    expect(before.sources.map((s) => s.source.label)).not.toContain('Nar. 9');
    expect((await loadBundle(projectId)).sources.map((s) => s.source.label)).toContain('Nar. 9');
  });

  it('does not import when the backup fails, and says so', async () => {
    const { projectId } = await withSample();
    const sources = (await loadBundle(projectId)).sources.length;
    vi.spyOn(backupsTable(), 'add').mockImplementation(() => {
      throw new Error('The disk is full.');
    });
    await expect(importDocuments(projectId, await onePlan('Nar. 9'))).rejects.toThrow(
      'Storyloom could not back up the project before this import, so the import was not done: The disk is full.');
    vi.restoreAllMocks();
    expect((await loadBundle(projectId)).sources).toHaveLength(sources);
    expect(await listBackups(projectId)).toEqual([]);
  });

  it('a merge, a redaction and a withdrawal each back up first', async () => {
    const { projectId, sample } = await withSample();
    const copy = await secondCoderCopy(sample);
    await storeMerge(projectId, 'second-coder.qdpx', copy.bundle);
    await applyRedaction(projectId, await replaceAllJob(projectId, {
      find: 'kitchen', substitute: '[room]', kind: 'place', isWholeWord: true, isCaseSensitive: false, sourceIds: null,
    }));
    const p8 = sample.participants.find((p) => p.label === 'P8')!;
    await withdrawParticipant(projectId, p8.id);
    expect((await listBackups(projectId)).map((b) => b.reason)).toEqual(['before withdrawal', 'before redaction', 'before merge']);
  });
});

describe('restoreBackup', () => {
  it('opens the backup as a new project equal to the project then, and leaves the current one alone', async () => {
    const { projectId } = await withSample();
    const then = await loadBundle(projectId);
    const { backup } = await backupNow(projectId, 'by hand');
    await createCode(projectId, { name: 'Added after the backup' });
    const now = await loadBundle(projectId);

    const restored = await restoreBackup(projectId, backup.id);
    expect(restored.projectId).not.toBe(projectId);
    expect(restored.name).toMatch(/^Carers integration pilot \(sample\) \(restored from \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}\)$/);
    const copy = await loadBundle(restored.projectId);
    expect(copy.project.name).toBe(restored.name);
    expect(copy.codes.map((c) => c.name)).not.toContain('Added after the backup');
    expect(content(copy, true)).toEqual(content(then));
    expect(copy.history).toHaveLength(then.history.length + 1);
    expect(copy.history.find((e) => e.action === 'project:open-file' && e.summary.startsWith('Restored'))!.summary).toMatch(/^Restored from the backup of "Carers integration pilot \(sample\)" made .* \(backed up by hand\)\.$/);
    expect(await loadBundle(projectId)).toEqual(now);
    // Restoring twice gives two projects, never one over the other.
    const twice = await restoreBackup(projectId, backup.id);
    expect(twice.projectId).not.toBe(restored.projectId);
    expect(twice.name).toBe(`${restored.name} (2)`);
  });

  it('says so when the backup is gone', async () => {
    const { projectId } = await withSample();
    const { backup } = await backupNow(projectId, 'by hand');
    await deleteBackups(projectId, [backup.id]);
    await expect(restoreBackup(projectId, backup.id)).rejects.toThrow('That backup no longer exists.');
    expect(await filesTable().count()).toBe(0);
  });
});

describe('deleting a project', () => {
  it('deletes its backups and its download note, and no other project\'s', async () => {
    const { projectId, sample } = await withSample();
    await backupNow(projectId, 'by hand');
    await noteBackupDownloaded(projectId);
    const other = await createProject('Other');
    await backupNow(other, 'by hand');

    await deleteProject(projectId);
    await vi.waitFor(async () => expect(await backupsTable().where('projectId').equals(projectId).count()).toBe(0));
    await vi.waitFor(async () => expect(await filesTable().where('projectId').equals(projectId).count()).toBe(0));
    expect(await getSetting(`backupDownloadedAt:${projectId}`)).toBeUndefined();
    expect(await listBackups(other)).toHaveLength(1);
    // A copy opened again later starts with no backups.
    const again = await addProjectFromBundle(sample, 'again');
    expect(await listBackups(again)).toEqual([]);
  });

  it('leaves no orphans: backups of a project that is gone are swept up', async () => {
    const { projectId } = await withSample();
    await backupNow(projectId, 'by hand');
    const gone = 'ffffffff-ffff-4fff-8fff-ffffffffffff' as ProjectId;
    await backupsTable().add({ ...(await listBackups(projectId))[0]!, projectId: gone });
    await filesTable().add({ projectId: gone, backupId: 'x', bytes: new Uint8Array(1) });
    expect(await pruneOrphanBackups()).toBe(1);
    expect(await backupsTable().where('projectId').equals(gone).count()).toBe(0);
    expect(await filesTable().where('projectId').equals(gone).count()).toBe(0);
    expect(await listBackups(projectId)).toHaveLength(1);
  });
});
