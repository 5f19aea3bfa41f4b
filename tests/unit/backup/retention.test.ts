import { describe, expect, it } from 'vitest';
import {
  backupsToDrop, DEFAULT_RETENTION, planRetention, retentionSentence, type BackupEntry,
} from '../../../shared/backup';

/** Monday 23 November 2026, noon UTC. */
const NOW = Date.parse('2026-11-23T12:00:00.000Z');
const HOUR = 3_600_000;

let serial = 0;
function backup(at: string, projectId = 'p1', reason = 'scheduled'): BackupEntry {
  serial += 1;
  return { id: `b${String(serial).padStart(4, '0')}`, projectId, at, reason, size: 1000 };
}
const ago = (hours: number, projectId = 'p1') => backup(new Date(NOW - hours * HOUR).toISOString(), projectId);
const ats = (list: readonly BackupEntry[]) => list.map((b) => b.at);

describe('the retention rule', () => {
  it('keeps every backup of the last 24 hours up to 20, dropping the oldest of them', () => {
    // 25 backups half an hour apart, all on 23 November: the 20 newest stay.
    const backups = Array.from({ length: 25 }, (_, i) => ago(i * 0.5));
    const plan = planRetention(backups, NOW);
    expect(plan.keep.map((k) => k.backup)).toEqual(backups.slice(0, 20));
    expect(plan.drop).toEqual(backups.slice(20));
    expect(plan.keep[0]!.because).toBe('newest');
    expect(plan.keep.slice(1).every((k) => k.because === 'recent')).toBe(true);
  });

  it('keeps the newest of each day for 14 days, then the newest of each week for 8 weeks', () => {
    const backups = [
      backup('2026-11-23T11:00:00.000Z'), // recent (newest)
      backup('2026-11-21T18:00:00.000Z'), // newest of 21 Nov: daily
      backup('2026-11-21T09:00:00.000Z'), // dropped: not the newest of its day
      backup('2026-11-10T20:00:00.000Z'), // 13.6 days ago: daily
      backup('2026-11-09T08:00:00.000Z'), // 14.2 days ago: dropped, 10 Nov is newer in the same week (from Monday 9 Nov)
      backup('2026-11-08T23:00:00.000Z'), // Sunday: newest of the week of 2 Nov
      backup('2026-11-03T10:00:00.000Z'), // same week as 8 Nov: dropped
      backup('2026-10-01T10:00:00.000Z'), // 7.6 weeks ago: weekly
      backup('2026-09-27T10:00:00.000Z'), // 8.1 weeks ago: dropped
    ];
    const plan = planRetention(backups, NOW);
    expect(plan.keep.map((k) => [k.backup.at, k.because])).toEqual([
      ['2026-11-23T11:00:00.000Z', 'newest'],
      ['2026-11-21T18:00:00.000Z', 'daily'],
      ['2026-11-10T20:00:00.000Z', 'daily'],
      ['2026-11-08T23:00:00.000Z', 'weekly'],
      ['2026-10-01T10:00:00.000Z', 'weekly'],
    ]);
    expect(ats(plan.drop)).toEqual(['2026-11-21T09:00:00.000Z', '2026-11-09T08:00:00.000Z', '2026-11-03T10:00:00.000Z', '2026-09-27T10:00:00.000Z']);
  });

  it('counts days in UTC from midnight, not 24-hour spans back from now', () => {
    // 30 and 34 hours ago are both on 22 November (06:00 and 02:00): only the later stays.
    const late = ago(30);
    const early = ago(34);
    expect(backupsToDrop([ago(1), late, early], NOW)).toEqual([early]);
  });

  it('never drops the newest backup, however old', () => {
    const newest = backup('2025-01-06T09:00:00.000Z');
    const older = backup('2024-12-01T09:00:00.000Z');
    const plan = planRetention([older, newest], NOW);
    expect(plan.keep).toEqual([{ backup: newest, because: 'newest' }]);
    expect(plan.drop).toEqual([older]);
  });

  it('keeps the newest when no more than zero recent backups are allowed', () => {
    const backups = [ago(1), ago(2)];
    expect(planRetention(backups, NOW, { ...DEFAULT_RETENTION, recentMax: 0, dailyDays: 0, weeklyWeeks: 0 }).drop).toEqual([backups[1]]);
  });

  it('applies the rule to each project on its own', () => {
    const mine = [ago(1, 'a'), ago(1500, 'a')]; // 62 days: past 8 weeks
    const theirs = [ago(500, 'b'), ago(2000, 'b')];
    const plan = planRetention([...mine, ...theirs], NOW);
    expect(plan.keep.map((k) => k.backup)).toEqual([mine[0], theirs[0]]);
    expect(plan.drop).toEqual([mine[1], theirs[1]]);
  });

  it('does not depend on the order it is given, and breaks ties of time by id', () => {
    const backups = Array.from({ length: 30 }, (_, i) => ago(i / 3)); // all on 23 November
    const same = backup(backups[0]!.at);
    const shuffled = [...backups, same].reverse();
    const plan = planRetention(shuffled, NOW);
    expect(plan.keep[0]!.backup).toBe(backups[0]);
    expect(plan.drop).toEqual(backups.slice(19));
    expect(planRetention([...backups, same], NOW)).toEqual(plan);
  });

  it('treats backups dated in the future as recent and keeps backups whose time cannot be read', () => {
    const future = ago(-3);
    const broken = backup('not a date');
    const plan = planRetention([ago(1), future, broken], NOW);
    expect(plan.keep.map((k) => [k.backup, k.because])).toEqual([[future, 'newest'], [expect.anything(), 'recent'], [broken, 'undated']]);
    expect(plan.drop).toEqual([]);
  });

  it('with a backup every 10 minutes for 10 weeks, keeps at most 20 + 14 + 8 + 1', () => {
    const backups = Array.from({ length: 10 * 7 * 24 * 6 }, (_, i) => ago(i / 6));
    const { keep } = planRetention(backups, NOW);
    expect(keep.length).toBeLessThanOrEqual(43);
    expect(keep.filter((k) => k.because === 'recent')).toHaveLength(19);
    expect(keep.at(-1)!.because).toBe('weekly');
  });

  it('reads as a sentence', () => {
    expect(retentionSentence()).toBe('Every backup of the last 24 hours is kept (up to 20), then one a day for 14 days and one a week for 8 weeks; the newest backup is always kept.');
  });
});
