/**
 * The typed IPC contract between the renderer and the desktop main process.
 * Channels are named domain:verb, declared once here with request and response types.
 * The preload exposes one function per channel (see `StoryloomBridge`); the main process
 * validates every request, because the renderer is untrusted.
 */
import type { BackupReason } from '../backup/names';

/** A file the user picked, read in full. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveFileRequest {
  /** Suggested file name, e.g. "Carers pilot.qdpx". No directories. */
  suggestedName: string;
  bytes: Uint8Array;
  /** File-type filter shown in the dialog. */
  filter: { name: string; extensions: string[] };
}

export interface SaveFileResult {
  /** Where the file was written, or null when the user cancelled. */
  path: string | null;
}

/**
 * A backup to write into the backups folder (desktop only). The renderer names no path: the main
 * process builds `<userData>/backups/<project name> (<project id>)/<time> <reason>.qdpx` from
 * these fields, then drops the files the retention rule (shared/backup) no longer keeps.
 */
export interface BackupWriteRequest {
  /** A lower-case GUID. */
  projectId: string;
  /** The project's name; made safe for a folder name by the main process. */
  projectName: string;
  /** When the backup was made: an ISO date-time in UTC ("2026-11-23T10:15:02.000Z"). */
  at: string;
  reason: BackupReason;
  /** The project file (.qdpx, a zip). */
  bytes: Uint8Array;
}

export interface BackupWriteResult {
  /** Where the file was written. */
  path: string;
  /** Names of older backup files the retention rule removed from the project's folder. */
  pruned: string[];
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'project:new',
  'project:open-file',
  'project:save-file',
  'sources:import',
  'edit:undo',
  'edit:redo',
  'help:about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Request/response types per invoke channel (renderer -> main). */
export interface InvokeChannels {
  'project:pick-file': { request: void; response: PickedFile | null };
  'sources:pick-files': { request: void; response: PickedFile[] };
  'file:save': { request: SaveFileRequest; response: SaveFileResult };
  'app:info': { request: void; response: AppInfo };
  'menu:set-enabled': { request: { command: MenuCommand; isEnabled: boolean }; response: void };
  'backup:write': { request: BackupWriteRequest; response: BackupWriteResult };
}

export type InvokeChannel = keyof InvokeChannels;

/** Event channel (main -> renderer). */
export const MENU_EVENT_CHANNEL = 'menu:command';

/** What the preload exposes on `window.storyloom`. */
export interface StoryloomBridge {
  pickProjectFile(): Promise<PickedFile | null>;
  pickSourceFiles(): Promise<PickedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  appInfo(): Promise<AppInfo>;
  setMenuEnabled(command: MenuCommand, isEnabled: boolean): Promise<void>;
  /** Writes a backup into the backups folder and prunes that project's older backup files. */
  writeBackup(request: BackupWriteRequest): Promise<BackupWriteResult>;
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Largest file the main process will read or write for the renderer (bytes). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
