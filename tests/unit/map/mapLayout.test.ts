import { describe, expect, it } from 'vitest';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import type { Code } from '../../../shared/model';
import {
  childCount, dropVerdict, fitView, focusAfterKey, GEOMETRY, layoutMap, nodeLabel, parentOptions, viewHeight, wrapLabel,
} from '../../../renderer/map/mapLayout';
import { sampleBundle } from '../../support/sample';

/** About 6.5 px a character, as the system font at 13 px. */
const measure = (text: string, isBold = false) => text.length * (isBold ? 7 : 6.5);
const code = (id: string, parentId: string | null, order = 0, name = id) => ({ id, parentId, order, name, color: '#123456' }) as unknown as Code;
const LEVELS = ['Theme', 'Perspective', 'Subtheme'];

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Carers', 100, 3, measure)).toEqual({ lines: ['Carers'], isTruncated: false });
  });

  it('wraps at spaces within the width', () => {
    const wrapped = wrapLabel('Toughest challenges for integrating carer support services', 170, 3, measure);
    expect(wrapped.isTruncated).toBe(false);
    expect(wrapped.lines.join(' ')).toBe('Toughest challenges for integrating carer support services');
    for (const line of wrapped.lines) expect(measure(line)).toBeLessThanOrEqual(170);
  });

  it('ends the last allowed line with an ellipsis when the name is longer', () => {
    const wrapped = wrapLabel('one two three four five six seven eight nine ten', 40, 2, measure);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.isTruncated).toBe(true);
    expect(wrapped.lines[1]).toMatch(/…$/);
    for (const line of wrapped.lines) expect(measure(line)).toBeLessThanOrEqual(40);
  });

  it('breaks a word longer than a line', () => {
    const wrapped = wrapLabel('Supercalifragilistic', 50, 5, measure);
    expect(wrapped.lines.join('')).toBe('Supercalifragilistic');
    for (const line of wrapped.lines) expect(measure(line)).toBeLessThanOrEqual(50);
  });
});

describe('layoutMap', () => {
  it('lays the sample out left to right without any two cards overlapping', async () => {
    const bundle = await sampleBundle();
    const tree = buildCodeTree(bundle.codes, bundle.codings);
    const layout = layoutMap(tree, LEVELS, measure);
    expect(layout.nodes).toHaveLength(36);
    for (const [i, a] of layout.nodes.entries()) {
      for (const b of layout.nodes.slice(i + 1)) {
        const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlaps, `${a.node.code.name} / ${b.node.code.name}`).toBe(false);
      }
      expect(a.x).toBeGreaterThanOrEqual(layout.spine.width);
      expect(a.y).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width).toBeLessThanOrEqual(layout.bounds.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.bounds.height);
    }
    // Columns by depth, children to the right of their parents.
    const byId = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const n of layout.nodes) {
      expect(n.x).toBe(layout.columns[n.depth]);
      if (n.parentId) expect(n.x).toBeGreaterThan(byId.get(n.parentId)!.x + byId.get(n.parentId)!.width);
    }
    // The long theme name wraps rather than being cut.
    const toughest = layout.nodes.find((n) => n.node.code.name.startsWith('Toughest'))!;
    expect(toughest.lines.length).toBeGreaterThan(1);
    expect(toughest.isTruncated).toBe(false);
    expect(layout.links).toHaveLength(36);
  });

  it('gives levels, positions in set and an accessible name', () => {
    const tree = buildCodeTree([code('t', null, 0, 'Carers theme'), code('p', 't', 0, 'Carers'), code('s', 'p', 0, 'Information sharing'), code('l', null, 1, 'Loose')], []);
    const layout = layoutMap(tree, LEVELS, measure);
    expect(layout.nodes.map((n) => n.id)).toEqual(['t', 'p', 's', 'l']);
    const [t, p, s, l] = layout.nodes;
    expect([t!.level, p!.level, s!.level, l!.level]).toEqual(['Theme', 'Perspective', 'Subtheme', 'Theme']);
    expect([t!.ariaLevel, s!.ariaLevel, t!.posInSet, l!.posInSet, l!.setSize]).toEqual([1, 3, 1, 2, 2]);
    expect(nodeLabel(s!, 'Carers')).toBe('Information sharing, subtheme, 0 codings, under Carers');
    expect(nodeLabel(t!, null)).toBe('Carers theme, theme, 0 codings, top level');
    expect(nodeLabel(layoutMap(tree, [], measure).nodes[0]!, null)).toBe('Carers theme, 0 codings, top level');
  });

  it('draws an empty project as just the project bar', () => {
    const layout = layoutMap([], LEVELS, measure);
    expect(layout.nodes).toEqual([]);
    expect(layout.bounds.width).toBe(GEOMETRY.spineWidth);
  });
});

