import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, MENU_EVENT_CHANNEL, type MenuCommand } from '../../../shared/ipc/contract';
import { buildMenuTemplate, createCommandSender } from '../../../electron/main/menu';

function menuNamed(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function build(platform: NodeJS.Platform = 'linux', isPackaged = false) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  return { template: buildMenuTemplate({ platform, isPackaged, sendCommand }), sendCommand };
}

/** Label, id, accelerator, role and enabled state, for comparing whole menus. */
function summary(items: MenuItemConstructorOptions[]) {
  return items.map((item) => item.type === 'separator' ? '---'
    : [item.label ?? item.role, item.id, item.accelerator, item.enabled === false ? 'disabled' : undefined].filter(Boolean).join(' | '));
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus on Windows and Linux', () => {
    const { template } = build('linux');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File: project commands with accelerators, import disabled until the renderer enables it, Quit', () => {
    expect(summary(menuNamed(build().template, 'File'))).toEqual([
      'New project | project:new | CmdOrCtrl+N',
      'Open project file... | project:open-file | CmdOrCtrl+O',
      'Save project file... | project:save-file | CmdOrCtrl+S',
      '---',
      'Import sources... | sources:import | CmdOrCtrl+I | disabled',
      '---',
      'Quit',
    ]);
  });

  it("Edit: the app's undo and redo, then the clipboard roles", () => {
    expect(summary(menuNamed(build().template, 'Edit'))).toEqual([
      'Undo | edit:undo | CmdOrCtrl+Z',
      'Redo | edit:redo | CmdOrCtrl+Shift+Z',
      '---', 'cut', 'copy', 'paste', 'selectAll',
    ]);
  });

  it('View: developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) => menuNamed(build('linux', isPackaged).template, 'View').map((item) => item.role).filter(Boolean);
    expect(roles(false)).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(true)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('Help: About Storyloom', () => {
    expect(summary(menuNamed(build().template, 'Help'))).toEqual(['About Storyloom | help:about']);
  });

  it('gives every MenuCommand exactly one item, on every platform', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ids = allItems(build(platform).template).map((item) => item.id).filter(Boolean);
      expect(ids.sort()).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('on macOS adds the app menu, with About and Quit there', () => {
    const { template } = build('darwin');
    expect(template.map((item) => item.label)).toEqual(['Storyloom', 'File', 'Edit', 'View']);
    const appMenu = menuNamed(template, 'Storyloom');
    expect(appMenu[0]).toMatchObject({ id: 'help:about', label: 'About Storyloom' });
    expect(appMenu.map((item) => item.role)).toContain('quit');
    expect(menuNamed(template, 'File').at(-1)).toMatchObject({ role: 'close' });
  });

  it('clicking a command item sends its command', () => {
    const { template, sendCommand } = build();
    for (const item of allItems(template).filter((entry) => entry.id)) {
      item.click?.({} as never, undefined, {} as never);
      expect(sendCommand).toHaveBeenLastCalledWith(item.id);
    }
    expect(sendCommand).toHaveBeenCalledTimes(MENU_COMMANDS.length);
  });
});

describe('createCommandSender', () => {
  it('sends the command on MENU_EVENT_CHANNEL to the window', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ platform: 'linux', isPackaged: true, sendCommand: createCommandSender(() => ({ webContents: { send } })) });
    menuNamed(template, 'File')[0]?.click?.({} as never, undefined, {} as never);
    expect(send).toHaveBeenCalledWith(MENU_EVENT_CHANNEL, 'project:new');
  });

  it('does nothing when there is no window', () => {
    expect(() => createCommandSender(() => null)('project:new')).not.toThrow();
  });
});
