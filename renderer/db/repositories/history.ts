import { newGuid, type CoderId, type HistoryEvent, type ProjectId } from '../../../shared/model';
import { nextTimestamp } from '../changes';
import { db } from '../database';

/**
 * Records a change that is not undone through history (project and file events, read state).
 * Call inside the transaction that makes the change, so both land or neither does. Undoable
 * changes go through `runAction` in ../changes.ts instead.
 */
export async function recordEvent(projectId: ProjectId, coderId: CoderId | null, action: string, summary: string): Promise<void> {
  const event: HistoryEvent = {
    id: newGuid(), projectId, at: nextTimestamp(), coderId, action, summary, undo: null, redo: null, isUndone: false,
  };
  await db().history.add(event);
}

/** Newest first. */
export async function listHistory(projectId: ProjectId, limit = 200): Promise<HistoryEvent[]> {
  const events = await db().history.where('[projectId+at]')
    .between([projectId, ''], [projectId, '\uffff']).reverse().limit(limit).toArray();
  return events;
}
