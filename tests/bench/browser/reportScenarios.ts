/**
 * Page scenarios of the analysis and report screens on the resident project: the theme matrix,
 * co-occurrence and the quote report. Each run reads what the screen reads through the app's
 * repositories (a new database connection each run, nothing cached), then computes what the
 * screen shows; the figure is the two together, what the researcher waits for. The parts are
 * timed separately for the note.
 */
import { cooccurrence } from '../../../shared/analysis/cooccurrence';
import { themeMatrix, type MatrixInput, type MatrixRows } from '../../../shared/analysis/matrix';
import { quoteReportDocx } from '../../../shared/export/docx';
import type { Attribute, ProjectBundle, ProjectId } from '../../../shared/model';
import { quoteReport } from '../../../shared/report/quoteReport';
import type { QuoteSection } from '../../../shared/report/types';
import { loadBundle } from '../../../renderer/db/repositories/bundles';
import { listAttributes, listCodes, listCodings, listParticipants } from '../../../renderer/db/repositories/projectData';
import { listSources, listTurnsBySource } from '../../../renderer/db/repositories/sources';
import { sample, summarise, type Outcome } from '../stats';
import type { ScenarioParams } from './api';
import { connect, resident } from './session';

/** The matrix figure's rows: the whole tree, rolled up into its top three levels. */
const MATRIX_ROWS: MatrixRows = { kind: 'depth', depth: 3 };

/** What renderer/matrix/useMatrixInput.ts reads, for the matrix and co-occurrence screens. */
async function readMatrixInput(projectId: ProjectId): Promise<MatrixInput> {
  const [codes, codings, sources, participants, attributes, turnsBySource] = await Promise.all([
    listCodes(projectId), listCodings(projectId), listSources(projectId), listParticipants(projectId),
    listAttributes(projectId), listTurnsBySource(projectId),
  ]);
  return { codes, codings, sources, participants, attributes, turnsBySource };
}

/** The category attribute with the most values (the synthetic projects' "Organisation category"). */
function widestCategory(attributes: readonly Attribute[]): Attribute | undefined {
  return attributes.filter((a) => a.type === 'category')
    .reduce<Attribute | undefined>((a, b) => (a && a.categories.length >= b.categories.length ? a : b), undefined);
}

const countQuotes = (sections: readonly QuoteSection[]): number =>
  sections.reduce((n, s) => n + s.quotes.length + countQuotes(s.children), 0);

