import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectId } from '../../shared/model';
import { navigate, routeHref, type Route } from '../app/routes';
import { isOwnUndoTarget } from '../app/useUndo';
import { goToMemo } from '../memos/memoNavigation';
import { PaletteDialog } from './PaletteDialog';
import type { PaletteItem, PaletteTarget } from './paletteItems';

/** Where each kind of result leads. A code opens the Code phase; a participant, Participants. */
function routeOf(projectId: ProjectId, target: Exclude<PaletteTarget, { type: 'memo' }>): Route {
  switch (target.type) {
    case 'view': return { name: 'project', projectId, view: target.view };
    case 'source': return { name: 'reader', projectId, sourceId: target.id };
    case 'code': return { name: 'project', projectId, view: 'code' };
    case 'participant': return { name: 'project', projectId, view: 'participants' };
  }
}

const isPaletteKey = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
  && event.key.toLowerCase() === 'k';
/** "/" opens the palette too, but never while typing (text fields, the memo editor). */
const isSlashKey = (event: KeyboardEvent) => event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
  && !isOwnUndoTarget(event.target);

/**
 * The command palette: Ctrl/Cmd+K (or "/" outside text fields) anywhere in a project opens a
 * search over screens, sources, codes, participants and memos; Enter goes there. Escape closes,
 * and focus goes back where it was.
 */
export function CommandPalette({ projectId }: { projectId: ProjectId }) {
  const [isOpen, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !(isPaletteKey(event) || isSlashKey(event))) return;
      // Another modal (a confirmation, the code picker) keeps the keyboard.
      if (document.querySelector('dialog[open]:not(.palette)')) return;
      event.preventDefault();
      if (document.querySelector('dialog.palette[open]')) {
        if (isPaletteKey(event)) setOpen(false);
        return;
      }
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // After the dialog has closed (its element gone), focus goes back to where it was.
  useEffect(() => {
    if (isOpen || !returnTo.current) return;
    if (returnTo.current.isConnected) returnTo.current.focus();
    returnTo.current = null;
  }, [isOpen]);

  const choose = useCallback((item: PaletteItem) => {
    const { target } = item;
    setOpen(false);
    if (target.type === 'memo') {
      returnTo.current = null;
      goToMemo(projectId, target.id);
      return;
    }
    const route = routeOf(projectId, target);
    // A new screen takes focus itself; staying on the same one, focus goes back.
    if (routeHref(route) !== window.location.hash) returnTo.current = null;
    navigate(route);
  }, [projectId]);

  return isOpen ? <PaletteDialog projectId={projectId} onChoose={choose} onClose={() => setOpen(false)} /> : null;
}
