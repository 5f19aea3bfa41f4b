/**
 * Undo and redo over the project's recorded change sets (see changes.ts). Undo restores the
 * rows of the newest change still standing; redo re-applies the oldest undone change. A change
 * whose rows were altered since by something that cannot be undone is refused, never forced.
 */
import type { HistoryEvent, ProjectId } from '../../shared/model';
import { changeScope, nextTimestamp, tableOf, UNDOABLE_TABLES, type RowChange, type UndoableTable } from './changes';
import { db } from './database';

interface StoredRow {
  table: UndoableTable;
  key: [string, string];
  row: object | null;
}

function isStoredRows(value: unknown): value is StoredRow[] {
  return Array.isArray(value) && value.every((r: unknown) => typeof r === 'object' && r !== null
    && (UNDOABLE_TABLES as readonly unknown[]).includes((r as StoredRow).table) && Array.isArray((r as StoredRow).key));
}

/**
 * Fields that change as a side effect of reading, not of the action recorded: they neither block
 * an undo nor get rolled back by one.
 */
const VOLATILE: Partial<Record<UndoableTable, readonly string[]>> = { sources: ['readingPosition', 'isRead'] };

function withoutVolatile(table: UndoableTable, row: object | null): object | null {
  const fields = VOLATILE[table];
  if (!row || !fields) return row;
  return Object.fromEntries(Object.entries(row).filter(([k]) => !fields.includes(k)));
}

/** JSON with sorted keys: equal rows compare equal whatever their property order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
    : v));
}

async function events(projectId: ProjectId): Promise<HistoryEvent[]> {
  const all = await db().history.where('[projectId+at]').between([projectId, ''], [projectId, '\uffff']).toArray();
  return all.filter((e) => isStoredRows(e.undo) && isStoredRows(e.redo));
}

export interface UndoState {
  /** Summary of what Undo would undo, or null. */
  undo: string | null;
  redo: string | null;
}

export async function undoState(projectId: ProjectId): Promise<UndoState> {
  const list = await events(projectId);
  const undo = list.filter((e) => !e.isUndone).at(-1);
  const redo = list.find((e) => e.isUndone);
  return { undo: undo?.summary ?? null, redo: redo?.summary ?? null };
}

async function apply(projectId: ProjectId, direction: 'undo' | 'redo'): Promise<string | null> {
  const store = db();
  return store.transaction('rw', changeScope(store), async () => {
    const list = await events(projectId);
    const event = direction === 'undo' ? list.filter((e) => !e.isUndone).at(-1) : list.find((e) => e.isUndone);
    if (!event) return null;
    const expected = (direction === 'undo' ? event.redo : event.undo) as StoredRow[];
    const target = (direction === 'undo' ? event.undo : event.redo) as StoredRow[];
    for (const row of expected) {
      const current = (await tableOf(store, row.table).get(row.key)) ?? null;
      if (stable(withoutVolatile(row.table, current)) !== stable(withoutVolatile(row.table, row.row))) {
        throw new Error(`Cannot ${direction} "${event.summary}": what it changed has been changed again since.`);
      }
    }
    const changes: RowChange[] = target.map((r) => ({ table: r.table, key: r.key, before: null, after: r.row }));
    const ordered = direction === 'undo' ? [...changes].reverse() : changes;
    for (const change of ordered) {
      const table = tableOf(store, change.table);
      if (change.after === null) {
        await table.delete(change.key);
        continue;
      }
      const current = await table.get(change.key);
      const keep = VOLATILE[change.table] ?? [];
      const kept = current ? Object.fromEntries(keep.filter((k) => k in current).map((k) => [k, (current as Record<string, unknown>)[k]])) : {};
      await table.put({ ...change.after, ...kept });
    }
    await store.history.put({ ...event, isUndone: direction === 'undo' });
    await store.projects.update(projectId, { updatedAt: nextTimestamp() });
    return event.summary;
  });
}

/** Undoes the newest change still standing; returns its summary, or null when there is none. */
export const undo = (projectId: ProjectId) => apply(projectId, 'undo');
/** Redoes the oldest undone change; returns its summary, or null when there is none. */
export const redo = (projectId: ProjectId) => apply(projectId, 'redo');
