/**
 * Every figure the benchmark reports, in report order, with its same-run baseline and its target
 * (issue 8 for the project sizes, issue 3 for importing documents, issue 4 for a long source).
 * The runners measure figures by these ids; a figure whose feature does not exist yet is listed
 * with `pending` and reported as "not built yet" until a runner gives it an implementation.
 */

export type FigureScope = 'size' | 'import' | 'long';

export interface Target {
  /** Median must be below this many milliseconds (or megabytes, for memory). */
  below?: number;
  /** Median must be within this multiple of the baseline's median. */
  maxRatio?: number;
  text: string;
}

export interface FigureDef {
  id: string;
  label: string;
  where: 'Node' | 'Chromium';
  scope: FigureScope;
  unit: 'ms' | 'MB';
  baseline?: string;
  isBaseline?: boolean;
  /** Target for S and M (issue 8 states them for M; S must meet them too). L has its own, see targetFor. */
  target?: Target;
  /** What is missing, for a figure whose feature is not built yet. */
  pending?: string;
}

const OPEN: Target = { below: 1000, text: '< 1 s' };
const SEARCH: Target = { below: 150, maxRatio: 3, text: '< 150 ms, ≤ 3× scan' };
const SEARCH_APP: Target = { below: 150, text: '< 150 ms' };
const APPLY: Target = { below: 50, text: '< 50 ms' };
const MATRIX: Target = { below: 100, text: '< 100 ms' };

const size = (where: FigureDef['where'], id: string, label: string, more: Partial<FigureDef> = {}): FigureDef =>
  ({ id, label, where, scope: 'size', unit: 'ms', ...more });

