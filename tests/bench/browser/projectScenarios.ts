/**
 * Page scenarios on a project's data, through the app's own repositories and core: importing the
 * project file (and the raw bulkPut baseline), opening the project and its largest source,
 * applying and undoing a code, searching, exporting. Each returns samples per figure id.
 */
import { projectProgress } from '../../../shared/analysis/progress';
import { segmentsForMarks, snapToWords, type TextRange } from '../../../shared/coding/ranges';
import type { CodeId, ProjectBundle, ProjectId, SourceId, SourceText } from '../../../shared/model';
import { readQdpx, writeQdpx } from '../../../shared/qdpx';
import type { SearchQuery } from '../../../shared/search/search';
import { searchCorpus } from '../../../shared/search/search';
import { addProjectFromBundle, loadBundle } from '../../../renderer/db/repositories/bundles';
import { codeRanges } from '../../../renderer/db/repositories/codings';
import {
  listCoders, listCodes, listCodings, listCodingsOfSource, listMemos, listParticipants, listQuotes,
} from '../../../renderer/db/repositories/projectData';
import { getProject } from '../../../renderer/db/repositories/projects';
import { noteRecentCode } from '../../../renderer/db/repositories/settings';
import { getSource, getSourceText, listSources } from '../../../renderer/db/repositories/sources';
import type { StoryloomDb } from '../../../renderer/db/database';
import { undo, undoState } from '../../../renderer/db/undo';
import { loadTexts, toSearchSources } from '../../../renderer/search/corpus';
import { searchOffThread } from '../../../renderer/search/offThread';
import { HIT_LIMIT } from '../../../renderer/search/useSearchRun';
import { sample, type Outcome } from '../stats';
import type { ScenarioParams } from './api';
import { bundleOf, connect, dropDatabase, projectFileOf, resident } from './session';

export const PLAIN: SearchQuery = { text: 'respite', mode: 'plain', isWholeWord: false, isCaseSensitive: false };
export const REGEX: SearchQuery = { text: '\\b(carer|caring)s?\\b', mode: 'regex', isWholeWord: false, isCaseSensitive: false };
const SCRATCH = 'storyloom-bench-scratch';

/** Every record of the bundle written with bulkPut, in one transaction: what an import cannot beat. */
async function bulkPutAll(store: StoryloomDb, b: ProjectBundle): Promise<void> {
  await store.transaction('rw', [store.projects, ...store.projectTables()], async () => {
    await store.projects.put(b.project);
    await Promise.all([
      store.coders.bulkPut(b.coders), store.sources.bulkPut(b.sources.map((s) => s.source)),
      store.sourceTexts.bulkPut(b.sources.map((s) => s.text)), store.participants.bulkPut(b.participants),
      store.attributes.bulkPut(b.attributes), store.codes.bulkPut(b.codes), store.codings.bulkPut(b.codings),
      store.memos.bulkPut(b.memos), store.quotes.bulkPut(b.quotes), store.reviews.bulkPut(b.reviews),
      store.history.bulkPut(b.history),
    ]);
  });
}

async function importFile({ key, runs }: ScenarioParams): Promise<Outcome> {
  const bytes = projectFileOf(key);
  const read: number[] = [];
  const add: number[] = [];
  const total = await sample(async (run) => {
    const t0 = performance.now();
    const bundle = await readQdpx(bytes, `bench-${key}.qdpx`);
    const t1 = performance.now();
    await addProjectFromBundle(bundle, 'Benchmark import');
    if (run >= 0) {
      read.push(t1 - t0);
      add.push(performance.now() - t1);
    }
  }, { runs, warmup: 0, before: async () => { await dropDatabase(SCRATCH); await connect(SCRATCH); }, after: () => dropDatabase(SCRATCH) });
  return { 'cr.readQdpx': { samples: read }, 'cr.addProject': { samples: add }, 'cr.import': { samples: total } };
}

async function bulkPut({ key, runs }: ScenarioParams): Promise<Outcome> {
  const bundle = await bundleOf(key);
  let store: StoryloomDb | null = null;
  const samples = await sample(() => bulkPutAll(store as StoryloomDb, bundle), {
    runs, warmup: 0, before: async () => { await dropDatabase(SCRATCH); store = await connect(SCRATCH); }, after: () => dropDatabase(SCRATCH),
  });
  return { 'cr.bulkPut': { samples } };
}

/** What the project frame and the dashboard read on opening, and the figures computed from it. */
async function openProject({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, dbName } = await resident(key);
  const samples = await sample(async () => {
    const [project, sources, participants, codes, codings, memos, quotes] = await Promise.all([
      getProject(projectId), listSources(projectId), listParticipants(projectId), listCodes(projectId),
      listCodings(projectId), listMemos(projectId), listQuotes(projectId), undoState(projectId),
    ]);
    if (!project) throw new Error('The resident project is missing.');
    projectProgress({ sources, participants, codes, codings, memos, quotes });
  }, { runs, before: () => connect(dbName) });
  return { 'cr.openProject': { samples, note: 'a new database connection each run (nothing cached)' } };
}

