/**
 * Node figures of the pure core (shared/), with their baselines. Each entry times one function
 * over the project read from the size's file. A feature that lands is one more entry here,
 * keyed by its figure id in figures.ts.
 */
import { readFileSync } from 'node:fs';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import { codeCounts } from '../../../shared/analysis/codeCounts';
import { cooccurrence } from '../../../shared/analysis/cooccurrence';
import { themeMatrix, type MatrixInput, type MatrixRows } from '../../../shared/analysis/matrix';
import { projectProgress } from '../../../shared/analysis/progress';
import { segmentsForMarks } from '../../../shared/coding/ranges';
import { quoteReportDocx } from '../../../shared/export/docx';
import { parseFile } from '../../../shared/import';
import type { Attribute, ProjectBundle, Turn } from '../../../shared/model';
import { readQdpx, writeQdpx } from '../../../shared/qdpx';
import { quoteReport } from '../../../shared/report/quoteReport';
import type { QuoteSection } from '../../../shared/report/types';
import { searchCorpus, type SearchQuery, type SearchSource } from '../../../shared/search/search';
import { sample, summarise, type Outcome } from '../stats';

const PLAIN: SearchQuery = { text: 'respite', mode: 'plain', isWholeWord: false, isCaseSensitive: false };
const REGEX: SearchQuery = { text: '\\b(carer|caring)s?\\b', mode: 'regex', isWholeWord: false, isCaseSensitive: false };

export interface NodeContext {
  bytes: Uint8Array;
  bundle: ProjectBundle;
  corpus: SearchSource[];
  texts: string[];
  turnsBySource: Map<string, Turn[]>;
}

export async function nodeContext(path: string): Promise<NodeContext> {
  const bytes = new Uint8Array(readFileSync(path));
  const bundle = await readQdpx(bytes, path);
  const labelOf = new Map<string, string>(bundle.participants.map((p) => [p.id, p.label]));
  const corpus = bundle.sources.map(({ source, text }) => ({
    sourceId: source.id, label: source.label, text: text.text,
    turns: text.turns.map((t) => ({ start: t.start, end: t.end, speaker: (t.participantId ? labelOf.get(t.participantId) : undefined) ?? t.speaker })),
  }));
  return {
    bytes, bundle, corpus, texts: corpus.map((s) => s.text),
    turnsBySource: new Map(bundle.sources.map(({ source, text }) => [source.id as string, text.turns])),
  };
}

function rawScan(texts: readonly string[], word: string): number {
  let count = 0;
  for (const text of texts) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) count++;
  return count;
}

/** Fast pure functions repeat within a run until it lasts this long (see SampleOptions.repeatUntilMs). */
const REPEAT_MS = 50;

interface TimedFigure {
  fn: () => unknown;
  /** A function is called after the timing (for what the timed runs found out, e.g. a file's size). */
  note?: string | (() => string);
  isRepeatable?: boolean;
  /** Other ways of doing the same work, timed the same way and given in the note (median, min–max). */
  variants?: readonly { label: string; fn: () => unknown }[];
  /** The figure is the slowest of fn (called `label`) and the variants; the others go in the note. */
  isSlowestReported?: boolean;
  label?: string;
}

type Timed = (ctx: NodeContext) => TimedFigure;

/** The matrix figure's rows: the whole tree, rolled up into its top three levels. */
const MATRIX_ROWS: MatrixRows = { kind: 'depth', depth: 3 };

function matrixInput({ bundle, turnsBySource }: NodeContext): MatrixInput {
  return {
    codes: bundle.codes, codings: bundle.codings, sources: bundle.sources.map((s) => s.source), turnsBySource,
    participants: bundle.participants, attributes: bundle.attributes,
  };
}

/** The category attribute with the most values (the synthetic projects' "Organisation category"). */
export function widestCategory(attributes: readonly Attribute[]): Attribute | undefined {
  return attributes.filter((a) => a.type === 'category')
    .reduce<Attribute | undefined>((a, b) => (a && a.categories.length >= b.categories.length ? a : b), undefined);
}

