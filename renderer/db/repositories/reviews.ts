/**
 * Partners' reviews (issue 7, item 2): importing response files and the researcher's "how we
 * responded" notes and "addressed" flags. Every change is undoable. An import checks every file
 * inside the transaction that stores them: one bad file and nothing is stored; a response
 * imported before adds nothing (its reviews' ids are derived from the response).
 */
import type { Review, ReviewId, ProjectId, SourceWithText } from '../../../shared/model';
import type { PackInput } from '../../../shared/review/pack';
import {
  describeOutcome, planReviewImport, type FileOutcome, type ResponseFile, type ResponseFileError,
} from '../../../shared/review/response';
import { runAction } from '../changes';
import { db } from '../database';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];

export function listReviews(projectId: ProjectId): Promise<Review[]> {
  return db().reviews.where('projectId').equals(projectId).toArray();
}

/**
 * What a review pack is built from (the project, codes, quotes, participants and source texts
 * for the identifier scan), in one read transaction; reviews and history are not read, so a
 * live view of it does not rerun when a review is edited.
 */
export async function loadPackInput(projectId: ProjectId): Promise<PackInput> {
  const store = db();
  return store.transaction('r', [store.projects, store.codes, store.quotes, store.participants, store.sources, store.sourceTexts], async () => {
    const project = await store.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const [codes, quotes, participants, sources, texts] = await Promise.all([
      store.codes.where('projectId').equals(projectId).toArray(),
      store.quotes.where('projectId').equals(projectId).toArray(),
      store.participants.where('projectId').equals(projectId).toArray(),
      store.sources.where('projectId').equals(projectId).toArray(),
      store.sourceTexts.where('projectId').equals(projectId).toArray(),
    ]);
    const textOf = new Map(texts.map((t) => [t.sourceId as string, t]));
    const withTexts = sources.sort((a, b) => a.order - b.order)
      .flatMap((source): SourceWithText[] => {
        const text = textOf.get(source.id);
        return text ? [{ source, text }] : [];
      });
    return { project, codes, quotes, participants, sources: withTexts };
  });
}

/** A batch refused whole: one message per bad file, each `FILE: reason`. */
export class ReviewImportError extends Error {
  override name = 'ReviewImportError';
  constructor(readonly errors: readonly ResponseFileError[]) {
    super(`Nothing was imported. ${errors.map((e) => e.message).join('; ')}.`);
  }
}

export interface ReviewImportResult {
  files: FileOutcome[];
  /** Reviews stored. */
  added: number;
  /** One line per file, for the status. */
  lines: string[];
}

/** Imports response files as one undoable action; throws ReviewImportError when any is refused. */
export async function importResponses(projectId: ProjectId, files: readonly ResponseFile[]): Promise<ReviewImportResult> {
  if (files.length === 0) return { files: [], added: 0, lines: [] };
  let outcomes: FileOutcome[] = [];
  let added = 0;
  let summary = '';
  await runAction(projectId, 'reviews:import', () => summary, async () => {
    const store = db();
    const [project, codes, reviews] = await Promise.all([
      store.projects.get(projectId),
      store.codes.where('projectId').equals(projectId).toArray(),
      listReviews(projectId),
    ]);
    if (!project) throw new Error('That project no longer exists.');
    const plan = planReviewImport(files, { project, codes, reviews });
    if (!plan.ok) throw new ReviewImportError(plan.errors);
    outcomes = plan.files;
    added = plan.reviews.length;
    const partners = [...new Set(plan.files.filter((f) => f.added > 0).map((f) => f.reviewer))];
    const rounds = [...new Set(plan.files.filter((f) => f.added > 0).map((f) => f.round))].sort((a, b) => a - b);
    summary = `Imported partner review from ${partners.join(', ')} (${rounds.length === 1 ? 'round' : 'rounds'} ${rounds.join(', ')})`;
    return plan.reviews.map((r) => ({ table: 'reviews' as const, key: key(projectId, r.id), before: null, after: r }));
  });
  return { files: outcomes, added, lines: outcomes.map(describeOutcome) };
}

async function updateReview(projectId: ProjectId, reviewId: ReviewId, action: string, change: (review: Review) => { next: Review; summary: string } | null): Promise<void> {
  let summary = '';
  await runAction(projectId, action, () => summary, async () => {
    const review = await db().reviews.get(key(projectId, reviewId));
    if (!review) throw new Error('That review no longer exists.');
    const outcome = change(review);
    if (!outcome) return [];
    summary = outcome.summary;
    return [{ table: 'reviews', key: key(projectId, reviewId), before: review, after: outcome.next }];
  });
}

/** Saves "how we responded" to a review (trimmed); nothing is recorded when it is unchanged. */
export function saveReviewResponse(projectId: ProjectId, reviewId: ReviewId, text: string): Promise<void> {
  return updateReview(projectId, reviewId, 'review:respond', (review) => {
    const response = text.trim();
    if (response === review.response) return null;
    const what = response === '' ? 'Cleared the response to' : review.response === '' ? 'Responded to' : 'Edited the response to';
    return { next: { ...review, response }, summary: `${what} ${review.reviewer}'s review (round ${review.round})` };
  });
}

/** Ticks or unticks "addressed" on a review. */
export function setReviewAddressed(projectId: ProjectId, reviewId: ReviewId, isAddressed: boolean): Promise<void> {
  return updateReview(projectId, reviewId, 'review:address', (review) => {
    if (review.isAddressed === isAddressed) return null;
    return {
      next: { ...review, isAddressed },
      summary: `Marked ${review.reviewer}'s review (round ${review.round}) as ${isAddressed ? 'addressed' : 'not addressed'}`,
    };
  });
}
