import { useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CodeCounts } from '../../shared/analysis/codeCounts';
import { CodeTreeRow, type RowDragHandlers } from './CodeTreeRow';
import { dropPosition, type DropPosition, type MoveDirection } from './treeMoves';
import { isNavigationKey, treeCommand, type TreeCommand, type TreeRow } from './treeModel';

interface Props {
  label: string;
  rows: TreeRow[];
  /** The one row in the tab order (roving tabindex). */
  focusId: string | null;
  selectedId: string | null;
  levelNames: readonly string[];
  counts: ReadonlyMap<string, CodeCounts>;
  hasParticipants: boolean;
  /** Focus moved to a row (selection follows focus). */
  onFocusRow: (id: string) => void;
  onToggle: (id: string, expanded: boolean) => void;
  onMove: (id: string, direction: MoveDirection) => void;
  onDrop: (draggedId: string, targetId: string, position: DropPosition) => void;
  /** Enter: go and edit the code's details. */
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
  /** Turns an open/close command into something else (e.g. while filtering, when branches cannot close). */
  adjustCommand?: (command: TreeCommand, row: TreeRow) => TreeCommand | null;
  /** A new object asks for keyboard focus on that row (e.g. after a delete started in the tree). */
  focusRequest?: { id: string } | null;
}

const rowIdOf = (target: EventTarget | null): string | undefined =>
  (target instanceof HTMLElement ? target.closest<HTMLElement>('[data-code-id]')?.dataset.codeId : undefined);
const rowElement = (root: HTMLElement | null, id: string) =>
  [...(root?.querySelectorAll<HTMLElement>('[data-code-id]') ?? [])].find((e) => e.dataset.codeId === id) ?? null;

/** True when the row is `ancestorId` or shown beneath it. */
function isWithin(rows: readonly TreeRow[], id: string, ancestorId: string): boolean {
  const parents = new Map(rows.map((r) => [r.id, r.parentId]));
  for (let cursor: string | null | undefined = id; cursor; cursor = parents.get(cursor)) if (cursor === ancestorId) return true;
  return false;
}

const MOVE_KEYS: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
const DRAG_TYPE = 'application/x-storyloom-code';

/** The code tree as an ARIA tree: arrow keys move, Alt+arrows move the code, rows can be dragged. */
export function CodeTree(props: Props) {
  const { label, rows, focusId, selectedId, onFocusRow, onToggle, onMove, onDrop, onEdit, onDelete, adjustCommand, focusRequest } = props;
  const idPrefix = useId();
  const container = useRef<HTMLDivElement>(null);
  const isActive = useRef(false);
  const dragged = useRef<string | null>(null);
  const [dropHint, setDropHint] = useState<{ id: string; position: DropPosition } | null>(null);

  // Keep focus on the focused row while the user works in the tree, including after a move
  // re-renders the rows (a moved element can lose focus when it is re-inserted).
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !isActive.current || !focusId) return;
    const element = rowElement(root, focusId);
    const active = document.activeElement;
    if (element && active !== element && (active === null || active === document.body || root.contains(active))) element.focus();
  }, [focusId, rows]);

  useLayoutEffect(() => {
    if (!focusRequest) return;
    isActive.current = true;
    rowElement(container.current, focusRequest.id)?.focus();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = rows.find((r) => r.id === rowIdOf(event.target));
    if (!row || event.ctrlKey || event.metaKey) return;
    if (event.altKey) {
      const direction = MOVE_KEYS[event.key];
      if (!direction || event.shiftKey) return;
      event.preventDefault(); // Alt+Left is also the browser's Back.
      onMove(row.id, direction);
      return;
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      onEdit(row.id);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onDelete(row.id);
    } else if (isNavigationKey(event.key) && !event.shiftKey) {
      event.preventDefault();
      const raw = treeCommand(rows, row.id, event.key);
      const command = raw && adjustCommand ? adjustCommand(raw, row) : raw;
      if (!command) return;
      if ('focus' in command) onFocusRow(command.focus);
      else if ('expand' in command) onToggle(command.expand, true);
      else onToggle(command.collapse, false);
    }
  };

  const endDrag = () => {
    dragged.current = null;
    setDropHint(null);
  };
  const drag: RowDragHandlers = {
    onDragStart: (id, event) => {
      dragged.current = id;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, id);
      event.dataTransfer.setData('text/plain', rows.find((r) => r.id === id)?.node.code.name ?? '');
    },
    onDragOver: (id, event: DragEvent<HTMLElement>) => {
      if (!dragged.current || isWithin(rows, id, dragged.current)) return; // not beneath itself: no drop here
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const box = event.currentTarget.getBoundingClientRect();
      const position = dropPosition(event.clientY - box.top, box.height);
      if (dropHint?.id !== id || dropHint.position !== position) setDropHint({ id, position });
    },
    onDrop: (id, event) => {
      event.preventDefault();
      const from = dragged.current ?? event.dataTransfer.getData(DRAG_TYPE);
      const box = event.currentTarget.getBoundingClientRect();
      const position = dropPosition(event.clientY - box.top, box.height);
      endDrag();
      if (from && from !== id) onDrop(from, id, position);
    },
    onDragEnd: endDrag,
  };

  return (
    <div
      ref={container} role="tree" aria-label={label} className="code-tree-editor"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        isActive.current = true;
        // Focus can arrive other than by our keys (a screen reader, a script): follow it.
        const id = rowIdOf(e.target);
        if (id && id !== focusId) onFocusRow(id);
      }}
      onBlur={(e) => { if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) isActive.current = false; }}
      onDragLeave={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropHint(null); }}
    >
      {rows.map((row) => (
        <CodeTreeRow
          key={row.id} row={row} idPrefix={idPrefix} levelNames={props.levelNames} counts={props.counts.get(row.id)}
          hasParticipants={props.hasParticipants} isSelected={row.id === selectedId} isFocusable={row.id === focusId}
          dropHint={dropHint?.id === row.id ? dropHint.position : null} drag={drag}
          onClick={(id) => { isActive.current = true; onFocusRow(id); }} onToggle={onToggle}
        />
      ))}
    </div>
  );
}