export const countQuotes = (sections: readonly QuoteSection[]): number =>
  sections.reduce((n, s) => n + s.quotes.length + countQuotes(s.children), 0);

const sizeText = (bytes: number) => (bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);
const ms = (samples: readonly number[]) => {
  const { median, min, max } = summarise(samples);
  return `${median.toFixed(1)} ms (${min.toFixed(1)}–${max.toFixed(1)})`;
};

/** Figure id -> what to time. The sink keeps results alive so nothing is optimised away. */
let sink: unknown;
const keep = (value: unknown) => { sink = value; };

export const NODE_FIGURES: Record<string, Timed> = {
  'node.readQdpx': ({ bytes }) => ({ fn: () => readQdpx(bytes, 'bench.qdpx'), note: `${(bytes.length / 1024 ** 2).toFixed(1)} MB file` }),
  'node.writeQdpx': ({ bundle }) => ({ fn: () => writeQdpx(bundle) }),
  'node.scan': ({ texts }) => ({ fn: () => keep(rawScan(texts, PLAIN.text)), isRepeatable: true, note: `${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} M characters` }),
  'node.searchPlain': ({ corpus }) => ({ fn: () => keep(searchCorpus(corpus, PLAIN, { limit: 500 })), isRepeatable: true, note: `${searchCorpus(corpus, PLAIN).total} hits` }),
  'node.searchRegex': ({ corpus }) => ({ fn: () => keep(searchCorpus(corpus, REGEX, { limit: 500 })), isRepeatable: true, note: `/${REGEX.text}/iu: ${searchCorpus(corpus, REGEX).total} hits` }),
  'node.segments': ({ bundle }) => {
    const largest = bundle.sources.reduce((a, b) => (b.text.text.length > a.text.text.length ? b : a));
    const codings = bundle.codings.filter((c) => c.sourceId === largest.source.id);
    return { fn: () => keep(segmentsForMarks(largest.text.text.length, codings)), isRepeatable: true, note: `${largest.source.label}: ${codings.length} codings` };
  },
  'node.codingsPass': ({ bundle }) => ({
    fn: () => {
      const perCode = new Map<string, number>();
      for (const coding of bundle.codings) perCode.set(coding.codeId, (perCode.get(coding.codeId) ?? 0) + 1);
      keep(perCode);
    },
    isRepeatable: true,
    note: `${bundle.codings.length.toLocaleString('en-GB')} codings`,
  }),
  'node.progress': ({ bundle: b }) => ({
    isRepeatable: true, fn: () => keep(projectProgress({ sources: b.sources.map((s) => s.source), participants: b.participants, codes: b.codes, codings: b.codings, memos: b.memos, quotes: b.quotes })),
  }),
  'node.codeTree': ({ bundle, turnsBySource }) => ({ isRepeatable: true, fn: () => keep(codeCounts(buildCodeTree(bundle.codes, bundle.codings), bundle.codings, turnsBySource)) }),
  'node.matrix': (ctx) => {
    const input = matrixInput(ctx);
    const attribute = widestCategory(input.attributes);
    const shape = themeMatrix(input, MATRIX_ROWS, { kind: 'sources' });
    const byAttribute = attribute && themeMatrix(input, MATRIX_ROWS, { kind: 'attribute', attributeId: attribute.id });
    return {
      isRepeatable: true, isSlowestReported: true,
      label: `${shape.columns.length} source columns`,
      fn: () => keep(themeMatrix(input, MATRIX_ROWS, { kind: 'sources' })),
      variants: attribute && byAttribute ? [{
        label: `"${attribute.name}" columns (${byAttribute.columns.length})`,
        fn: () => keep(themeMatrix(input, MATRIX_ROWS, { kind: 'attribute', attributeId: attribute.id })),
      }] : [],
      note: `${shape.rows.length} rows (the tree to depth 3)`,
    };
  },
  'node.cooccurrence': (ctx) => {
    const input = matrixInput(ctx);
    const overlap = cooccurrence(input, 'overlap');
    const turn = cooccurrence(input, 'turn');
    return {
      isRepeatable: true,
      fn: () => keep(cooccurrence(input, 'overlap')),
      variants: [{ label: `turn mode (${turn.edges.length} pairs)`, fn: () => keep(cooccurrence(input, 'turn')) }],
      note: `overlap mode: ${overlap.codes.length} codes, ${overlap.edges.length} overlapping pairs`,
    };
  },
  'node.quoteReport': ({ bundle }) => {
    // The synthetic projects carry a few curated quotes; set aside, every coded extract of the
    // leaf codes goes in (the command line's rule when nothing is curated): the heavy report.
    const uncurated: ProjectBundle = { ...bundle, quotes: [] };
    const title = `${bundle.project.name}: quotes`;
    const quotes = countQuotes(quoteReport(uncurated, { allExtractsWhenNoQuotes: true }));
    let bytes = 0;
    return {
      fn: async () => { bytes = (await quoteReportDocx(title, quoteReport(uncurated, { allExtractsWhenNoQuotes: true }))).length; },
      variants: [
        { label: 'quoteReport alone', fn: () => keep(quoteReport(uncurated, { allExtractsWhenNoQuotes: true })) },
        ...(bundle.quotes.length > 0 ? [{
          label: `the ${bundle.quotes.length} curated quotes instead`,
          fn: async () => keep(await quoteReportDocx(title, quoteReport(bundle, { allExtractsWhenNoQuotes: true }))),
        }] : []),
      ],
      note: () => `${quotes.toLocaleString('en-GB')} quotes: every coded extract of the leaf codes (curated quotes set aside), ${sizeText(bytes)} .docx`,
    };
  },
};

