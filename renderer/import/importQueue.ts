/**
 * Files chosen from the desktop menu (File > Import sources...) on their way to the import
 * screen: the menu opens the chooser and navigates; the screen takes the files when it mounts,
 * or at once if it is already open.
 */
import type { PickedFile } from '../platform';

let pending: PickedFile[] = [];
let listener: ((files: PickedFile[]) => void) | null = null;

/** Hands files to the import screen (now, or when it next opens). */
export function offerImportFiles(files: readonly PickedFile[]): void {
  if (files.length === 0) return;
  if (listener) listener([...files]);
  else pending.push(...files);
}

/** The import screen's side: receives offered files, starting with any that waited. Returns an unsubscribe function. */
export function receiveImportFiles(onFiles: (files: PickedFile[]) => void): () => void {
  listener = onFiles;
  if (pending.length > 0) {
    const waiting = pending;
    pending = [];
    onFiles(waiting);
  }
  return () => {
    if (listener === onFiles) listener = null;
  };
}
