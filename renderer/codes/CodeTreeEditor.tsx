import { useRef, useState } from 'react';
import { flattenTree, type CodeNode } from '../../shared/analysis/codeTree';
import type { CodeId, ProjectId } from '../../shared/model';
import { Loading } from '../components/Loading';
import { errorText, Status } from '../components/Status';
import { createCode, deleteCode, deletionImpact, moveCode } from '../db/repositories/codes';
import { CodePanel } from './CodePanel';
import { CodeTree } from './CodeTree';
import { CodeTreeToolbar } from './CodeTreeToolbar';
import { DeleteCodeDialog, type PendingDelete } from './DeleteCodeDialog';
import { dropMove, findPlace, keyboardMove, type DropPosition, type MoveDirection, type MoveTarget } from './treeMoves';
import { neighbourOf, rovingFocus, visibleRows, type TreeCommand, type TreeRow } from './treeModel';
import { useCodeTreeData } from './useCodeTreeData';
import { useEditorStatus } from './useEditorStatus';
import './codes.css';

interface Props {
  projectId: ProjectId;
  /** The tree's accessible name. */
  label: string;
  /** Codes at this depth and below start collapsed (0: only the top level shows); all open when absent. */
  collapseFromDepth?: number;
}

const DIRECTIONS: MoveDirection[] = ['up', 'down', 'indent', 'outdent'];
const CANNOT_MOVE: Record<MoveDirection, string> = {
  up: 'is already first at its level.',
  down: 'is already last at its level.',
  indent: 'cannot be indented: there is no code above it at its level to go under.',
  outdent: 'is already at the top level.',
};

function initialCollapsed(tree: readonly CodeNode[], depth: number | undefined): Set<string> {
  if (depth === undefined) return new Set();
  return new Set(flattenTree(tree).filter((n) => n.depth >= depth && n.children.length > 0).map((n) => n.code.id));
}

