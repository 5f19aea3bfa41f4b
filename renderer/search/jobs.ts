/**
 * The heavy work of the Search screen as plain jobs: plain data in, plain data out, so the same
 * function runs in the search worker or, where no worker can start, on the page itself.
 */
import {
  searchCorpus, SearchError, type SearchOptions, type SearchQuery, type SearchResult, type SearchSource,
} from '../../shared/search/search';
import { wordFrequencies, type FrequencyGroup, type FrequencyOptions, type FrequencySource } from '../../shared/search/frequencies';
import { wholeProjectFrequencies } from './frequencyGroups';

export type Job =
  | { kind: 'search'; sources: SearchSource[]; query: SearchQuery; options: SearchOptions }
  /** `isWholeProject`: one table for all the sources (options.grouping is then ignored). */
  | { kind: 'frequencies'; sources: FrequencySource[]; options: FrequencyOptions; isWholeProject: boolean };

export type JobOutcome =
  | { kind: 'search'; result: SearchResult }
  | { kind: 'frequencies'; groups: FrequencyGroup[] }
  /** `isSearchError`: the query itself cannot run (a bad regular expression), and the message says why. */
  | { kind: 'error'; message: string; isSearchError: boolean };

/** Runs a job; never throws: a failure comes back as an outcome, which crosses a worker boundary intact. */
export function runJob(job: Job): JobOutcome {
  try {
    if (job.kind === 'search') return { kind: 'search', result: searchCorpus(job.sources, job.query, job.options) };
    if (!job.isWholeProject) return { kind: 'frequencies', groups: wordFrequencies(job.sources, job.options) };
    const perSource = wordFrequencies(job.sources, { ...job.options, grouping: { by: 'source' }, top: Infinity });
    return { kind: 'frequencies', groups: [wholeProjectFrequencies(perSource, job.options.top ?? 50)] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message, isSearchError: error instanceof SearchError };
  }
}
