/**
 * The import batch before anything is stored: the files chosen, what each became (documents, a
 * spreadsheet of rows, or an error), and the user's choices per document. Drafts are made here
 * from parsed files with the core's proposals; the reducer (batchReducer.ts) edits them.
 */
import type { DuplicateOf, ParsedDocument, ParsedTable, TableColumns } from '../../shared/import';
import { looksLikeFacilitator } from '../../shared/import/toProject';
import { contentHash, proposeKind, tableToDocuments, unattributedTurns } from '../../shared/import';
import type { Participant, ParticipantId, SourceKind } from '../../shared/model';

export interface SpeakerChoice {
  /** As detected in the text. */
  name: string;
  turns: number;
  /** The participant label a new participant gets (the rename). */
  label: string;
  /** Another speaker of the same document this one is a spelling of. */
  sameAs: string | null;
  isFacilitator: boolean;
  /** An existing participant, or null for a new one. */
  participantId: ParticipantId | null;
}

export interface Respondent {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  label: string;
  attributes: Record<string, string>;
}

export interface DocumentDraft {
  /** Unique in the batch: the file id, plus the row for a spreadsheet row. */
  key: string;
  fileId: number;
  fileName: string;
  parsed: ParsedDocument;
  hash: string;
  duplicateOf: DuplicateOf | null;
  isIncluded: boolean;
  title: string;
  /** "" or an ISO date. */
  date: string;
  kind: SourceKind;
  label: string;
  isLabelEdited: boolean;
  detectSpeakers: boolean;
  speakers: SpeakerChoice[];
  /** A spreadsheet row whose writer becomes a participant. */
  respondent: Respondent | null;
}

export interface TableDraft {
  parsed: ParsedTable;
  /** textColumn is "" until one is chosen (when no column looked like free text). */
  columns: TableColumns;
  rowsAreParticipants: boolean;
  /** Why nothing is proposed yet, or rows that were skipped. */
  notes: string[];
}

export type FileStatus = 'waiting' | 'reading' | 'ready' | 'error';

export interface FileEntry {
  id: number;
  name: string;
  bytes: Uint8Array;
  status: FileStatus;
  error: string | null;
  warnings: string[];
  table: TableDraft | null;
}

/** "FG1_transcript final.docx" -> "FG1 transcript final". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return stem.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim() || base;
}

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Proposed choices for the detected speakers: an existing participant of the same label, else a new one. */
export function speakerChoices(parsed: ParsedDocument, participants: readonly Participant[]): SpeakerChoice[] {
  return parsed.speakers.map(({ name, turns }) => {
    const existing = participants.find((p) => sameLabel(p.label, name));
    return {
      name, turns, label: name, sameAs: null, participantId: existing?.id ?? null,
      isFacilitator: existing ? existing.role === 'facilitator' : looksLikeFacilitator(name),
    };
  });
}

/** A draft for a whole-file document, with the core's proposed kind. Labels are proposed by the reducer. */
export function documentDraft(fileId: number, fileName: string, parsed: ParsedDocument, hash: string, participants: readonly Participant[]): DocumentDraft {
  return {
    key: String(fileId), fileId, fileName, parsed, hash, duplicateOf: null, isIncluded: true,
    title: titleFromFileName(fileName), date: '', kind: proposeKind(parsed), label: '', isLabelEdited: false,
    detectSpeakers: true, speakers: speakerChoices(parsed, participants), respondent: null,
  };
}

/** Respondent labels: the title column's value, or R1, R2 … skipping labels already in use. */
function respondentLabels(count: number, titles: readonly (string | null)[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let n = 0;
  return Array.from({ length: count }, (_, i) => {
    const title = titles[i];
    if (title) return title;
    do n++; while (used.has(`r${n}`));
    return `R${n}`;
  });
}

/**
 * One draft per spreadsheet row with text: a narrative, one unattributed turn per paragraph.
 * With rowsAreParticipants each row's writer becomes a participant carrying the attribute columns.
 */
export async function tableDrafts(
  fileId: number, fileName: string, table: TableDraft, participants: readonly Participant[],
): Promise<{ documents: DocumentDraft[]; notes: string[] }> {
  if (table.columns.textColumn === '') return { documents: [], notes: table.notes };
  const { documents, warnings } = tableToDocuments(table.parsed, table.columns, fileName);
  const titles = documents.map((d) => (table.columns.titleColumn ? d.title : null));
  const labels = respondentLabels(documents.length, titles, participants.map((p) => p.label));
  const stem = titleFromFileName(fileName);
  const hashes = await Promise.all(documents.map((d) => contentHash(d.document.text)));
  return {
    notes: warnings,
    documents: documents.map((row, i) => ({
      key: `${fileId}#${row.row}`, fileId, fileName, hash: hashes[i] ?? '', duplicateOf: null,
      parsed: { ...row.document, turns: unattributedTurns(row.document.text), speakers: [] },
      isIncluded: true, title: `${stem}: ${row.title}`, date: '', kind: 'narrative', label: '', isLabelEdited: false,
      detectSpeakers: false, speakers: [],
      respondent: table.rowsAreParticipants ? { row: row.row, label: labels[i] ?? `R${i + 1}`, attributes: row.attributes } : null,
    })),
  };
}
