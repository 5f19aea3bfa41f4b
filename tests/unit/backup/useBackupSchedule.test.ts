// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectId } from '../../../shared/model';
import { backupNow, pruneOrphanBackups } from '../../../renderer/db/repositories/backups';
import { BACKUP_INTERVAL_MS, useBackupSchedule } from '../../../renderer/backups/useBackupSchedule';

vi.mock('../../../renderer/db/repositories/backups', () => ({
  backupNow: vi.fn(async () => ({ isNew: true })),
  pruneOrphanBackups: vi.fn(async () => 0),
}));

const PROJECT = '0f8fad5b-d9cb-469f-a165-70867728950e' as ProjectId;

describe('useBackupSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(backupNow).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for a scheduled backup every 10 minutes while mounted, and sweeps orphans once', async () => {
    expect(BACKUP_INTERVAL_MS).toBe(600_000);
    const { unmount } = renderHook(() => useBackupSchedule(PROJECT));
    await vi.advanceTimersByTimeAsync(BACKUP_INTERVAL_MS - 1);
    expect(backupNow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backupNow).toHaveBeenCalledWith(PROJECT, 'scheduled');
    await vi.advanceTimersByTimeAsync(2 * BACKUP_INTERVAL_MS);
    expect(backupNow).toHaveBeenCalledTimes(3);
    unmount();
    await vi.advanceTimersByTimeAsync(5 * BACKUP_INTERVAL_MS);
    expect(backupNow).toHaveBeenCalledTimes(3);
    renderHook(() => useBackupSchedule(PROJECT)).unmount();
    expect(pruneOrphanBackups).toHaveBeenCalledTimes(1);
  });

  it('reports a failure, and never runs two at once', async () => {
    let finish: () => void = () => undefined;
    vi.mocked(backupNow).mockImplementationOnce(() => new Promise((resolve) => {
      finish = () => resolve({} as never);
    }));
    vi.mocked(backupNow).mockRejectedValueOnce(new Error('Storyloom could not back up the project: the disk is full'));
    const report = vi.fn();
    const { unmount } = renderHook(() => useBackupSchedule(PROJECT, report, 1000));
    await vi.advanceTimersByTimeAsync(3000);
    expect(backupNow).toHaveBeenCalledTimes(1); // the first is still running
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(backupNow).toHaveBeenCalledTimes(2);
    expect(report).toHaveBeenCalledWith('error', 'Storyloom could not back up the project: the disk is full');
    unmount();
  });
});
