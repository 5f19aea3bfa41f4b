import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, type InvokeChannel } from '../../../shared/ipc/contract';
import {
  SOURCE_EXTENSIONS,
  createHandlers,
  isTrustedSender,
  registerIpc,
  type HandlerDeps,
} from '../../../electron/main/ipc';

vi.mock('electron', () => import('./fakeElectron'));

/** A fake disk: path -> contents, with sizes that can be overstated to test the limits. */
function fakeDeps(files: Record<string, Uint8Array> = {}, sizes: Record<string, number> = {}) {
  const written = new Map<string, Uint8Array>();
  const deps = {
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: Object.keys(files) })),
      showSaveDialog: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: false, filePath: '/home/ann/Carers pilot.qdpx' })),
    },
    fs: {
      stat: vi.fn(async (path: string) => ({ size: sizes[path] ?? files[path]?.byteLength ?? 0 })),
      readFile: vi.fn(async (path: string) => files[path] ?? new Uint8Array()),
      writeFile: vi.fn(async (path: string, data: Uint8Array) => {
        written.set(path, data);
      }),
    },
    appInfo: () => ({ name: 'Storyloom', version: '0.1.0', platform: 'linux', electron: '45.4.1' }),
    setMenuItemEnabled: vi.fn(() => true),
  } satisfies HandlerDeps;
  return { deps, handlers: createHandlers(deps), written };
}

const goodSave = () => ({
  suggestedName: 'Carers pilot.qdpx',
  bytes: new Uint8Array([80, 75, 3, 4]),
  filter: { name: 'REFI-QDA project', extensions: ['qdpx'] },
});

describe('file:save', () => {
  it('asks where to save, then writes the bytes there', async () => {
    const { deps, handlers, written } = fakeDeps();
    await expect(handlers['file:save'](goodSave())).resolves.toEqual({ path: '/home/ann/Carers pilot.qdpx' });
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'Carers pilot.qdpx',
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    });
    expect(written.get('/home/ann/Carers pilot.qdpx')).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  it('writes nothing when the user cancels', async () => {
    const { deps, handlers } = fakeDeps();
    deps.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    await expect(handlers['file:save'](goodSave())).resolves.toEqual({ path: null });
    expect(deps.fs.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['no request', undefined, /request/],
    ['a slash in suggestedName', { ...goodSave(), suggestedName: '../../.bashrc' }, /suggestedName/],
    ['a path separator in suggestedName', { ...goodSave(), suggestedName: 'notes/project.qdpx' }, /suggestedName/],
    ['a backslash in suggestedName', { ...goodSave(), suggestedName: 'C:\\Windows\\x.qdpx' }, /suggestedName/],
    ['".." in suggestedName', { ...goodSave(), suggestedName: '..qdpx' }, /suggestedName/],
    ['an empty suggestedName', { ...goodSave(), suggestedName: '' }, /suggestedName/],
    ['an overlong suggestedName', { ...goodSave(), suggestedName: `${'a'.repeat(300)}.qdpx` }, /suggestedName/],
    ['a numeric suggestedName', { ...goodSave(), suggestedName: 42 }, /suggestedName/],
    ['bytes as a plain array', { ...goodSave(), bytes: [80, 75, 3, 4] }, /bytes/],
    ['bytes as a string', { ...goodSave(), bytes: 'PK' }, /bytes/],
    ['oversize bytes', { ...goodSave(), bytes: { byteLength: MAX_FILE_BYTES + 1 } }, /bytes/],
    ['a missing filter', { ...goodSave(), filter: undefined }, /filter/],
    ['a filter without a name', { ...goodSave(), filter: { extensions: ['qdpx'] } }, /filter\.name/],
    ['a dotted extension', { ...goodSave(), filter: { name: 'Project', extensions: ['.qdpx'] } }, /filter\.extensions/],
    ['a wildcard extension', { ...goodSave(), filter: { name: 'Project', extensions: ['*'] } }, /filter\.extensions/],
    ['an overlong extension', { ...goodSave(), filter: { name: 'Project', extensions: ['abcdefghijk'] } }, /filter\.extensions/],
    ['no extensions', { ...goodSave(), filter: { name: 'Project', extensions: [] } }, /filter\.extensions/],
  ])('rejects %s, naming the field', async (_label, request, message) => {
    const { deps, handlers } = fakeDeps();
    await expect(handlers['file:save'](request)).rejects.toThrow(message);
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('rejects bytes just over the limit in a real Uint8Array', async () => {
    const { handlers } = fakeDeps();
    // A real Uint8Array that reports one byte too many, without allocating 512 MB.
    const bytes = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_FILE_BYTES + 1 });
    await expect(handlers['file:save']({ ...goodSave(), bytes })).rejects.toThrow(/file:save: bytes must be at most 512 MB/);
  });
});

describe('project:pick-file', () => {
  it('opens a .qdpx file and returns its name and bytes', async () => {
    const { deps, handlers } = fakeDeps({ '/home/ann/Carers pilot.qdpx': new Uint8Array([1, 2, 3]) });
    await expect(handlers['project:pick-file'](undefined)).resolves.toEqual({ name: 'Carers pilot.qdpx', bytes: new Uint8Array([1, 2, 3]) });
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({
      properties: ['openFile'],
      filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
    }));
  });

  it('returns null when the user cancels', async () => {
    const { deps, handlers } = fakeDeps();
    deps.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handlers['project:pick-file'](undefined)).resolves.toBeNull();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { deps, handlers } = fakeDeps({ '/big.qdpx': new Uint8Array() }, { '/big.qdpx': MAX_FILE_BYTES + 1 });
    await expect(handlers['project:pick-file'](undefined)).rejects.toThrow(/"big.qdpx" is 513 MB, over Storyloom's 512 MB limit/);
    expect(deps.fs.readFile).not.toHaveBeenCalled();
  });

  it('rejects an unexpected request argument', async () => {
    const { handlers } = fakeDeps();
    await expect(handlers['project:pick-file']({ path: '/etc/passwd' })).rejects.toThrow(/project:pick-file: request/);
  });
});