const median = (samples: readonly number[]) => summarise(samples).median;
const sizeText = (bytes: number) => (bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const ms = (samples: readonly number[]) => `${median(samples).toFixed(0)} ms`;

interface Timings<T> {
  /** Each timed run's load. */
  load: number[];
  /** Each timed run's time of each computation, by name. */
  compute: Record<string, number[]>;
  /** What the last load read. */
  loaded: T;
}

/**
 * Per run (after one untimed warm-up): a new connection to the resident database (untimed),
 * `load` timed, then each computation of `computes` timed on what it read.
 */
async function loadThenCompute<T>(key: string, runs: number, load: (projectId: ProjectId) => Promise<T>,
  computes: Record<string, (loaded: T) => unknown>): Promise<Timings<T>> {
  const { projectId, dbName } = await resident(key);
  const timings: Timings<T> = { load: [], compute: Object.fromEntries(Object.keys(computes).map((name) => [name, []])), loaded: undefined as T };
  await sample(async (run) => {
    const t0 = performance.now();
    const loaded = await load(projectId);
    const loadMs = performance.now() - t0;
    const computeMs: Record<string, number> = {};
    for (const [name, compute] of Object.entries(computes)) {
      const t1 = performance.now();
      await compute(loaded);
      computeMs[name] = performance.now() - t1;
    }
    if (run < 0) return;
    timings.load.push(loadMs);
    for (const [name, value] of Object.entries(computeMs)) timings.compute[name]!.push(value);
    timings.loaded = loaded;
  }, { runs, before: () => connect(dbName) });
  return timings;
}

/** Load + one computation, run by run: the figure. */
const plus = (load: readonly number[], compute: readonly number[]) => load.map((value, i) => value + (compute[i] ?? 0));

async function matrix({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId } = await resident(key);
  const attribute = widestCategory(await listAttributes(projectId));
  let bySources = { rows: 0, columns: 0 };
  let byAttribute = { rows: 0, columns: 0 };
  const shape = (m: ReturnType<typeof themeMatrix>) => ({ rows: m.rows.length, columns: m.columns.length });
  const t = await loadThenCompute(key, runs, readMatrixInput, {
    sources: (input) => { bySources = shape(themeMatrix(input, MATRIX_ROWS, { kind: 'sources' })); },
    ...(attribute ? { attribute: (input: MatrixInput) => { byAttribute = shape(themeMatrix(input, MATRIX_ROWS, { kind: 'attribute', attributeId: attribute.id })); } } : {}),
  });
  const sources = t.compute.sources ?? [];
  const byValue = t.compute.attribute ?? [];
  const isAttributeSlower = byValue.length > 0 && median(byValue) > median(sources);
  const shownLabel = isAttributeSlower ? `"${attribute?.name}" columns (${byAttribute.columns})` : `${bySources.columns} source columns`;
  const otherLabel = isAttributeSlower ? `${bySources.columns} source columns` : `"${attribute?.name}" columns (${byAttribute.columns})`;
  const other = isAttributeSlower ? sources : byValue;
  const note = [
    `${bySources.rows} rows (the tree to depth 3); the figure: ${shownLabel} (the slower), read ${ms(t.load)} + themeMatrix ${ms(isAttributeSlower ? byValue : sources)}`,
    ...(other.length > 0 ? [`${otherLabel}: themeMatrix ${ms(other)}`] : []),
    `${t.loaded.codings.length.toLocaleString('en-GB')} codings`,
  ].join('; ');
  return { 'cr.matrix': { samples: plus(t.load, isAttributeSlower ? byValue : sources), note } };
}

async function cooccurrenceScreen({ key, runs }: ScenarioParams): Promise<Outcome> {
  let codes = 0;
  let pairs = 0;
  let turnPairs = 0;
  const t = await loadThenCompute(key, runs, readMatrixInput, {
    overlap: (input) => { const c = cooccurrence(input, 'overlap'); codes = c.codes.length; pairs = c.edges.length; },
    turn: (input) => { turnPairs = cooccurrence(input, 'turn').edges.length; },
  });
  const overlap = t.compute.overlap ?? [];
  const note = `overlap mode: read ${ms(t.load)} + cooccurrence ${ms(overlap)}, ${codes} codes, ${pairs} overlapping pairs; `
    + `turn mode: cooccurrence ${ms(t.compute.turn ?? [])}, ${turnPairs} pairs`;
  return { 'cr.cooccurrence': { samples: plus(t.load, overlap), note } };
}

async function quoteReportFile({ key, runs }: ScenarioParams): Promise<Outcome> {
  let quotes = 0;
  let curated = 0;
  let bytes = 0;
  // The synthetic projects carry a few curated quotes; set aside, every coded extract of the
  // leaf codes goes in (the command line's rule when nothing is curated): the heavy report.
  let sections: QuoteSection[] = [];
  const t = await loadThenCompute(key, runs, loadBundle, {
    report: (bundle: ProjectBundle) => {
      curated = bundle.quotes.length;
      sections = quoteReport({ ...bundle, quotes: [] }, { allExtractsWhenNoQuotes: true });
      quotes = countQuotes(sections);
    },
    docx: async (bundle: ProjectBundle) => { bytes = (await quoteReportDocx(`${bundle.project.name}: quotes`, sections)).length; },
  });
  const report = t.compute.report ?? [];
  const docx = t.compute.docx ?? [];
  const note = `${quotes.toLocaleString('en-GB')} quotes: every coded extract of the leaf codes (the ${curated} curated quotes set aside), `
    + `${sizeText(bytes)} .docx; loadBundle ${ms(t.load)} + quoteReport ${ms(report)} + quoteReportDocx ${ms(docx)}`;
  return { 'cr.quoteReport': { samples: plus(t.load, plus(report, docx)), note } };
}

export const REPORT_SCENARIOS = { matrix, cooccurrence: cooccurrenceScreen, quoteReport: quoteReportFile };
