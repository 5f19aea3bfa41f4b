/**
 * The report after opening a project file: what came in (counts), what was left out and why,
 * which texts were missing, what was changed to fit, and how each source's selection positions
 * were counted. `importReportLines` gives the same report as plain sentences for a status line,
 * a dialog or the command line.
 */
import type { ProjectBundle } from '../model';
import { describeConvention, isStandardConvention } from './offsetDetection';
import { STANDARD_CONVENTION, type LineBreakCount, type OffsetUnit } from './sourceTexts';

export const IMPORT_COUNTS = ['sources', 'codes', 'codings', 'memos', 'participants', 'attributes', 'coders'] as const;
export type ImportCountKind = (typeof IMPORT_COUNTS)[number];

const NOUNS: Record<ImportCountKind, [string, string]> = {
  sources: ['source', 'sources'], codes: ['code', 'codes'], codings: ['coding', 'codings'], memos: ['memo', 'memos'],
  participants: ['participant', 'participants'], attributes: ['attribute', 'attributes'], coders: ['coder', 'coders'],
};

/** One thing in the report: what (a sentence subject) and why. */
export interface ImportReportItem {
  what: string;
  why: string;
}

/** How one source's selection positions were read. */
export interface SourceOffsets {
  sourceId: string;
  /** The source's title. */
  source: string;
  unit: OffsetUnit;
  lineBreaks: LineBreakCount;
  /**
   * Why this reading: `storyloom` (Storyloom's own file, always code points), `given` (the caller
   * said so), `detected` (readings differed and this one put most selection edges between words),
   * `standard` (no other reading differed, or no selections to tell by: the standard's code points).
   */
  basis: 'storyloom' | 'given' | 'detected' | 'standard';
  /** Selection edges (two per selection). */
  edges: number;
  /** Of those, the edges that fall between words under the chosen reading. */
  cleanEdges: number;
  /** Every reading tried, for the curious: unit, line breaks and clean edges. */
  readings: { unit: OffsetUnit; lineBreaks: LineBreakCount; cleanEdges: number }[];
}

export interface ImportReport {
  /** The file as the user named it. */
  fileName: string;
  /** The tool that wrote it ("NVivo for Windows 12.6"), or null. */
  origin: string | null;
  /** True for Storyloom's own project files (with storyloom/project.json). */
  isStoryloomFile: boolean;
  counts: Record<ImportCountKind, number>;
  offsets: SourceOffsets[];
  /** Parts of the file Storyloom cannot hold. */
  leftOut: ImportReportItem[];
  /** Texts that could not be read (the source left out, or the memo without its text). */
  missing: ImportReportItem[];
  /** What came in changed to fit: cut selections, sets as memos, text taken from a Word document... */
  changed: ImportReportItem[];
}

export function emptyImportReport(fileName: string, origin: string | null, isStoryloomFile: boolean): ImportReport {
  return {
    fileName, origin, isStoryloomFile,
    counts: { sources: 0, codes: 0, codings: 0, memos: 0, participants: 0, attributes: 0, coders: 0 },
    offsets: [], leftOut: [], missing: [], changed: [],
  };
}

export function countBundle(bundle: ProjectBundle): Record<ImportCountKind, number> {
  return {
    sources: bundle.sources.length, codes: bundle.codes.length, codings: bundle.codings.length, memos: bundle.memos.length,
    participants: bundle.participants.length, attributes: bundle.attributes.length, coders: bundle.coders.length,
  };
}

