import { useEffect } from 'react';
import type { ProjectId } from '../../shared/model';
import { offerImportFiles } from '../import/importQueue';
import { platform } from '../platform';
import { flash } from './flash';
import { openProjectFile, saveProjectFile } from './projectFiles';
import { navigate } from './routes';
import { isOwnUndoTarget } from './useUndo';

/** Wires the desktop menu (File, Help) to the same actions as the on-screen buttons. */
export function useMenuCommands(projectId: ProjectId | null): void {
  useEffect(() => {
    platform.setMenuEnabled('project:save-file', projectId !== null);
    platform.setMenuEnabled('sources:import', projectId !== null);
    return platform.onMenuCommand((command) => {
      const report = (error: unknown) => window.alert(error instanceof Error ? error.message : String(error));
      switch (command) {
        case 'project:new':
          navigate({ name: 'projects' });
          setTimeout(() => document.getElementById('new-project-name')?.focus(), 0);
          break;
        case 'project:open-file':
          openProjectFile().then((opened) => {
            if (!opened) return;
            flash({ kind: 'info', text: opened.message }); // the import report, shown by the next screen
            navigate({ name: 'project', projectId: opened.projectId, view: 'dashboard' });
          }, report);
          break;
        case 'project:save-file':
          if (projectId) saveProjectFile(projectId).catch(report);
          break;
        case 'sources:import':
          // The same flow as the screen's own button: the chooser's files go to the import screen.
          if (!projectId) break;
          navigate({ name: 'project', projectId, view: 'import' });
          platform.pickSourceFiles().then(offerImportFiles, report);
          break;
        case 'edit:undo':
        case 'edit:redo':
          // The menu's accelerators take Ctrl+Z from the page: text fields get their own undo back,
          // everything else the app's (the same path as the keyboard shortcut).
          if (isOwnUndoTarget(document.activeElement)) document.execCommand(command === 'edit:undo' ? 'undo' : 'redo');
          else window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: command === 'edit:redo' }));
          break;
        case 'help:about':
          window.alert('Storyloom: qualitative analysis of carer narratives and focus groups. Your data stay on this computer.');
          break;
        default:
          break;
      }
    });
  }, [projectId]);
}
