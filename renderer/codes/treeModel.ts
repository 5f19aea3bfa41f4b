/**
 * The tree editor's keyboard and filter logic, pure: which rows show, and where focus goes on a
 * key (the WAI-ARIA APG treeview pattern). No React, no DOM, so it is tested on its own.
 */
import type { CodeNode } from '../../shared/analysis/codeTree';
import type { Code } from '../../shared/model';

export interface TreeRow {
  node: CodeNode;
  id: string;
  /** The parent as shown (null at the top level). */
  parentId: string | null;
  /** aria-level: 1 at the top. */
  level: number;
  /** aria-setsize and aria-posinset among the siblings shown. */
  setSize: number;
  posInSet: number;
  hasChildren: boolean;
  isExpanded: boolean;
  /** False for an ancestor shown only because something beneath it matches the filter. */
  isMatch: boolean;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

/** True when the query (trimmed, case and accents ignored) is in the code's name, an alias or its definition. */
export function matchesFilter(code: Pick<Code, 'name' | 'aliases' | 'definition'>, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  return [code.name, ...code.aliases, code.definition].some((text) => fold(text).includes(q));
}

/**
 * The rows to show, depth first. Without a filter, children of collapsed codes are hidden. With
 * one, the matching codes show with their ancestors (expanded, whatever their collapsed state,
 * so every match is visible); codes beneath a match that do not match themselves are hidden.
 */
export function visibleRows(nodes: readonly CodeNode[], collapsed: ReadonlySet<string>, query = ''): TreeRow[] {
  const isFiltering = query.trim() !== '';
  const keep = new Set<string>();
  if (isFiltering) {
    const mark = (node: CodeNode): boolean => {
      let hasMatchBelow = false;
      for (const child of node.children) if (mark(child)) hasMatchBelow = true;
      const shown = hasMatchBelow || matchesFilter(node.code, query);
      if (shown) keep.add(node.code.id);
      return shown;
    };
    nodes.forEach(mark);
  }
  const rows: TreeRow[] = [];
  const walk = (siblings: readonly CodeNode[], parentId: string | null, level: number) => {
    const shown = isFiltering ? siblings.filter((n) => keep.has(n.code.id)) : siblings;
    shown.forEach((node, i) => {
      const children = isFiltering ? node.children.filter((c) => keep.has(c.code.id)) : node.children;
      const isExpanded = isFiltering ? children.length > 0 : !collapsed.has(node.code.id);
      rows.push({
        node, id: node.code.id, parentId, level, setSize: shown.length, posInSet: i + 1,
        hasChildren: children.length > 0, isExpanded: children.length > 0 && isExpanded,
        isMatch: !isFiltering || matchesFilter(node.code, query),
      });
      if (children.length > 0 && isExpanded) walk(children, node.code.id, level + 1);
    });
  };
  walk(nodes, null, 1);
  return rows;
}

export const NAVIGATION_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export const isNavigationKey = (key: string): key is NavigationKey => (NAVIGATION_KEYS as readonly string[]).includes(key);

/** What a navigation key does: move focus, or open or close a branch. */
export type TreeCommand = { focus: string } | { expand: string } | { collapse: string };

/**
 * The APG treeview keys: Down and Up move to the next and previous visible row; Right opens a
 * closed branch, or moves into an open one; Left closes an open branch, or moves to the parent;
 * Home and End go to the first and last visible row. Null when the key does nothing here.
 * When the focused code is not among the rows (filtered away), any key goes to the first row.
 */
export function treeCommand(rows: readonly TreeRow[], currentId: string | null, key: NavigationKey): TreeCommand | null {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const index = rows.findIndex((r) => r.id === currentId);
  const row = rows[index];
  if (!row) return { focus: first.id };
  switch (key) {
    case 'ArrowDown': return index + 1 < rows.length ? { focus: rows[index + 1]!.id } : null;
    case 'ArrowUp': return index > 0 ? { focus: rows[index - 1]!.id } : null;
    case 'Home': return row.id === first.id ? null : { focus: first.id };
    case 'End': return row.id === last.id ? null : { focus: last.id };
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return row.isExpanded ? { focus: rows[index + 1]!.id } : { expand: row.id };
    case 'ArrowLeft':
      if (row.hasChildren && row.isExpanded) return { collapse: row.id };
      return row.parentId ? { focus: row.parentId } : null;
  }
}

/** The row to focus when none is: the selected code if shown, else the first row. */
export function rovingFocus(rows: readonly TreeRow[], focusedId: string | null, selectedId: string | null): string | null {
  for (const id of [focusedId, selectedId]) if (id && rows.some((r) => r.id === id)) return id;
  return rows[0]?.id ?? null;
}

/** The code beside a removed one to move to: the next row, else the previous, else none. */
export function neighbourOf(rows: readonly TreeRow[], id: string): string | null {
  const index = rows.findIndex((r) => r.id === id);
  if (index < 0) return null;
  const after = rows.slice(index + 1).find((r) => r.level <= rows[index]!.level);
  return after?.id ?? rows[index - 1]?.id ?? null;
}
