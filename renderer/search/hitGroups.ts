/** Search results as the screen shows them: hits grouped by source, and the lines that sum them up. */
import type { SearchHit, SearchResult } from '../../shared/search/search';
import { formatNumber } from '../components/format';

export interface SourceHits {
  sourceId: string;
  label: string;
  /** The source's title, or '' when it is not known. */
  title: string;
  /** Every hit in the source, shown or not. */
  count: number;
  /** The hits shown (fewer than `count` past the result's limit). */
  hits: SearchHit[];
}

export interface GroupedHits {
  /** Sources with at least one hit, in search order. */
  groups: SourceHits[];
  /** Labels of the sources searched that hold no hit. */
  withoutHits: string[];
}

/** Groups a result's hits under their sources. O(sources + hits). */
export function groupHits(result: SearchResult, titleOf: (sourceId: string) => string | undefined): GroupedHits {
  const groups = new Map<string, SourceHits>();
  const withoutHits: string[] = [];
  for (const { sourceId, label, count } of result.counts) {
    if (count === 0) withoutHits.push(label);
    else groups.set(sourceId, { sourceId, label, title: titleOf(sourceId) ?? '', count, hits: [] });
  }
  for (const hit of result.hits) groups.get(hit.sourceId)?.hits.push(hit);
  return { groups: [...groups.values()], withoutHits };
}

export const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** "3 hits in 2 sources"; "Showing the first 500 of 1,234 hits in 5 sources"; "No hits". */
export function resultSummary(result: SearchResult): string {
  const withHits = result.counts.filter((c) => c.count > 0).length;
  if (result.total === 0) return `No hits in ${plural(result.counts.length, 'source')}`;
  const where = `in ${plural(withHits, 'source')}`;
  if (result.truncated) return `Showing the first ${formatNumber(result.hits.length)} of ${plural(result.total, 'hit')} ${where}`;
  return `${plural(result.total, 'hit')} ${where}`;
}

/** What a hit's group heading says of its count: "2 hits", or "12 hits, 3 shown". */
export function groupCount(group: SourceHits): string {
  const count = plural(group.count, 'hit');
  return group.hits.length < group.count ? `${count}, ${formatNumber(group.hits.length)} shown` : count;
}

/** The context of a hit on one line: line breaks and runs of spaces shown as one space. */
export const oneLine = (text: string) => text.replace(/\s+/gu, ' ');

/** The status line after "code all hits": how many were coded, and how to take it back. */
export function codedSummary(coded: number, total: number, codeName: string, isNewCode: boolean): string {
  const undo = isNewCode
    ? 'Undo with Ctrl+Z or the Undo button at the top (a second undo removes the new code).'
    : 'Undo with Ctrl+Z or the Undo button at the top.';
  const created = isNewCode ? `Created the code “${codeName}”. ` : '';
  if (coded === 0) return `${created}All ${plural(total, 'hit')} were already coded as “${codeName}”: nothing changed.`;
  if (coded < total) {
    return `${created}Coded ${formatNumber(coded)} of ${plural(total, 'hit')} as “${codeName}” (${formatNumber(total - coded)} already had it). ${undo}`;
  }
  return `${created}Coded ${plural(total, 'hit')} as “${codeName}”. ${undo}`;
}
