import type { StoryloomBridge } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

/** The desktop variant: every call goes through the preload bridge's named, typed functions. */
export function desktopPlatform(bridge: StoryloomBridge): Platform {
  return {
    kind: 'desktop',
    pickProjectFile: () => bridge.pickProjectFile(),
    pickSourceFiles: () => bridge.pickSourceFiles(),
    saveFile: async (suggestedName, bytes, filter) => {
      const { path } = await bridge.saveFile({ suggestedName, bytes, filter });
      return { isSaved: path !== null, where: path ?? '' };
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setMenuEnabled: (command, isEnabled) => void bridge.setMenuEnabled(command, isEnabled),
    writeBackupFile: (request) => bridge.writeBackup(request),
  };
}
