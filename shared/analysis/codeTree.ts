/**
 * The code tree as nested nodes, with counts. Pure: codes and codings in, tree out.
 */
import type { Code, Coding } from '../model';

export interface CodeNode {
  code: Code;
  depth: number;
  /** Names from the root to this code. */
  path: string[];
  children: CodeNode[];
  /** Codings of this code itself. */
  codings: number;
  /** Codings of this code and every descendant. */
  totalCodings: number;
  /** Distinct sources coded with this code or a descendant. */
  sources: number;
}

/**
 * Builds the forest ordered by `order` then name. Codes whose parent is missing become roots;
 * a parent cycle is broken where it is found (the code is treated as a root) so a damaged
 * project still shows every code.
 */
export function buildCodeTree(codes: readonly Code[], codings: readonly Coding[]): CodeNode[] {
  const byId = new Map<string, Code>(codes.map((c) => [c.id, c]));
  const kids = new Map<string, Code[]>();
  const roots: Code[] = [];
  for (const code of codes) {
    const parent = code.parentId ? byId.get(code.parentId) : undefined;
    if (!parent || createsCycle(code, byId)) roots.push(code);
    else pushTo(kids, parent.id, code);
  }
  const codingsOf = new Map<string, Coding[]>();
  for (const coding of codings) pushTo(codingsOf, coding.codeId, coding);
  const sortCodes = (list: Code[]) => [...list].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

  const build = (code: Code, depth: number, path: string[]): { node: CodeNode; sourceIds: Set<string> } => {
    const own = codingsOf.get(code.id) ?? [];
    const sourceIds = new Set<string>(own.map((c) => c.sourceId));
    const children: CodeNode[] = [];
    let totalCodings = own.length;
    for (const child of sortCodes(kids.get(code.id) ?? [])) {
      const built = build(child, depth + 1, [...path, child.name]);
      children.push(built.node);
      totalCodings += built.node.totalCodings;
      for (const id of built.sourceIds) sourceIds.add(id);
    }
    return { node: { code, depth, path, children, codings: own.length, totalCodings, sources: sourceIds.size }, sourceIds };
  };
  return sortCodes(roots).map((code) => build(code, 0, [code.name]).node);
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function createsCycle(code: Code, byId: Map<string, Code>): boolean {
  const seen = new Set<string>([code.id]);
  let cursor = code.parentId ? byId.get(code.parentId) : undefined;
  while (cursor) {
    if (seen.has(cursor.id)) return true;
    seen.add(cursor.id);
    cursor = cursor.parentId ? byId.get(cursor.parentId) : undefined;
  }
  return false;
}

/** Depth-first list of every node, for flat displays. */
export function flattenTree(nodes: readonly CodeNode[]): CodeNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/**
 * The name of a node's level, for display. Top-level codes take the first name and leaves the
 * last, so a theme whose subthemes sit directly beneath it (no perspective level) still calls
 * them subthemes; codes in between take the name of their depth. Empty when no names are set.
 */
export function levelName(node: CodeNode, levelNames: readonly string[]): string {
  if (levelNames.length === 0) return '';
  if (node.depth === 0) return levelNames[0] ?? '';
  if (node.children.length === 0) return levelNames[levelNames.length - 1] ?? '';
  return levelNames[Math.min(node.depth, levelNames.length - 1)] ?? '';
}
