/** The bench page's bridge on `window`, shared by the page and the Node side that drives it. */
import type { Outcome } from '../stats';

export interface ScenarioParams {
  /** Which loaded data to use: a size name ("S", "M", "L", "long") or "import". */
  key: string;
  runs: number;
}

/** A project size, the issue 4 long source, or the documents to import. */
export type SessionScope = 'size' | 'long' | 'import';

export interface BenchPageApi {
  /** The scenarios to run for a kind of session, in order. */
  plan(scope: SessionScope): string[];
  /** Fetches files into the page's memory (never timed). `urls` are served by the Node side. */
  load(key: string, urls: readonly string[]): Promise<void>;
  /** Runs one scenario; the figure ids it measured, each with its samples. */
  run(scenario: string, params: ScenarioParams): Promise<Outcome>;
  /** Names of the scenarios this page can run. */
  scenarios(): string[];
}

declare global {
  interface Window {
    storyloomBench?: BenchPageApi;
  }
}
