import { desktopPlatform } from './desktopPlatform';
import type { Platform } from './Platform';
import { webPlatform } from './webPlatform';

export type { Platform, PickedFile } from './Platform';

/** The desktop bridge when running inside Electron, the browser otherwise. */
export const platform: Platform = typeof window !== 'undefined' && window.storyloom
  ? desktopPlatform(window.storyloom)
  : webPlatform;
