import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect } from 'react';
import type { ProjectId } from '../../shared/model';
import { redo, undo, undoState, type UndoState } from '../db/undo';

/** True when the key belongs to a text field with its own undo (not the reader, which has none). */
export function isOwnUndoTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select')) return true;
  const editable = target.closest<HTMLElement>('[contenteditable="true"]');
  return editable !== null && !editable.classList.contains('reader-text');
}

/**
 * The app's undo and redo for one project: what they would do (live), the actions, and the
 * keyboard shortcuts Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y outside text fields.
 */
export function useUndo(projectId: ProjectId, report: (kind: 'info' | 'error', text: string) => void) {
  const state: UndoState = useLiveQuery(() => undoState(projectId), [projectId]) ?? { undo: null, redo: null };
  const act = useCallback(async (direction: 'undo' | 'redo') => {
    try {
      const summary = await (direction === 'undo' ? undo(projectId) : redo(projectId));
      report('info', summary ? `${direction === 'undo' ? 'Undid' : 'Redid'}: ${summary}` : `Nothing to ${direction}.`);
    } catch (error) {
      report('error', error instanceof Error ? error.message : String(error));
    }
  }, [projectId, report]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isOwnUndoTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || (key === 'y' && event.ctrlKey)) {
        event.preventDefault();
        void act(key === 'y' || event.shiftKey ? 'redo' : 'undo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
  return { state, undo: () => act('undo'), redo: () => act('redo') };
}