export const FIGURES: readonly FigureDef[] = [
  size('Chromium', 'cr.bulkPut', 'Baseline: raw Dexie bulkPut of the same records, one transaction', { isBaseline: true }),
  size('Chromium', 'cr.readQdpx', 'Import, part 1: readQdpx in the page', { baseline: 'cr.bulkPut' }),
  size('Chromium', 'cr.addProject', 'Import, part 2: addProjectFromBundle (one transaction)', { baseline: 'cr.bulkPut' }),
  size('Chromium', 'cr.import', 'Import the project file (readQdpx + addProjectFromBundle)', { baseline: 'cr.bulkPut' }),
  size('Chromium', 'cr.openProject', 'Open the project: dashboard reads + projectProgress + undo state', { target: OPEN }),
  size('Chromium', 'cr.dashboard', 'Open the project: DashboardScreen mounted until its figures show', { target: OPEN }),
  size('Chromium', 'cr.openSource', 'Open the largest source: getSource + getSourceText + its codings + segmentsForMarks', { target: OPEN }),
  size('Chromium', 'cr.reader', 'Open the largest source: ReaderScreen mounted until text, marks and stripes show', { target: OPEN }),
  size('Chromium', 'cr.applyCode', 'Apply a code: snapToWords + codeRanges + noteRecentCode', { target: APPLY }),
  size('Chromium', 'cr.applyShown', 'Apply a code until the open reader shows the new mark', { target: APPLY }),
  size('Chromium', 'cr.undo', 'Undo that coding (undo)'),
  size('Chromium', 'cr.scan', 'Baseline: raw indexOf scan of every text for the word', { isBaseline: true }),
  size('Chromium', 'cr.searchPlainMem', 'searchCorpus plain "respite", texts in memory', { baseline: 'cr.scan', target: SEARCH }),
  size('Chromium', 'cr.searchRegexMem', 'searchCorpus regex, texts in memory', { baseline: 'cr.scan', target: SEARCH }),
  size('Chromium', 'cr.searchPlain', 'Search screen path, plain: loadTexts + toSearchSources + search worker', { baseline: 'cr.scan', target: SEARCH_APP }),
  size('Chromium', 'cr.searchRegex', 'Search screen path, regex: loadTexts + toSearchSources + search worker', { baseline: 'cr.scan', target: SEARCH_APP }),
  size('Chromium', 'cr.matrix', 'Theme matrix over all codings: the screen\'s reads + themeMatrix', { target: MATRIX }),
  size('Chromium', 'cr.cooccurrence', 'Co-occurrence over all codings: the screen\'s reads + cooccurrence (overlap)'),
  size('Chromium', 'cr.export', 'Export .qdpx: loadBundle + writeQdpx', { target: { below: 5000, text: '< 5 s' } }),
  size('Chromium', 'cr.quoteReport', 'Quote report DOCX: loadBundle + quoteReport + quoteReportDocx'),
  size('Chromium', 'cr.memory', 'Peak memory: Pss of every Chromium process, summed, sampled every 0.5 s', { unit: 'MB', target: { below: 2048, text: '< 2 GB' } }),
  size('Chromium', 'cr.rendererPeak', 'Peak memory of the page\'s renderer process (VmHWM)', { unit: 'MB' }),
  size('Chromium', 'cr.heap', 'Peak JS heap of the page (CDP, sampled every 250 ms)', { unit: 'MB' }),
  size('Node', 'node.readQdpx', 'readQdpx'),
  size('Node', 'node.writeQdpx', 'writeQdpx'),
  size('Node', 'node.scan', 'Baseline: raw indexOf scan of every text for the word', { isBaseline: true }),
  size('Node', 'node.searchPlain', 'searchCorpus plain "respite"', { baseline: 'node.scan', target: SEARCH }),
  size('Node', 'node.searchRegex', 'searchCorpus regex', { baseline: 'node.scan', target: SEARCH }),
  size('Node', 'node.segments', 'segmentsForMarks, the largest source'),
  size('Node', 'node.codingsPass', 'Baseline: one plain pass over the codings array (count per code)', { isBaseline: true }),
  size('Node', 'node.progress', 'projectProgress over all codings', { baseline: 'node.codingsPass' }),
  size('Node', 'node.codeTree', 'buildCodeTree + codeCounts over all codings', { baseline: 'node.codingsPass' }),
  size('Node', 'node.matrix', 'Theme matrix over all codings (themeMatrix)', { baseline: 'node.codingsPass', target: MATRIX }),
  size('Node', 'node.cooccurrence', 'Co-occurrence over all codings (cooccurrence, overlap)', { baseline: 'node.codingsPass' }),
  size('Node', 'node.quoteReport', 'Quote report DOCX: quoteReport + quoteReportDocx'),

  { id: 'cr.docx600k', label: 'parseFile of one 600,000-character .docx', where: 'Chromium', scope: 'import', unit: 'ms', target: { below: 3000, text: '< 3 s' } },
  { id: 'cr.docxBatch', label: 'parseFile of 200 .docx files of 50,000 characters', where: 'Chromium', scope: 'import', unit: 'ms', target: { below: 30_000, text: '< 30 s' } },
  { id: 'cr.storeImport', label: 'Storing imported documents as sources', where: 'Chromium', scope: 'import', unit: 'ms' },
  { id: 'node.docx600k', label: 'parseFile of one 600,000-character .docx', where: 'Node', scope: 'import', unit: 'ms' },
  { id: 'node.docxBatch', label: 'parseFile of 200 .docx files of 50,000 characters', where: 'Node', scope: 'import', unit: 'ms' },

  { id: 'cr.long.reader', label: 'Open: ReaderScreen mounted until text, marks and stripes show', where: 'Chromium', scope: 'long', unit: 'ms', target: OPEN },
  { id: 'cr.long.applyCode', label: 'Apply a code: snapToWords + codeRanges + noteRecentCode', where: 'Chromium', scope: 'long', unit: 'ms', target: { below: 100, text: '< 100 ms' } },
  { id: 'cr.long.applyShown', label: 'Apply a code until the open reader shows the new mark', where: 'Chromium', scope: 'long', unit: 'ms', target: { below: 100, text: '< 100 ms' } },
  { id: 'cr.long.scroll', label: 'Scroll top to bottom: longest frame', where: 'Chromium', scope: 'long', unit: 'ms', target: { below: 100, text: '< 100 ms' } },
];

export const FIGURE_BY_ID: ReadonlyMap<string, FigureDef> = new Map(FIGURES.map((f) => [f.id, f]));

/** L's targets: no operation over 10 s, memory under 2 GB (issue 8); other sizes keep the figure's own. */
export function targetFor(figure: FigureDef, sizeName: string): Target | undefined {
  if (sizeName !== 'L' || figure.scope !== 'size') return figure.target;
  if (figure.id === 'cr.memory') return figure.target;
  if (figure.unit === 'ms' && !figure.isBaseline) return { below: 10_000, text: '< 10 s (L)' };
  return undefined;
}
