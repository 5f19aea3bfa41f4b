/** Writes BENCHMARKS.md (committed) and bench-results/latest.json (everything, samples included). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { overTarget, worstFigures, type FigureResult } from './results';
import type { Machine } from './machine';

export interface GroupInfo {
  group: string;
  title: string;
  description: string;
}

export interface BenchReport {
  date: string;
  command: string;
  durationSeconds: number;
  machine: Machine;
  options: { sizes: string[]; runs: number; seed: number };
  groups: GroupInfo[];
  figures: FigureResult[];
  errors: { group: string; step: string; message: string }[];
}

export function formatValue(value: number, unit: 'ms' | 'MB'): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'MB') return value >= 1024 ? `${(value / 1024).toFixed(2)} GB` : `${value.toFixed(0)} MB`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  if (value >= 10) return `${value.toFixed(0)} ms`;
  return `${value.toFixed(2)} ms`;
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

function row(f: FigureResult, byId: ReadonlyMap<string, FigureResult>): string {
  const label = `${escape(f.label)}${f.note ? ` <br><small>${escape(f.note)}</small>` : ''}`;
  if (f.status !== 'measured' || !f.stats) {
    const what = f.status === 'not-built' ? '*not built yet*' : '**failed**';
    return `| ${label} | ${f.where} | ${what} | — | — | — | — | ${f.target?.text ?? '—'} | ${f.status === 'not-built' ? 'not built yet' : '**failed**'} |`;
  }
  const s = f.stats;
  const spread = s.runs > 1 ? `${formatValue(s.min, f.unit)} – ${formatValue(s.max, f.unit)}` : '—';
  const baseline = f.baseline ? formatValue(f.baseline.median, byId.get(f.baseline.id)?.unit ?? 'ms') : f.isBaseline ? '(is a baseline)' : '—';
  const ratio = f.ratio === null ? '—' : `${f.ratio.toFixed(f.ratio < 10 ? 2 : 0)}×`;
  const met = f.isMet === null ? '—' : f.isMet ? 'met' : '**not met**';
  return `| ${label} | ${f.where} | ${formatValue(s.median, f.unit)} | ${spread} | ${s.runs} | ${baseline} | ${ratio} | ${f.target?.text ?? '—'} | ${met} |`;
}

function table(figures: readonly FigureResult[]): string[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return [
    '| Figure | Where | Median | Spread (min – max) | Runs | Baseline (median) | Ratio | Target | Met? |',
    '|---|---|---:|---:|---:|---:|---:|---|---|',
    ...figures.map((f) => row(f, byId)),
  ];
}

function summary(report: BenchReport): string[] {
  const targeted = report.figures.filter((f) => f.target && f.status !== 'not-built');
  const met = targeted.filter((f) => f.isMet === true);
  const missed = targeted.filter((f) => f.isMet === false);
  const failed = report.figures.filter((f) => f.status === 'failed');
  const pending = [...new Set(report.figures.filter((f) => f.status === 'not-built').map((f) => f.label))];
  const worst = worstFigures(report.figures, 3);
  const lines = [
    `**${met.length} of ${targeted.length} targets met**${missed.length ? `; not met: ${missed.map((f) => `${f.group} "${f.label}"`).join(', ')}` : ''}.`,
    '',
  ];
  if (worst.length > 0) {
    lines.push('Worst figures against their targets:', '');
    for (const f of worst) {
      lines.push(`1. ${f.group}: ${f.label}: ${formatValue(f.stats?.median ?? NaN, f.unit)} against ${f.target?.text} (${overTarget(f).toFixed(1)}× over).`);
    }
    lines.push('');
  }
  if (pending.length > 0) lines.push(`Not built yet, so not measured: ${pending.join('; ')}.`, '');
  if (failed.length > 0) lines.push(`**Failed to measure:** ${failed.map((f) => `${f.group} ${f.id}`).join(', ')} (see "Errors").`, '');
  return lines;
}

function machine(report: BenchReport): string[] {
  const m = report.machine;
  const [startLoad = 0] = m.loadAtStart;
  const [endLoad = 0] = m.loadAtEnd;
  // Only the load at the start is other processes' alone: by the end it includes this run's own.
  const busy = startLoad > m.cores * 0.5;
  return [
    `| | |`, `|---|---|`,
    `| Date | ${report.date} |`,
    `| Command | \`${report.command}\` (${report.options.runs} runs, seed ${report.options.seed}; took ${Math.round(report.durationSeconds)} s) |`,
    `| OS | ${m.os} |`, `| CPU | ${m.cpu} × ${m.cores} cores |`, `| Memory | ${m.memoryGb.toFixed(1)} GB |`,
    `| Node | ${m.node} |`, `| Chromium | ${m.chromium} |`,
    `| Load average (1 min) | ${startLoad.toFixed(2)} at start, ${endLoad.toFixed(2)} at end |`,
    '',
    busy ? `**The machine was busy when the run started** (load ${startLoad.toFixed(2)} on ${m.cores} cores: other processes, such as other test runs, shared it). Absolute times are slower than on an idle machine, and vary more; the ratios to same-run baselines hold better.`
      : 'The machine was mostly idle when the run started.',
  ];
}

const METHOD = [
  '## How these are measured',
  '',
  '- Projects are generated deterministically from the seed (`tests/bench/generate.ts`) and written with the app\'s own `writeQdpx` into `bench-results/projects/`.',
  '- Each figure is timed over several runs after one untimed warm-up run (none for imports, bulkPut and export, which start from an empty database or are slow); the median is reported with min – max. Fast functions without side effects (search in memory, the scans, the analysis functions) repeat within a run until it lasts 50 ms, and the time per call is reported.',
  '- **Chromium** figures run in a page built with Vite from the renderer\'s own repositories, screens and the shared core (`tests/bench/browser/`), in Debian\'s Chromium, one fresh browser per project. "Open" figures take a new database connection each run, so Dexie has nothing cached. Screen figures mount the app\'s `DashboardScreen` / `ReaderScreen` and stop when what the researcher needs is painted.',
  '- **Baselines** run in the same session on the same data: a raw Dexie `bulkPut` of the same records in one transaction; a raw `String.prototype.indexOf` scan of the same texts for the same word (case-sensitive, no context); one plain pass over the codings array counting per code. Ratio = median / baseline median.',
  '- **Memory** over the project\'s whole browser session: the proportional set size (Pss, shared pages split between processes) of every Chromium process, summed and sampled every 0.5 s from /proc; the renderer\'s own peak RSS (VmHWM); the page\'s JS heap sampled every 250 ms over CDP. Sampled peaks inside one long task can be missed.',
  '- Targets: issue 8 for S and M (stated for M), issue 8\'s "no operation over 10 s" for L; issue 3 for document import; issue 4 for the 600,000-character source.',
];

export function writeReport(report: BenchReport, rootDir: string): void {
  const lines = ['# Benchmarks', '', 'Written by `npm run bench` (issue 8); do not edit by hand. Raw samples: `bench-results/latest.json`.', '',
    ...machine(report), '', '## Summary', '', ...summary(report)];
  for (const g of report.groups) {
    const figures = report.figures.filter((f) => f.group === g.group);
    if (figures.length === 0) continue;
    lines.push(`## ${g.title}`, '', g.description, '', ...table(figures), '');
  }
  if (report.errors.length > 0) {
    lines.push('## Errors', '', ...report.errors.map((e) => `- ${e.group} / ${e.step}: ${escape(e.message)}`), '');
  }
  lines.push(...METHOD, '');
  writeFileSync(join(rootDir, 'BENCHMARKS.md'), lines.join('\n'));
  mkdirSync(join(rootDir, 'bench-results'), { recursive: true });
  writeFileSync(join(rootDir, 'bench-results/latest.json'), `${JSON.stringify(report, null, 1)}\n`);
}
