import { newGuid, type CoderId, type HistoryEvent, type ProjectId } from '../../../shared/model';
import { db } from '../database';

/**
 * Records one change in the project's history. Call inside the transaction that makes the
 * change, so the record and the change land together or not at all.
 */
export async function recordEvent(
  projectId: ProjectId,
  coderId: CoderId | null,
  action: string,
  summary: string,
  payload: { undo?: unknown; redo?: unknown } = {},
): Promise<void> {
  const event: HistoryEvent = {
    id: newGuid(), projectId, at: new Date().toISOString(), coderId, action, summary,
    undo: payload.undo ?? null, redo: payload.redo ?? null,
  };
  await db().history.add(event);
}

/** Newest first. */
export async function listHistory(projectId: ProjectId, limit = 200): Promise<HistoryEvent[]> {
  const events = await db().history.where('[projectId+at]')
    .between([projectId, ''], [projectId, '\uffff']).reverse().limit(limit).toArray();
  return events;
}
