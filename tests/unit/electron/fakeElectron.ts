/**
 * A stand-in for the 'electron' module: Electron's binary never runs in unit tests, so test files
 * use `vi.mock('electron', () => import('./fakeElectron'))` and inspect these fakes.
 */
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });

  once = this.on;

  removeListener = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  });

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
}

/** An event as Electron passes it to will-navigate and friends. */
export function fakeNavigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

let nextContentsId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextContentsId++;
  url = '';
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  send = vi.fn();
  getURL = vi.fn(() => this.url);
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
}

export class BrowserWindow extends FakeEmitter {
  static instances: BrowserWindow[] = [];
  static getFocusedWindow = vi.fn((): BrowserWindow | null => null);
  static getAllWindows = vi.fn(() => BrowserWindow.instances);

  readonly webContents = new FakeWebContents();
  loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  loadFile = vi.fn(async (file: string) => {
    this.webContents.url = `file://${file}`;
  });
  maximize = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: this.options.x, y: this.options.y, width: this.options.width, height: this.options.height }));

  constructor(readonly options: Record<string, unknown> & { x?: number; y?: number; width?: number; height?: number }) {
    super();
    BrowserWindow.instances.push(this);
  }
}

export const app = Object.assign(new FakeEmitter(), {
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  enableSandbox: vi.fn(),
  quit: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((_name: string) => '/nonexistent/storyloom-user-data'),
  getName: vi.fn(() => 'Storyloom'),
  getVersion: vi.fn(() => '0.1.0'),
});

export const ipcMain = { handle: vi.fn() };

export const ipcRenderer = Object.assign(new FakeEmitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined) });

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };

interface TemplateItem {
  id?: string;
  enabled?: boolean;
  submenu?: TemplateItem[];
}

function findItem(items: TemplateItem[], id: string): TemplateItem | null {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu ? findItem(item.submenu, id) : null;
    if (inner) return inner;
  }
  return null;
}

export const Menu = {
  buildFromTemplate: vi.fn((template: TemplateItem[]) => ({ template, getMenuItemById: (id: string) => findItem(template, id) })),
  setApplicationMenu: vi.fn(),
};

const primaryWorkArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = {
  getPrimaryDisplay: vi.fn(() => ({ workArea: primaryWorkArea })),
  getAllDisplays: vi.fn(() => [{ workArea: primaryWorkArea }]),
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};
