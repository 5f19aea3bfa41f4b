import type { PointerEvent } from 'react';
import { GEOMETRY, type MapNode } from './mapLayout';

export type DropState = 'move' | 'refused' | null;

interface Props {
  node: MapNode;
  levelCount: number;
  /** The accessible name; absent for the copy that follows the pointer while dragging. */
  label?: string;
  isFocusable?: boolean;
  isCurrent?: boolean;
  isDragged?: boolean;
  drop?: DropState;
  /** Drawn elsewhere (map units), for the dragged copy. */
  at?: { x: number; y: number };
  onPointerDown?: (id: string, event: PointerEvent<SVGGElement>) => void;
}

/** The style a card takes from its level: the theme, a level in between, or a leaf. */
export function levelClass(levelIndex: number, levelCount: number): 'theme' | 'middle' | 'leaf' {
  if (levelIndex === 0) return 'theme';
  return levelIndex >= Math.max(levelCount, 3) - 1 ? 'leaf' : 'middle';
}

/**
 * One code on the map, as two siblings: the card that is drawn (hidden from screen readers; it
 * takes the pointer, shows the full name as a tooltip and is the drop target), and above it the
 * treeitem, an empty focusable box named by `label` that draws the focus ring. Keeping the drawn
 * text out of the treeitem keeps its name exactly the label (wrapped or cut names, the count).
 */
export function MapNodeCard({ node, levelCount, label, isFocusable, isCurrent, isDragged, drop, at, onPointerDown }: Props) {
  const g = GEOMETRY;
  const isGhost = label === undefined;
  const level = levelClass(node.levelIndex, levelCount);
  const classes = ['map-card-group', `map-${level}`, isDragged && 'is-dragged', drop && `drop-${drop}`, isGhost && 'map-ghost'].filter(Boolean).join(' ');
  const transform = `translate(${at?.x ?? node.x},${at?.y ?? node.y})`;
  const middle = node.height / 2;
  const drawing = (
    <g
      className={classes} transform={transform} aria-hidden="true"
      data-card-id={isGhost ? undefined : node.id} data-drop-id={isGhost ? undefined : node.id} data-export={isGhost ? 'skip' : undefined}
      onPointerDown={onPointerDown && !isGhost ? (e) => onPointerDown(node.id, e) : undefined}
    >
      <title>{`${node.node.code.name} (${node.count} ${node.count === '1' ? 'coding' : 'codings'})`}</title>
      <rect className="map-card" width={node.width} height={node.height} rx={6} />
      {level === 'theme' && (
        <rect className="map-card-tint" width={node.width} height={node.height} rx={6} fill={node.node.code.color} stroke={node.node.code.color} />
      )}
      <circle className="map-dot" cx={g.padLeft + g.dotRadius} cy={middle} r={g.dotRadius} fill={node.node.code.color} />
      <text className="map-name" dominantBaseline="central">
        {node.lines.map((line, i) => <tspan key={i} x={g.textLeft} y={g.padY + g.lineHeight * (i + 0.5)}>{line}</tspan>)}
      </text>
      <text className="map-count" x={node.width - g.padRight} y={middle} textAnchor="end" dominantBaseline="central">{node.count}</text>
    </g>
  );
  if (isGhost) return drawing;
  return (
    <>
      {drawing}
      <g
        className={`map-node${isCurrent ? ' is-current' : ''}`} transform={transform} role="treeitem" aria-label={label}
        aria-level={node.ariaLevel} aria-setsize={node.setSize} aria-posinset={node.posInSet}
        tabIndex={isFocusable ? 0 : -1} data-node-id={node.id} data-export="skip"
      >
        <rect className="map-ring" x={-4} y={-4} width={node.width + 8} height={node.height + 8} rx={9} />
      </g>
    </>
  );
}
