/**
 * The framework summaries as a table (issue 5, item 2): a row per theme, a column per source,
 * each cell the researcher's summary of that theme in that source (memos of kind "summary" on a
 * cell), as in the "summary of findings per focus group" appendix of a real report.
 */
import { buildCodeTree } from '../analysis/codeTree';
import type { Code, Memo, Source } from '../model';
import type { ReportTable } from './types';

export interface FrameworkInput {
  codes: readonly Code[];
  sources: readonly Source[];
  memos: readonly Memo[];
}

/** "sourceId|codeId" -> summary text, from the summary memos (the newest wins if there are two). */
export function summaryTexts(memos: readonly Memo[]): Map<string, string> {
  const texts = new Map<string, { text: string; at: string }>();
  for (const memo of memos) {
    if (memo.kind !== 'summary' || memo.anchor.type !== 'cell' || memo.plainText.trim() === '') continue;
    const key = `${memo.anchor.id}|${memo.anchor.codeId}`;
    const known = texts.get(key);
    if (!known || known.at < memo.updatedAt) texts.set(key, { text: memo.plainText.trim(), at: memo.updatedAt });
  }
  return new Map([...texts].map(([k, v]) => [k, v.text]));
}

/** Rows: the top-level themes in tree order; columns: the sources in order, headed by their labels. */
export function frameworkTable(input: FrameworkInput, sources: readonly Source[] = input.sources): ReportTable {
  const texts = summaryTexts(input.memos);
  const themes = buildCodeTree(input.codes, []).map((n) => n.code);
  return {
    title: 'Summary of findings per source',
    columns: ['Theme', ...sources.map((s) => s.label)],
    rows: themes.map((theme) => [theme.name, ...sources.map((s) => texts.get(`${s.id}|${theme.id}`) ?? '')]),
    note: sources.map((s) => `${s.label}: ${s.title}`).join('; '),
  };
}
