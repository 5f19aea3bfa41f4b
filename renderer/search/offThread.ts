/**
 * Runs search jobs off the render path: in a Web Worker when one can start, otherwise on the page
 * after yielding once, so the "Searching…" status is painted before the work begins. A worker
 * that fails to load (a packaged app on file:// may refuse workers) is dropped, and its pending
 * jobs run on the page instead.
 */
import type { FrequencyGroup } from '../../shared/search/frequencies';
import { SearchError, type SearchResult } from '../../shared/search/search';
import { runJob, type Job, type JobOutcome } from './jobs';
import type { JobRequest, JobResponse } from './searchWorker';

interface Pending {
  job: Job;
  settle: (outcome: JobOutcome) => void;
}

let worker: Worker | null | undefined; // undefined: not tried yet; null: unavailable
let nextId = 1;
const pending = new Map<number, Pending>();

const onThePage = (job: Job) => new Promise<JobOutcome>((resolve) => setTimeout(() => resolve(runJob(job)), 0));

function dropWorker(): void {
  worker?.terminate();
  worker = null;
  const stranded = [...pending.values()];
  pending.clear();
  for (const { job, settle } of stranded) void onThePage(job).then(settle);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const started = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module', name: 'storyloom-search' });
    started.onmessage = (event: MessageEvent<JobResponse>) => {
      const entry = pending.get(event.data.id);
      pending.delete(event.data.id);
      entry?.settle(event.data.outcome);
    };
    started.onerror = (event) => {
      event.preventDefault();
      dropWorker();
    };
    return (worker = started);
  } catch {
    return (worker = null);
  }
}

function run(job: Job): Promise<JobOutcome> {
  const target = startWorker();
  if (!target) return onThePage(job);
  return new Promise((settle) => {
    const id = nextId++;
    pending.set(id, { job, settle });
    target.postMessage({ id, job } satisfies JobRequest);
  });
}

function failure(outcome: JobOutcome): Error {
  if (outcome.kind !== 'error') return new Error('The search returned something unexpected.');
  return outcome.isSearchError ? new SearchError(outcome.message) : new Error(outcome.message);
}

/** searchCorpus, off the render path. Rejects with SearchError for a query that cannot run. */
export async function searchOffThread(job: Extract<Job, { kind: 'search' }>): Promise<SearchResult> {
  const outcome = await run(job);
  if (outcome.kind === 'search') return outcome.result;
  throw failure(outcome);
}

/** Word frequencies, off the render path. */
export async function frequenciesOffThread(job: Extract<Job, { kind: 'frequencies' }>): Promise<FrequencyGroup[]> {
  const outcome = await run(job);
  if (outcome.kind === 'frequencies') return outcome.groups;
  throw failure(outcome);
}
