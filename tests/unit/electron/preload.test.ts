import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU_EVENT_CHANNEL, type MenuCommand, type StoryloomBridge } from '../../../shared/ipc/contract';
import { contextBridge, ipcRenderer } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

/** Every StoryloomBridge member; the Record type makes this list fail to compile if the interface changes. */
const BRIDGE_MEMBERS: Record<keyof StoryloomBridge, true> = {
  pickProjectFile: true,
  pickSourceFiles: true,
  saveFile: true,
  appInfo: true,
  setMenuEnabled: true,
  writeBackup: true,
  onMenuCommand: true,
};

let bridge: StoryloomBridge;

beforeAll(async () => {
  await import('../../../electron/preload');
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('storyloom');
  bridge = exposed as StoryloomBridge;
});

describe('preload', () => {
  it('exposes exactly the StoryloomBridge functions, and nothing of ipcRenderer', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(BRIDGE_MEMBERS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
  });

  it('maps each function to its channel', async () => {
    const request = { suggestedName: 'a.qdpx', bytes: new Uint8Array([1]), filter: { name: 'Project', extensions: ['qdpx'] } };
    const backup = { projectId: '0f8fad5b-d9cb-469f-a165-70867728950e', projectName: 'Pilot', at: '2026-11-23T10:15:00.000Z', reason: 'scheduled' as const, bytes: new Uint8Array([80, 75, 3, 4]) };
    const calls: [() => Promise<unknown>, unknown[]][] = [
      [() => bridge.pickProjectFile(), ['project:pick-file']],
      [() => bridge.pickSourceFiles(), ['sources:pick-files']],
      [() => bridge.saveFile(request), ['file:save', request]],
      [() => bridge.appInfo(), ['app:info']],
      [() => bridge.setMenuEnabled('sources:import', true), ['menu:set-enabled', { command: 'sources:import', isEnabled: true }]],
      [() => bridge.writeBackup(backup), ['backup:write', backup]],
    ];
    for (const [call, expected] of calls) {
      ipcRenderer.invoke.mockResolvedValueOnce('reply');
      await expect(call()).resolves.toBe('reply');
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(...expected);
    }
  });

  it('passes menu commands to the listener, ignores unknown ones, and unsubscribes', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));

    ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'project:new');
    ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'shell:exec');
    ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, { command: 'project:new' });
    ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'edit:undo');
    expect(received).toEqual(['project:new', 'edit:undo']);

    unsubscribe();
    ipcRenderer.emit(MENU_EVENT_CHANNEL, {}, 'edit:redo');
    expect(received).toEqual(['project:new', 'edit:undo']);
    expect(ipcRenderer.listeners.get(MENU_EVENT_CHANNEL)).toEqual([]);
  });
});
