/**
 * Every change to the import batch, as a pure reducer. After each change the duplicates and
 * the proposed labels are worked out again: a document whose content hash is already in the
 * project, or earlier in the batch, is a duplicate (unticked when first read); labels number on
 * from the project's ("FG 3" after "FG 2") for every ticked document the user has not relabelled.
 */
import { proposeLabel, type DuplicateOf, type ParsedDocument } from '../../shared/import';
import type { DocumentDraft, FileEntry, SpeakerChoice, TableDraft } from './batch';
import { rootSpeaker } from './speakerTargets';

export interface BatchState {
  files: FileEntry[];
  documents: DocumentDraft[];
  /** Labels of the project's sources. */
  existingLabels: readonly string[];
  /** Content hash -> label of the project's source with that text. */
  existingHashes: ReadonlyMap<string, string>;
  /** The document whose preview is open. */
  selectedKey: string | null;
  /** False until the project's labels and hashes have arrived (files may be read before that). */
  isProjectKnown: boolean;
}

export type DocumentPatch = Partial<Pick<DocumentDraft, 'isIncluded' | 'title' | 'date' | 'kind' | 'label'>> & { respondentLabel?: string };

export type BatchAction =
  | { type: 'project'; labels: readonly string[]; hashes: ReadonlyMap<string, string> }
  | { type: 'add'; files: { id: number; name: string; bytes: Uint8Array }[] }
  | { type: 'reading'; id: number }
  | { type: 'failed'; id: number; message: string }
  | { type: 'parsed'; id: number; documents: DocumentDraft[]; table: TableDraft | null; warnings: string[] }
  | { type: 'table'; id: number; table: TableDraft; documents: DocumentDraft[] }
  | { type: 'document'; key: string; patch: DocumentPatch }
  | { type: 'speaker'; key: string; name: string; patch: Partial<Omit<SpeakerChoice, 'name' | 'turns'>> }
  | { type: 'reparsed'; key: string; parsed: ParsedDocument; speakers: SpeakerChoice[]; detectSpeakers: boolean }
  | { type: 'select'; key: string | null }
  | { type: 'remove'; id: number }
  | { type: 'clear' };

export const emptyBatch: BatchState = { files: [], documents: [], existingLabels: [], existingHashes: new Map(), selectedKey: null, isProjectKnown: false };

/** What to call a document in "duplicate of …": its file, and the row for a spreadsheet row. */
export function documentName(doc: Pick<DocumentDraft, 'fileName' | 'respondent' | 'key'>): string {
  const row = doc.key.split('#')[1];
  return row === undefined ? doc.fileName : `${doc.fileName} row ${row}`;
}

function markDuplicates(documents: DocumentDraft[], existing: ReadonlyMap<string, string>): DocumentDraft[] {
  const first = new Map<string, string>();
  return documents.map((doc) => {
    const inProject = existing.get(doc.hash);
    const earlier = first.get(doc.hash);
    if (earlier === undefined) first.set(doc.hash, documentName(doc));
    const duplicateOf: DuplicateOf | null = inProject !== undefined ? { in: 'project', existing: inProject }
      : earlier !== undefined ? { in: 'batch', key: earlier } : null;
    return JSON.stringify(duplicateOf) === JSON.stringify(doc.duplicateOf) ? doc : { ...doc, duplicateOf };
  });
}

function relabel(documents: DocumentDraft[], existingLabels: readonly string[]): DocumentDraft[] {
  const taken = [...existingLabels, ...documents.filter((d) => d.isIncluded && d.isLabelEdited).map((d) => d.label)];
  return documents.map((doc) => {
    if (doc.isLabelEdited) return doc;
    const label = proposeLabel(doc.kind, taken);
    if (doc.isIncluded) taken.push(label);
    return label === doc.label ? doc : { ...doc, label };
  });
}

function settle(state: BatchState, newKeys: ReadonlySet<string> = new Set()): BatchState {
  let documents = markDuplicates(state.documents, state.existingHashes);
  documents = documents.map((d) => (newKeys.has(d.key) ? { ...d, isIncluded: d.duplicateOf === null } : d));
  documents = relabel(documents, state.existingLabels);
  const selectedKey = documents.some((d) => d.key === state.selectedKey) ? state.selectedKey : null;
  return { ...state, documents, selectedKey };
}

