/**
 * Which backups to keep (issue 6, item 4). One rule for the app's own store (IndexedDB) and for
 * the desktop's backups folder, so both hold the same backups.
 *
 * A backup is kept when any of these keeps it:
 * - recent: among the newest `recentMax` of those made in the last `recentHours` hours;
 * - daily: the newest of its day, for days in the last `dailyDays` days;
 * - weekly: the newest of its week, for weeks in the last `weeklyWeeks` weeks;
 * - newest: the newest backup of a project is never dropped, however old.
 * Days are UTC calendar days and weeks start on Monday (UTC): buckets fixed in time, so a backup
 * kept as the newest of its day stays that until it ages out, whatever the time now.
 * Backups whose time cannot be read are kept (they cannot be aged).
 */

export interface BackupEntry {
  id: string;
  projectId: string;
  /** When the backup was made: an ISO date-time. */
  at: string;
  reason: string;
  /** Bytes. */
  size: number;
}

export interface RetentionRule {
  recentHours: number;
  recentMax: number;
  dailyDays: number;
  weeklyWeeks: number;
}

export const DEFAULT_RETENTION: RetentionRule = { recentHours: 24, recentMax: 20, dailyDays: 14, weeklyWeeks: 8 };

export type KeptBecause = 'newest' | 'recent' | 'daily' | 'weekly' | 'undated';

export interface RetentionPlan<T extends BackupEntry> {
  /** Newest first, with the first reason each is kept for. */
  keep: { backup: T; because: KeptBecause }[];
  /** Newest first. */
  drop: T[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** 1 January 1970 was a Thursday: shifting by three days makes week buckets start on Monday. */
const MONDAY_SHIFT = 3 * DAY;

const time = (entry: BackupEntry): number => Date.parse(entry.at);

/** Newest first, undated last; ties (same millisecond) by id, so the plan never depends on input order. */
function newestFirst<T extends BackupEntry>(a: T, b: T): number {
  const [ta, tb] = [time(a), time(b)].map((t) => (Number.isNaN(t) ? -Infinity : t)) as [number, number];
  return (ta === tb ? 0 : tb - ta) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function planOne<T extends BackupEntry>(backups: readonly T[], now: number, rule: RetentionRule): RetentionPlan<T> {
  const dated = backups.filter((b) => !Number.isNaN(time(b))).sort(newestFirst);
  const undated = backups.filter((b) => Number.isNaN(time(b)));
  const kept = new Map<T, KeptBecause>();
  const keep = (backup: T, because: KeptBecause) => {
    if (!kept.has(backup)) kept.set(backup, because);
  };
  if (dated[0]) keep(dated[0], 'newest');
  // A backup dated in the future (the clock was changed) counts as recent.
  dated.filter((b) => now - time(b) < rule.recentHours * HOUR).slice(0, Math.max(0, rule.recentMax))
    .forEach((b) => keep(b, 'recent'));
  const newestPerBucket = (within: number, size: number, shift: number, because: KeptBecause) => {
    const seen = new Set<number>();
    for (const b of dated) {
      if (now - time(b) >= within) continue;
      const bucket = Math.floor((time(b) + shift) / size);
      if (seen.has(bucket)) continue;
      seen.add(bucket);
      keep(b, because);
    }
  };
  newestPerBucket(rule.dailyDays * DAY, DAY, 0, 'daily');
  newestPerBucket(rule.weeklyWeeks * WEEK, WEEK, MONDAY_SHIFT, 'weekly');
  return {
    keep: [...dated.filter((b) => kept.has(b)).map((backup) => ({ backup, because: kept.get(backup)! })),
      ...undated.map((backup) => ({ backup, because: 'undated' as const }))],
    drop: dated.filter((b) => !kept.has(b)),
  };
}

/**
 * Splits backups into those to keep and those to drop at `now`. Works per project: a list may
 * hold backups of several projects, and each project keeps its own newest.
 */
export function planRetention<T extends BackupEntry>(
  backups: readonly T[], now: Date | number, rule: RetentionRule = DEFAULT_RETENTION,
): RetentionPlan<T> {
  const at = typeof now === 'number' ? now : now.getTime();
  const byProject = new Map<string, T[]>();
  for (const b of backups) byProject.set(b.projectId, [...(byProject.get(b.projectId) ?? []), b]);
  const plans = [...byProject.values()].map((list) => planOne(list, at, rule));
  return {
    keep: plans.flatMap((p) => p.keep).sort((a, b) => newestFirst(a.backup, b.backup)),
    drop: plans.flatMap((p) => p.drop).sort(newestFirst),
  };
}

/** The backups the rule drops at `now`, newest first. */
export function backupsToDrop<T extends BackupEntry>(backups: readonly T[], now: Date | number, rule: RetentionRule = DEFAULT_RETENTION): T[] {
  return planRetention(backups, now, rule).drop;
}

/** The rule in words, for the screen. */
export function retentionSentence(rule: RetentionRule = DEFAULT_RETENTION): string {
  return `Every backup of the last ${rule.recentHours} hours is kept (up to ${rule.recentMax}), then one a day for `
    + `${rule.dailyDays} days and one a week for ${rule.weeklyWeeks} weeks; the newest backup is always kept.`;
}
