import type { MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** Delivers a command to the renderer (see `createCommandSender`). */
  sendCommand: (command: MenuCommand) => void;
}

interface CommandWindow {
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Sends menu commands on MENU_EVENT_CHANNEL to whichever window `getWindow` returns, if any. */
export function createCommandSender(getWindow: () => CommandWindow | null): (command: MenuCommand) => void {
  return (command) => getWindow()?.webContents.send(MENU_EVENT_CHANNEL, command);
}

/** The native menu. Items that stand for a MenuCommand carry it as their id (see menu:set-enabled). */
export function buildMenuTemplate({ platform, isPackaged, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (id: MenuCommand, label: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    id,
    label,
    click: () => sendCommand(id),
    ...extra,
  });
  const about = command('help:about', 'About Storyloom');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Storyloom',
    submenu: [about, { type: 'separator' }, { role: 'services' }, { type: 'separator' },
      { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('project:new', 'New project', { accelerator: 'CmdOrCtrl+N' }),
      command('project:open-file', 'Open project file...', { accelerator: 'CmdOrCtrl+O' }),
      command('project:save-file', 'Save project file...', { accelerator: 'CmdOrCtrl+S' }),
      { type: 'separator' },
      // Enabled by the renderer once a project is open.
      command('sources:import', 'Import sources...', { accelerator: 'CmdOrCtrl+I', enabled: false }),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('edit:undo', 'Undo', { accelerator: 'CmdOrCtrl+Z' }),
      command('edit:redo', 'Redo', { accelerator: 'CmdOrCtrl+Shift+Z' }),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  // On macOS "About" lives in the app menu instead: ids must stay unique for getMenuItemById.
  const helpMenu: MenuItemConstructorOptions = { label: 'Help', submenu: [about] };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [] : [helpMenu])];
}
