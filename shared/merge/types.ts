/**
 * What a merge of one project into another gives back: the merged project, the rows it adds
 * (the only rows it writes: what matched keeps this project's version) and a report in plain words.
 */
import type { ProjectBundle } from '../model';

/** The kinds of record a merge adds or matches, in the order reports list them. */
export const MERGE_KINDS = ['sources', 'codes', 'codings', 'participants', 'attributes', 'memos', 'quotes', 'coders'] as const;
export type MergeKind = (typeof MERGE_KINDS)[number];

export type MergeCounts = Record<MergeKind, number>;

/** Singular and plural nouns for each kind, for sentences such as "12 codings, 1 coder". */
export const MERGE_NOUNS: Readonly<Record<MergeKind, readonly [string, string]>> = {
  sources: ['source', 'sources'],
  codes: ['code', 'codes'],
  codings: ['coding', 'codings'],
  participants: ['participant', 'participants'],
  attributes: ['attribute', 'attributes'],
  memos: ['memo', 'memos'],
  quotes: ['quote', 'quotes'],
  coders: ['coder', 'coders'],
};

/** One thing the merge could not place (a conflict) or placed while keeping this project's version (a difference). */
export interface MergeIssue {
  /** Which kind of record: "source", "code", "coding", "memo", "quote", "participant", "attribute", "coder". */
  kind: string;
  /** The record in words: `source "FG 2"`, `code "Theme > Carers > Information sharing"`. */
  what: string;
  /** Why, in a sentence. */
  reason: string;
}

/** Codings per coder of the incoming file: how many are new and how many this project already holds. */
export interface CoderCodings {
  coder: string;
  added: number;
  matched: number;
}

export interface MergeReport {
  added: MergeCounts;
  matched: MergeCounts;
  /** What could not be placed and was left out. */
  conflicts: MergeIssue[];
  /** What matched but differs; this project's version was kept. */
  differences: MergeIssue[];
  codingsByCoder: CoderCodings[];
}

/** The rows a merge adds to the project, already carrying its project id. */
export type MergeAdditions = Pick<ProjectBundle, 'coders' | 'sources' | 'participants' | 'attributes' | 'codes' | 'codings' | 'memos' | 'quotes'>;

export interface MergeResult {
  /** The project with the additions appended (its project record and history as they were). */
  bundle: ProjectBundle;
  additions: MergeAdditions;
  report: MergeReport;
}
