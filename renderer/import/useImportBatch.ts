/**
 * The import batch as a hook: files go into a queue and are parsed one at a time (so the
 * progress bar moves and one bad file never stops the rest); spreadsheets get their column
 * choices; "Import" stores the ticked documents in one transaction.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  contentHash, ImportError, parseFile, suggestColumns, type ParsedDocument, type ParsedTable, type TableColumns,
} from '../../shared/import';
import type { Participant, ProjectId } from '../../shared/model';
import { importDocuments, importSummary } from '../db/repositories/imports';
import { useParticipants, useSources } from '../hooks/useProjectData';
import type { PickedFile } from '../platform';
import { documentDraft, speakerChoices, tableDrafts, type DocumentDraft, type TableDraft } from './batch';
import { batchReducer, emptyBatch, type BatchAction } from './batchReducer';
import { buildPlan } from './buildPlan';

export interface Progress {
  done: number;
  total: number;
  /** The file being read now, or null when the queue is empty. */
  current: string | null;
}

const messageOf = (error: unknown, fileName: string) =>
  error instanceof ImportError ? error.message : `${fileName}: ${error instanceof Error ? error.message : String(error)}`;

async function readOne(id: number, file: PickedFile, participants: readonly Participant[], dispatch: (a: BatchAction) => void): Promise<void> {
  dispatch({ type: 'reading', id });
  try {
    const parsed = await parseFile(file.bytes, file.name);
    if (parsed.kind === 'document') {
      const draft = documentDraft(id, file.name, parsed, await contentHash(parsed.text), participants);
      dispatch({ type: 'parsed', id, documents: [draft], table: null, warnings: parsed.warnings });
      return;
    }
    const table = tableDraftOf(parsed, file.name);
    const { documents, notes } = await tableDrafts(id, file.name, table, participants);
    dispatch({ type: 'parsed', id, documents, table: { ...table, notes: [...table.notes, ...notes] }, warnings: parsed.warnings });
  } catch (error) {
    dispatch({ type: 'failed', id, message: messageOf(error, file.name) });
  }
}

/** The core's column proposal; when no column looks like free text the user picks one. */
function tableDraftOf(parsed: ParsedTable, fileName: string): TableDraft {
  try {
    return { parsed, columns: suggestColumns(parsed, fileName), rowsAreParticipants: true, notes: [] };
  } catch (error) {
    const columns: TableColumns = { textColumn: '', titleColumn: null, attributeColumns: [] };
    return { parsed, columns, rowsAreParticipants: true, notes: [messageOf(error, fileName)] };
  }
}

export function useImportBatch(projectId: ProjectId) {
  const [state, dispatch] = useReducer(batchReducer, emptyBatch);
  const [progress, setProgress] = useState<Progress>({ done: 0, total: 0, current: null });
  const sources = useSources(projectId);
  const participants = useParticipants(projectId);
  const known = useMemo(() => participants ?? [], [participants]);
  const queue = useRef<{ id: number; file: PickedFile }[]>([]);
  const isReading = useRef(false);
  const nextId = useRef(1);
  const participantsRef = useRef(known);
  useEffect(() => { participantsRef.current = known; }, [known]);

  useEffect(() => {
    if (!sources) return;
    dispatch({ type: 'project', labels: sources.map((s) => s.label), hashes: new Map(sources.map((s) => [s.contentHash, s.label])) });
  }, [sources]);

  const drain = useCallback(async () => {
    if (isReading.current) return;
    isReading.current = true;
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      setProgress((p) => ({ ...p, current: next?.file.name ?? null }));
      await readOne(next.id, next.file, participantsRef.current, dispatch);
      setProgress((p) => ({ ...p, done: p.done + 1 }));
    }
    setProgress((p) => ({ ...p, current: null }));
    isReading.current = false;
  }, []);

  const addFiles = useCallback((files: readonly PickedFile[]) => {
    if (files.length === 0) return;
    const entries = files.map((file) => ({ id: nextId.current++, file }));
    dispatch({ type: 'add', files: entries.map(({ id, file }) => ({ id, name: file.name, bytes: file.bytes })) });
    const isIdle = !isReading.current;
    setProgress((p) => (isIdle ? { done: 0, total: entries.length, current: null } : { ...p, total: p.total + entries.length }));
    queue.current.push(...entries);
    void drain();
  }, [drain]);

  /** Switches speaker detection for one document by reading its file again. */
  const setDetectSpeakers = useCallback(async (doc: DocumentDraft, detectSpeakers: boolean) => {
    const file = state.files.find((f) => f.id === doc.fileId);
    if (!file) return;
    const parsed = (await parseFile(file.bytes, file.name, { detectSpeakers })) as ParsedDocument;
    dispatch({ type: 'reparsed', key: doc.key, parsed, speakers: speakerChoices(parsed, known), detectSpeakers });
  }, [state.files, known]);

  const setTable = useCallback(async (fileId: number, table: TableDraft) => {
    const file = state.files.find((f) => f.id === fileId);
    if (!file) return;
    const { documents, notes } = await tableDrafts(fileId, file.name, { ...table, notes: [] }, known);
    dispatch({ type: 'table', id: fileId, table: { ...table, notes }, documents });
  }, [state.files, known]);

  const remove = useCallback((id: number) => {
    queue.current = queue.current.filter((entry) => entry.id !== id);
    dispatch({ type: 'remove', id });
  }, []);

  const clear = useCallback(() => {
    queue.current = [];
    dispatch({ type: 'clear' });
    setProgress({ done: 0, total: 0, current: null });
  }, []);

  /** Stores the ticked documents; returns the summary for the status line. */
  const importTicked = useCallback(async (): Promise<string> => {
    const additions = await importDocuments(projectId, buildPlan(state.documents, known));
    clear();
    return importSummary(additions);
  }, [projectId, state.documents, known, clear]);

  return { state, dispatch, progress, participants: known, addFiles, remove, clear, setDetectSpeakers, setTable, importTicked };
}
