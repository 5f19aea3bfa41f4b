import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { buildCodeTree, flattenTree } from '../../shared/analysis/codeTree';
import type { CodeId, ProjectId } from '../../shared/model';
import { plural, useEditorStatus } from '../codes/useEditorStatus';
import { Loading } from '../components/Loading';
import { Status } from '../components/Status';
import { moveCode } from '../db/repositories/codes';
import { saveExport } from '../exports/saveExport';
import { useCodes, useCodings, useProject } from '../hooks/useProjectData';
import { mapToSvg, svgToPng } from './exportMap';
import { childCount, dropVerdict, focusAfterKey, layoutMap, nodeLabel, parentOptions, viewHeight, wrapLabel } from './mapLayout';
import { MapLegend } from './MapLegend';
import { MapNodeCard } from './MapNode';
import { canvasMeasure } from './measureText';
import { MoveDialog } from './MoveDialog';
import { TOP_LEVEL, useMapDrag } from './useMapDrag';
import { useMapZoom } from './useMapZoom';
import './map.css';

const NO_LEVELS: string[] = [];
const NAVIGATION_KEYS = new Set(['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

const nodeIdOf = (target: EventTarget | null) =>
  (target instanceof Element ? target.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null : null);

/** The frame's width, and the tallest the map may be (the window less room for the toolbar). */
function useFrameSize(frame: HTMLElement | null) {
  const [size, setSize] = useState({ width: 0, maxHeight: 600 });
  useLayoutEffect(() => {
    if (!frame) return;
    const update = () => {
      const next = { width: Math.floor(frame.clientWidth), maxHeight: Math.max(420, window.innerHeight - 96) };
      setSize((old) => (old.width === next.width && old.maxHeight === next.maxHeight ? old : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(frame);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [frame]);
  return size;
}

/**
 * The thematic map (phase 3): the project at the left, then themes, their perspectives and
 * subthemes, as a tidy tree. Drag a card onto another to put it beneath (last), or onto the
 * project's bar to make it a theme; the keyboard does the same with arrow keys and M ("Move to…").
 * Every move goes through the repository, so it is undoable and redrawn from the live data.
 */
export function ThematicMap({ projectId }: { projectId: ProjectId }) {
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const project = useProject(projectId);
  const { message, setMessage, run } = useEditorStatus();
  const headingId = useId();
  const helpId = useId();
  const measure = useMemo(() => canvasMeasure(), []);
  const tree = useMemo(() => (codes && codings ? buildCodeTree(codes, codings) : null), [codes, codings]);
  const levelNames = project?.levelNames ?? NO_LEVELS;
  const layout = useMemo(() => (tree ? layoutMap(tree, levelNames, measure) : null), [tree, levelNames, measure]);

  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const { width, maxHeight } = useFrameSize(frame);
  const height = layout && width > 0 ? viewHeight(layout.bounds, width, maxHeight) : 0;
  const { view, fit, zoomIn, zoomOut, reveal } = useMapZoom(svg, layout?.bounds ?? null, width, height);

  const [currentId, setCurrentId] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const isActive = useRef(false);

  const byId = useMemo(() => new Map((layout?.nodes ?? []).map((n) => [n.id, n])), [layout]);
  const focusId = currentId && byId.has(currentId) ? currentId : layout?.nodes[0]?.id ?? null;
  const current = focusId ? byId.get(focusId) ?? null : null;
  const nameOf = (id: string | null) => (id ? byId.get(id)?.node.code.name ?? '' : '');

  // Keep focus on the current card while the user works in the map, also after a move redraws
  // it (a card whose element moves in the document loses focus).
  useLayoutEffect(() => {
    if (!svg || !isActive.current || !focusId) return;
    const element = svg.querySelector<SVGGElement>(`[data-node-id="${focusId}"]`);
    const active = document.activeElement;
    if (element && active !== element && (active === null || active === document.body || svg.contains(active))) element.focus();
  }, [svg, focusId, layout]);

  const moveTo = useCallback(async (id: string, parentId: string | null) => {
    if (!tree) return;
    const name = flattenTree(tree).find((n) => n.code.id === id)?.code.name ?? '';
    const parentName = parentId ? flattenTree(tree).find((n) => n.code.id === parentId)?.code.name ?? '' : '';
    setCurrentId(id);
    await run(() => moveCode(projectId, id as CodeId, parentId as CodeId | null, childCount(tree, parentId, id)),
      () => `Moved "${name}" ${parentId ? `under "${parentName}"` : 'to the top level'}.`);
  }, [projectId, run, tree]);

  const onDrop = useCallback((id: string, targetId: string) => {
    if (!tree) return;
    const parentId = targetId === TOP_LEVEL ? null : targetId;
    // A drop beneath itself is passed on too: the repository refuses it and says why.
    if (dropVerdict(tree, id, parentId) !== 'none') void moveTo(id, parentId);
  }, [moveTo, tree]);
  const { drag, start } = useMapDrag(onDrop);

  if (!layout || !tree || project === undefined) {
    return <section className="thematic-map"><h2>Thematic map</h2><Loading what="the map" /></section>;
  }

  const focusNode = (id: string) => {
    const node = byId.get(id);
    if (!node || !svg) return;
    setCurrentId(id);
    reveal({ x: node.x, y: node.y, width: node.width, height: node.height });
    svg.querySelector<SVGGElement>(`[data-node-id="${id}"]`)?.focus();
  };
  const onCardPointerDown = (id: string, event: PointerEvent<SVGGElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey) return;
    // No mouse events follow: the page keeps its selection and focus goes only where we put it.
    event.preventDefault();
    isActive.current = true;
    setCurrentId(id);
    svg?.querySelector<SVGGElement>(`[data-node-id="${id}"]`)?.focus({ preventScroll: true });
    start(id, event);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const id = nodeIdOf(event.target);
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      setMovingId(id);
      return;
    }
    if (!NAVIGATION_KEYS.has(event.key)) return;
    event.preventDefault();
    const next = focusAfterKey(layout.nodes, id, event.key);
    if (next) focusNode(next);
  };
  const onFocus = (event: FocusEvent<SVGSVGElement>) => {
    isActive.current = true;
    const id = nodeIdOf(event.target);
    if (id && id !== focusId) setCurrentId(id);
  };
  const onBlur = (event: FocusEvent<SVGSVGElement>) => {
    if (event.relatedTarget && !event.currentTarget.contains(event.relatedTarget)) isActive.current = false;
  };

  /** Back to a card after the dialog (the dialog's own return of focus does not survive a redraw). */
  const returnFocus = (id: string) => {
    isActive.current = true;
    setCurrentId(id);
    requestAnimationFrame(() => svg?.querySelector<SVGGElement>(`[data-node-id="${id}"]`)?.focus());
  };
  const exportAs = async (format: 'svg' | 'png') => {
    if (!svg || !project) return;
    await run(async () => {
      const picture = mapToSvg(svg, layout.bounds, `${project.name}: thematic map`);
      return saveExport(project.name, 'thematic map', format, format === 'svg' ? picture.markup : await svgToPng(picture));
    }, (line) => line);
  };

  const dragged = drag ? byId.get(drag.id) ?? null : null;
  // The dragged copy floats just below and right of the pointer, leaving the target in sight.
  const ghostAt = (() => {
    if (!drag || !svg) return null;
    const box = svg.getBoundingClientRect();
    return { x: (drag.clientX - box.left + 14 - view.x) / view.k, y: (drag.clientY - box.top + 12 - view.y) / view.k };
  })();
  const dropTarget = drag && drag.targetId && drag.targetId !== drag.id ? drag.targetId : null;
  const dropState = (targetId: string) => {
    if (!drag || dropTarget !== targetId) return null;
    const verdict = dropVerdict(tree, drag.id, targetId === TOP_LEVEL ? null : targetId);
    return verdict === 'none' ? null : verdict;
  };
  const spine = layout.spine;
  const spineLabel = project ? wrapLabel(project.name, spine.height - 24, 1, (t) => measure(t, true)).lines[0] : '';
  const spineDrop = dropState(TOP_LEVEL);
  const moving = movingId ? byId.get(movingId) ?? null : null;
  const themeCount = tree.length;
  const codeCount = layout.nodes.length;

  return (
    <section className="thematic-map" aria-labelledby={headingId}>
      <h2 id={headingId}>Thematic map</h2>
      <p className="small muted" id={helpId}>
        Drag a code onto another to put it beneath, or onto the project's bar at the left to make it a theme.
        With the keyboard: arrow keys move between codes, <kbd>M</kbd> moves the selected one. Drag the background
        to pan; <kbd>Ctrl</kbd> + scroll zooms.
      </p>
      <div className="map-toolbar">
        <div className="map-toolbar-group">
          <button type="button" onClick={() => focusId && setMovingId(focusId)} disabled={!current}>Move to…</button>
          <span className="map-selected">
            {current ? <>Selected: <strong>{current.node.code.name}</strong></> : 'No code selected'}
          </span>
        </div>
        <div className="map-toolbar-group">
          <button type="button" onClick={zoomIn}>Zoom in</button>
          <button type="button" onClick={zoomOut}>Zoom out</button>
          <button type="button" onClick={fit}>Fit to view</button>
        </div>
        <div className="map-toolbar-group">
          <button type="button" onClick={() => void exportAs('svg')} disabled={codeCount === 0}>Export SVG</button>
          <button type="button" onClick={() => void exportAs('png')} disabled={codeCount === 0}>Export PNG</button>
        </div>
        {/* Always takes its room, so a message never pushes the map down under the pointer. */}
        <div className="map-status"><Status message={message} onDismiss={() => setMessage(null)} /></div>
      </div>
      <div className="map-frame" ref={setFrame}>
        {codeCount === 0 ? <p className="map-empty">No codes yet: codes you make in the Code phase appear here.</p> : width > 0 && (
          <svg
            ref={setSvg} className={`map-svg${drag ? ' is-dragging' : ''}`} width={width} height={height}
            role="tree" aria-label={`Thematic map: ${plural(themeCount, 'top-level code')}, ${plural(codeCount, 'code')} in all`}
            aria-describedby={helpId} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}
          >
            <g data-map-viewport="" role="none" transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
              <g className="map-links" aria-hidden="true">
                {layout.links.map((link) => <path key={link.id} d={link.path} className="map-link" />)}
              </g>
              <g className={`map-spine${spineDrop ? ` drop-${spineDrop}` : ''}`} data-drop-id={TOP_LEVEL} aria-hidden="true">
                <title>{`${project?.name ?? 'The project'}: drop a code here to make it a theme`}</title>
                <rect width={spine.width} height={spine.height} rx={8} />
                <text transform={`translate(${spine.width / 2},${spine.height / 2}) rotate(-90)`} textAnchor="middle" dominantBaseline="central">
                  {spineLabel}
                </text>
              </g>
              {layout.nodes.map((node) => (
                <MapNodeCard
                  key={node.id} node={node} levelCount={levelNames.length}
                  label={nodeLabel(node, node.parentId ? nameOf(node.parentId) : null)}
                  isFocusable={node.id === focusId} isCurrent={node.id === focusId}
                  isDragged={drag?.id === node.id} drop={dropState(node.id)} onPointerDown={onCardPointerDown}
                />
              ))}
              {dragged && ghostAt && <MapNodeCard node={dragged} levelCount={levelNames.length} at={ghostAt} />}
            </g>
          </svg>
        )}
      </div>
      <MapLegend levelNames={levelNames} />
      {moving && tree && (
        <MoveDialog
          name={moving.node.code.name} options={parentOptions(tree, moving.id)}
          onCancel={() => { setMovingId(null); returnFocus(moving.id); }}
          onMove={(parentId) => { setMovingId(null); returnFocus(moving.id); void moveTo(moving.id, parentId); }}
        />
      )}
    </section>
  );
}
