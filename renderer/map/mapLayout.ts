/**
 * The thematic map's geometry, without the DOM: the code tree in, positioned cards and links
 * out (d3-hierarchy's tidy tree, horizontal, the project at the left), plus the rules the map
 * needs around it (labels, keyboard focus, drop targets, the parents a code may move under,
 * fitting the view). Text is measured by a function passed in, so tests need no canvas.
 */
import { hierarchy, tree as tidyTree, type HierarchyNode } from 'd3';
import { flattenTree, levelName, type CodeNode } from '../../shared/analysis/codeTree';

/** Measures a label's width in pixels at the map's font size; `isBold` for theme names. */
export type Measure = (text: string, isBold: boolean) => number;

export const GEOMETRY = {
  fontSize: 13,
  lineHeight: 16,
  /** Padding above and below the text of a card. */
  padY: 4,
  padLeft: 8,
  dotRadius: 5,
  /** From the card's left edge to where its text starts. */
  textLeft: 26,
  /** Between the name and the count, and after the count. */
  countGap: 10,
  padRight: 8,
  /** Centre to centre of two neighbouring one-line cards under the same parent. */
  row: 30,
  /** Extra space between neighbours with different parents, as a share of a row. */
  cousinSpacing: 1.25,
  minGap: 6,
  maxLines: 3,
  /** Widest label text per column: themes are narrower and wrap instead. */
  maxTextWidth: [180, 230, 230] as readonly number[],
  minCardWidth: 110,
  /** The bar at the left that stands for the project (the top level). */
  spineWidth: 28,
  spineGap: 36,
  columnGap: 44,
} as const;

export interface MapNode {
  id: string;
  node: CodeNode;
  /** The parent code's id, or null at the top level. */
  parentId: string | null;
  /** Column: 0 for themes. */
  depth: number;
  /** The card's box, in map units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The vertical middle of the card, where links meet it. */
  cy: number;
  lines: string[];
  /** True when the name did not fit and was cut short with an ellipsis. */
  isTruncated: boolean;
  /** What the card's number says: codings of the code and everything beneath it. */
  count: string;
  /** Index into the level names (0 theme ... last: leaf), for styling. */
  levelIndex: number;
  /** The level's name ("Theme", "Subtheme"), or '' when the project names none. */
  level: string;
  /** ARIA tree position. */
  ariaLevel: number;
  posInSet: number;
  setSize: number;
  childIds: string[];
}

