import { basename } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_FILE_BYTES,
  isMenuCommand,
  type AppInfo,
  type InvokeChannel,
  type InvokeChannels,
  type MenuCommand,
  type PickedFile,
  type SaveFileRequest,
} from '../../shared/ipc/contract';
import { nodeBackupFolder, writeBackupFile, type BackupFolderDeps } from './backups';
import { isAppUrl } from './window';

export const PROJECT_EXTENSIONS = ['qdpx'];
export const SOURCE_EXTENSIONS = ['txt', 'docx', 'odt', 'pdf', 'rtf', 'vtt', 'srt', 'csv', 'xlsx'];
export const MAX_NAME_LENGTH = 200;
const EXTENSION_PATTERN = /^[a-z0-9]{1,10}$/i;
const MAX_FILTER_EXTENSIONS = 20;

/** What the handlers need from the OS, injected so tests can use fakes. */
export interface HandlerDeps {
  dialog: {
    showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  };
  fs: {
    stat(path: string): Promise<{ size: number }>;
    readFile(path: string): Promise<Uint8Array>;
    writeFile(path: string, data: Uint8Array): Promise<void>;
  };
  appInfo(): AppInfo;
  /** Enables or disables the menu item whose id is `id`; false when there is no such item. */
  setMenuItemEnabled(id: MenuCommand, isEnabled: boolean): boolean;
  /** The backups folder; the real one under userData when not given. */
  backups?: BackupFolderDeps;
}

/** One handler per invoke channel. Requests are `unknown`: the renderer is untrusted. */
export type Handlers = { [C in InvokeChannel]: (request: unknown) => Promise<InvokeChannels[C]['response']> };

function fail(channel: InvokeChannel, field: string, problem: string): never {
  throw new Error(`${channel}: ${field} ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectNoRequest(channel: InvokeChannel, request: unknown): void {
  if (request !== undefined) fail(channel, 'request', 'must be empty');
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

export function validateSaveRequest(request: unknown): SaveFileRequest {
  const channel = 'file:save';
  if (!isRecord(request)) fail(channel, 'request', 'must be an object');
  const { suggestedName, bytes, filter } = request;
  if (typeof suggestedName !== 'string' || suggestedName.trim() === '') fail(channel, 'suggestedName', 'must be a non-empty string');
  if (suggestedName.length > MAX_NAME_LENGTH) fail(channel, 'suggestedName', `must be at most ${MAX_NAME_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f]/.test(suggestedName) || suggestedName.includes('..')) {
    fail(channel, 'suggestedName', 'must be a plain file name (no path separators, control characters or "..")');
  }
  if (!(bytes instanceof Uint8Array)) fail(channel, 'bytes', 'must be a Uint8Array');
  if (bytes.byteLength > MAX_FILE_BYTES) fail(channel, 'bytes', `must be at most ${megabytes(MAX_FILE_BYTES)}`);
  if (!isRecord(filter)) fail(channel, 'filter', 'must be an object');
  const { name, extensions } = filter;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
    fail(channel, 'filter.name', `must be a string of 1 to ${MAX_NAME_LENGTH} characters`);
  }
  if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_FILTER_EXTENSIONS) {
    fail(channel, 'filter.extensions', `must be a list of 1 to ${MAX_FILTER_EXTENSIONS} extensions`);
  }
  for (const extension of extensions as unknown[]) {
    if (typeof extension !== 'string' || !EXTENSION_PATTERN.test(extension)) {
      fail(channel, 'filter.extensions', 'must hold only letters and digits, 1 to 10 of them, without a dot');
    }
  }
  return { suggestedName, bytes, filter: { name, extensions: [...(extensions as string[])] } };
}

export function validateMenuRequest(request: unknown): { command: MenuCommand; isEnabled: boolean } {
  const channel = 'menu:set-enabled';
  if (!isRecord(request)) fail(channel, 'request', 'must be an object');
  if (!isMenuCommand(request.command)) fail(channel, 'command', 'must be a known menu command');
  if (typeof request.isEnabled !== 'boolean') fail(channel, 'isEnabled', 'must be true or false');
  return { command: request.command, isEnabled: request.isEnabled };
}

export function createHandlers({ dialog, fs, appInfo, setMenuItemEnabled, backups = nodeBackupFolder() }: HandlerDeps): Handlers {
  const tooLarge = (path: string, size: number) =>
    new Error(`"${basename(path)}" is ${megabytes(size)}, over Storyloom's ${megabytes(MAX_FILE_BYTES)} limit for one file.`);

  async function readPicked(path: string): Promise<PickedFile> {
    const { size } = await fs.stat(path);
    if (size > MAX_FILE_BYTES) throw tooLarge(path, size);
    const data = await fs.readFile(path);
    if (data.byteLength > MAX_FILE_BYTES) throw tooLarge(path, data.byteLength); // It grew meanwhile.
    return { name: basename(path), bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  }

  return {
    async 'project:pick-file'(request) {
      expectNoRequest('project:pick-file', request);
      const result = await dialog.showOpenDialog({
        title: 'Open project file',
        properties: ['openFile'],
        filters: [{ name: 'REFI-QDA project', extensions: PROJECT_EXTENSIONS }],
      });
      const path = result.filePaths[0];
      return result.canceled || path === undefined ? null : readPicked(path);
    },

    async 'sources:pick-files'(request) {
      expectNoRequest('sources:pick-files', request);
      const result = await dialog.showOpenDialog({
        title: 'Import sources',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Transcripts and documents', extensions: SOURCE_EXTENSIONS }],
      });
      if (result.canceled) return [];
      // Check every size before reading any, so one oversize file costs no memory.
      const sizes = await Promise.all(result.filePaths.map(async (path) => ({ path, size: (await fs.stat(path)).size })));
      const oversize = sizes.find((file) => file.size > MAX_FILE_BYTES);
      if (oversize) throw tooLarge(oversize.path, oversize.size);
      const total = sizes.reduce((sum, file) => sum + file.size, 0);
      if (total > MAX_FILE_BYTES) {
        throw new Error(`The selected files come to ${megabytes(total)}, over the ${megabytes(MAX_FILE_BYTES)} limit for one import. Import them in smaller batches.`);
      }
      const files: PickedFile[] = [];
      for (const path of result.filePaths) files.push(await readPicked(path));
      return files;
    },

    async 'file:save'(request) {
      const { suggestedName, bytes, filter } = validateSaveRequest(request);
      const result = await dialog.showSaveDialog({ defaultPath: suggestedName, filters: [filter] });
      if (result.canceled || !result.filePath) return { path: null };
      await fs.writeFile(result.filePath, bytes);
      return { path: result.filePath };
    },

    async 'app:info'(request) {
      expectNoRequest('app:info', request);
      return appInfo();
    },

    async 'menu:set-enabled'(request) {
      const { command, isEnabled } = validateMenuRequest(request);
      if (!setMenuItemEnabled(command, isEnabled)) fail('menu:set-enabled', 'command', `has no menu item ("${command}")`);
    },

    async 'backup:write'(request) {
      return writeBackupFile(backups, request);
    },
  };
}

export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

/** Accepts only the app's own window showing the app's own page. */
export function isTrustedSender(event: SenderLike, windowContentsId: number | null, appUrl: string): boolean {
  return windowContentsId !== null
    && event.sender.id === windowContentsId
    && event.senderFrame !== null
    && isAppUrl(event.senderFrame.url, appUrl);
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrusted(event)) throw new Error(`${channel}: rejected a request from outside the Storyloom window`);
      return handlers[channel](request);
    });
  }
}
