/**
 * Node figures of the pure core (shared/), with their baselines. Each entry times one function
 * over the project read from the size's file. A feature that lands (theme matrix,
 * co-occurrence, quote report) is one more entry here, keyed by its figure id in figures.ts.
 */
import { readFileSync } from 'node:fs';
import { buildCodeTree } from '../../../shared/analysis/codeTree';
import { codeCounts } from '../../../shared/analysis/codeCounts';
import { projectProgress } from '../../../shared/analysis/progress';
import { segmentsForMarks } from '../../../shared/coding/ranges';
import { parseFile } from '../../../shared/import';
import type { ProjectBundle, Turn } from '../../../shared/model';
import { readQdpx, writeQdpx } from '../../../shared/qdpx';
import { searchCorpus, type SearchQuery, type SearchSource } from '../../../shared/search/search';
import { sample, type Outcome } from '../stats';

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

type Timed = (ctx: NodeContext) => { fn: () => unknown; note?: string; isRepeatable?: boolean };

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
};

/** Times every figure above (one warm-up run each); a failure is reported, not thrown. */
export async function runNodeFigures(ctx: NodeContext, runs: number, log: (line: string) => void): Promise<Outcome> {
  const outcome: Outcome = {};
  for (const [id, timed] of Object.entries(NODE_FIGURES)) {
    globalThis.gc?.();
    const { fn, note, isRepeatable } = timed(ctx);
    outcome[id] = { samples: await sample(fn, { runs, ...(isRepeatable ? { repeatUntilMs: REPEAT_MS } : {}) }), ...(note ? { note } : {}) };
    log(`  ${id}: ${outcome[id].samples.map((s) => s.toFixed(1)).join(', ')} ms`);
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
