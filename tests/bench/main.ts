/**
 * `npm run bench` (via scripts/bench.mjs): generates what is missing, times the pure core in
 * Node and the app's own code paths in Chromium, and writes BENCHMARKS.md and
 * bench-results/latest.json.
 *
 *   --sizes S,M[,L]   project sizes (default S,M)
 *   --runs N          timed runs per figure (default 5; L uses at most 3)
 *   --seed N          generator seed (default 8)
 *   --skip-node / --skip-browser   for working on one side
 *   --report-only   rewrite BENCHMARKS.md from bench-results/latest.json (after changing the report)
 *   --profile STEP[,STEP]   run these Chromium steps (e.g. applyShown,reader) under the CPU
 *                   profiler: profiles go to bench-results/profiles/, a summary to the log, and
 *                   BENCHMARKS.md is left alone (profiled times are not the real ones)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSession, withBenchPage } from './browserRunner';
import { BENCH_SIZES, type BenchSizeName } from './generate';
import { ensureImportFiles, ensureProjectFile, RESULTS_DIR } from './inputs';
import { describeMachine } from './machine';
import { nodeContext, runNodeFigures, runNodeImport } from './node/scenarios';
import { writeReport, type BenchReport, type GroupInfo } from './report';
import { figuresOf, type GroupRun } from './results';
import type { Outcome } from './stats';

const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function options() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'S,M' }, runs: { type: 'string', default: '5' }, seed: { type: 'string', default: '8' },
      'skip-node': { type: 'boolean', default: false }, 'skip-browser': { type: 'boolean', default: false },
      profile: { type: 'string', default: '' }, 'report-only': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((s) => s.trim()).filter(Boolean);
  for (const size of sizes) if (!(size in BENCH_SIZES) || size === 'long') throw new Error(`Unknown size "${size}": use S, M or L.`);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1.');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number.');
  const profile = values.profile.split(',').map((s) => s.trim()).filter(Boolean);
  return {
    sizes: sizes as BenchSizeName[], runs, seed, isNodeSkipped: values['skip-node'], isBrowserSkipped: values['skip-browser'], profile,
    isReportOnly: values['report-only'],
  };
}

function describe(name: BenchSizeName): string {
  const s = BENCH_SIZES[name];
  return `${s.sources.toLocaleString('en-GB')} sources × ${s.wordsPerSource.toLocaleString('en-GB')} words, ${s.codings.toLocaleString('en-GB')} codings, `
    + `${s.participants} participants + ${s.facilitators} facilitators, 300 codes.`;
}

async function main(): Promise<void> {
  const opts = options();
  if (opts.isReportOnly) {
    writeReport(JSON.parse(readFileSync(join(RESULTS_DIR, 'latest.json'), 'utf8')) as BenchReport, join(RESULTS_DIR, '..'));
    log('rewrote BENCHMARKS.md from bench-results/latest.json');
    return;
  }
  const machine = describeMachine();
  const runsOf = (size: string) => (size === 'L' ? Math.min(opts.runs, 3) : opts.runs);
  log(`sizes ${opts.sizes.join(',')}, ${opts.runs} runs, seed ${opts.seed}; load ${machine.loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);

  const files = new Map<string, string>();
  for (const size of [...opts.sizes, 'long' as const]) {
    files.set(size, await ensureProjectFile(size, opts.seed));
    log(`project ${size}: ${files.get(size)}`);
  }
  const documents = await ensureImportFiles(opts.seed);
  log(`documents: ${documents.batch.length + 1} .docx files`);

  const runs = new Map<string, GroupRun>();
  const groupRun = (group: string, scope: GroupRun['scope']) => {
    const existing = runs.get(group) ?? { group, scope, outcome: {} as Outcome, errors: [] };
    runs.set(group, existing);
    return existing;
  };

  if (!opts.isNodeSkipped) {
    for (const size of opts.sizes) {
      log(`Node, ${size}`);
      const run = groupRun(size, 'size');
      try {
        Object.assign(run.outcome, await runNodeFigures(await nodeContext(files.get(size) as string), runsOf(size), log));
      } catch (error) {
        run.errors.push({ step: 'node', message: String(error) });
      }
    }
    log('Node, documents');
    Object.assign(groupRun('import', 'import').outcome, await runNodeImport(documents.long, documents.batch, opts.runs));
  }

  const profiling = { profile: opts.profile, profileDir: join(RESULTS_DIR, 'profiles') };
  if (!opts.isBrowserSkipped) {
    await withBenchPage(async (url) => {
      for (const size of opts.sizes) {
        log(`Chromium, ${size}`);
        const result = await runSession(url, { key: size, files: [files.get(size) as string], scope: 'size', runs: runsOf(size), ...profiling }, log);
        machine.chromium = result.version;
        const run = groupRun(size, 'size');
        Object.assign(run.outcome, result.outcome, {
          'cr.memory': { samples: [result.pssPeakMb], note: 'the whole session: import, screens, search, export' },
          'cr.rendererPeak': { samples: [result.rendererPeakMb] },
          'cr.heap': { samples: [result.heapPeakMb] },
        });
        run.errors.push(...result.errors);
      }
      log('Chromium, the 600,000-character source');
      const long = await runSession(url, { key: 'long', files: [files.get('long') as string], scope: 'long', runs: opts.runs, ...profiling }, log);
      Object.assign(groupRun('long', 'long').outcome, long.outcome);
      groupRun('long', 'long').errors.push(...long.errors);
      log('Chromium, documents');
      const docs = await runSession(url, { key: 'import', files: [documents.long, ...documents.batch], scope: 'import', runs: opts.runs, ...profiling }, log);
      Object.assign(groupRun('import', 'import').outcome, docs.outcome);
      groupRun('import', 'import').errors.push(...docs.errors);
    }, log);
  }

  machine.loadAtEnd = loadavg();
  const groups: GroupInfo[] = [
    ...opts.sizes.map((size) => ({ group: size, title: `Project ${size}`, description: describe(size) })),
    { group: 'import', title: 'Importing documents (issue 3)', description: 'One focus-group .docx of about 600,000 characters, and a batch of 200 .docx files of about 50,000 characters each (speaker turns detected).' },
    { group: 'long', title: 'One 600,000-character source (issue 4)', description: describe('long').replace('1 sources', 'One source') },
  ];
  const report: BenchReport = {
    date: new Date().toISOString(), command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
    durationSeconds: (Date.now() - started) / 1000, machine, options: { sizes: opts.sizes, runs: opts.runs, seed: opts.seed }, groups,
    figures: [...runs.values()].flatMap(figuresOf),
    errors: [...runs.values()].flatMap((r) => r.errors.map((e) => ({ group: r.group, ...e }))),
  };
  if (opts.profile.length > 0) {
    log('profiled run: BENCHMARKS.md and latest.json left as they were');
    return;
  }
  writeReport(report, join(RESULTS_DIR, '..'));
  log(`wrote BENCHMARKS.md and bench-results/latest.json (${report.figures.filter((f) => f.isMet === false).length} targets not met)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
