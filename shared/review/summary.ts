/**
 * Partners' reviews per theme (issue 7, item 2): how many said yes, partly or no, per round and
 * over all rounds, and the reviews themselves for the "how we responded" notes. A partner who
 * saved twice in one round (changed their mind, sent the newer file) counts once: their newest
 * answer to a theme in a round counts, earlier ones are kept and shown as replaced. Pure.
 */
import { buildCodeTree } from '../analysis/codeTree';
import type { Code, Review, ReviewVerdict } from '../model';
import { GENERAL_TARGET } from './response';

export interface VerdictCounts {
  yes: number;
  partly: number;
  no: number;
  /** Answers with a name or comment but no verdict. */
  none: number;
  /** Partners counted (the sum of the above). */
  total: number;
}

export interface ReviewEntry {
  review: Review;
  /** True when the same partner answered the same theme again later in the same round. */
  isReplaced: boolean;
}

export interface TargetReviews {
  /** The code's id, or "" for general comments. */
  targetId: string;
  /** The code's name now ("" for general comments; "a theme since removed" when it is gone). */
  name: string;
  /** Rounds with answers, ascending. */
  byRound: { round: number; counts: VerdictCounts }[];
  all: VerdictCounts;
  /** Newest round first, then newest first, then by reviewer. */
  entries: ReviewEntry[];
}

export interface ReviewOverview {
  /** Every theme (top-level code) in tree order, answered or not. */
  themes: TargetReviews[];
  /** Reviews of codes that are not themes now (moved below another code, or removed). */
  others: TargetReviews[];
  general: TargetReviews;
  /** Every round with a review, ascending. */
  rounds: number[];
  /** Distinct partners (names compared without case or extra spaces). */
  reviewers: number;
  /** Reviews with their "addressed" box ticked, of all reviews. */
  addressed: number;
  total: number;
}

/** A reviewer's name for comparing: "A. B." and "a. b. " are the same partner. */
export const reviewerKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

const emptyCounts = (): VerdictCounts => ({ yes: 0, partly: 0, no: 0, none: 0, total: 0 });

function add(counts: VerdictCounts, verdict: ReviewVerdict | null): void {
  counts[verdict ?? 'none'] += 1;
  counts.total += 1;
}

function targetReviews(targetId: string, name: string, reviews: readonly Review[]): TargetReviews {
  const newest = new Map<string, Review>();
  for (const r of reviews) {
    const key = `${r.round}\u0000${reviewerKey(r.reviewer)}`;
    const kept = newest.get(key);
    if (!kept || r.createdAt > kept.createdAt || (r.createdAt === kept.createdAt && r.id > kept.id)) newest.set(key, r);
  }
  const counted = new Set([...newest.values()].map((r) => r.id));
  const rounds = new Map<number, VerdictCounts>();
  const all = emptyCounts();
  for (const r of reviews) {
    if (!counted.has(r.id)) continue;
    const counts = rounds.get(r.round) ?? emptyCounts();
    rounds.set(r.round, counts);
    add(counts, r.verdict);
    add(all, r.verdict);
  }
  const entries = [...reviews]
    .sort((a, b) => b.round - a.round || b.createdAt.localeCompare(a.createdAt) || a.reviewer.localeCompare(b.reviewer, 'en-GB'))
    .map((review) => ({ review, isReplaced: !counted.has(review.id) }));
  return {
    targetId, name, entries, all,
    byRound: [...rounds.entries()].sort(([a], [b]) => a - b).map(([round, counts]) => ({ round, counts })),
  };
}

/** Reviews of themes (targetType "code") grouped for the review screen. */
export function reviewOverview(codes: readonly Code[], reviews: readonly Review[]): ReviewOverview {
  const ofCodes = reviews.filter((r) => r.targetType === 'code');
  const byTarget = new Map<string, Review[]>();
  for (const r of ofCodes) byTarget.set(r.targetId, [...(byTarget.get(r.targetId) ?? []), r]);
  const roots = buildCodeTree(codes, []).map((n) => n.code);
  const rootIds = new Set<string>(roots.map((c) => c.id));
  const names = new Map(codes.map((c) => [c.id as string, c.name]));
  const others = [...byTarget.keys()].filter((id) => id !== GENERAL_TARGET && !rootIds.has(id))
    .map((id) => targetReviews(id, names.get(id) ?? 'a theme since removed', byTarget.get(id) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return {
    themes: roots.map((c) => targetReviews(c.id, c.name, byTarget.get(c.id) ?? [])),
    others,
    general: targetReviews(GENERAL_TARGET, '', byTarget.get(GENERAL_TARGET) ?? []),
    rounds: [...new Set(ofCodes.map((r) => r.round))].sort((a, b) => a - b),
    reviewers: new Set(ofCodes.map((r) => reviewerKey(r.reviewer))).size,
    addressed: ofCodes.filter((r) => r.isAddressed).length,
    total: ofCodes.length,
  };
}

/** The round a new pack gets by default: one more than the highest so far (1 when none). */
export function nextRound(reviews: readonly Pick<Review, 'round'>[]): number {
  return reviews.reduce((max, r) => Math.max(max, r.round), 0) + 1;
}

/** "Yes 2, partly 1, no 0" for a line of text. */
export function countsText(counts: VerdictCounts): string {
  const parts = [`yes ${counts.yes}`, `partly ${counts.partly}`, `no ${counts.no}`];
  if (counts.none > 0) parts.push(`no verdict ${counts.none}`);
  return parts.join(', ').replace(/^y/, 'Y');
}
