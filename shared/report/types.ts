/**
 * The shapes every findings export is built from (issue 5). The models (findings table, quote
 * report, codebook, participants table, board report) are computed from a project by pure
 * functions in this folder; the writers in `shared/export/` turn them into CSV, Markdown, HTML,
 * XLSX and DOCX. One model, many formats: a table looks the same in Word as in the spreadsheet.
 */
import type { CodeId, FidelityStatus, QuoteId, SourceId } from '../model';

/** A cell: text, a number, or a list of lines (subtheme names, one per line in Word). */
export type ReportCell = string | number | readonly string[];

/** A table with one header row. The first column holds the row headings. */
export interface ReportTable {
  /** The table's caption ("Table 1: Findings from the focus groups"). */
  title: string;
  columns: readonly string[];
  rows: readonly (readonly ReportCell[])[];
  /** A line printed under the table (a note on what the counts mean), or "". */
  note: string;
}

/** One subtheme named in a findings-table cell, with its codings when counts are asked for. */
export interface FindingsEntry {
  codeId: CodeId;
  name: string;
  /** Codings of the subtheme and everything beneath it; present only with `withCounts`. */
  count?: number;
}

export interface FindingsRow {
  themeId: CodeId;
  theme: string;
  /** One list per column of the block, in the block's column order. */
  cells: readonly (readonly FindingsEntry[])[];
}

/**
 * Themes laid out alike. Themes split by a perspective level ("Carers" | "HSC professionals")
 * share one block with a column per perspective; themes whose children are already their
 * subthemes form a block with the single column "Subthemes", as the real report's narrative
 * table does.
 */
export interface FindingsBlock {
  /** Column headings after the "Theme" column. */
  columns: readonly string[];
  rows: readonly FindingsRow[];
}

export interface FindingsTable {
  blocks: readonly FindingsBlock[];
}

/** A curated quote (or, with none curated, a coded extract) as printed. */
export interface ReportQuote {
  /** Null for an extract that was never curated. */
  quoteId: QuoteId | null;
  sourceId: SourceId;
  /** The wording as printed, without quotation marks. */
  text: string;
  /** "(FG 1)", "(participant 4, focus group 1)". */
  attribution: string;
  fidelity: FidelityStatus;
}

/** A heading of the quote report (theme, perspective, subtheme) with its quotes and sub-headings. */
export interface QuoteSection {
  codeId: CodeId;
  heading: string;
  /** 1 for a theme, 2 beneath it, and so on. */
  level: number;
  quotes: readonly ReportQuote[];
  children: readonly QuoteSection[];
}

/** One code of the codebook. */
export interface CodebookEntry {
  codeId: CodeId;
  /** Names from the root. */
  path: readonly string[];
  /** 0 for a top-level theme. */
  depth: number;
  name: string;
  definition: string;
  aliases: readonly string[];
  status: string;
  /** Rolled up: the code and everything beneath it. */
  codings: number;
  sources: number;
  participants: number;
  /** The first curated quote of the code, else its first coded extract; null when it has none. */
  exemplar: { text: string; attribution: string } | null;
}

export const BOARD_TEMPLATES = ['hwb', 'ppb'] as const;
/** hwb: Health and Wellbeing Board; ppb: Policy and Performance Board (DOMAIN.md "The board report"). */
export type BoardTemplate = (typeof BOARD_TEMPLATES)[number];

/** What the officer fills in for the report's header; every field may be left blank. */
export interface BoardReportDetails {
  /** "Health and Wellbeing Board" / "REPORT TO: Health Policy and Performance Board". */
  meeting: string;
  /** ISO date of the meeting, or "". */
  date: string;
  title: string;
  /** Responsible officer (hwb) or reporting officer (ppb). */
  officer: string;
  /** Contact line (hwb), e.g. an e-mail address. */
  contact: string;
  /** Portfolio (ppb) or Cabinet Member / Portfolio Holder (hwb). */
  portfolio: string;
  /** Ward(s) (ppb). */
  wards: string;
}

/** A paragraph of the board report; numbered ones carry their number ("1.1", "3.2"). */
export interface BoardParagraph {
  number: string;
  text: string;
}

/** A numbered section ("1. Summary", "2.0 RECOMMENDATION") and what it holds, in order. */
export interface BoardSection {
  /** "1.", "1.0", or "" for unnumbered headings such as "List of Background Papers". */
  number: string;
  title: string;
  paragraphs: readonly BoardParagraph[];
  tables: readonly ReportTable[];
  quotes: readonly ReportQuote[];
}

export interface BoardReport {
  template: BoardTemplate;
  /** Header lines, label then value ("Responsible Officer", "…"). */
  header: readonly (readonly [string, string])[];
  title: string;
  sections: readonly BoardSection[];
}