const updateFile = (state: BatchState, id: number, patch: Partial<FileEntry>): FileEntry[] =>
  state.files.map((f) => (f.id === id ? { ...f, ...patch } : f));

/** Puts a file's documents where the file is in the batch, so documents keep the files' order. */
function placeDocuments(state: BatchState, id: number, documents: DocumentDraft[]): DocumentDraft[] {
  const others = state.documents.filter((d) => d.fileId !== id);
  const position = state.files.findIndex((f) => f.id === id);
  const before = new Set(state.files.slice(0, position).map((f) => f.id));
  const at = others.filter((d) => before.has(d.fileId)).length;
  return [...others.slice(0, at), ...documents, ...others.slice(at)];
}

function patchDocument(doc: DocumentDraft, patch: DocumentPatch): DocumentDraft {
  const { respondentLabel, ...rest } = patch;
  const next: DocumentDraft = { ...doc, ...rest };
  if (patch.label !== undefined) next.isLabelEdited = patch.label.trim() !== '';
  if (respondentLabel !== undefined && doc.respondent) next.respondent = { ...doc.respondent, label: respondentLabel };
  return next;
}

function patchSpeaker(doc: DocumentDraft, name: string, patch: Partial<SpeakerChoice>): DocumentDraft {
  // A "same as" that would lead back to this speaker is ignored: merges never go round in a circle.
  if (patch.sameAs && rootSpeaker(doc.speakers, patch.sameAs)?.name === name) return doc;
  return { ...doc, speakers: doc.speakers.map((s) => (s.name === name ? { ...s, ...patch } : s)) };
}

export function batchReducer(state: BatchState, action: BatchAction): BatchState {
  switch (action.type) {
    case 'project': {
      // Documents read before the project was known are checked for duplicates afresh, as if new.
      const fresh = state.isProjectKnown ? new Set<string>() : new Set(state.documents.map((d) => d.key));
      return settle({ ...state, existingLabels: action.labels, existingHashes: action.hashes, isProjectKnown: true }, fresh);
    }
    case 'add':
      return { ...state, files: [...state.files, ...action.files.map((f): FileEntry => ({ ...f, status: 'waiting', error: null, warnings: [], table: null }))] };
    case 'reading':
      return { ...state, files: updateFile(state, action.id, { status: 'reading' }) };
    case 'failed':
      return settle({ ...state, files: updateFile(state, action.id, { status: 'error', error: action.message }), documents: state.documents.filter((d) => d.fileId !== action.id) });
    case 'parsed':
    case 'table': {
      if (!state.files.some((f) => f.id === action.id)) return state; // removed while it was being read
      const files = updateFile(state, action.id, action.type === 'parsed'
        ? { status: 'ready', warnings: action.warnings, table: action.table } : { table: action.table });
      const documents = placeDocuments(state, action.id, action.documents);
      const selectedKey = state.selectedKey ?? (action.type === 'parsed' ? action.documents[0]?.key ?? null : null);
      return settle({ ...state, files, documents, selectedKey }, new Set(action.documents.map((d) => d.key)));
    }
    case 'document':
      return settle({ ...state, documents: state.documents.map((d) => (d.key === action.key ? patchDocument(d, action.patch) : d)) });
    case 'speaker':
      return { ...state, documents: state.documents.map((d) => (d.key === action.key ? patchSpeaker(d, action.name, action.patch) : d)) };
    case 'reparsed':
      return {
        ...state,
        documents: state.documents.map((d) => (d.key === action.key
          ? { ...d, parsed: action.parsed, speakers: action.speakers, detectSpeakers: action.detectSpeakers } : d)),
      };
    case 'select':
      return { ...state, selectedKey: action.key };
    case 'remove':
      return settle({ ...state, files: state.files.filter((f) => f.id !== action.id), documents: state.documents.filter((d) => d.fileId !== action.id) });
    case 'clear':
      return { ...emptyBatch, existingLabels: state.existingLabels, existingHashes: state.existingHashes, isProjectKnown: state.isProjectKnown };
  }
}
