/** Timing and summaries, the same in Node and in the page (both have `performance.now()`). */

export interface Stats {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** Interquartile range ends (linear interpolation; equal to min and max for one run). */
  q1: number;
  q3: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (at - low);
}

export function summarise(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length, median: quantile(sorted, 0.5), min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN, q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75),
  };
}

export interface SampleOptions {
  runs: number;
  /** Untimed runs first (JIT warm-up). Default 1. */
  warmup?: number;
  /** Untimed work before each run (a fresh database, a cleared screen). */
  before?: (run: number) => unknown;
  /** Untimed work after each run. */
  after?: (run: number) => unknown;
  /**
   * For fast functions without side effects: repeat the call within one run until the run takes
   * at least this long, and report the time per call, so timer resolution and one stray pause
   * weigh less. The warm-up run decides the count.
   */
  repeatUntilMs?: number;
}

/** Milliseconds of each timed run of `fn`. */
export async function sample(fn: (run: number) => unknown, options: SampleOptions): Promise<number[]> {
  const samples: number[] = [];
  const warmup = Math.max(options.warmup ?? 1, options.repeatUntilMs ? 1 : 0);
  let calls = 1;
  for (let run = -warmup; run < options.runs; run++) {
    await options.before?.(run);
    const start = performance.now();
    for (let call = 0; call < calls; call++) await fn(run);
    const elapsed = (performance.now() - start) / calls;
    await options.after?.(run);
    if (run >= 0) samples.push(elapsed);
    else if (options.repeatUntilMs) calls = Math.min(1000, Math.max(1, Math.ceil(options.repeatUntilMs / Math.max(elapsed, 0.001))));
  }
  return samples;
}

/** What a scenario gives back: samples for each figure it measured, and notes. */
export type Outcome = Record<string, { samples: number[]; note?: string }>;
