import type { RefObject } from 'react';
import type { CodeCounts } from '../../shared/analysis/codeCounts';
import type { CodeNode } from '../../shared/analysis/codeTree';
import type { ProjectId } from '../../shared/model';
import { MemoButton } from '../memos/MemoButton';
import { CodeDetailsForm } from './CodeDetailsForm';
import { MergeSection } from './MergeSection';
import { SplitSection } from './SplitSection';
import type { MoveDirection } from './treeMoves';
import type { CodeTreeData } from './useCodeTreeData';
import type { StatusMessage } from '../components/Status';
import { plural, type RunAction } from './useEditorStatus';

interface Props {
  projectId: ProjectId;
  node: CodeNode | null;
  counts: CodeCounts | undefined;
  data: CodeTreeData;
  nameInput: RefObject<HTMLInputElement | null>;
  /** Which outliner moves are possible for this code now. */
  canMove: Record<MoveDirection, boolean>;
  run: RunAction;
  onMessage: (message: StatusMessage) => void;
  onMove: (direction: MoveDirection) => void;
  onAddChild: () => void;
  onDelete: () => void;
  onSelect: (id: string) => void;
}

const MOVES: { direction: MoveDirection; label: string; keys: string }[] = [
  { direction: 'up', label: 'Move up', keys: 'Alt+ArrowUp' },
  { direction: 'down', label: 'Move down', keys: 'Alt+ArrowDown' },
  { direction: 'outdent', label: 'Outdent', keys: 'Alt+ArrowLeft' },
  { direction: 'indent', label: 'Indent', keys: 'Alt+ArrowRight' },
];

/** The side panel: everything that can be done to the selected code. */
export function CodePanel({ projectId, node, counts, data, nameInput, canMove, run, onMessage, onMove, onAddChild, onDelete, onSelect }: Props) {
  if (!node) {
    return (
      <aside className="code-panel" aria-label="Selected code">
        <p className="muted">Select a code in the tree to edit, move, merge, split or delete it.</p>
      </aside>
    );
  }
  const { code } = node;
  return (
    <aside className="code-panel" aria-label={`Selected code: ${code.name}`}>
      <h3 className="panel-title"><span className="swatch" style={{ background: code.color }} aria-hidden="true" /> {code.name}</h3>
      {node.path.length > 1 && <p className="small muted path">{node.path.slice(0, -1).join(' › ')}</p>}
      {counts && (
        <p className="small">
          {plural(counts.codings, 'coding')}{counts.ownCodings !== counts.codings && ` (${counts.ownCodings} on this code itself)`}
          {' · '}{plural(counts.sources, 'source')}{data.hasTexts && ` · ${plural(counts.participants, 'participant')}`}
        </p>
      )}
      <CodeDetailsForm projectId={projectId} code={code} nameInput={nameInput} onSaved={onMessage} />
      <p><MemoButton projectId={projectId} anchor={{ type: 'code', id: code.id }}>Memo on this code</MemoButton></p>

      <section className="panel-section" aria-label="Position in the tree">
        <h4>Position</h4>
        <div className="button-row">
          {MOVES.map((m) => (
            // aria-disabled rather than disabled: the button keeps focus when the move runs out, and says why.
            <button key={m.direction} type="button" aria-disabled={!canMove[m.direction]} aria-keyshortcuts={m.keys}
              onClick={() => onMove(m.direction)}>{m.label}</button>
          ))}
        </div>
        <button type="button" onClick={onAddChild}>Add a code under this one…</button>
      </section>

      <MergeSection projectId={projectId} node={node} tree={data.tree} ownCodings={counts?.ownCodings ?? 0} run={run} onMerged={onSelect} />
      <SplitSection projectId={projectId} code={code} codings={data.codings} sources={data.sources} texts={data.texts} run={run} onSplit={onSelect} />

      <section className="panel-section" aria-label="Delete">
        <button type="button" className="danger-outline" onClick={onDelete}>Delete…</button>
      </section>
    </aside>
  );
}
