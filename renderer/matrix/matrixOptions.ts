/**
 * The choices of the matrix screen: what the rows are (the tree to a depth, or every code),
 * what the columns are (sources, kinds, participants, an attribute, a level of the tree), as
 * select options whose values round-trip to the core's MatrixRows and MatrixColumns.
 */
import type { MatrixColumns, MatrixRows } from '../../shared/analysis/matrix';
import type { Attribute, Code } from '../../shared/model';

export interface Option<T> {
  value: string;
  label: string;
  choice: T;
}

/** Depth of the deepest code (1 = only top-level codes). */
export function treeDepth(codes: readonly Code[]): number {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  let deepest = 0;
  for (const code of codes) {
    let depth = 1;
    let parent = code.parentId;
    const seen = new Set<string>([code.id]);
    while (parent && parentOf.has(parent) && !seen.has(parent)) {
      seen.add(parent);
      depth += 1;
      parent = parentOf.get(parent) ?? null;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const levelLabel = (levelNames: readonly string[], level: number) => levelNames[level - 1] ?? `Level ${level}`;

export function rowOptions(codes: readonly Code[], levelNames: readonly string[]): Option<MatrixRows>[] {
  const depth = Math.max(1, treeDepth(codes));
  return [
    ...Array.from({ length: depth }, (_, i): Option<MatrixRows> => ({
      value: `depth:${i + 1}`,
      label: i === 0 ? `${levelLabel(levelNames, 1)}s only` : `Down to level ${i + 1} (${levelLabel(levelNames, i + 1).toLowerCase()})`,
      choice: { kind: 'depth', depth: i + 1 },
    })),
    { value: 'codes', label: 'Every code, on its own codings', choice: { kind: 'codes' } },
  ];
}

export function columnOptions(codes: readonly Code[], attributes: readonly Attribute[], levelNames: readonly string[]): Option<MatrixColumns>[] {
  const depth = treeDepth(codes);
  return [
    { value: 'sources', label: 'Sources', choice: { kind: 'sources' } },
    { value: 'kinds', label: 'Kinds of source', choice: { kind: 'sourceKind' } },
    { value: 'participants', label: 'Participants', choice: { kind: 'participants' } },
    ...attributes.filter((a) => a.type !== 'text' || a.categories.length > 0).map((a): Option<MatrixColumns> => ({
      value: `attribute:${a.id}`, label: `Participant ${a.name.toLowerCase()}`, choice: { kind: 'attribute', attributeId: a.id },
    })),
    ...Array.from({ length: Math.max(0, depth - 1) }, (_, i): Option<MatrixColumns> => ({
      value: `level:${i + 2}`, label: `Tree level ${i + 2} (${levelLabel(levelNames, i + 2).toLowerCase()})`, choice: { kind: 'level', level: i + 2 },
    })),
  ];
}
