/**
 * The typed IPC contract between the renderer and the desktop main process.
 * Channels are named domain:verb, declared once here with request and response types.
 * The preload exposes one function per channel (see `StoryloomBridge`); the main process
 * validates every request, because the renderer is untrusted.
 */

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
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Largest file the main process will read or write for the renderer (bytes). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
