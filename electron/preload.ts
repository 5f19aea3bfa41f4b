/**
 * Runs in the sandboxed renderer before the page. Exposes `window.storyloom`: one named function
 * per IPC channel and never ipcRenderer itself, so the page can ask for nothing else.
 * Bundled to dist-electron/preload.cjs; a sandboxed preload may only require 'electron'.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_EVENT_CHANNEL,
  isMenuCommand,
  type InvokeChannel,
  type InvokeChannels,
  type MenuCommand,
  type StoryloomBridge,
} from '../shared/ipc/contract';

function invoke<C extends InvokeChannel>(
  channel: C,
  ...request: InvokeChannels[C]['request'] extends void ? [] : [InvokeChannels[C]['request']]
): Promise<InvokeChannels[C]['response']> {
  return ipcRenderer.invoke(channel, ...request) as Promise<InvokeChannels[C]['response']>;
}

const bridge = {
  pickProjectFile: () => invoke('project:pick-file'),
  pickSourceFiles: () => invoke('sources:pick-files'),
  saveFile: (request) => invoke('file:save', request),
  appInfo: () => invoke('app:info'),
  setMenuEnabled: (command, isEnabled) => invoke('menu:set-enabled', { command, isEnabled }),
  writeBackup: (request) => invoke('backup:write', request),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const onMessage = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT_CHANNEL, onMessage);
    };
  },
} satisfies StoryloomBridge;

contextBridge.exposeInMainWorld('storyloom', bridge);
