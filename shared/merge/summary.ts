/** A merge report in words: the history summary, the command line's text. */
import { listWords, plural } from './match';
import { MERGE_KINDS, MERGE_NOUNS, type MergeCounts, type MergeReport } from './types';

/**
 * "12 codings, 1 coder" (kinds with a count of zero left out), or "nothing"; in prose the last
 * two are joined by "and": "1 code, 12 codings and 1 coder".
 */
export function countWords(counts: MergeCounts, style: 'list' | 'prose' = 'list'): string {
  const parts = MERGE_KINDS.filter((k) => counts[k] > 0).map((k) => plural(counts[k], ...MERGE_NOUNS[k]));
  if (parts.length === 0) return 'nothing';
  return style === 'prose' ? listWords(parts) : parts.join(', ');
}

export function addsAnything(report: MergeReport): boolean {
  return MERGE_KINDS.some((k) => report.added[k] > 0);
}

/** The history entry: `Merged “b.qdpx”: 12 codings, 1 coder added`. */
export function mergeSummary(fileName: string, report: MergeReport): string {
  return addsAnything(report) ? `Merged “${fileName}”: ${countWords(report.added)} added` : `Merged “${fileName}”: nothing new`;
}

/** The report as lines of text (the command line's output). */
export function formatMergeReport(report: MergeReport): string {
  const lines = [`Added: ${countWords(report.added)}.`, `Matched: ${countWords(report.matched)}.`];
  if (report.codingsByCoder.length > 0) {
    lines.push('Codings by coder:');
    for (const c of report.codingsByCoder) lines.push(`  ${c.coder}: ${c.added} added, ${c.matched} already there`);
  }
  lines.push(report.conflicts.length === 0 ? 'Conflicts: none.' : `Conflicts (${report.conflicts.length}):`);
  for (const c of report.conflicts) lines.push(`  ${c.what}: ${c.reason}`);
  if (report.differences.length > 0) {
    lines.push(`Differences, this project's version kept (${report.differences.length}):`);
    for (const d of report.differences) lines.push(`  ${d.what}: ${d.reason}`);
  }
  return lines.join('\n');
}
