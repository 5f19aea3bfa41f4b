import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, FakeWebContents, fakeNavigationEvent } from './fakeElectron';
import {
  DEFAULT_SIZE,
  createMainWindow,
  hardenWebContents,
  isAppUrl,
  isPermissionAllowed,
  loadWindowState,
  parseWindowState,
  restoreBounds,
  secureWebPreferences,
} from '../../../electron/main/window';

vi.mock('electron', () => import('./fakeElectron'));

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const secondary = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('parseWindowState', () => {
  it('reads what the app writes', () => {
    const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, isMaximised: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['corrupt JSON', '{"bounds": {"x": 1'],
    ['an empty file', ''],
    ['a JSON array', '[]'],
    ['missing isMaximised', '{"bounds":{"x":0,"y":0,"width":900,"height":600}}'],
    ['a non-boolean isMaximised', '{"bounds":{"x":0,"y":0,"width":900,"height":600},"isMaximised":"yes"}'],
    ['a string coordinate', '{"bounds":{"x":"0","y":0,"width":900,"height":600},"isMaximised":false}'],
    ['a fractional size', '{"bounds":{"x":0,"y":0,"width":900.5,"height":600},"isMaximised":false}'],
    ['a zero width', '{"bounds":{"x":0,"y":0,"width":0,"height":600},"isMaximised":false}'],
    ['an absurd coordinate', '{"bounds":{"x":1e12,"y":0,"width":900,"height":600},"isMaximised":false}'],
  ])('ignores %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('loadWindowState', () => {
  it('returns null when the file cannot be read', () => {
    expect(loadWindowState('/missing', () => { throw new Error('ENOENT'); })).toBeNull();
  });
});

describe('restoreBounds', () => {
  it('centres a default-sized window on the primary display when nothing was saved', () => {
    expect(restoreBounds(null, [primary])).toEqual({ x: 320, y: 120, ...DEFAULT_SIZE });
  });

  it('keeps bounds that are fully visible, on either display', () => {
    const onSecondary = { x: 2000, y: 100, width: 1000, height: 700 };
    expect(restoreBounds(onSecondary, [primary, secondary])).toEqual(onSecondary);
  });

  it('re-centres a window left on a display that is gone', () => {
    const offScreen = { x: 4000, y: 200, width: 1000, height: 700 };
    expect(restoreBounds(offScreen, [primary])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('pulls a window that hangs off the edge back inside the display', () => {
    expect(restoreBounds({ x: 1500, y: -50, width: 1000, height: 700 }, [primary])).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [primary])).toEqual(primary);
  });

  it('treats a sliver of visible window as off-screen', () => {
    const sliver = { x: 1900, y: 100, width: 1000, height: 700 }; // 20 px showing
    expect(restoreBounds(sliver, [primary])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    BrowserWindow.instances = [];
  });

  it('creates a locked-down window titled Storyloom, restoring the saved state', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyloom-window-'));
    const statePath = path.join(dir, 'window-state.json');
    writeFileSync(statePath, JSON.stringify({ bounds: { x: 100, y: 50, width: 900, height: 600 }, isMaximised: true }));

    const window = createMainWindow({ preloadPath: '/app/preload.cjs', statePath, workAreas: [primary] }) as unknown as BrowserWindow;

    expect(window.options).toMatchObject({
      title: 'Storyloom',
      x: 100, y: 50, width: 900, height: 600,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload.cjs' },
    });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('saves bounds and maximised state when the window closes, and ignores a corrupt file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'storyloom-window-'));
    const statePath = path.join(dir, 'window-state.json');
    writeFileSync(statePath, 'not json');

    const window = createMainWindow({ preloadPath: '/p.cjs', statePath, workAreas: [primary] }) as unknown as BrowserWindow;
    expect(window.options).toMatchObject({ x: 320, y: 120, ...DEFAULT_SIZE });
    expect(window.maximize).not.toHaveBeenCalled();

    window.isMaximized.mockReturnValue(true);
    window.emit('close');
    expect(parseWindowState(readFileSync(statePath, 'utf8'))).toEqual({
      bounds: { x: 320, y: 120, ...DEFAULT_SIZE },
      isMaximised: true,
    });
  });
});

describe('isAppUrl', () => {
  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/some/page', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('https://example.org/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', 'http://localhost:5173/')).toBe(false);
  });

  it('accepts only the packaged index.html among file URLs', () => {
    const app = 'file:///opt/Storyloom/resources/app.asar/dist/index.html';
    expect(isAppUrl(`${app}#/project/1`, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  const appUrl = 'http://localhost:5173/';

  function hardened(): FakeWebContents {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never, appUrl);
    return contents;
  }

  it('blocks navigation away from the app', () => {
    const contents = hardened();
    const away = fakeNavigationEvent('https://example.org/phish');
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();

    const redirect = fakeNavigationEvent('https://example.org/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('lets the app navigate within itself', () => {
    const contents = hardened();
    const within = fakeNavigationEvent('http://localhost:5173/index.html');
    contents.emit('will-navigate', within);
    expect(within.preventDefault).not.toHaveBeenCalled();
  });

  it('denies window.open and webviews', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: appUrl })).toEqual({ action: 'deny' });
    const attach = fakeNavigationEvent('');
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('isPermissionAllowed', () => {
  const appUrl = 'http://localhost:5173/';

  it('denies by default', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'unknown']) {
      expect(isPermissionAllowed(permission, appUrl, appUrl)).toBe(false);
    }
  });

  it('allows clipboard writes and persistent storage for the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', appUrl, appUrl)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', appUrl, appUrl)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://example.org/', appUrl)).toBe(false);
  });
});
