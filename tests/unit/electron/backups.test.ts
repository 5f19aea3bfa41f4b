import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupFileName } from '../../../shared/backup';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import {
  nodeBackupFolder, pruneFolder, validateBackupRequest, writeBackupFile, type BackupFolderDeps,
} from '../../../electron/main/backups';
import { createHandlers, type HandlerDeps } from '../../../electron/main/ipc';

vi.mock('electron', () => import('./fakeElectron'));

const ROOT = '/home/ann/.config/Storyloom/backups';
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const NOW = Date.parse('2026-11-23T12:00:00.000Z');
const ZIP = new Uint8Array([80, 75, 3, 4, 20, 0]);
const FOLDER = `${ROOT}/Carers pilot (${ID})`;

/** A fake disk: file path -> bytes; folders exist once made. */
function fakeFolder(files: Record<string, Uint8Array> = {}) {
  const disk = new Map(Object.entries(files));
  const dirs = new Set<string>();
  const deps = {
    root: () => ROOT,
    mkdir: vi.fn(async (dir: string) => {
      dirs.add(dir);
    }),
    readdir: vi.fn(async (dir: string) => [...disk.keys()].filter((f) => path.dirname(f) === dir).map((f) => path.basename(f))),
    writeFile: vi.fn(async (file: string, data: Uint8Array) => {
      disk.set(file, data);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      disk.set(to, disk.get(from)!);
      disk.delete(from);
    }),
    unlink: vi.fn(async (file: string) => {
      disk.delete(file);
    }),
    now: () => NOW,
  } satisfies BackupFolderDeps;
  return { deps, disk, dirs };
}

const good = () => ({ projectId: ID, projectName: 'Carers pilot', at: '2026-11-23T11:59:30.123Z', reason: 'before import', bytes: ZIP });