/** Times every figure above (one warm-up run each); a failure is reported, not thrown. */
export async function runNodeFigures(ctx: NodeContext, runs: number, log: (line: string) => void): Promise<Outcome> {
  const outcome: Outcome = {};
  for (const [id, timed] of Object.entries(NODE_FIGURES)) {
    globalThis.gc?.();
    const { fn, note, isRepeatable, variants = [], isSlowestReported, label = '' } = timed(ctx);
    const timeIt = async (f: () => unknown) => {
      globalThis.gc?.();
      return sample(f, { runs, ...(isRepeatable ? { repeatUntilMs: REPEAT_MS } : {}) });
    };
    const timings = [{ label, samples: await timeIt(fn) }];
    for (const variant of variants) timings.push({ label: variant.label, samples: await timeIt(variant.fn) });
    const median = (t: (typeof timings)[number]) => summarise(t.samples).median;
    const shown = isSlowestReported ? timings.reduce((a, b) => (median(b) > median(a) ? b : a)) : timings[0]!;
    const noteText = [
      typeof note === 'function' ? note() : note ?? '', isSlowestReported ? `the figure: ${shown.label} (the slower)` : '',
      ...timings.filter((t) => t !== shown).map((t) => `${t.label}: ${ms(t.samples)}`),
    ].filter(Boolean).join('; ');
    outcome[id] = { samples: shown.samples, ...(noteText ? { note: noteText } : {}) };
    log(`  ${id}: ${outcome[id].samples.map((s) => s.toFixed(1)).join(', ')} ms${timings.length > 1 ? ` (${noteText})` : ''}`);
  }
  void sink;
  return outcome;
}

/** parseFile of the long document and of the batch, in Node. */
export async function runNodeImport(long: string, batch: readonly string[], runs: number): Promise<Outcome> {
  const longBytes = new Uint8Array(readFileSync(long));
  const batchBytes = batch.map((path) => new Uint8Array(readFileSync(path)));
  const one = await sample(() => parseFile(longBytes, long), { runs });
  const all = await sample(async () => { for (const [i, bytes] of batchBytes.entries()) await parseFile(bytes, batch[i] ?? 'file.docx'); },
    { runs: Math.min(3, Math.max(1, Math.floor(runs / 2))), warmup: 0 });
  return { 'node.docx600k': { samples: one }, 'node.docxBatch': { samples: all, note: `${batch.length} files, one after another` } };
}
