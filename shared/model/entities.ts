/**
 * The data model (DESIGN.md "The data model"). REFI-QDA names in brackets.
 * Every record carries its projectId: one database holds every project.
 * Offsets are UTF-16 code units into the canonical text, half-open [start, end).
 */
import type {
  AttributeId, CodeId, CoderId, CodingId, MemoId, ParticipantId, ProjectId, QuoteId, ReviewId,
  SourceId,
} from './ids';

/** ISO 8601 timestamp, e.g. "2026-11-23T10:00:00.000Z". */
export type IsoDateTime = string;
/** ISO 8601 calendar date, e.g. "2015-11-11". */
export type IsoDate = string;

export const PHASES = ['familiarise', 'code', 'themes', 'review', 'define', 'report'] as const;
export type Phase = (typeof PHASES)[number];

/** [Project] */
export interface Project {
  id: ProjectId;
  name: string;
  description: string;
  /** The analytic method, used in the generated methods paragraph. */
  method: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** Names for levels of the code tree, index 0 = top level (e.g. ["Theme", "Perspective", "Subtheme"]). */
  levelNames: string[];
  /** The coder whose actions are recorded now. */
  currentCoderId: CoderId;
}

/** [User] Who coded what is recorded on every coding. */
export interface Coder {
  id: CoderId;
  projectId: ProjectId;
  name: string;
}

export const SOURCE_KINDS = ['focus-group', 'interview', 'narrative', 'document'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** [TextSource] The list-sized part of a source; its text lives in SourceText. */
export interface Source {
  id: SourceId;
  projectId: ProjectId;
  title: string;
  /** Short label used in attributions: "FG 1", "Nar. 6". */
  label: string;
  kind: SourceKind;
  /** When the data were collected, if known. */
  date: IsoDate | null;
  facilitator: string;
  originalFileName: string;
  /** SHA-256 of the canonical text, hex. */
  contentHash: string;
  /** Length of the canonical text in UTF-16 code units. */
  characters: number;
  turnCount: number;
  order: number;
  isRead: boolean;
  /** Last reading position (UTF-16 offset), kept for familiarisation. */
  readingPosition: number;
  createdAt: IsoDateTime;
}

/** A range of the text with its speaker (or none) and an optional timestamp. */
export interface Turn {
  start: number;
  end: number;
  /** The speaker's name as written in the transcript, or null for unattributed text. */
  speaker: string | null;
  participantId: ParticipantId | null;
  /** As written in the transcript, e.g. "00:01:02". */
  timestamp: string | null;
}

/** The large part of a source, stored apart from the list. */
export interface SourceText {
  sourceId: SourceId;
  projectId: ProjectId;
  /** Canonical plain text: BOM stripped, line endings "\n". */
  text: string;
  turns: Turn[];
}

export const PARTICIPANT_ROLES = ['participant', 'facilitator'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export type AttributeValue = string | number | boolean | null;

/** [Case] */
export interface Participant {
  id: ParticipantId;
  projectId: ProjectId;
  /** "P4", "Facilitator 1". */
  label: string;
  role: ParticipantRole;
  /** Values keyed by attribute id. */
  attributes: Record<string, AttributeValue>;
  /** True once the participant's data were withdrawn. */
  isWithdrawn: boolean;
  order: number;
}

export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'date', 'category'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** [Variable] */
export interface Attribute {
  id: AttributeId;
  projectId: ProjectId;
  name: string;
  type: AttributeType;
  /** Allowed values of a category attribute, in display order. */
  categories: string[];
  order: number;
}

export const CODE_STATUSES = ['candidate', 'reviewed', 'final'] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

/** [Code] Themes and subthemes are codes at upper levels of the tree. */
export interface Code {
  id: CodeId;
  projectId: ProjectId;
  parentId: CodeId | null;
  name: string;
  definition: string;
  /** "#rrggbb" */
  color: string;
  order: number;
  status: CodeStatus;
  aliases: string[];
  createdAt: IsoDateTime;
}

/** [PlainTextSelection + Coding] One row per range and code. */
export interface Coding {
  id: CodingId;
  projectId: ProjectId;
  sourceId: SourceId;
  codeId: CodeId;
  coderId: CoderId;
  start: number;
  end: number;
  createdAt: IsoDateTime;
}

/** `summary`: a framework summary, the researcher's short account of one theme in one source (anchor `cell`). */
export const MEMO_KINDS = ['memo', 'familiarisation', 'journal', 'recommendation', 'summary'] as const;
export type MemoKind = (typeof MEMO_KINDS)[number];

export type MemoAnchor =
  | { type: 'project' }
  | { type: 'source'; id: SourceId }
  | { type: 'code'; id: CodeId }
  | { type: 'coding'; id: CodingId }
  | { type: 'participant'; id: ParticipantId }
  /** A cell of the framework grid: one source (id) and one theme or code (codeId). */
  | { type: 'cell'; id: SourceId; codeId: CodeId };

/** [Note] */
export interface Memo {
  id: MemoId;
  projectId: ProjectId;
  kind: MemoKind;
  anchor: MemoAnchor;
  title: string;
  /** Serialised Lexical editor state (JSON), or "" for plain-text memos. */
  content: string;
  plainText: string;
  coderId: CoderId;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const FIDELITY_STATUSES = ['unchecked', 'ok', 'failed'] as const;
export type FidelityStatus = (typeof FIDELITY_STATUSES)[number];

/** A coding chosen for the report, with its edited wording. */
export interface Quote {
  id: QuoteId;
  projectId: ProjectId;
  codingId: CodingId;
  codeId: CodeId;
  /** Edited wording with " ... " for omissions and [ ] for the researcher's words. */
  text: string;
  /** e.g. "(FG 1)" or "(participant 4, focus group 1)". */
  attribution: string;
  order: number;
  fidelity: FidelityStatus;
}

export const REVIEW_VERDICTS = ['yes', 'partly', 'no'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** A partner's response to a theme or quote. */
export interface Review {
  id: ReviewId;
  projectId: ProjectId;
  targetType: 'code' | 'quote';
  targetId: string;
  reviewer: string;
  verdict: ReviewVerdict | null;
  suggestedName: string;
  comment: string;
  round: number;
  createdAt: IsoDateTime;
  response: string;
  isAddressed: boolean;
}

/**
 * One recorded change: the audit trail (who, when, what) and, for undoable changes, the rows
 * before and after, so the change can be undone and redone.
 */
export interface HistoryEvent {
  id: string;
  projectId: ProjectId;
  at: IsoDateTime;
  coderId: CoderId | null;
  /** domain:verb, e.g. "project:create", "coding:add". */
  action: string;
  summary: string;
  /** JSON-serialisable data to undo the change (the rows as they were), or null when it cannot be undone. */
  undo: unknown;
  /** JSON-serialisable data to redo the change (the rows as they became), or null. */
  redo: unknown;
  /** True while the change stands undone. */
  isUndone: boolean;
}
