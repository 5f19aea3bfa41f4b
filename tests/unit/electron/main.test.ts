import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU_EVENT_CHANNEL } from '../../../shared/ipc/contract';
import { BrowserWindow, FakeWebContents, Menu, app, fakeNavigationEvent, ipcMain, session } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const DEV_URL = 'http://localhost:5173/';
type Handler = (event: unknown, request?: unknown) => Promise<unknown>;

function handlerFor(channel: string): Handler {
  const call = ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler for ${channel}`);
  return call[1] as Handler;
}

let window: BrowserWindow;
let resolveDevUrl: (value: string | undefined, isPackaged: boolean) => string | null;

beforeAll(async () => {
  vi.stubEnv('STORYLOOM_DEV_URL', DEV_URL);
  ({ resolveDevUrl } = await import('../../../electron/main/main'));
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  window = BrowserWindow.instances[0] as BrowserWindow;
  vi.unstubAllEnvs();
});

describe('main process start-up', () => {
  it('takes the single-instance lock, sandboxes every renderer and never starts a crash reporter', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('opens one locked-down window on the dev server', () => {
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith(DEV_URL);
  });

  it('focuses the existing window when a second instance starts', () => {
    window.isMinimized.mockReturnValueOnce(true);
    app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('sets the dev Content-Security-Policy on responses', () => {
    const listener = session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (d: unknown, cb: (r: unknown) => void) => void;
    const callback = vi.fn();
    listener({ responseHeaders: {} }, callback);
    const [policy] = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders['Content-Security-Policy'] ?? [];
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
    expect(policy).toContain("connect-src 'self' ws://localhost:*");
  });

  it('denies permission requests by default', () => {
    const handler = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as
      (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const granted = (permission: string) => {
      let result: boolean | undefined;
      handler(window.webContents, permission, (value) => { result = value; });
      return result;
    };
    expect(granted('media')).toBe(false);
    expect(granted('geolocation')).toBe(false);
    expect(granted('clipboard-sanitized-write')).toBe(true);
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (contents: unknown, permission: string) => boolean;
    expect(check(window.webContents, 'notifications')).toBe(false);
    expect(check(null, 'persistent-storage')).toBe(false);
  });

  it('blocks navigation and window.open in every web contents', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const away = fakeNavigationEvent('https://example.org/');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const within = fakeNavigationEvent(`${DEV_URL}#/codes`);
    contents.emit('will-navigate', within);
    expect(within.preventDefault).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('answers IPC only from its own window', async () => {
    const appInfo = handlerFor('app:info');
    const fromWindow = { sender: { id: window.webContents.id }, senderFrame: { url: DEV_URL } };
    await expect(appInfo(fromWindow)).resolves.toEqual({
      name: 'Storyloom', version: '0.1.0', platform: process.platform, electron: process.versions.electron,
    });
    const stranger = new FakeWebContents();
    await expect(appInfo({ sender: { id: stranger.id }, senderFrame: { url: DEV_URL } })).rejects.toThrow(/outside the Storyloom window/);
    await expect(appInfo({ sender: { id: window.webContents.id }, senderFrame: { url: 'https://example.org/' } })).rejects.toThrow(/outside/);
  });

  it('wires menu:set-enabled to the application menu, and menu clicks to the window', async () => {
    const menu = Menu.setApplicationMenu.mock.calls[0]?.[0] as { getMenuItemById(id: string): { enabled?: boolean; click?: () => void } | null };
    expect(menu.getMenuItemById('sources:import')?.enabled).toBe(false);
    const fromWindow = { sender: { id: window.webContents.id }, senderFrame: { url: DEV_URL } };
    await handlerFor('menu:set-enabled')(fromWindow, { command: 'sources:import', isEnabled: true });
    expect(menu.getMenuItemById('sources:import')?.enabled).toBe(true);

    menu.getMenuItemById('project:save-file')?.click?.();
    expect(window.webContents.send).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, 'project:save-file');
  });
});

describe('resolveDevUrl', () => {
  it('loads only a local dev server, and never in a packaged app', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveDevUrl('http://localhost:5173/', false)).toBe('http://localhost:5173/');
    expect(resolveDevUrl('http://127.0.0.1:5174', false)).toBe('http://127.0.0.1:5174/');
    expect(resolveDevUrl('http://localhost:5173/', true)).toBeNull();
    expect(resolveDevUrl('https://storyloom.example.org/', false)).toBeNull();
    expect(resolveDevUrl('file:///etc/passwd', false)).toBeNull();
    expect(resolveDevUrl('nonsense', false)).toBeNull();
    expect(resolveDevUrl(undefined, false)).toBeNull();
  });
});

describe('when another instance is running', () => {
  it('quits at once, before opening anything', async () => {
    vi.resetModules();
    const electron = (await import('electron')) as unknown as typeof import('./fakeElectron');
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    electron.app.quit.mockClear();
    electron.app.whenReady.mockClear();
    electron.app.enableSandbox.mockClear();
    await import('../../../electron/main/main');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.enableSandbox).not.toHaveBeenCalled();
  });
});
