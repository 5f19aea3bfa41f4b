/**
 * The desktop's backups folder (issue 6, item 4): `<userData>/backups/<project name> (<project id>)/
 * <time> <reason>.qdpx`. The renderer sends a project id, name, time, reason and the bytes; this
 * file validates them, builds every name itself, writes only inside the backups folder (through a
 * temporary file and a rename, so a crash never leaves half a backup under a backup's name), then
 * removes the project's backup files the retention rule no longer keeps. Files it did not name are
 * never touched.
 */
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app } from 'electron';
import { backupFileName, backupFolderName, isBackupReason, parseBackupFileName, planRetention, type BackupEntry } from '../../shared/backup';
import { MAX_FILE_BYTES, type BackupWriteRequest, type BackupWriteResult } from '../../shared/ipc/contract';
import { isGuid } from '../../shared/model/ids';

const CHANNEL = 'backup:write';
export const MAX_PROJECT_NAME_LENGTH = 200;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/**
 * A backup is written as soon as it is made, so its time is close to now: refusing times further
 * away stops a misbehaving renderer from spreading files over past days and weeks that the
 * retention rule would then keep.
 */
export const MAX_CLOCK_DISTANCE_MS = 24 * 3_600_000;
/** Every zip, and so every .qdpx, starts with a local file header: "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What writing backups needs from the OS, injected so tests use a fake disk. */
export interface BackupFolderDeps {
  /** The backups folder: `<userData>/backups`. */
  root(): string;
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  now(): number;
}

/** The real disk, under Electron's userData folder. */
export function nodeBackupFolder(): BackupFolderDeps {
  return {
    root: () => path.join(app.getPath('userData'), 'backups'),
    // Backups hold research data: readable by this user only (where the file system has modes).
    mkdir: async (dir) => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
    },
    readdir: (dir) => readdir(dir),
    writeFile: (file, data) => writeFile(file, data, { mode: 0o600 }),
    rename: (from, to) => rename(from, to),
    unlink: (file) => unlink(file),
    now: () => Date.now(),
  };
}

function fail(field: string, problem: string): never {
  throw new Error(`${CHANNEL}: ${field} ${problem}`);
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

export function validateBackupRequest(request: unknown, now: number): BackupWriteRequest {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) fail('request', 'must be an object');
  const { projectId, projectName, at, reason, bytes } = request as Record<string, unknown>;
  if (typeof projectId !== 'string' || !isGuid(projectId)) fail('projectId', 'must be a lower-case GUID');
  if (typeof projectName !== 'string' || projectName.trim() === '' || projectName.length > MAX_PROJECT_NAME_LENGTH) {
    fail('projectName', `must be a string of 1 to ${MAX_PROJECT_NAME_LENGTH} characters`);
  }
  if (typeof at !== 'string' || !ISO_UTC.test(at) || Number.isNaN(Date.parse(at))) fail('at', 'must be an ISO date-time in UTC');
  if (Math.abs(Date.parse(at) - now) > MAX_CLOCK_DISTANCE_MS) fail('at', 'must be within a day of now');
  if (!isBackupReason(reason)) fail('reason', 'must be a known backup reason');
  if (!(bytes instanceof Uint8Array)) fail('bytes', 'must be a Uint8Array');
  if (bytes.byteLength > MAX_FILE_BYTES) fail('bytes', `must be at most ${megabytes(MAX_FILE_BYTES)}`);
  if (bytes.byteLength < ZIP_MAGIC.length || ZIP_MAGIC.some((b, i) => bytes[i] !== b)) fail('bytes', 'must be a project file (a zip)');
  return { projectId, projectName, at, reason, bytes };
}

/** A name this file built must be one plain name: checked again before it touches the disk. */
function plainName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a path
  if (name === '' || /[/\\\u0000-\u001f]/.test(name) || name.includes('..') || name === '.') {
    throw new Error(`${CHANNEL}: refused the name "${name}"`);
  }
  return name;
}

/** `child` resolved, if it lies strictly inside `parent`; throws otherwise. */
function inside(parent: string, ...names: string[]): string {
  const base = path.resolve(parent);
  const full = path.resolve(base, ...names.map(plainName));
  if (!full.startsWith(base + path.sep)) throw new Error(`${CHANNEL}: refused a path outside the backups folder`);
  return full;
}

/** Writes one backup and prunes its project's folder. */
export async function writeBackupFile(deps: BackupFolderDeps, request: unknown): Promise<BackupWriteResult> {
  const { projectId, projectName, at, reason, bytes } = validateBackupRequest(request, deps.now());
  const root = deps.root();
  const folder = inside(root, backupFolderName(projectName, projectId));
  const fileName = backupFileName(at, reason);
  const target = inside(folder, fileName);
  const partial = inside(folder, `${fileName}.partial`);
  await deps.mkdir(folder);
  await deps.writeFile(partial, bytes);
  await deps.rename(partial, target);
  return { path: target, pruned: await pruneFolder(deps, folder, projectId) };
}

/** Removes the backup files of one project's folder that the retention rule drops; returns their names. */
export async function pruneFolder(deps: BackupFolderDeps, folder: string, projectId: string): Promise<string[]> {
  const entries: BackupEntry[] = [];
  for (const name of await deps.readdir(folder)) {
    const parsed = parseBackupFileName(name);
    if (parsed) entries.push({ id: name, projectId, at: parsed.at, reason: parsed.reason, size: 0 });
  }
  const { drop } = planRetention(entries, deps.now());
  for (const entry of drop) await deps.unlink(inside(folder, entry.id));
  return drop.map((entry) => entry.id);
}
