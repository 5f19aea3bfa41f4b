import { describe, expect, it } from 'vitest';
import { buildCodeTree, flattenTree, levelName } from '../../../shared/analysis/codeTree';
import type { Code, Coding } from '../../../shared/model';

const code = (id: string, parentId: string | null, order = 0, name = id) => ({ id, parentId, order, name }) as unknown as Code;
const coding = (codeId: string, sourceId: string) => ({ codeId, sourceId }) as unknown as Coding;

describe('buildCodeTree', () => {
  it('nests by parent, orders by order, and rolls counts up', () => {
    const tree = buildCodeTree(
      [code('b', null, 1), code('a', null, 0), code('a2', 'a', 1), code('a1', 'a', 0), code('a1x', 'a1')],
      [coding('a1', 's1'), coding('a1x', 's2'), coding('a2', 's1'), coding('b', 's3')],
    );
    expect(tree.map((n) => n.code.id)).toEqual(['a', 'b']);
    const a = tree[0]!;
    expect(a.children.map((n) => n.code.id)).toEqual(['a1', 'a2']);
    expect([a.codings, a.totalCodings, a.sources]).toEqual([0, 3, 2]);
    expect(flattenTree(tree).map((n) => n.path.join('/'))).toEqual(['a', 'a/a1', 'a/a1/a1x', 'a/a2', 'b']);
  });

  it('shows every code of a damaged tree: missing parents and cycles become roots', () => {
    const tree = buildCodeTree([code('x', 'missing'), code('p', 'q'), code('q', 'p')], []);
    expect(flattenTree(tree).map((n) => n.code.id).sort()).toEqual(['p', 'q', 'x']);
  });
});

describe('levelName', () => {
  const names = ['Theme', 'Perspective', 'Subtheme'];
  it('names subthemes as subthemes whether or not a perspective level sits above them', () => {
    const tree = buildCodeTree([code('fg', null), code('carers', 'fg'), code('info', 'carers'), code('nar', null), code('sub', 'nar')], []);
    const named = Object.fromEntries(flattenTree(tree).map((n) => [n.code.id, levelName(n, names)]));
    expect(named).toEqual({ fg: 'Theme', carers: 'Perspective', info: 'Subtheme', nar: 'Theme', sub: 'Subtheme' });
  });
  it('gives nothing when the project names no levels', () => {
    expect(levelName(buildCodeTree([code('a', null)], [])[0]!, [])).toBe('');
  });
});
