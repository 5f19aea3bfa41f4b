import { applyTextEdit, remapCodings, remapTurns, type TextEdit } from '../../../shared/coding/textEdit';
import type { ProjectId, SourceId } from '../../../shared/model';
import { sha256Hex } from '../../../shared/util/hash';
import { runAction, type RowChange } from '../changes';
import { db } from '../database';
import { excerpt } from './codings';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

export interface CorrectionOutcome {
  /** Codings whose every word was deleted, and so were removed. */
  removedCodings: number;
}

/**
 * Corrects a transcription error: replaces [start, end) of the source text with `insert`, in
 * one undoable action. Codings and turns after the change shift, those around it grow or
 * shrink, and a coding whose every word was deleted goes (with its quotes). Speech is never
 * corrected silently: this only runs when a researcher asks for it.
 */
export async function correctText(projectId: ProjectId, sourceId: SourceId, edit: TextEdit): Promise<CorrectionOutcome> {
  const store = db();
  const before = await store.sourceTexts.get(key(projectId, sourceId));
  if (!before) throw new Error('That source no longer exists.');
  if (edit.insert.includes('\r')) edit = { ...edit, insert: edit.insert.replace(/\r\n?/g, '\n') };
  const text = applyTextEdit(before.text, edit);
  const hash = await sha256Hex(text); // Outside the transaction: IndexedDB transactions end on foreign awaits.
  let removed = 0;
  let summary = '';
  await runAction(projectId, 'source:edit', () => summary, async () => {
    const current = await store.sourceTexts.get(key(projectId, sourceId));
    const source = await store.sources.get(key(projectId, sourceId));
    if (!current || !source) throw new Error('That source no longer exists.');
    if (current.text !== before.text) throw new Error('The text changed while you were correcting it; please try again.');
    const turns = remapTurns(current.turns, edit).turns;
    const codings = await store.codings.where('[projectId+sourceId]').equals([projectId, sourceId]).toArray();
    const remapped = remapCodings(codings, edit);
    const byId = new Map(codings.map((c) => [c.id as string, c]));
    removed = remapped.removed.length;
    const gone = new Set<string>(remapped.removed.map((c) => c.id));
    const quotes = await store.quotes.where('projectId').equals(projectId).filter((q) => gone.has(q.codingId)).toArray();
    const was = excerpt(current.text, edit.start, edit.end, 40);
    summary = edit.start === edit.end ? `Inserted "${excerpt(edit.insert, 0, edit.insert.length, 40)}" in ${source.label}`
      : `Corrected "${was}" to "${excerpt(edit.insert, 0, edit.insert.length, 40)}" in ${source.label}`;
    const changes: RowChange[] = [
      { table: 'sourceTexts', key: key(projectId, sourceId), before: current, after: { ...current, text, turns } },
      { table: 'sources', key: key(projectId, sourceId), before: source,
        after: { ...source, characters: text.length, turnCount: turns.length, contentHash: hash, readingPosition: Math.min(source.readingPosition, text.length) } },
      // remapCodings returns an unchanged coding as the same object: only moved ones are written.
      ...remapped.codings.flatMap((c): RowChange[] => {
        const original = byId.get(c.id);
        return !original || c === original ? [] : [{ table: 'codings', key: key(projectId, c.id), before: original, after: c }];
      }),
      ...remapped.removed.map((c): RowChange => ({ table: 'codings', key: key(projectId, c.id), before: c, after: null })),
      ...quotes.map((q): RowChange => ({ table: 'quotes', key: key(projectId, q.id), before: q, after: null })),
    ];
    return changes;
  });
  return { removedCodings: removed };
}