describe('sources:pick-files', () => {
  it('reads every file picked, in order, from a multi-select dialog of source formats', async () => {
    const { deps, handlers } = fakeDeps({ '/t/FG 1.docx': new Uint8Array([1]), '/t/Nar 6.txt': new Uint8Array([2, 3]) });
    await expect(handlers['sources:pick-files'](undefined)).resolves.toEqual([
      { name: 'FG 1.docx', bytes: new Uint8Array([1]) },
      { name: 'Nar 6.txt', bytes: new Uint8Array([2, 3]) },
    ]);
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Transcripts and documents', extensions: SOURCE_EXTENSIONS }],
    }));
    expect(SOURCE_EXTENSIONS).toEqual(['txt', 'docx', 'odt', 'pdf', 'rtf', 'vtt', 'srt', 'csv', 'xlsx']);
  });

  it('returns an empty list when the user cancels', async () => {
    const { deps, handlers } = fakeDeps();
    deps.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handlers['sources:pick-files'](undefined)).resolves.toEqual([]);
  });

  it('refuses the batch when one file is too large, reading none', async () => {
    const { deps, handlers } = fakeDeps({ '/a.txt': new Uint8Array([1]), '/b.pdf': new Uint8Array() }, { '/b.pdf': MAX_FILE_BYTES + 1 });
    await expect(handlers['sources:pick-files'](undefined)).rejects.toThrow(/"b.pdf" is 513 MB/);
    expect(deps.fs.readFile).not.toHaveBeenCalled();
  });

  it('refuses a batch whose total is too large', async () => {
    const half = MAX_FILE_BYTES / 2 + 1;
    const { handlers } = fakeDeps({ '/a.txt': new Uint8Array(), '/b.txt': new Uint8Array() }, { '/a.txt': half, '/b.txt': half });
    await expect(handlers['sources:pick-files'](undefined)).rejects.toThrow(/smaller batches/);
  });
});

describe('app:info and menu:set-enabled', () => {
  it('reports the app info', async () => {
    const { handlers } = fakeDeps();
    await expect(handlers['app:info'](undefined)).resolves.toEqual({ name: 'Storyloom', version: '0.1.0', platform: 'linux', electron: '45.4.1' });
  });

  it('enables a menu item by command', async () => {
    const { deps, handlers } = fakeDeps();
    await handlers['menu:set-enabled']({ command: 'sources:import', isEnabled: true });
    expect(deps.setMenuItemEnabled).toHaveBeenCalledWith('sources:import', true);
  });

  it.each([
    ['an unknown command', { command: 'app:quit', isEnabled: true }, /command/],
    ['a non-boolean isEnabled', { command: 'sources:import', isEnabled: 'yes' }, /isEnabled/],
    ['no request', null, /request/],
  ])('rejects %s, naming the field', async (_label, request, message) => {
    const { deps, handlers } = fakeDeps();
    await expect(handlers['menu:set-enabled'](request)).rejects.toThrow(message);
    expect(deps.setMenuItemEnabled).not.toHaveBeenCalled();
  });

  it('says so when the menu has no such item', async () => {
    const { deps, handlers } = fakeDeps();
    deps.setMenuItemEnabled.mockReturnValueOnce(false);
    await expect(handlers['menu:set-enabled']({ command: 'help:about', isEnabled: false })).rejects.toThrow(/command has no menu item/);
  });
});

describe('sender check', () => {
  const appUrl = 'http://localhost:5173/';
  const event = (id: number, url: string | null) => ({ sender: { id }, senderFrame: url === null ? null : { url } });

  it('accepts only the app window showing the app', () => {
    expect(isTrustedSender(event(7, 'http://localhost:5173/'), 7, appUrl)).toBe(true);
    expect(isTrustedSender(event(8, 'http://localhost:5173/'), 7, appUrl)).toBe(false);
    expect(isTrustedSender(event(7, 'https://example.org/'), 7, appUrl)).toBe(false);
    expect(isTrustedSender(event(7, null), 7, appUrl)).toBe(false);
    expect(isTrustedSender(event(7, 'http://localhost:5173/'), null, appUrl)).toBe(false);
  });

  it('registers one handler per channel and rejects untrusted senders before running it', async () => {
    const { handlers } = fakeDeps();
    const appInfo = vi.spyOn(handlers, 'app:info');
    const handle = vi.fn();
    registerIpc({ handle }, handlers, (e) => e.sender.id === 7);

    const channels = handle.mock.calls.map(([channel]) => channel as InvokeChannel);
    expect(channels.sort()).toEqual(['app:info', 'backup:write', 'file:save', 'menu:set-enabled', 'project:pick-file', 'sources:pick-files']);

    const listener = handle.mock.calls.find(([channel]) => channel === 'app:info')?.[1] as (event: unknown, request?: unknown) => Promise<unknown>;
    await expect(listener({ sender: { id: 8 } })).rejects.toThrow(/app:info: rejected a request from outside the Storyloom window/);
    expect(appInfo).not.toHaveBeenCalled();
    await expect(listener({ sender: { id: 7 } })).resolves.toMatchObject({ name: 'Storyloom' });
  });
});
