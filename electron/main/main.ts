/**
 * The desktop shell's entry point (bundled to dist-electron/main.cjs). It opens one locked-down
 * window on the renderer and answers the typed IPC channels of shared/ipc/contract.ts.
 * Nothing leaves the machine: no remote content, no telemetry, and crashReporter is never started.
 */
import path from 'node:path';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from './csp';
import { createHandlers, isTrustedSender, registerIpc } from './ipc';
import { buildMenuTemplate, createCommandSender } from './menu';
import { createMainWindow, hardenWebContents, isPermissionAllowed } from './window';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The Vite dev server's URL, honoured only in development and only on this machine. */
export function resolveDevUrl(value: string | undefined, isPackaged: boolean): string | null {
  if (!value || isPackaged) return null;
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname)) return url.href;
  } catch {
    // Fall through: a malformed value is ignored like a remote one.
  }
  console.warn(`Ignoring STORYLOOM_DEV_URL=${value}: only a local dev server may be loaded.`);
  return null;
}

const devUrl = resolveDevUrl(process.env.STORYLOOM_DEV_URL, app.isPackaged);
// main.cjs sits in dist-electron/, next to the renderer's dist/.
const indexPath = path.join(__dirname, '..', 'dist', 'index.html');
const appUrl = devUrl ?? pathToFileURL(indexPath).href;
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    statePath: path.join(app.getPath('userData'), 'window-state.json'),
    workAreas: [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  const loading = devUrl ? window.loadURL(devUrl) : window.loadFile(indexPath);
  loading.catch((error: unknown) => console.error('Could not load the Storyloom page:', error));
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function onReady(): void {
  const { defaultSession } = session;
  installContentSecurityPolicy(defaultSession, buildContentSecurityPolicy({ isDevServer: devUrl !== null }));
  defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL(), appUrl));
  });
  defaultSession.setPermissionCheckHandler((contents, permission) =>
    contents !== null && isPermissionAllowed(permission, contents.getURL(), appUrl));

  const menu = Menu.buildFromTemplate(buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    sendCommand: createCommandSender(() => BrowserWindow.getFocusedWindow() ?? mainWindow),
  }));
  Menu.setApplicationMenu(menu);

  const handlers = createHandlers({
    dialog: {
      showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    },
    fs: { stat, readFile: (file) => readFile(file), writeFile: (file, data) => writeFile(file, data) },
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron,
    }),
    setMenuItemEnabled: (id, isEnabled) => {
      const item = menu.getMenuItemById(id);
      if (item) item.enabled = isEnabled;
      return item !== null;
    },
  });
  registerIpc(ipcMain, handlers, (event) => isTrustedSender(event, mainWindow?.webContents.id ?? null, appUrl));

  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app.whenReady().then(onReady).catch((error: unknown) => {
    console.error('Storyloom could not start:', error);
    app.quit();
  });
}