describe('moves and focus', () => {
  const tree = buildCodeTree([code('a', null, 0), code('a1', 'a', 0), code('a1x', 'a1', 0), code('a2', 'a', 1), code('b', null, 1)], []);

  it('refuses a drop beneath itself and ignores a drop on itself', () => {
    expect(dropVerdict(tree, 'a', 'a')).toBe('none');
    expect(dropVerdict(tree, 'a', 'a1x')).toBe('refused');
    expect(dropVerdict(tree, 'a1', 'b')).toBe('move');
    expect(dropVerdict(tree, 'a1', null)).toBe('move');
  });

  it('offers the top level and every code outside the moving one', () => {
    const options = parentOptions(tree, 'a1');
    expect(options.map((o) => o.label)).toEqual(['Top level', 'a', 'a › a2', 'b']);
    expect(options.find((o) => o.isCurrent)?.id).toBe('a');
    expect(childCount(tree, 'a', 'a1')).toBe(1);
    expect(childCount(tree, null, 'a1')).toBe(2);
  });

  it('moves focus depth first with Up and Down, to children and parents with Right and Left', () => {
    const { nodes } = layoutMap(tree, LEVELS, measure);
    expect(focusAfterKey(nodes, 'a', 'ArrowDown')).toBe('a1');
    expect(focusAfterKey(nodes, 'a1x', 'ArrowDown')).toBe('a2');
    expect(focusAfterKey(nodes, 'a2', 'ArrowUp')).toBe('a1x');
    expect(focusAfterKey(nodes, 'a', 'ArrowRight')).toBe('a1');
    expect(focusAfterKey(nodes, 'a1x', 'ArrowRight')).toBeNull();
    expect(focusAfterKey(nodes, 'a1x', 'ArrowLeft')).toBe('a1');
    expect(focusAfterKey(nodes, 'a', 'ArrowLeft')).toBeNull();
    expect(focusAfterKey(nodes, 'a1', 'End')).toBe('b');
    expect(focusAfterKey(nodes, 'b', 'Home')).toBe('a');
  });
});

describe('fitting the view', () => {
  it('centres the whole map and never enlarges it', () => {
    const small = fitView({ x: 0, y: 0, width: 100, height: 50 }, 400, 300);
    expect(small).toEqual({ k: 1, x: 150, y: 125 });
    const large = fitView({ x: 0, y: 0, width: 1000, height: 500 }, 532, 400);
    expect(large.k).toBeCloseTo(0.5);
    expect(large.x).toBeCloseTo(16);
    expect(large.y).toBeCloseTo(75);
  });

  it('is as tall as the map at the width\'s scale, within limits', () => {
    expect(viewHeight({ x: 0, y: 0, width: 500, height: 400 }, 1000, 900)).toBe(432);
    expect(viewHeight({ x: 0, y: 0, width: 500, height: 2000 }, 1000, 900)).toBe(900);
    expect(viewHeight({ x: 0, y: 0, width: 500, height: 10 }, 1000, 900)).toBe(240);
  });
});