/** What ReaderScreen reads for a source, and the marks it computes. */
async function openSource({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId, dbName, largest } = await resident(key);
  let codingCount = 0;
  const samples = await sample(async () => {
    const [source, text, codings] = await Promise.all([
      getSource(projectId, largest.id), getSourceText(projectId, largest.id), listCodingsOfSource(projectId, largest.id),
      listParticipants(projectId), listCodes(projectId), listCoders(projectId),
    ]);
    if (!source || !text) throw new Error('The largest source is missing.');
    segmentsForMarks(text.text.length, codings);
    codingCount = codings.length;
  }, { runs, before: () => connect(dbName) });
  return { 'cr.openSource': { samples, note: `${largest.label}: ${largest.characters.toLocaleString('en-GB')} characters, ${codingCount} codings` } };
}

/** A selection of about `words` words from the start of a turn chosen by `n`, its end usually inside a word. */
export function selectionToCode(text: SourceText, n: number, words = 8): TextRange {
  const turn = text.turns[(n * 7 + 3) % text.turns.length];
  if (!turn) throw new Error('The source has no turns.');
  return { start: turn.start, end: Math.min(turn.end, turn.start + words * 7) };
}

export interface CodingTarget {
  projectId: ProjectId;
  sourceId: SourceId;
  text: SourceText;
  codeId: CodeId;
}

/** What the open reader already holds when the researcher applies a code (read untimed). */
export async function codingTarget(key: string): Promise<CodingTarget> {
  const { projectId, largest } = await resident(key);
  const text = await getSourceText(projectId, largest.id);
  const code = (await listCodes(projectId)).at(-1);
  if (!text || !code) throw new Error('Nothing to code.');
  return { projectId, sourceId: largest.id, text, codeId: code.id };
}

/** As the reader's "apply a code" does: snap to words, store the coding (undoable), note the code as recent. */
export async function applyCode(target: CodingTarget, n: number): Promise<string> {
  const selection = selectionToCode(target.text, n);
  const snapped = snapToWords(target.text.text, selection.start, selection.end) ?? selection;
  const [id] = await codeRanges(target.projectId, target.codeId, [{ sourceId: target.sourceId, ...snapped }]);
  await noteRecentCode(target.projectId, target.codeId);
  if (!id) throw new Error('The range was coded already.');
  return id;
}

/** Figure ids of the issue 4 long source start "cr.long.". */
export const prefixOf = (key: string) => (key === 'long' ? 'cr.long.' : 'cr.');

async function applyAndUndo({ key, runs }: ScenarioParams): Promise<Outcome> {
  const prefix = prefixOf(key);
  const target = await codingTarget(key);
  const applied: number[] = [];
  const undone: number[] = [];
  for (let run = -1; run < runs; run++) {
    const t0 = performance.now();
    await applyCode(target, run + 100);
    const t1 = performance.now();
    await undo(target.projectId);
    const t2 = performance.now();
    if (run >= 0) {
      applied.push(t1 - t0);
      undone.push(t2 - t1);
    }
  }
  return { [`${prefix}applyCode`]: { samples: applied }, ...(prefix === 'cr.' ? { 'cr.undo': { samples: undone } } : {}) };
}

function rawScan(texts: readonly string[], word: string): number {
  let count = 0;
  for (const text of texts) for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) count++;
  return count;
}

async function search({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId } = await resident(key);
  const [sources, participants] = await Promise.all([listSources(projectId), listParticipants(projectId)]);
  const corpus = toSearchSources(await loadTexts(projectId, sources), participants);
  const texts = corpus.map((s) => s.text);
  let hits = 0;
  const viaApp = (query: SearchQuery) => sample(async () => {
    const loaded = toSearchSources(await loadTexts(projectId, sources), participants);
    hits = (await searchOffThread({ kind: 'search', sources: loaded, query, options: { limit: HIT_LIMIT } })).total;
  }, { runs });
  const scan = await sample(() => rawScan(texts, PLAIN.text), { runs, repeatUntilMs: 50 });
  const plainMem = await sample(() => { hits = searchCorpus(corpus, PLAIN, { limit: HIT_LIMIT }).total; }, { runs, repeatUntilMs: 50 });
  const plainNote = `${hits} hits (the raw scan, case-sensitive: ${rawScan(texts, PLAIN.text)})`;
  const regexMem = await sample(() => { hits = searchCorpus(corpus, REGEX, { limit: HIT_LIMIT }).total; }, { runs, repeatUntilMs: 50 });
  const regexNote = `/${REGEX.text}/iu: ${hits} hits`;
  return {
    'cr.scan': { samples: scan }, 'cr.searchPlainMem': { samples: plainMem, note: plainNote },
    'cr.searchRegexMem': { samples: regexMem, note: regexNote }, 'cr.searchPlain': { samples: await viaApp(PLAIN), note: plainNote },
    'cr.searchRegex': { samples: await viaApp(REGEX), note: regexNote },
  };
}

async function exportFile({ key, runs }: ScenarioParams): Promise<Outcome> {
  const { projectId } = await resident(key);
  let size = 0;
  const samples = await sample(async () => { size = (await writeQdpx(await loadBundle(projectId))).length; }, { runs, warmup: 0 });
  return { 'cr.export': { samples, note: `${(size / 1024 ** 2).toFixed(1)} MB file` } };
}

export const PROJECT_SCENARIOS = {
  import: importFile, bulkPut, open: openProject, source: openSource, apply: applyAndUndo, search, export: exportFile,
};
