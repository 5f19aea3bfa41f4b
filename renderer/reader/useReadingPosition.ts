import { useEffect, type RefObject } from 'react';
import type { ProjectId, SourceId } from '../../shared/model';
import { setReadingPosition } from '../db/repositories/sources';

const SAVE_DELAY_MS = 800;

/**
 * The start offset of the first turn whose text is in view below `topInset` pixels. Turns run
 * down the page in order, so it is found by binary search: measuring every one of 15,000 turns
 * forced a layout of each and held up the page for a tenth of a second after scrolling.
 */
function firstVisibleTurn(container: HTMLElement, topInset: number): number | null {
  const turns = container.querySelectorAll<HTMLElement>('.turn[data-start]');
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (turns[mid]!.getBoundingClientRect().bottom > topInset) high = mid;
    else low = mid + 1;
  }
  const turn = turns[low];
  return turn ? Number(turn.dataset.start) : null;
}

/**
 * Familiarisation over several sittings: opening a source scrolls back to where the researcher
 * stopped, and scrolling records the place (debounced). Skipped when opening at a given range.
 */
export function useReadingPosition(
  container: RefObject<HTMLElement | null>, projectId: ProjectId, sourceId: SourceId, saved: number, isRestoring: boolean,
): void {
  useEffect(() => {
    const element = container.current;
    if (!element || !isRestoring) return;
    if (saved <= 0) {
      window.scrollTo(0, 0);
      return;
    }
    const turns = [...element.querySelectorAll<HTMLElement>('.turn[data-start]')];
    const target = turns.filter((t) => Number(t.dataset.start) <= saved).at(-1);
    target?.scrollIntoView({ block: 'start' });
    // Only on opening: a later save must not pull the page back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const element = container.current;
        const offset = element ? firstVisibleTurn(element, 160) : null;
        if (offset !== null) void setReadingPosition(projectId, sourceId, offset);
      }, SAVE_DELAY_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => { clearTimeout(timer); window.removeEventListener('scroll', onScroll); };
  }, [container, projectId, sourceId]);
}
