import type { DragEvent, MouseEvent } from 'react';
import type { CodeCounts } from '../../shared/analysis/codeCounts';
import { levelName } from '../../shared/analysis/codeTree';
import type { DropPosition } from './treeMoves';
import type { TreeRow } from './treeModel';

export interface RowDragHandlers {
  onDragStart: (id: string, event: DragEvent<HTMLElement>) => void;
  onDragOver: (id: string, event: DragEvent<HTMLElement>) => void;
  onDrop: (id: string, event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

interface Props {
  row: TreeRow;
  idPrefix: string;
  levelNames: readonly string[];
  counts: CodeCounts | undefined;
  /** False until the source texts are read: participants are counted from their turns. */
  hasParticipants: boolean;
  isSelected: boolean;
  isFocusable: boolean;
  dropHint: DropPosition | null;
  drag: RowDragHandlers;
  onClick: (id: string) => void;
  onToggle: (id: string, expanded: boolean) => void;
}

/**
 * One code of the tree: a treeitem named by its content, the code's name; its level, status and
 * counts are hidden from that name and given as its description instead.
 */
export function CodeTreeRow({ row, idPrefix, levelNames, counts, hasParticipants, isSelected, isFocusable, dropHint, drag, onClick, onToggle }: Props) {
  const { code } = row.node;
  const level = levelName(row.node, levelNames);
  const infoId = `${idPrefix}-${code.id}-info`;
  const countsId = `${idPrefix}-${code.id}-counts`;
  const toggle = (event: MouseEvent) => {
    event.stopPropagation();
    onToggle(row.id, !row.isExpanded);
  };
  const classes = ['tree-row', isSelected && 'selected', !row.isMatch && 'context', dropHint && `drop-${dropHint}`].filter(Boolean).join(' ');
  return (
    <div
      role="treeitem" className={classes} data-code-id={row.id}
      aria-level={row.level} aria-setsize={row.setSize} aria-posinset={row.posInSet}
      aria-expanded={row.hasChildren ? row.isExpanded : undefined} aria-selected={isSelected}
      aria-describedby={`${infoId} ${countsId}`}
      tabIndex={isFocusable ? 0 : -1} draggable
      style={{ paddingInlineStart: `${0.5 + (row.level - 1) * 1.5}rem` }}
      onClick={() => onClick(row.id)}
      onDragStart={(e) => drag.onDragStart(row.id, e)} onDragOver={(e) => drag.onDragOver(row.id, e)}
      onDrop={(e) => drag.onDrop(row.id, e)} onDragEnd={drag.onDragEnd}
    >
      {/* Mouse users open and close here; keyboard users use Left and Right, as in any tree. */}
      <span className="tree-toggle" aria-hidden="true" onClick={row.hasChildren ? toggle : undefined}>
        {row.hasChildren ? (row.isExpanded ? '▾' : '▸') : ''}
      </span>
      <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
      <span className="code-label">
        <span className="code-name">{code.name}</span>
        <span className="code-info" id={infoId} aria-hidden="true">
          {level && <><span className="level-chip">{level}</span><span className="visually-hidden">, </span></>}
          <span className={`status-chip status-${code.status}`}>{code.status}</span>
        </span>
      </span>
      {/* Numbers in columns under a visual header; the hidden words make the description read well. */}
      <span className="counts" id={countsId} aria-hidden="true">
        <Count kind="codings" value={counts?.codings} separator=", " />
        <Count kind="sources" value={counts?.sources} separator=", " />
        <Count kind="participants" value={hasParticipants ? counts?.participants : undefined} />
      </span>
    </div>
  );
}

const SINGULAR = { codings: 'coding', sources: 'source', participants: 'participant' } as const;

function Count({ kind, value, separator = '' }: { kind: keyof typeof SINGULAR; value: number | undefined; separator?: string }) {
  return (
    <span className="count" data-count={kind}>
      {value === undefined ? <span aria-hidden="true">…</span>
        : <><span className="num">{value}</span><span className="visually-hidden"> {value === 1 ? SINGULAR[kind] : kind}{separator}</span></>}
    </span>
  );
}
