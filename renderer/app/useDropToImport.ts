import { useEffect } from 'react';
import type { ProjectId } from '../../shared/model';
import { offerImportFiles } from '../import/importQueue';
import { carriesFiles, readDroppedFiles } from '../import/useWindowFileDrop';
import { navigate } from './routes';

/**
 * Files dropped on any screen of a project go to the import screen (which handles drops itself
 * while it is open). Without this a dropped file would make the window open it in place of the app.
 */
export function useDropToImport(projectId: ProjectId, isImportOpen: boolean): void {
  useEffect(() => {
    if (isImportOpen) return undefined;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      void readDroppedFiles(event.dataTransfer?.files).then((files) => {
        offerImportFiles(files);
        navigate({ name: 'project', projectId, view: 'import' });
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [projectId, isImportOpen]);
}