export interface MapLink {
  /** The child's id; its parent is the project when `fromId` is null. */
  id: string;
  fromId: string | null;
  path: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLayout {
  /** Depth-first, in the order a screen reader and the arrow keys meet them. */
  nodes: MapNode[];
  links: MapLink[];
  /** The project's bar. */
  spine: Box;
  /** Everything drawn. */
  bounds: Box;
  /** Left edge of each column. */
  columns: number[];
}

export interface Wrapped {
  lines: string[];
  isTruncated: boolean;
}

const ELLIPSIS = '…';

/** Cuts text to fit `maxWidth`, ending it with an ellipsis. */
function truncate(text: string, maxWidth: number, measure: (t: string) => number): string {
  let cut = text;
  while (cut.length > 0 && measure(`${cut}${ELLIPSIS}`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Breaks a name into at most `maxLines` lines no wider than `maxWidth`, at spaces (a word
 * longer than a line is broken where it must); what does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines: number, measure: (t: string) => number): Wrapped {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const pushWord = (word: string) => {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      return;
    }
    if (current) lines.push(current);
    current = '';
    let rest = word;
    // A single word wider than a line: break it by characters.
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    current = rest;
  };
  for (const word of words) pushWord(word);
  if (current) lines.push(current);
  if (lines.length === 0) return { lines: [''], isTruncated: false };
  if (lines.length <= maxLines) return { lines, isTruncated: false };
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  kept[maxLines - 1] = truncate(last, maxWidth, measure);
  return { lines: kept, isTruncated: true };
}

/** The level index levelName() would pick, with at least three levels when none are named. */
export function levelIndexOf(node: CodeNode, levelCount: number): number {
  const count = Math.max(levelCount, 3);
  if (node.depth === 0) return 0;
  if (node.children.length === 0) return count - 1;
  return Math.min(node.depth, count - 1);
}

interface Sized {
  node: CodeNode;
  wrapped: Wrapped;
  textWidth: number;
  countWidth: number;
  height: number;
}

const cardHeight = (lines: number) => lines * GEOMETRY.lineHeight + 2 * GEOMETRY.padY;

/** Lays the tree out left to right: the project's bar, then themes, then what sits beneath them. */
export function layoutMap(tree: readonly CodeNode[], levelNames: readonly string[], measure: Measure): MapLayout {
  const g = GEOMETRY;
  const all = flattenTree(tree);
  const maxText = (depth: number) => g.maxTextWidth[Math.min(depth, g.maxTextWidth.length - 1)]!;
  const sized = new Map<string, Sized>();
  for (const node of all) {
    const isBold = node.depth === 0;
    const wrapped = wrapLabel(node.code.name, maxText(node.depth), g.maxLines, (t) => measure(t, isBold));
    sized.set(node.code.id, {
      node, wrapped,
      textWidth: Math.max(0, ...wrapped.lines.map((l) => measure(l, isBold))),
      countWidth: measure(String(node.totalCodings), false),
      height: cardHeight(wrapped.lines.length),
    });
  }

  // Column widths: the widest card of each depth.
  const widths: number[] = [];
  for (const s of sized.values()) {
    const width = Math.ceil(g.textLeft + s.textWidth + g.countGap + s.countWidth + g.padRight);
    widths[s.node.depth] = Math.max(widths[s.node.depth] ?? g.minCardWidth, width);
  }
  const columns: number[] = [];
  let left = g.spineWidth + g.spineGap;
  for (let depth = 0; depth < widths.length; depth += 1) {
    columns[depth] = left;
    left += (widths[depth] ?? g.minCardWidth) + g.columnGap;
  }

  // Vertical positions: d3's tidy tree over a virtual project root, spaced so that cards of
  // any height never touch (node size 1 makes the separation a distance in pixels).
  type Datum = { node: CodeNode | null; children: Datum[] };
  const toDatum = (node: CodeNode): Datum => ({ node, children: node.children.map(toDatum) });
  const root = hierarchy<Datum>({ node: null, children: tree.map(toDatum) }, (d) => d.children);
  const heightOf = (d: HierarchyNode<Datum>) => (d.data.node ? sized.get(d.data.node.code.id)!.height : 0);
  const laidOut = tidyTree<Datum>().nodeSize([1, 1]).separation((a, b) =>
    Math.max(g.row * (a.parent === b.parent ? 1 : g.cousinSpacing), (heightOf(a) + heightOf(b)) / 2 + g.minGap))(root);

  const cyOf = new Map<string, number>();
  laidOut.each((d) => { if (d.data.node) cyOf.set(d.data.node.code.id, d.x); });
  const top = all.length === 0 ? 0 : Math.min(...all.map((n) => cyOf.get(n.code.id)! - sized.get(n.code.id)!.height / 2));

  const parentOf = new Map<string, string | null>();
  const siblingsOf = new Map<string, CodeNode[]>();
  for (const n of tree) { parentOf.set(n.code.id, null); siblingsOf.set(n.code.id, [...tree]); }
  for (const n of all) for (const c of n.children) { parentOf.set(c.code.id, n.code.id); siblingsOf.set(c.code.id, n.children); }

  const nodes: MapNode[] = all.map((node) => {
    const s = sized.get(node.code.id)!;
    const cy = cyOf.get(node.code.id)! - top;
    const siblings = siblingsOf.get(node.code.id) ?? [];
    return {
      id: node.code.id, node, parentId: parentOf.get(node.code.id) ?? null, depth: node.depth,
      x: columns[node.depth]!, y: cy - s.height / 2, width: widths[node.depth]!, height: s.height, cy,
      lines: s.wrapped.lines, isTruncated: s.wrapped.isTruncated, count: String(node.totalCodings),
      levelIndex: levelIndexOf(node, levelNames.length), level: levelName(node, levelNames),
      ariaLevel: node.depth + 1, posInSet: siblings.indexOf(node) + 1, setSize: siblings.length,
      childIds: node.children.map((c) => c.code.id),
    };
  });

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const height = Math.max(0, ...nodes.map((n) => n.y + n.height));
  const spine: Box = { x: 0, y: 0, width: g.spineWidth, height: Math.max(height, 120) };
  const curve = (x1: number, y1: number, x2: number, y2: number) => {
    const mid = (x1 + x2) / 2;
    return `M${r(x1)},${r(y1)}C${r(mid)},${r(y1)} ${r(mid)},${r(y2)} ${r(x2)},${r(y2)}`;
  };
  const links: MapLink[] = nodes.map((n) => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    return parent
      ? { id: n.id, fromId: parent.id, path: curve(parent.x + parent.width, parent.cy, n.x, n.cy) }
      : { id: n.id, fromId: null, path: curve(spine.x + spine.width, n.cy, n.x, n.cy) };
  });
  const right = Math.max(spine.width, ...nodes.map((n) => n.x + n.width));
  return { nodes, links, spine, bounds: { x: 0, y: 0, width: right, height: spine.height }, columns };
}

const r = (v: number) => Math.round(v * 10) / 10;

/** The card's accessible name: "Information sharing, subtheme, 6 codings, under Carers". */
export function nodeLabel(node: MapNode, parentName: string | null): string {
  const codings = node.node.totalCodings;
  return [
    node.node.code.name,
    node.level ? lowerFirst(node.level) : null,
    `${codings} ${codings === 1 ? 'coding' : 'codings'}`,
    parentName ? `under ${parentName}` : 'top level',
  ].filter(Boolean).join(', ');
}

/** "Subtheme" -> "subtheme", but an initialism ("HSC group") stays as it is. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Where an arrow key (or Home, End) takes focus from a card; null when nowhere. */
export function focusAfterKey(nodes: readonly MapNode[], id: string, key: string): string | null {
  const index = nodes.findIndex((n) => n.id === id);
  const node = nodes[index];
  if (!node) return nodes[0]?.id ?? null;
  switch (key) {
    case 'ArrowDown': return nodes[index + 1]?.id ?? null;
    case 'ArrowUp': return nodes[index - 1]?.id ?? null;
    case 'ArrowRight': return node.childIds[0] ?? null;
    case 'ArrowLeft': return node.parentId;
    case 'Home': return nodes[0]?.id ?? null;
    case 'End': return nodes.at(-1)?.id ?? null;
    default: return null;
  }
}

/** Ids of a code and everything beneath it, from the tree. */
export function subtreeOf(tree: readonly CodeNode[], id: string): Set<string> {
  const found = flattenTree(tree).find((n) => n.code.id === id);
  return new Set(found ? flattenTree([found]).map((n) => n.code.id) : []);
}

/**
 * What dropping `draggedId` on a target would do: nothing (itself), refused (beneath itself;
 * the repository says why), or a move. `targetId` null is the project, i.e. the top level.
 */
export function dropVerdict(tree: readonly CodeNode[], draggedId: string, targetId: string | null): 'none' | 'refused' | 'move' {
  if (targetId === draggedId) return 'none';
  if (targetId !== null && subtreeOf(tree, draggedId).has(targetId)) return 'refused';
  return 'move';
}

export interface ParentOption {
  /** null: the top level. */
  id: string | null;
  /** The code's name ("Top level" for the top level). */
  name: string;
  /** The path from the top, for the list: "Carer support › Practical support and breaks". */
  label: string;
  /** Where the code is now. */
  isCurrent: boolean;
}

/** The places a code can move to: the top level and every code not itself or beneath it. */
export function parentOptions(tree: readonly CodeNode[], id: string): ParentOption[] {
  const excluded = subtreeOf(tree, id);
  const all = flattenTree(tree);
  const currentParent = all.find((n) => n.children.some((c) => c.code.id === id))?.code.id ?? null;
  return [
    { id: null, name: 'Top level', label: 'Top level', isCurrent: currentParent === null },
    ...all.filter((n) => !excluded.has(n.code.id))
      .map((n) => ({ id: n.code.id, name: n.code.name, label: n.path.join(' › '), isCurrent: n.code.id === currentParent })),
  ];
}

/** How many children a code (or the top level, null) would have before a move adds one more. */
export function childCount(tree: readonly CodeNode[], parentId: string | null, movingId: string): number {
  const children = parentId === null ? tree : flattenTree(tree).find((n) => n.code.id === parentId)?.children ?? [];
  return children.filter((c) => c.code.id !== movingId).length;
}

export interface View {
  k: number;
  x: number;
  y: number;
}

/** The scale and offset that show the whole box in a viewport, never enlarged beyond `maxScale`. */
export function fitView(bounds: Box, width: number, height: number, margin = 16, maxScale = 1): View {
  const k = Math.max(0.1, Math.min(maxScale, (width - 2 * margin) / Math.max(bounds.width, 1), (height - 2 * margin) / Math.max(bounds.height, 1)));
  return {
    k,
    x: (width - bounds.width * k) / 2 - bounds.x * k,
    y: (height - bounds.height * k) / 2 - bounds.y * k,
  };
}

/**
 * The map's height on screen: the whole map at the width's scale, within [minHeight, maxHeight];
 * the view is then fitted into it.
 */
export function viewHeight(bounds: Box, width: number, maxHeight: number, margin = 16, minHeight = 240): number {
  const k = Math.min(1, (width - 2 * margin) / Math.max(bounds.width, 1));
  return Math.round(Math.max(minHeight, Math.min(maxHeight, bounds.height * k + 2 * margin)));
}
