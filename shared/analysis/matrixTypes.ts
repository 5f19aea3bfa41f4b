/**
 * The shapes of the theme matrix (themes × sources, groups, participants or perspectives): what
 * goes in, how rows and columns are chosen, and what comes out. `matrix.ts` builds it and
 * re-exports everything here; import from there.
 */
import type { Attribute, Code, CodeId, Coding, CodingId, Participant, Source, Turn } from '../model';

/** The part of a turn the analyses need: where it lies and who speaks it. */
export type TurnSpan = Pick<Turn, 'start' | 'end' | 'participantId'>;

export interface MatrixInput {
  codes: readonly Code[];
  codings: readonly Coding[];
  sources: readonly Source[];
  /** Each source's turns in text order (sources absent here have no participants). */
  turnsBySource: ReadonlyMap<string, readonly TurnSpan[]>;
  participants: readonly Participant[];
  attributes: readonly Attribute[];
}

/** depth: the tree down to N levels (1 = top-level themes only); codes: every code, on its own codings only. */
export type MatrixRows = { kind: 'depth'; depth: number } | { kind: 'codes' };

/** level: 1-based level of the code tree, e.g. level 2 = the perspective level ("Carers" | "HSC professionals"). */
export type MatrixColumns =
  | { kind: 'sources' }
  | { kind: 'sourceKind' }
  | { kind: 'participants' }
  | { kind: 'attribute'; attributeId: string }
  | { kind: 'level'; level: number };

export const MATRIX_MEASURES = ['codings', 'sources', 'participants', 'characters', 'share'] as const;
export type MatrixMeasure = (typeof MATRIX_MEASURES)[number];

export const MEASURE_LABELS: Record<MatrixMeasure, string> = {
  codings: 'Codings',
  sources: 'Sources',
  participants: 'Participants',
  characters: 'Characters coded',
  share: "Share of the column's participants",
};

export interface MatrixRow {
  codeId: CodeId;
  name: string;
  /** Names from the root to this code. */
  path: string[];
  /** 0-based: 0 = top level. */
  depth: number;
  /** The parent in the tree as shown (null for a top-level code, or one whose parent is missing). */
  parentId: CodeId | null;
  /** True when some of the code's children are rows too. */
  hasChildren: boolean;
}

export interface MatrixColumn {
  /** Unique among the columns: the source id, the kind, the participant id, the attribute value as labelled, or the code name. */
  key: string;
  label: string;
  /** The column's participants, the denominator of share. */
  participants: number;
}

export interface MatrixCell {
  codings: number;
  sources: number;
  participants: number;
  /** UTF-16 code units covered, overlapping codings counted once. */
  characters: number;
  /** participants / column participants, null when the column has none. */
  share: number | null;
  /** The cell's codings, by source order then start. */
  codingIds: readonly CodingId[];
}

export interface ThemeMatrix {
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  /** cells[row][column] */
  cells: readonly (readonly MatrixCell[])[];
  /** Codings under the rows that fall in no column (e.g. in text with no participant, for participant columns). */
  outside: number;
}
