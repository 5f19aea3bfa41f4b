import { describe, expect, it } from 'vitest';
import { asId, type SourceId } from '../../../shared/model';
import type { SearchHit, SearchResult } from '../../../shared/search/search';
import { codedSummary, groupCount, groupHits, oneLine, resultSummary } from '../../../renderer/search/hitGroups';

const id = (label: string) => asId<SourceId>(`id-${label}`);
const hit = (label: string, start: number): SearchHit =>
  ({ sourceId: id(label), label, start, end: start + 4, speaker: null, before: 'a ', match: 'word', after: ' b' });
const result = (counts: [string, number][], hits: SearchHit[]): SearchResult => {
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  return { counts: counts.map(([label, count]) => ({ sourceId: id(label), label, count })), hits, total, truncated: total > hits.length };
};
const titles: Record<string, string> = { 'id-FG 1': 'Focus group 1', 'id-Nar. 2': 'Compliment letter' };

describe('groupHits', () => {
  it('puts each hit under its source, in search order, and lists the sources without hits', () => {
    const grouped = groupHits(result([['FG 1', 2], ['FG 2', 0], ['Nar. 2', 1]], [hit('FG 1', 5), hit('FG 1', 90), hit('Nar. 2', 3)]), (s) => titles[s]);
    expect(grouped.groups.map((g) => [g.label, g.title, g.count, g.hits.map((h) => h.start)])).toEqual([
      ['FG 1', 'Focus group 1', 2, [5, 90]], ['Nar. 2', 'Compliment letter', 1, [3]],
    ]);
    expect(grouped.withoutHits).toEqual(['FG 2']);
  });

  it('keeps a source whose hits all lie past the limit, with its full count and none shown', () => {
    const grouped = groupHits(result([['FG 1', 1], ['FG 2', 3]], [hit('FG 1', 0)]), () => undefined);
    expect(grouped.groups.map((g) => [g.label, g.title, g.count, g.hits.length])).toEqual([['FG 1', '', 1, 1], ['FG 2', '', 3, 0]]);
    expect(groupCount(grouped.groups[1]!)).toBe('3 hits, 0 shown');
    expect(groupCount(grouped.groups[0]!)).toBe('1 hit');
  });

  it('every hit lands in exactly one group: group sizes add up to the hits shown', () => {
    const hits = [hit('A', 1), hit('B', 2), hit('A', 3), hit('C', 4), hit('B', 5)];
    const grouped = groupHits(result([['A', 2], ['B', 2], ['C', 1]], hits), () => undefined);
    expect(grouped.groups.reduce((sum, g) => sum + g.hits.length, 0)).toBe(hits.length);
  });
});

describe('the lines that sum up', () => {
  it('counts hits and sources, and says when only the first hits are shown', () => {
    expect(resultSummary(result([['A', 2], ['B', 0], ['C', 1]], [hit('A', 1), hit('A', 2), hit('C', 3)]))).toBe('3 hits in 2 sources');
    expect(resultSummary(result([['A', 1]], [hit('A', 1)]))).toBe('1 hit in 1 source');
    expect(resultSummary(result([['A', 0], ['B', 0]], []))).toBe('No hits in 2 sources');
    const many = result([['A', 1000], ['B', 234]], Array.from({ length: 500 }, (_, i) => hit('A', i)));
    expect(resultSummary(many)).toBe('Showing the first 500 of 1,234 hits in 2 sources');
  });

  it('says how many hits were coded, how many already were, and how to undo', () => {
    expect(codedSummary(3, 3, 'Information sharing', false))
      .toBe('Coded 3 hits as “Information sharing”. Undo with Ctrl+Z or the Undo button at the top.');
    expect(codedSummary(2, 3, 'Respite', false)).toMatch(/^Coded 2 of 3 hits as “Respite” \(1 already had it\)\. Undo/);
    expect(codedSummary(0, 1, 'Respite', false)).toBe('All 1 hit were already coded as “Respite”: nothing changed.');
    expect(codedSummary(1, 1, 'New', true)).toMatch(/^Created the code “New”\. Coded 1 hit as “New”\..*second undo removes the new code/);
  });

  it('shows context on one line', () => {
    expect(oneLine('end of line\nnext  line\n\n')).toBe('end of line next line ');
  });
});
