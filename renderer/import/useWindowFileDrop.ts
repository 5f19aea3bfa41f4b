/**
 * Files dropped anywhere on the window while the import screen is open feed the import (issue 3
 * item 8). Without this, a file dropped outside the drop zone would make the browser or the
 * desktop window open it in place of the app.
 */
import { useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../platform';

/** True when a drag carries files (not text or a link). */
export const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Reads dropped files in full, in the order given. */
export async function readDroppedFiles(list: FileList | null | undefined): Promise<PickedFile[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Listens on the window; returns true while files are dragged over it. */
export function useWindowFileDrop(onFiles: (files: PickedFile[]) => void): boolean {
  const [isDragging, setDragging] = useState(false);
  const depth = useRef(0);
  const latest = useRef(onFiles);
  useEffect(() => { latest.current = onFiles; }, [onFiles]);

  useEffect(() => {
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      readDroppedFiles(event.dataTransfer?.files).then((files) => latest.current(files), () => undefined);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return isDragging;
}
