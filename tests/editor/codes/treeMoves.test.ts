import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import type { Code } from '../../../shared/model';
import { dropMove, dropPosition, keyboardMove } from '../../../renderer/codes/treeMoves';

const code = (id: string, parentId: string | null, order: number) => ({ id, parentId, order, name: id }) as unknown as Code;

// theme-a (a1 (a1x), a2, a3), theme-b (b1), loose
const tree = buildCodeTree([
  code('theme-a', null, 0), code('a1', 'theme-a', 0), code('a1x', 'a1', 0), code('a2', 'theme-a', 1), code('a3', 'theme-a', 2),
  code('theme-b', null, 1), code('b1', 'theme-b', 0), code('loose', null, 2),
], []);

describe('keyboardMove (outliner keys)', () => {
  it('Alt+Up and Alt+Down swap with the neighbouring sibling, and stop at the ends', () => {
    expect(keyboardMove(tree, 'a2', 'up')).toEqual({ parentId: 'theme-a', index: 0 });
    expect(keyboardMove(tree, 'a2', 'down')).toEqual({ parentId: 'theme-a', index: 2 });
    expect(keyboardMove(tree, 'a1', 'up')).toBeNull();
    expect(keyboardMove(tree, 'a3', 'down')).toBeNull();
    expect(keyboardMove(tree, 'theme-b', 'up')).toEqual({ parentId: null, index: 0 });
  });

  it('Alt+Right makes the code the last child of its previous sibling', () => {
    expect(keyboardMove(tree, 'a2', 'indent')).toEqual({ parentId: 'a1', index: 1 });
    expect(keyboardMove(tree, 'loose', 'indent')).toEqual({ parentId: 'theme-b', index: 1 });
    expect(keyboardMove(tree, 'a1', 'indent')).toBeNull(); // first child: nothing to go under
  });

  it('Alt+Left puts the code just after its parent, one level up', () => {
    expect(keyboardMove(tree, 'a1x', 'outdent')).toEqual({ parentId: 'theme-a', index: 1 });
    expect(keyboardMove(tree, 'a2', 'outdent')).toEqual({ parentId: null, index: 1 });
    expect(keyboardMove(tree, 'b1', 'outdent')).toEqual({ parentId: null, index: 2 });
    expect(keyboardMove(tree, 'loose', 'outdent')).toBeNull();
  });

  it('gives nothing for an unknown code', () => {
    expect(keyboardMove(tree, 'missing', 'up')).toBeNull();
  });
});

describe('dropMove', () => {
  it('inside makes the dragged code the target\'s last child', () => {
    expect(dropMove(tree, 'loose', 'theme-b', 'inside')).toEqual({ parentId: 'theme-b', index: 1 });
    expect(dropMove(tree, 'b1', 'a2', 'inside')).toEqual({ parentId: 'a2', index: 0 });
  });

  it('before and after place it beside the target, counting siblings without the dragged code', () => {
    expect(dropMove(tree, 'loose', 'a2', 'before')).toEqual({ parentId: 'theme-a', index: 1 });
    expect(dropMove(tree, 'loose', 'a2', 'after')).toEqual({ parentId: 'theme-a', index: 2 });
    expect(dropMove(tree, 'a1', 'a3', 'after')).toEqual({ parentId: 'theme-a', index: 2 });
    expect(dropMove(tree, 'a3', 'a1', 'before')).toEqual({ parentId: 'theme-a', index: 0 });
    expect(dropMove(tree, 'loose', 'theme-a', 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('refuses to put a code beneath itself or into its own subtree', () => {
    expect(dropMove(tree, 'theme-a', 'a1x', 'inside')).toBeNull();
    expect(dropMove(tree, 'theme-a', 'a1', 'after')).toBeNull();
    expect(dropMove(tree, 'a1', 'a1', 'inside')).toBeNull();
  });

  it('gives nothing for a drop that changes nothing', () => {
    expect(dropMove(tree, 'a2', 'a1', 'after')).toBeNull();
    expect(dropMove(tree, 'a2', 'a3', 'before')).toBeNull();
    expect(dropMove(tree, 'a3', 'theme-a', 'inside')).toBeNull();
  });
});

describe('dropPosition', () => {
  it('top quarter before, bottom quarter after, the middle inside', () => {
    expect([0, 9, 10, 20, 30, 31, 40].map((y) => dropPosition(y, 40))).toEqual(['before', 'before', 'inside', 'inside', 'inside', 'after', 'after']);
  });
});