/** The theme tree editor: the tree with counts, a filter, creation, and a side panel for the selected code. */
export function CodeTreeEditor({ projectId, label, collapseFromDepth }: Props) {
  const data = useCodeTreeData(projectId);
  const { message, setMessage, run } = useEditorStatus();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);
  const [filter, setFilter] = useState('');
  // Kept after a create, so several codes can go under the same parent in a row.
  const [createParent, setCreateParent] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const createInput = useRef<HTMLInputElement>(null);
  const detailsInput = useRef<HTMLInputElement>(null);

  if (!data) return <Loading what="codes" />;
  if (collapsed === null) {
    setCollapsed(initialCollapsed(data.tree, collapseFromDepth));
    return null;
  }
  const { tree } = data;
  const rows = visibleRows(tree, collapsed, filter);
  const isFiltering = filter.trim() !== '';
  const focusId = rovingFocus(rows, focusedId, selectedId);
  const selected = selectedId ? findPlace(tree, selectedId)?.node ?? null : null;
  const nameOf = (id: string | null) => (id ? findPlace(tree, id)?.node.code.name ?? '' : '');

  const select = (id: string | null) => {
    setSelectedId(id);
    setFocusedId(id);
  };
  const expand = (...ids: (string | null)[]) => setCollapsed((set) => {
    const next = new Set(set);
    for (const id of ids) if (id) next.delete(id);
    return next;
  });
  const toggle = (id: string, isOpen: boolean) => (isOpen ? expand(id) : setCollapsed((set) => new Set(set).add(id)));

  const applyMove = async (id: string, target: MoveTarget, describe: string) => {
    expand(target.parentId);
    await run(() => moveCode(projectId, id as CodeId, target.parentId as CodeId | null, target.index), () => describe);
  };
  const move = (id: string, direction: MoveDirection) => {
    select(id);
    const target = keyboardMove(tree, id, direction);
    const name = nameOf(id);
    if (!target) {
      setMessage({ kind: 'info', text: `"${name}" ${CANNOT_MOVE[direction]}` });
      return;
    }
    const where = direction === 'up' || direction === 'down' ? `${direction}`
      : target.parentId ? `under "${nameOf(target.parentId)}"` : 'to the top level';
    void applyMove(id, target, `Moved "${name}" ${where}.`);
  };
  const drop = (draggedId: string, targetId: string, position: DropPosition) => {
    const target = dropMove(tree, draggedId, targetId, position);
    if (!target) return;
    select(draggedId);
    const where = position === 'inside' ? `under "${nameOf(targetId)}"` : `${position} "${nameOf(targetId)}"`;
    void applyMove(draggedId, target, `Moved "${nameOf(draggedId)}" ${where}.`);
  };

  const create = async (name: string, parentId: string | null) => {
    const created = await run(() => createCode(projectId, { name, parentId: parentId as CodeId | null }),
      () => `Created "${name.trim()}"${parentId ? ` under "${nameOf(parentId)}"` : ''}.`);
    if (!created) return false;
    expand(parentId);
    select(created.value);
    return true;
  };
  const requestDelete = async (id: string, isFromTree: boolean) => {
    select(id);
    try {
      setPendingDelete({ id, name: nameOf(id), impact: await deletionImpact(projectId, id as CodeId), isFromTree });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
    }
  };
  const confirmDelete = async (target: PendingDelete) => {
    setPendingDelete(null);
    const next = neighbourOf(rows, target.id);
    const done = await run(() => deleteCode(projectId, target.id as CodeId),
      () => `Deleted "${target.name}" with ${target.impact.codings} ${target.impact.codings === 1 ? 'coding' : 'codings'}.`);
    if (!done) return;
    select(next);
    // The deleted row had focus: give it to its neighbour rather than losing it to the page.
    if (target.isFromTree && next) setFocusRequest({ id: next });
  };
  const editDetails = (id: string) => {
    select(id);
    requestAnimationFrame(() => detailsInput.current?.focus());
  };
  // While filtering every shown branch stays open, so Left goes to the parent instead of closing.
  const adjustCommand = (command: TreeCommand, row: TreeRow): TreeCommand | null =>
    (isFiltering && !('focus' in command) ? (row.parentId ? { focus: row.parentId } : null) : command);

  const canMove = Object.fromEntries(DIRECTIONS.map((d) => [d, selected ? keyboardMove(tree, selected.code.id, d) !== null : false])) as Record<MoveDirection, boolean>;
  const total = flattenTree(tree).length;
  const parentOptions = [...new Set([selectedId, createParent])].flatMap((id) => (id && nameOf(id) ? [{ id, name: nameOf(id) }] : []));
  const matches = rows.filter((r) => r.isMatch).length;

  return (
    <div className="code-editor">
      <CodeTreeToolbar
        filter={filter} onFilter={setFilter} matchSummary={isFiltering ? `${matches} of ${total} codes match` : null}
        parentOptions={parentOptions} parentId={createParent} onParent={setCreateParent} onCreate={create} nameInput={createInput}
      />
      <Status message={message} onDismiss={() => setMessage(null)} />
      <div className="code-editor-body">
        <div className="code-tree-column">
          <div className="tree-columns" aria-hidden="true"><span>Codings</span><span>Sources</span><span>Participants</span></div>
          {rows.length > 0 ? (
            <CodeTree
              label={label} rows={rows} focusId={focusId} selectedId={selectedId} levelNames={data.levelNames}
              counts={data.counts} hasParticipants={data.hasTexts}
              onFocusRow={select} onToggle={toggle} onMove={move} onDrop={drop} onEdit={editDetails}
              onDelete={(id) => void requestDelete(id, true)} adjustCommand={adjustCommand} focusRequest={focusRequest}
            />
          ) : <p className="tree-empty">{isFiltering ? `No code matches "${filter.trim()}".` : 'No codes yet: name the first one above.'}</p>}
          <p className="small muted tree-help">
            Arrow keys move through the tree; Alt+Up and Alt+Down reorder, Alt+Right indents and Alt+Left outdents;
            Enter edits, Delete deletes. Drag a code onto another to put it beneath, or between two to reorder.
          </p>
        </div>
        <CodePanel
          projectId={projectId} node={selected} counts={selected ? data.counts.get(selected.code.id) : undefined} data={data}
          nameInput={detailsInput} canMove={canMove} run={run} onMessage={setMessage}
          onMove={(d) => selected && move(selected.code.id, d)}
          onAddChild={() => { setCreateParent(selectedId); createInput.current?.focus(); }}
          onDelete={() => selected && void requestDelete(selected.code.id, false)} onSelect={select}
        />
      </div>
      {pendingDelete && <DeleteCodeDialog pending={pendingDelete} onConfirm={() => void confirmDelete(pendingDelete)} onCancel={() => setPendingDelete(null)} />}
    </div>
  );
}
