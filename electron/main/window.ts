import { readFileSync, writeFileSync } from 'node:fs';
import { BrowserWindow, type Rectangle, type WebContents, type WebPreferences } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  isMaximised: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 800, height: 560 };
/** A restored window must show at least this much of itself on some display, or it is re-centred. */
const MIN_VISIBLE = { width: 160, height: 80 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCoordinate(value: unknown): value is number {
  return Number.isSafeInteger(value) && Math.abs(value as number) <= 100_000;
}

/** Reads the saved window state; null for anything that is not exactly what we wrote. */
export function parseWindowState(text: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value.bounds) || typeof value.isMaximised !== 'boolean') return null;
  const { x, y, width, height } = value.bounds;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, isMaximised: value.isMaximised };
}

function overlapArea(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centredIn(area: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: area.x + Math.round((area.width - w) / 2), y: area.y + Math.round((area.height - h) / 2), width: w, height: h };
}

/**
 * Where to open the window. `workAreas` are the displays' work areas, primary first. Saved bounds
 * are kept when enough of them is on a display (then shrunk and moved to fit that display);
 * otherwise, for instance after a monitor was unplugged, the window opens centred on the primary.
 */
export function restoreBounds(saved: Rectangle | null, workAreas: readonly Rectangle[]): Rectangle {
  const primary = workAreas[0];
  if (!primary) return saved ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return centredIn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height);

  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height && overlap.width * overlap.height > bestArea) {
      best = area;
      bestArea = overlap.width * overlap.height;
    }
  }
  if (!best) return centredIn(primary, saved.width, saved.height);

  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}

export function loadWindowState(path: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): WindowState | null {
  try {
    return parseWindowState(read(path));
  } catch {
    return null; // No file yet, or unreadable: open with the defaults.
  }
}

export function saveWindowState(path: string, state: WindowState): void {
  try {
    writeFileSync(path, JSON.stringify(state));
  } catch (error) {
    console.warn('Could not save the window state:', error);
  }
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spellchecker downloads Hunspell dictionaries from Google on Windows and Linux;
    // nothing may leave the machine, so it is on only where the OS provides one (macOS).
    spellcheck: process.platform === 'darwin',
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  statePath: string;
  workAreas: readonly Rectangle[];
}

export function createMainWindow({ preloadPath, statePath, workAreas }: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(statePath);
  const window = new BrowserWindow({
    ...restoreBounds(state?.bounds ?? null, workAreas),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Storyloom',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (state?.isMaximised) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    saveWindowState(statePath, { bounds: window.getNormalBounds(), isMaximised: window.isMaximized() });
  });
  return window;
}

/** True when `url` is the app itself: the dev server's origin, or exactly the packaged index.html. */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  // Every file:// URL shares one opaque origin, so a file URL must name the app's own page.
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
  return target.origin === app.origin;
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Keeps every web contents on the app: no navigation elsewhere, no new windows, no webviews. */
export function hardenWebContents(contents: HardenableContents, appUrl: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Session permissions are denied unless listed: writing text to the clipboard (copying a quote)
 * and persistent storage (DESIGN: ask for it, so IndexedDB is never evicted). Neither reaches
 * beyond the machine.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl, appUrl);
}
