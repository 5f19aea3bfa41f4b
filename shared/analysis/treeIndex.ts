/**
 * The code tree flattened for analyses that look codes up by id: every node in tree order
 * (depth-first, siblings by `order` then name, as `buildCodeTree`) and each code's chain of
 * ancestors. Built on `buildCodeTree`, so a damaged tree (missing parent, cycle) is shown the
 * same way everywhere.
 */
import type { Code } from '../model';
import { buildCodeTree, type CodeNode } from './codeTree';

export interface TreeIndex {
  /** Every node, depth-first in tree order. */
  order: readonly CodeNode[];
  /** Code id → the nodes from its root down to itself (so `chain[d]` is its ancestor at depth d). */
  chains: ReadonlyMap<string, readonly CodeNode[]>;
}

export function indexTree(codes: readonly Code[]): TreeIndex {
  const order: CodeNode[] = [];
  const chains = new Map<string, CodeNode[]>();
  const visit = (node: CodeNode, above: readonly CodeNode[]): void => {
    const chain = [...above, node];
    order.push(node);
    chains.set(node.code.id, chain);
    for (const child of node.children) visit(child, chain);
  };
  for (const root of buildCodeTree(codes, [])) visit(root, []);
  return { order, chains };
}
