/**
 * Which themes of the code tree are split into columns by a level of the tree (the perspective
 * level: "Carers" | "HSC professionals"), and under which column names (DOMAIN.md "The study":
 * the perspective is a level of the theme tree, not an attribute of the speaker).
 */
import type { CodeNode } from '../analysis/codeTree';

export interface ThemeLayout {
  theme: CodeNode;
  /** The theme's nodes at the column level, by name, in tree order; null for an unsplit theme. */
  columns: Map<string, CodeNode[]> | null;
}

/** Descendants of `node` exactly `steps` levels below it, in tree order. */
function nodesBelow(node: CodeNode, steps: number): CodeNode[] {
  if (steps === 0) return [node];
  return node.children.flatMap((child) => nodesBelow(child, steps - 1));
}

/**
 * For columns at tree level L (L ≥ 2, 1-based; 2 is the perspective level): a theme's "column
 * nodes" are its descendants at 0-based depth L-1. Column names are the names of column nodes
 * that have children and appear under at least two themes (under the one theme, when only one
 * has such nodes). A theme is split when it has at least one column node and every column
 * node's name is a column name; every other theme is unsplit.
 */
export function findingsLayout(themes: readonly CodeNode[], level: number): ThemeLayout[] {
  if (!Number.isInteger(level) || level < 2) throw new Error(`Findings columns: level ${level} is not a level below the themes (use 2 or more).`);
  const columnNodes = themes.map((theme) => nodesBelow(theme, level - 1));
  const themesByName = new Map<string, number>();
  let themesWithParents = 0;
  for (const nodes of columnNodes) {
    const names = new Set(nodes.filter((n) => n.children.length > 0).map((n) => n.code.name));
    if (names.size > 0) themesWithParents += 1;
    for (const name of names) themesByName.set(name, (themesByName.get(name) ?? 0) + 1);
  }
  const needed = themesWithParents === 1 ? 1 : 2;
  const columnNames = new Set([...themesByName].filter(([, count]) => count >= needed).map(([name]) => name));
  return themes.map((theme, i) => {
    const nodes = columnNodes[i]!;
    if (nodes.length === 0 || !nodes.every((n) => columnNames.has(n.code.name))) return { theme, columns: null };
    const columns = new Map<string, CodeNode[]>();
    for (const node of nodes) columns.set(node.code.name, [...(columns.get(node.code.name) ?? []), node]);
    return { theme, columns };
  });
}
