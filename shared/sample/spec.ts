/**
 * The shape of samples/<name>/sample.json: a readable description of a sample project whose
 * source texts sit beside it as .txt files. `buildSample` turns spec + texts into a ProjectBundle.
 */
import type { AttributeType, CodeStatus, MemoKind, ParticipantRole, SourceKind } from '../model';

export interface SampleAttributeSpec {
  name: string;
  type: AttributeType;
  /** For category attributes: allowed values in display order. */
  categories?: string[];
}

export interface SampleParticipantSpec {
  label: string;
  role: ParticipantRole;
  /** Values keyed by attribute name. */
  attributes: Record<string, string | number | boolean | null>;
}

export interface SampleSourceSpec {
  /** File name beside sample.json, e.g. "fg1.txt". */
  file: string;
  title: string;
  label: string;
  kind: SourceKind;
  date: string | null;
  facilitator: string;
  /**
   * Speaker names as written at the start of a turn ("P1: ...") mapped to participant labels.
   * Empty for narratives: their paragraphs become turns with no speaker.
   */
  speakers: Record<string, string>;
}

export interface SampleCodeSpec {
  name: string;
  definition: string;
  color: string;
  status: CodeStatus;
  aliases?: string[];
  children?: SampleCodeSpec[];
}

export interface SampleCodingSpec {
  /** Source label, e.g. "FG 1". */
  source: string;
  /** Path of code names from the root. */
  code: string[];
  /** An exact excerpt of the source text that occurs exactly once in it. */
  text: string;
}

export type SampleMemoAnchorSpec =
  | { type: 'project' }
  | { type: 'source'; label: string }
  | { type: 'code'; path: string[] }
  | { type: 'participant'; label: string }
  /** A framework summary's cell: a source and a theme. */
  | { type: 'cell'; label: string; path: string[] };

export interface SampleMemoSpec {
  kind: MemoKind;
  anchor: SampleMemoAnchorSpec;
  title: string;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
  /** ISO date-time the memo was written. */
  createdAt: string;
}

/** A quote chosen for the report: one of the codings (by source, code and its excerpt), worded for print. */
export interface SampleQuoteSpec {
  source: string;
  code: string[];
  /** The coding's excerpt, exactly as in `codings`. */
  excerpt: string;
  /** The printed wording, with " ... " and [ ] edits. */
  wording: string;
  /** Attribution style; "source" by default. */
  style?: 'source' | 'participant';
}

export interface SampleSpec {
  project: { name: string; description: string; method: string; levelNames: string[]; createdAt: string };
  /** The coder who coded the sample. */
  coder: string;
  attributes: SampleAttributeSpec[];
  participants: SampleParticipantSpec[];
  sources: SampleSourceSpec[];
  codes: SampleCodeSpec[];
  codings: SampleCodingSpec[];
  memos: SampleMemoSpec[];
  quotes?: SampleQuoteSpec[];
}
