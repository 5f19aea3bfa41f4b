/** The search worker: runs one job per message, so a long search never freezes the page. */
import { runJob, type Job, type JobOutcome } from './jobs';

export interface JobRequest {
  id: number;
  job: Job;
}

export interface JobResponse {
  id: number;
  outcome: JobOutcome;
}

// The DOM library types `self` as a Window; in a worker it is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage: (response: JobResponse) => void;
};

scope.onmessage = (event) => {
  const { id, job } = event.data;
  scope.postMessage({ id, outcome: runJob(job) });
};
