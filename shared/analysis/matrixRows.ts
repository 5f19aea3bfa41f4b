/**
 * The rows of the theme matrix, and which rows each code's codings count in.
 *
 * `depth:N` shows every code at 0-based depth below N; a coding counts in its code's row and in
 * every ancestor's row within that depth, so a theme's row holds its own codings and all those
 * beneath it, and deeper codes fold into their nearest shown ancestor. `codes` shows every code,
 * each on its own codings only.
 */
import type { MatrixRow, MatrixRows } from './matrixTypes';
import type { TreeIndex } from './treeIndex';

export interface RowPlan {
  rows: MatrixRow[];
  /** Code id → the indices of the rows its codings count in (absent: in none). */
  targets: ReadonlyMap<string, readonly number[]>;
}

export function planRows(tree: TreeIndex, choice: MatrixRows): RowPlan {
  if (choice.kind === 'depth' && !(Number.isInteger(choice.depth) && choice.depth >= 1)) {
    throw new Error(`Matrix rows: depth must be a whole number of 1 or more, not ${choice.depth}`);
  }
  const limit = choice.kind === 'depth' ? choice.depth : Infinity;
  const shown = tree.order.filter((node) => node.depth < limit);
  const index = new Map<string, number>(shown.map((node, i) => [node.code.id, i]));
  const rows = shown.map((node): MatrixRow => {
    const chain = tree.chains.get(node.code.id) ?? [node];
    return {
      codeId: node.code.id,
      name: node.code.name,
      path: node.path,
      depth: node.depth,
      parentId: chain.length > 1 ? chain[chain.length - 2]!.code.id : null,
      hasChildren: node.children.length > 0 && node.depth + 1 < limit,
    };
  });
  const targets = new Map<string, number[]>();
  for (const node of tree.order) {
    const id = node.code.id;
    if (choice.kind === 'codes') {
      targets.set(id, [index.get(id)!]);
      continue;
    }
    const chain = tree.chains.get(id) ?? [node];
    const within: number[] = [];
    for (const above of chain) {
      const row = index.get(above.code.id);
      if (row !== undefined) within.push(row);
    }
    targets.set(id, within);
  }
  return { rows, targets };
}
