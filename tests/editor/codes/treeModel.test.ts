import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import type { Code } from '../../../shared/model';
import {
  matchesFilter, neighbourOf, rovingFocus, treeCommand, visibleRows, type NavigationKey, type TreeRow,
} from '../../../renderer/codes/treeModel';

const code = (id: string, parentId: string | null, order: number, extra: Partial<Code> = {}) =>
  ({ id, parentId, order, name: id, aliases: [], definition: '', ...extra }) as unknown as Code;

// theme-a (a1 (a1x), a2), theme-b (b1), loose
const CODES = [
  code('theme-a', null, 0), code('a1', 'theme-a', 0, { aliases: ['First alias'] }), code('a1x', 'a1', 0),
  code('a2', 'theme-a', 1, { definition: 'Talks about respite and breaks.' }),
  code('theme-b', null, 1), code('b1', 'theme-b', 0, { name: 'Café visits' }), code('loose', null, 2),
];
const tree = buildCodeTree(CODES, []);
const ids = (rows: TreeRow[]) => rows.map((r) => r.id);

describe('visibleRows', () => {
  it('lists every code depth first with ARIA level, set size and position', () => {
    const rows = visibleRows(tree, new Set());
    expect(ids(rows)).toEqual(['theme-a', 'a1', 'a1x', 'a2', 'theme-b', 'b1', 'loose']);
    expect(rows.map((r) => [r.level, r.posInSet, r.setSize])).toEqual([
      [1, 1, 3], [2, 1, 2], [3, 1, 1], [2, 2, 2], [1, 2, 3], [2, 1, 1], [1, 3, 3],
    ]);
    expect(rows.find((r) => r.id === 'a1x')!.parentId).toBe('a1');
    expect(rows.map((r) => r.isExpanded)).toEqual([true, true, false, false, true, false, false]);
  });

  it('hides the children of collapsed codes, at any depth', () => {
    expect(ids(visibleRows(tree, new Set(['theme-a'])))).toEqual(['theme-a', 'theme-b', 'b1', 'loose']);
    expect(ids(visibleRows(tree, new Set(['a1'])))).toEqual(['theme-a', 'a1', 'a2', 'theme-b', 'b1', 'loose']);
  });

  it('filters by name, alias or definition, showing matches with their ancestors, whatever is collapsed', () => {
    const byAlias = visibleRows(tree, new Set(['theme-a']), 'first ALIAS');
    expect(ids(byAlias)).toEqual(['theme-a', 'a1']);
    expect(byAlias.map((r) => r.isMatch)).toEqual([false, true]);
    expect(byAlias[0]!.isExpanded).toBe(true);
    expect(byAlias[1]!.hasChildren).toBe(false); // a1x does not match: hidden, so a1 shows as a leaf
    expect(ids(visibleRows(tree, new Set(), 'respite'))).toEqual(['theme-a', 'a2']);
    expect(ids(visibleRows(tree, new Set(), 'cafe'))).toEqual(['theme-b', 'b1']); // accents ignored
    expect(visibleRows(tree, new Set(), 'nothing like it')).toEqual([]);
    expect(ids(visibleRows(tree, new Set(), '   '))).toHaveLength(7);
  });
});

describe('matchesFilter', () => {
  it('ignores case, accents and surrounding spaces', () => {
    const c = { name: 'Organisational barriers (culture)', aliases: ['Organisation barriers: Culture'], definition: 'Risk aversion.' };
    expect(matchesFilter(c, '  BARRIERS: culture ')).toBe(true);
    expect(matchesFilter(c, 'aversion')).toBe(true);
    expect(matchesFilter({ name: 'Naïve', aliases: [], definition: '' }, 'naive')).toBe(true);
    expect(matchesFilter(c, 'funding')).toBe(false);
  });
});

describe('treeCommand (APG treeview keys)', () => {
  const rows = visibleRows(tree, new Set(['theme-b']));
  const press = (id: string, key: NavigationKey) => treeCommand(rows, id, key);

  it('Down and Up move through visible rows and stop at the ends', () => {
    expect(press('theme-a', 'ArrowDown')).toEqual({ focus: 'a1' });
    expect(press('a2', 'ArrowDown')).toEqual({ focus: 'theme-b' });
    expect(press('theme-b', 'ArrowDown')).toEqual({ focus: 'loose' }); // b1 is inside a closed branch
    expect(press('loose', 'ArrowDown')).toBeNull();
    expect(press('a1x', 'ArrowUp')).toEqual({ focus: 'a1' });
    expect(press('theme-a', 'ArrowUp')).toBeNull();
  });

  it('Right opens a closed branch, then moves to its first child; does nothing on a leaf', () => {
    expect(press('theme-b', 'ArrowRight')).toEqual({ expand: 'theme-b' });
    expect(press('theme-a', 'ArrowRight')).toEqual({ focus: 'a1' });
    expect(press('a1x', 'ArrowRight')).toBeNull();
  });

  it('Left closes an open branch, else moves to the parent; does nothing on a closed top-level code', () => {
    expect(press('theme-a', 'ArrowLeft')).toEqual({ collapse: 'theme-a' });
    expect(press('a1x', 'ArrowLeft')).toEqual({ focus: 'a1' });
    expect(press('a2', 'ArrowLeft')).toEqual({ focus: 'theme-a' });
    expect(press('theme-b', 'ArrowLeft')).toBeNull();
    expect(press('loose', 'ArrowLeft')).toBeNull();
  });

  it('Home and End go to the first and last visible rows', () => {
    expect(press('a2', 'Home')).toEqual({ focus: 'theme-a' });
    expect(press('a2', 'End')).toEqual({ focus: 'loose' });
    expect(press('theme-a', 'Home')).toBeNull();
  });

  it('recovers when the focused code is not shown, and does nothing on an empty tree', () => {
    expect(treeCommand(rows, 'b1', 'ArrowDown')).toEqual({ focus: 'theme-a' });
    expect(treeCommand(rows, null, 'End')).toEqual({ focus: 'theme-a' });
    expect(treeCommand([], 'a1', 'ArrowDown')).toBeNull();
  });
});

describe('rovingFocus and neighbourOf', () => {
  const rows = visibleRows(tree, new Set());
  it('keeps one row tabbable: the focused one, else the selected one, else the first', () => {
    expect(rovingFocus(rows, 'a2', 'b1')).toBe('a2');
    expect(rovingFocus(rows, 'gone', 'b1')).toBe('b1');
    expect(rovingFocus(rows, null, null)).toBe('theme-a');
    expect(rovingFocus([], 'a2', null)).toBeNull();
  });

  it('after a delete, moves on past the deleted code\'s subtree, or back when it was last', () => {
    expect(neighbourOf(rows, 'theme-a')).toBe('theme-b');
    expect(neighbourOf(rows, 'a1')).toBe('a2');
    expect(neighbourOf(rows, 'a1x')).toBe('a2');
    expect(neighbourOf(rows, 'loose')).toBe('b1');
    expect(neighbourOf(rows, 'missing')).toBeNull();
  });
});
