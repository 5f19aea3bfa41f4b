/**
 * Where a code goes when it is moved by keyboard (outliner keys) or dropped: a new parent and an
 * index among the new siblings not counting the code itself, as `moveCode` takes them. Pure.
 */
import type { CodeNode } from '../../shared/analysis/codeTree';

export interface MoveTarget {
  parentId: string | null;
  index: number;
}

export type MoveDirection = 'up' | 'down' | 'indent' | 'outdent';
export type DropPosition = 'before' | 'inside' | 'after';

interface Place {
  node: CodeNode;
  parent: CodeNode | null;
  siblings: readonly CodeNode[];
  index: number;
}

/** Finds a code in the forest with its parent and siblings. */
export function findPlace(nodes: readonly CodeNode[], id: string, parent: CodeNode | null = null): Place | null {
  for (const [index, node] of nodes.entries()) {
    if (node.code.id === id) return { node, parent, siblings: nodes, index };
    const below = findPlace(node.children, id, node);
    if (below) return below;
  }
  return null;
}

const contains = (node: CodeNode, id: string): boolean => node.code.id === id || node.children.some((c) => contains(c, id));

/**
 * The outliner moves: up and down swap with the previous or next sibling; indent makes the code
 * the last child of its previous sibling; outdent puts it just after its parent. Null when the
 * move is impossible (first sibling up, last down, no previous sibling to indent under, top level
 * outdent).
 */
export function keyboardMove(nodes: readonly CodeNode[], id: string, direction: MoveDirection): MoveTarget | null {
  const place = findPlace(nodes, id);
  if (!place) return null;
  const parentId = place.parent?.code.id ?? null;
  switch (direction) {
    case 'up': return place.index > 0 ? { parentId, index: place.index - 1 } : null;
    case 'down': return place.index < place.siblings.length - 1 ? { parentId, index: place.index + 1 } : null;
    case 'indent': {
      const previous = place.siblings[place.index - 1];
      return previous ? { parentId: previous.code.id, index: previous.children.length } : null;
    }
    case 'outdent': {
      if (!place.parent) return null;
      const parentPlace = findPlace(nodes, place.parent.code.id);
      return parentPlace ? { parentId: parentPlace.parent?.code.id ?? null, index: parentPlace.index + 1 } : null;
    }
  }
}

/**
 * Dropping a dragged code on a row: inside makes it the target's last child; before and after
 * place it beside the target. Null when the drop would put a code beneath itself or change
 * nothing.
 */
export function dropMove(nodes: readonly CodeNode[], draggedId: string, targetId: string, position: DropPosition): MoveTarget | null {
  const dragged = findPlace(nodes, draggedId);
  const target = findPlace(nodes, targetId);
  if (!dragged || !target || contains(dragged.node, targetId)) return null;
  let move: MoveTarget;
  if (position === 'inside') {
    const children = target.node.children.filter((c) => c.code.id !== draggedId);
    move = { parentId: targetId, index: children.length };
  } else {
    const siblings = target.siblings.filter((c) => c.code.id !== draggedId);
    const at = siblings.findIndex((c) => c.code.id === targetId);
    move = { parentId: target.parent?.code.id ?? null, index: position === 'before' ? at : at + 1 };
  }
  const currentParent = dragged.parent?.code.id ?? null;
  return move.parentId === currentParent && move.index === dragged.index ? null : move;
}

/** Where the pointer is over a row of the given height: the top and bottom quarters mean beside it. */
export function dropPosition(offsetY: number, height: number): DropPosition {
  if (offsetY < height / 4) return 'before';
  if (offsetY > (height * 3) / 4) return 'after';
  return 'inside';
}