/** "1 source", "152 codes". */
export function countNoun(count: number, kind: ImportCountKind): string {
  const [one, many] = NOUNS[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 sources, 152 codes, 330 codings, 0 memos, 3 coders" (participants and attributes when there are any). */
export function importCounts(report: ImportReport): string {
  return IMPORT_COUNTS
    .filter((kind) => report.counts[kind] > 0 || !['participants', 'attributes'].includes(kind))
    .map((kind) => countNoun(report.counts[kind], kind)).join(', ');
}

/** One sentence on how a source's positions were read. */
export function offsetSentence(offsets: SourceOffsets): string {
  const how = describeConvention(offsets);
  switch (offsets.basis) {
    case 'storyloom': return `Source "${offsets.source}": positions in code points (a Storyloom file).`;
    case 'given': return `Source "${offsets.source}": positions read as ${how}, as asked.`;
    case 'standard':
      return offsets.edges === 0
        ? `Source "${offsets.source}": no selections; code points assumed, as the standard says.`
        : `Source "${offsets.source}": positions in code points, as the standard says (${offsets.cleanEdges} of ${offsets.edges} selection edges between words; no other reading differs for this text).`;
    case 'detected': {
      const standard = offsets.readings.find((r) => isStandardConvention(r));
      const others = isStandardConvention(offsets) ? ', the best of the readings tried'
        : `; ${standard?.cleanEdges ?? 0} as the standard's code points`;
      return `Source "${offsets.source}": positions read as ${how} (${offsets.cleanEdges} of ${offsets.edges} selection edges fall between words that way${others}).`;
    }
  }
}

/** What a user needs to know, as sentences: left out, missing, changed. Empty when nothing is. */
export function importNotices(report: ImportReport): string[] {
  return [
    ...report.leftOut.map((item) => `Left out ${item.what}: ${item.why}.`),
    ...report.missing.map((item) => `${capitalise(item.what)}: ${item.why}.`),
    ...report.changed.map((item) => `${capitalise(item.what)}: ${item.why}.`),
  ];
}

/** The whole report as plain sentences, in order: what came in, positions, then the notices. */
export function importReportLines(report: ImportReport): string[] {
  const from = report.origin ? ` (written by ${report.origin})` : '';
  return [
    `Came in from "${report.fileName}"${from}: ${importCounts(report)}.`,
    ...report.offsets.map(offsetSentence),
    ...importNotices(report),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How each source's positions were read, for bundles readQdpx returned, by bundle (weakly, so
 * bundles are freed as usual). Lets `cli inspect` report the convention from the bundle it is
 * given, without another read of the file.
 */
const OFFSETS_READ = new WeakMap<ProjectBundle, readonly SourceOffsets[]>();

export function rememberOffsets(bundle: ProjectBundle, offsets: readonly SourceOffsets[]): void {
  OFFSETS_READ.set(bundle, offsets);
}

/** The offsets readQdpx found for this bundle, or undefined for a bundle that did not come from a file. */
export function offsetsReadFor(bundle: ProjectBundle): readonly SourceOffsets[] | undefined {
  return OFFSETS_READ.get(bundle);
}

/**
 * The report as a few sentences for one status line: what came in, how positions were read
 * (each source that needed a non-standard reading by name, the rest together), then every
 * notice. Nothing is left out: a long report is a long message.
 */
export function importReportSummary(report: ImportReport): string[] {
  const from = report.origin ? ` (written by ${report.origin})` : '';
  const lines = [`Came in${from}: ${importCounts(report)}.`];
  if (report.isStoryloomFile) {
    if (report.offsets.length > 0) lines.push('Positions: code points, as in every Storyloom project file.');
  } else if (report.offsets.length > 0) {
    const special = report.offsets.filter((o) => !isStandardConvention(o));
    const standard = report.offsets.length - special.length;
    // Sources read the same non-standard way go together (an NVivo project: every source in UTF-16 units).
    const groups = new Map<string, SourceOffsets[]>();
    for (const o of special) {
      const key = `${o.unit}/${o.lineBreaks}`;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    const parts = [...groups.values()].map((group) => {
      const sum = (f: (o: SourceOffsets) => number) => group.reduce((n, o) => n + f(o), 0);
      const std = sum((o) => o.readings.find((r) => isStandardConvention(r))?.cleanEdges ?? 0);
      const names = group.map((o) => `"${o.source}"`).join(', ');
      const where = group.length === 1 ? `source ${names}` : `${group.length} sources (${names})`;
      return `${describeConvention(group[0] ?? STANDARD_CONVENTION)} in ${where} (${sum((o) => o.cleanEdges)} of ${sum((o) => o.edges)} `
        + `selection edges fall between words that way; ${std} as the standard's code points)`;
    });
    if (standard > 0) {
      const rest = special.length === 0 ? (standard === 1 ? 'the source' : `all ${standard} sources`) : (standard === 1 ? 'the other source' : `the other ${standard} sources`);
      parts.push(`code points, as the standard says, in ${rest}`);
    }
    lines.push(`Positions: ${parts.join('; ')}.`);
  }
  return [...lines, ...importNotices(report)];
}
