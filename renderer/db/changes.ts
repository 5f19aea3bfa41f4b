/**
 * Change sets: every undoable action is a list of rows as they were and as they became. The
 * action writes the "after" rows and records the set in the project's history, in one
 * transaction; undo writes the "before" rows back, redo the "after" rows again.
 */
import type { Table } from 'dexie';
import { newGuid, type HistoryEvent, type ProjectId } from '../../shared/model';
import { db, type StoryloomDb } from './database';

/** Tables whose rows an undoable action may change. */
export const UNDOABLE_TABLES = ['codes', 'codings', 'memos', 'sources', 'sourceTexts', 'participants', 'attributes', 'quotes', 'reviews', 'coders'] as const;
export type UndoableTable = (typeof UNDOABLE_TABLES)[number];

/** One row's change: null before means created, null after means deleted. */
export interface RowChange {
  table: UndoableTable;
  key: [string, string];
  before: object | null;
  after: object | null;
}

export function tableOf(store: StoryloomDb, name: UndoableTable): Table<object, [string, string]> {
  return store[name] as unknown as Table<object, [string, string]>;
}

/** Every table an undoable transaction may touch. */
export function changeScope(store: StoryloomDb): Table[] {
  return [store.projects, store.history, ...UNDOABLE_TABLES.map((t) => tableOf(store, t))] as Table[];
}

let lastAt = 0;
/** A timestamp strictly later than the previous one, so history keeps its order within a millisecond. */
export function nextTimestamp(): string {
  lastAt = Math.max(Date.now(), lastAt + 1);
  return new Date(lastAt).toISOString();
}

/** Writes rows: null deletes. */
export async function writeRows(store: StoryloomDb, changes: readonly RowChange[], side: 'before' | 'after'): Promise<void> {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  for (const change of ordered) {
    const row = change[side];
    const table = tableOf(store, change.table);
    if (row === null) await table.delete(change.key);
    else await table.put(row);
  }
}

/**
 * Applies a change set as a new undoable action and records it. Must run inside a transaction
 * over `changeScope` (use `runAction`). Undone actions can no longer be redone once a new
 * action is recorded, as in every editor.
 */
export async function applyAction(
  projectId: ProjectId, action: string, summary: string, changes: readonly RowChange[],
): Promise<HistoryEvent | null> {
  if (changes.length === 0) return null;
  const store = db();
  const project = await store.projects.get(projectId);
  if (!project) throw new Error('That project no longer exists.');
  await writeRows(store, changes, 'after');
  const undone = await store.history.where('projectId').equals(projectId).filter((e) => e.isUndone && e.redo !== null).toArray();
  for (const event of undone) await store.history.put({ ...event, undo: null, redo: null });
  const at = nextTimestamp();
  const event: HistoryEvent = {
    id: newGuid(), projectId, at, coderId: project.currentCoderId, action, summary,
    undo: changes.map((c) => ({ table: c.table, key: c.key, row: c.before })),
    redo: changes.map((c) => ({ table: c.table, key: c.key, row: c.after })),
    isUndone: false,
  };
  await store.history.add(event);
  await store.projects.update(projectId, { updatedAt: at });
  return event;
}

/** Runs `build` (which reads current rows and returns the change set) and applies it, in one transaction. */
export async function runAction(
  projectId: ProjectId, action: string, summary: string | ((changes: RowChange[]) => string),
  build: () => Promise<RowChange[]>,
): Promise<HistoryEvent | null> {
  const store = db();
  return store.transaction('rw', changeScope(store), async () => {
    const changes = await build();
    return applyAction(projectId, action, typeof summary === 'string' ? summary : summary(changes), changes);
  });
}