describe('backup:write', () => {
  it('writes the project file into the project\'s folder under the backups folder, through a temporary file', async () => {
    const { deps, disk } = fakeFolder();
    const result = await writeBackupFile(deps, good());
    const file = `${FOLDER}/2026-11-23 11.59.30 UTC before import.qdpx`;
    expect(result).toEqual({ path: file, pruned: [] });
    expect(deps.mkdir).toHaveBeenCalledWith(FOLDER);
    expect(deps.writeFile).toHaveBeenCalledWith(`${file}.partial`, ZIP);
    expect(deps.rename).toHaveBeenCalledWith(`${file}.partial`, file);
    expect([...disk.keys()]).toEqual([file]);
  });

  it.each([
    ['../../../../etc/cron.d/x', 'etc cron.d x'],
    ['..', 'Project'],
    ['C:\\Windows\\System32', 'C Windows System32'],
    ['notes/../../..', 'notes'],
    ['a\u0000b', 'a b'],
  ])('keeps a project named %j inside the backups folder', async (projectName, label) => {
    const { deps, disk } = fakeFolder();
    const { path: written } = await writeBackupFile(deps, { ...good(), projectName });
    expect(written).toBe(`${ROOT}/${label} (${ID})/2026-11-23 11.59.30 UTC before import.qdpx`);
    for (const file of disk.keys()) expect(file.startsWith(`${ROOT}/`)).toBe(true);
  });

  it.each([
    ['no request', undefined, /request/],
    ['a list', [], /request/],
    ['a projectId with a path in it', { ...good(), projectId: `../${ID}` }, /projectId/],
    ['an upper-case projectId', { ...good(), projectId: ID.toUpperCase() }, /projectId/],
    ['an empty projectName', { ...good(), projectName: '  ' }, /projectName/],
    ['an overlong projectName', { ...good(), projectName: 'x'.repeat(201) }, /projectName/],
    ['a numeric projectName', { ...good(), projectName: 7 }, /projectName/],
    ['a time with a path in it', { ...good(), at: '2026-11-23T10:00:00Z/../../x' }, /at/],
    ['a local time', { ...good(), at: '2026-11-23T10:00:00' }, /at/],
    ['an impossible time', { ...good(), at: '2026-13-45T10:00:00Z' }, /at/],
    ['a time last week', { ...good(), at: '2026-11-16T12:00:00.000Z' }, /at must be within a day of now/],
    ['a time next year', { ...good(), at: '2027-11-23T12:00:00.000Z' }, /at must be within a day of now/],
    ['an unknown reason', { ...good(), reason: 'before lunch' }, /reason/],
    ['a reason with a path in it', { ...good(), reason: '../scheduled' }, /reason/],
    ['bytes as a plain array', { ...good(), bytes: [80, 75, 3, 4] }, /bytes/],
    ['bytes that are not a zip', { ...good(), bytes: new TextEncoder().encode('#!/bin/sh') }, /bytes must be a project file/],
    ['empty bytes', { ...good(), bytes: new Uint8Array() }, /bytes/],
  ])('refuses %s, naming the field, and writes nothing', async (_label, request, message) => {
    const { deps, disk } = fakeFolder();
    await expect(writeBackupFile(deps, request)).rejects.toThrow(message);
    await expect(writeBackupFile(deps, request)).rejects.toThrow(/^backup:write: /);
    expect(deps.mkdir).not.toHaveBeenCalled();
    expect(disk.size).toBe(0);
  });

  it('refuses bytes over the size limit without allocating them', () => {
    const bytes = Object.defineProperty(new Uint8Array(ZIP), 'byteLength', { value: MAX_FILE_BYTES + 1 });
    expect(() => validateBackupRequest({ ...good(), bytes }, NOW)).toThrow(/backup:write: bytes must be at most 512 MB/);
  });

  it('drops the files the retention rule no longer keeps, and leaves every other file alone', async () => {
    // 24 backups ten minutes apart this morning, a file of the user's, a half-written backup.
    const files: Record<string, Uint8Array> = {};
    for (let i = 1; i <= 24; i++) files[`${FOLDER}/${backupFileName(new Date(NOW - i * 600_000).toISOString(), 'scheduled')}`] = ZIP;
    files[`${FOLDER}/notes.txt`] = ZIP;
    files[`${FOLDER}/2026-11-23 09.00.00 UTC scheduled.qdpx.partial`] = ZIP;
    const otherProject = `${ROOT}/Other (${OTHER})/${backupFileName('2026-01-01T00:00:00Z', 'scheduled')}`;
    files[otherProject] = ZIP;
    const { deps, disk } = fakeFolder(files);

    const { pruned } = await writeBackupFile(deps, { ...good(), reason: 'scheduled' });
    // 25 now: the newest 20 stay, the 5 oldest (08:00 to 08:40) go.
    expect(pruned).toEqual(['08.40.00', '08.30.00', '08.20.00', '08.10.00', '08.00.00'].map((t) => `2026-11-23 ${t} UTC scheduled.qdpx`));
    for (const name of pruned) expect(disk.has(`${FOLDER}/${name}`)).toBe(false);
    expect(disk.has(`${FOLDER}/notes.txt`)).toBe(true);
    expect(disk.has(`${FOLDER}/2026-11-23 09.00.00 UTC scheduled.qdpx.partial`)).toBe(true);
    expect(disk.has(otherProject)).toBe(true);
    expect([...disk.keys()].filter((f) => f.startsWith(FOLDER) && f.endsWith('.qdpx'))).toHaveLength(20);
    expect(await pruneFolder(deps, FOLDER, ID)).toEqual([]);
  });

  it('keeps the real backups folder under Electron\'s userData', () => {
    expect(nodeBackupFolder().root()).toBe(path.join('/nonexistent/storyloom-user-data', 'backups'));
  });

  it('is answered by the IPC handlers, on the folder they were given', async () => {
    const { deps, disk } = fakeFolder();
    const handlers = createHandlers({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      fs: { stat: vi.fn(), readFile: vi.fn(), writeFile: vi.fn() },
      appInfo: () => ({ name: 'Storyloom', version: '0.1.0', platform: 'linux', electron: '45.4.1' }),
      setMenuItemEnabled: () => true,
      backups: deps,
    } satisfies HandlerDeps);
    await expect(handlers['backup:write'](good())).resolves.toMatchObject({ path: expect.stringMatching(/before import\.qdpx$/) });
    expect(disk.size).toBe(1);
    await expect(handlers['backup:write']({ ...good(), reason: 'x' })).rejects.toThrow(/backup:write: reason/);
  });
});
