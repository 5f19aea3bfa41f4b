/**
 * Framework summaries (issue 5, item 2): the researcher's short account of one theme in one
 * source, kept as a memo of kind "summary" on the cell, so search, the memo list, redaction and
 * the project file treat it like any other writing. Saving is undoable; an empty text removes it.
 */
import {
  asId, newGuid, type CodeId, type Memo, type MemoId, type ProjectId, type SourceId,
} from '../../../shared/model';
import { runAction } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

export function listSummaries(projectId: ProjectId): Promise<Memo[]> {
  return db().memos.where('[projectId+kind]').equals([projectId, 'summary']).toArray();
}

/** "sourceId|codeId" -> the summary memo of that cell. */
export function summaryKey(sourceId: string, codeId: string): string {
  return `${sourceId}|${codeId}`;
}

/** Writes the summary of one cell (creates, edits or, when blank, deletes it). */
export async function saveSummary(projectId: ProjectId, sourceId: SourceId, codeId: CodeId, rawText: string): Promise<void> {
  const text = rawText.trim();
  let summary = '';
  await runAction(projectId, 'summary:save', () => summary, async () => {
    const store = db();
    const [existing, source, code, project] = await Promise.all([
      listSummaries(projectId).then((all) => all.find((m) => m.anchor.type === 'cell' && m.anchor.id === sourceId && m.anchor.codeId === codeId)),
      store.sources.get(key(projectId, sourceId)), store.codes.get(key(projectId, codeId)), store.projects.get(projectId),
    ]);
    if (!source || !code || !project) throw new Error('That source or theme no longer exists.');
    const where = `${code.name} in ${source.label}`;
    if (!existing && text === '') return [];
    if (existing && text === '') {
      summary = `Removed the summary of ${where}`;
      return [{ table: 'memos', key: key(projectId, existing.id), before: existing, after: null }];
    }
    const now = new Date().toISOString();
    if (existing) {
      if (existing.plainText === text) return [];
      summary = `Edited the summary of ${where}`;
      return [{ table: 'memos', key: key(projectId, existing.id), before: existing, after: { ...existing, plainText: text, content: '', updatedAt: now } }];
    }
    const id = asId<MemoId>(newGuid());
    const memo: Memo = {
      id, projectId, kind: 'summary', anchor: { type: 'cell', id: sourceId, codeId }, title: `Summary: ${where}`,
      content: '', plainText: text, coderId: project.currentCoderId, createdAt: now, updatedAt: now,
    };
    summary = `Summarised ${where}`;
    return [{ table: 'memos', key: key(projectId, id), before: null, after: memo }];
  });
}
