/**
 * Turns raw samples into the figures of the report: statistics, the baseline beside each figure
 * and the ratio to it, the target and whether it is met; and figures still to be built.
 */
import { FIGURES, FIGURE_BY_ID, targetFor, type FigureDef, type FigureScope, type Target } from './figures';
import { summarise, type Outcome, type Stats } from './stats';

export type FigureStatus = 'measured' | 'not-built' | 'failed';

export interface FigureResult {
  id: string;
  /** "S", "M", "L" for project figures; "import" and "long" for the others. */
  group: string;
  label: string;
  where: FigureDef['where'];
  unit: FigureDef['unit'];
  isBaseline: boolean;
  status: FigureStatus;
  samples: number[];
  stats: Stats | null;
  note: string;
  baseline: { id: string; median: number } | null;
  ratio: number | null;
  target: Target | null;
  /** null when there is no target or nothing was measured. */
  isMet: boolean | null;
}

/** A measured group: what was asked of it and what came back. */
export interface GroupRun {
  group: string;
  scope: FigureScope;
  outcome: Outcome;
  errors: { step: string; message: string }[];
}

function judge(target: Target | null, stats: Stats | null, ratio: number | null): boolean | null {
  if (!target || !stats) return null;
  if (target.below !== undefined && !(stats.median < target.below)) return false;
  if (target.maxRatio !== undefined && (ratio === null || ratio > target.maxRatio)) return false;
  return true;
}

/** Every catalogued figure of the group's scope, in catalogue order, measured or not. */
export function figuresOf(run: GroupRun): FigureResult[] {
  const failure = run.errors.map((e) => `${e.step}: ${e.message}`).join('; ');
  return FIGURES.filter((f) => f.scope === run.scope).map((def) => {
    const measured = run.outcome[def.id];
    const stats = measured && measured.samples.length > 0 ? summarise(measured.samples) : null;
    const baselineSamples = def.baseline ? run.outcome[def.baseline]?.samples : undefined;
    const baseline = def.baseline && baselineSamples?.length ? { id: def.baseline, median: summarise(baselineSamples).median } : null;
    const ratio = stats && baseline && baseline.median > 0 ? stats.median / baseline.median : null;
    const target = targetFor(def, run.group) ?? null;
    const status: FigureStatus = stats ? 'measured' : def.pending ? 'not-built' : 'failed';
    const note = stats ? measured?.note ?? '' : def.pending ?? (failure || 'not measured');
    return {
      id: def.id, group: run.group, label: def.label, where: def.where, unit: def.unit, isBaseline: def.isBaseline ?? false, status, samples: measured?.samples ?? [],
      stats, note, baseline, ratio, target, isMet: judge(target, stats, ratio),
    };
  });
}

/** How far a figure is from its target: above 1 means not met (median / limit, or ratio / allowed ratio). */
export function overTarget(f: FigureResult): number {
  if (!f.stats || !f.target) return 0;
  const byTime = f.target.below ? f.stats.median / f.target.below : 0;
  const byRatio = f.target.maxRatio && f.ratio !== null ? f.ratio / f.target.maxRatio : 0;
  return Math.max(byTime, byRatio);
}

/** Figures that miss their target, worst first; a figure missed in several projects appears once, at its worst. */
export function worstFigures(figures: readonly FigureResult[], count: number): FigureResult[] {
  const worstOfEach = new Map<string, FigureResult>();
  for (const f of figures.filter((figure) => figure.isMet === false)) {
    const seen = worstOfEach.get(f.id);
    if (!seen || overTarget(f) > overTarget(seen)) worstOfEach.set(f.id, f);
  }
  return [...worstOfEach.values()].sort((a, b) => overTarget(b) - overTarget(a)).slice(0, count);
}

export const labelOf = (id: string) => FIGURE_BY_ID.get(id)?.label ?? id;
