import { select, zoom, zoomIdentity, type D3ZoomEvent } from 'd3';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { fitView, type Box, type View } from './mapLayout';

const MARGIN = 16;

/** True for events that start on a card: those drag the card, they never pan the map. */
const isOnNode = (event: Event) => event.target instanceof Element && event.target.closest('[data-card-id]') !== null;

/**
 * Pan and zoom with d3-zoom: dragging the background pans, Ctrl (or Cmd) + wheel and pinch zoom,
 * and a plain wheel still scrolls the page. React draws; d3 only keeps the transform. The view
 * fits the map until the user pans or zooms, and again whenever they ask.
 */
export function useMapZoom(svg: SVGSVGElement | null, bounds: Box | null, width: number, height: number) {
  const [view, setView] = useState<View>({ k: 1, x: MARGIN, y: MARGIN });
  const isUserView = useRef(false);
  const behaviour = useMemo(() => zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 3])
    .filter((event: Event) => {
      if (isOnNode(event)) return false;
      if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
      return event instanceof MouseEvent ? event.button === 0 && !event.ctrlKey : true;
    }), []);

  // Layout effects (this one first), so the map is fitted before it is first painted.
  useLayoutEffect(() => {
    if (!svg) return;
    const selection = select(svg);
    behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) isUserView.current = true;
      const { k, x, y } = event.transform;
      setView({ k, x, y });
    });
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => { selection.on('.zoom', null); };
  }, [svg, behaviour]);

  const apply = useCallback((next: View) => {
    if (svg) behaviour.transform(select(svg), zoomIdentity.translate(next.x, next.y).scale(next.k));
  }, [svg, behaviour]);

  const fit = useCallback(() => {
    if (!bounds || width <= 0 || height <= 0) return;
    isUserView.current = false;
    apply(fitView(bounds, width, height, MARGIN));
  }, [apply, bounds, width, height]);

  // Keep the whole map in view (first showing, resizing, a move changing its size) until the
  // user takes over the view.
  useLayoutEffect(() => {
    if (!isUserView.current) fit();
  }, [fit]);

  const zoomBy = useCallback((factor: number) => {
    if (!svg) return;
    isUserView.current = true;
    behaviour.scaleBy(select(svg), factor);
  }, [svg, behaviour]);

  /** Pans just enough to bring a box (in map units) into view, e.g. the card keyboard focus moved to. */
  const reveal = useCallback((box: Box) => {
    if (!svg) return;
    const left = box.x * view.k + view.x;
    const top = box.y * view.k + view.y;
    const right = left + box.width * view.k;
    const bottom = top + box.height * view.k;
    const dx = left < MARGIN ? MARGIN - left : right > width - MARGIN ? Math.max(MARGIN - left, width - MARGIN - right) : 0;
    const dy = top < MARGIN ? MARGIN - top : bottom > height - MARGIN ? Math.max(MARGIN - top, height - MARGIN - bottom) : 0;
    if (dx === 0 && dy === 0) return;
    isUserView.current = true;
    behaviour.translateBy(select(svg), dx / view.k, dy / view.k);
  }, [svg, behaviour, view, width, height]);

  return { view, fit, zoomIn: () => zoomBy(1.25), zoomOut: () => zoomBy(0.8), reveal };
}
