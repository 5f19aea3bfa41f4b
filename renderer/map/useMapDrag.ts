import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';

/** The drop target that stands for the project: dropping there makes a code top-level. */
export const TOP_LEVEL = 'top-level';

export interface MapDrag {
  id: string;
  /** Where the pointer is, on the screen. */
  clientX: number;
  clientY: number;
  /** The card (or TOP_LEVEL) under the pointer; null over nothing. */
  targetId: string | null;
}

interface Pending {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  isMoving: boolean;
}

/** The drop target under a point of the screen (the dragged copy lets the pointer through). */
function dropTargetAt(x: number, y: number): string | null {
  return document.elementFromPoint(x, y)?.closest('[data-drop-id]')?.getAttribute('data-drop-id') ?? null;
}

/** Movement (in screen pixels) before a press on a card becomes a drag rather than a click. */
const THRESHOLD = 4;

/**
 * Dragging cards with pointer events: a press on a card that moves becomes a drag; what lies
 * under the pointer (an element with data-drop-id) is the target; releasing drops, Escape cancels.
 * Listeners go on the window while a drag lasts, so d3-zoom (which ignores presses on cards) never pans.
 */
export function useMapDrag(onDrop: (id: string, targetId: string) => void) {
  const [drag, setDrag] = useState<MapDrag | null>(null);
  const pending = useRef<Pending | null>(null);
  const latest = useRef({ onDrop });
  useEffect(() => { latest.current = { onDrop }; });
  const detach = useRef<(() => void) | null>(null);
  useEffect(() => () => detach.current?.(), []);

  const start = useCallback((id: string, event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey) return;
    detach.current?.();
    pending.current = { id, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, isMoving: false };

    const end = () => {
      detach.current?.();
      pending.current = null;
      setDrag(null);
    };
    const move = (e: globalThis.PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      const distance = Math.hypot(e.clientX - p.startX, e.clientY - p.startY);
      if (!p.isMoving && distance < THRESHOLD) return;
      p.isMoving = true;
      e.preventDefault();
      setDrag({ id: p.id, clientX: e.clientX, clientY: e.clientY, targetId: dropTargetAt(e.clientX, e.clientY) });
    };
    const up = (e: globalThis.PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      const target = dropTargetAt(e.clientX, e.clientY);
      const wasMoving = p.isMoving;
      end();
      if (wasMoving && target) latest.current.onDrop(p.id, target);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      end();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', end);
    window.addEventListener('keydown', key, true);
    detach.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', end);
      window.removeEventListener('keydown', key, true);
      detach.current = null;
    };
  }, []);

  return { drag, start };
}
