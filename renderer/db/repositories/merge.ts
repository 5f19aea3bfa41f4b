/**
 * Merging another project file into this project (team work: a second coder's copy). The
 * preview and the stored merge run the same shared core; storing recomputes it against the
 * project as it is then, inside the transaction, and writes every added row as one undoable
 * change set, so one Undo takes the whole merge back.
 *
 * Coders it adds are part of the same change set, so Undo takes them back too.
 */
import { codePaths, mergeProjects, mergeSummary, pathText, type MergeAdditions, type MergeReport } from '../../../shared/merge';
import type { ProjectBundle, ProjectId } from '../../../shared/model';
import { runAction, type RowChange, type UndoableTable } from '../changes';
import { db } from '../database';
import { backupNow } from './backups';
import { loadBundle } from './bundles';

export interface MergePreview {
  fileName: string;
  incoming: ProjectBundle;
  /** What reading the file left out or repaired. */
  notices: string[];
  report: MergeReport;
  additions: MergeAdditions;
  /** Each new code's path of names ("Theme > Carers > New code"), in the order of `additions.codes`. */
  newCodePaths: string[];
}

/** What merging `incoming` into the project would do, without storing anything. */
export async function previewMerge(projectId: ProjectId, fileName: string, incoming: ProjectBundle, notices: string[] = []): Promise<MergePreview> {
  const current = await loadBundle(projectId);
  const { bundle, report, additions } = mergeProjects(current, incoming);
  const paths = codePaths(bundle.codes);
  const newCodePaths = additions.codes.map((c) => pathText(paths.get(c.id) ?? [c.name]));
  return { fileName, incoming, notices, report, additions, newCodePaths };
}

function rowsOf(projectId: ProjectId, additions: MergeAdditions): RowChange[] {
  const added = (table: UndoableTable, rows: readonly { id: string }[]): RowChange[] =>
    rows.map((row) => ({ table, key: [projectId, row.id], before: null, after: row }));
  return [
    ...added('coders', additions.coders),
    ...added('attributes', additions.attributes),
    ...added('participants', additions.participants),
    ...additions.sources.flatMap(({ source, text }): RowChange[] => [
      { table: 'sources', key: [projectId, source.id], before: null, after: source },
      { table: 'sourceTexts', key: [projectId, source.id], before: null, after: text },
    ]),
    ...added('codes', additions.codes),
    ...added('codings', additions.codings),
    ...added('memos', additions.memos),
    ...added('quotes', additions.quotes),
  ];
}

/**
 * Merges `incoming` into the project in one transaction, as one undoable action. Returns the
 * report of what was done (recomputed now: it differs from the preview only if the project
 * changed in between). Stores nothing when there is nothing to add.
 */
export async function storeMerge(projectId: ProjectId, fileName: string, incoming: ProjectBundle): Promise<MergeReport> {
  await backupNow(projectId, 'before merge');
  const store = db();
  let report = null as MergeReport | null;
  await store.transaction('rw', [store.projects, ...store.projectTables()], async () => {
    const current = await loadBundle(projectId);
    const result = mergeProjects(current, incoming);
    report = result.report;
    const rows = rowsOf(projectId, result.additions);
    const summary = mergeSummary(fileName, result.report);
    if (rows.length > 0) await runAction(projectId, 'project:merge', summary, async () => rows);
  });
  if (!report) throw new Error('The merge did not run.');
  return report;
}
