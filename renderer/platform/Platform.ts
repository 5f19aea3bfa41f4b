import type {
  BackupWriteRequest, BackupWriteResult, MenuCommand, PickedFile, StoryloomBridge,
} from '../../shared/ipc/contract';

export type { PickedFile, MenuCommand, BackupWriteRequest, BackupWriteResult };

export interface SaveOutcome {
  /** False when the user cancelled. */
  isSaved: boolean;
  /** Where it went, in words ("Downloads", a path), for the status message. */
  where: string;
}

/** The renderer's only way to reach the operating system. Two variants: desktop and web. */
export interface Platform {
  kind: 'desktop' | 'web';
  pickProjectFile(): Promise<PickedFile | null>;
  /** Lets the user choose any number of sources to import; resolves [] when they cancel. */
  pickSourceFiles(): Promise<PickedFile[]>;
  saveFile(suggestedName: string, bytes: Uint8Array, filter: { name: string; extensions: string[] }): Promise<SaveOutcome>;
  /** Subscribes to the native menu; the web variant has none. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  setMenuEnabled(command: MenuCommand, isEnabled: boolean): void;
  /**
   * Writes a backup's project file into the backups folder (and prunes older ones there). Desktop
   * only: in the browser backups stay in IndexedDB and the user is prompted to download one.
   */
  writeBackupFile?(request: BackupWriteRequest): Promise<BackupWriteResult>;
}

declare global {
  interface Window {
    /** Present only inside the desktop shell (electron/preload.ts). */
    storyloom?: StoryloomBridge;
  }
}
