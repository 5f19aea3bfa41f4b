import { describe, expect, it } from 'vitest';
import {
  actionOf, backupFileName, backupFolderName, backupTimeLabel, BACKUP_REASONS, DOWNLOAD_REMINDER_DAYS, isBackupReason, isDownloadDue,
  parseBackupFileName, restoredProjectName, safeNamePart,
} from '../../../shared/backup';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('backup names', () => {
  it('names a file by its UTC time and reason, and reads it back', () => {
    const name = backupFileName('2026-11-23T10:15:02.345Z', 'before import');
    expect(name).toBe('2026-11-23 10.15.02 UTC before import.qdpx');
    expect(parseBackupFileName(name)).toEqual({ at: '2026-11-23T10:15:02.000Z', reason: 'before import' });
    for (const reason of BACKUP_REASONS) {
      expect(parseBackupFileName(backupFileName('2026-01-02T03:04:05Z', reason))?.reason).toBe(reason);
    }
  });

  it.each([
    'notes.txt', '2026-11-23 10.15.02 UTC before lunch.qdpx', '2026-02-31 10.15.02 UTC scheduled.qdpx',
    '2026-11-23 25.15.02 UTC scheduled.qdpx', '../2026-11-23 10.15.02 UTC scheduled.qdpx', '2026-11-23 10.15.02 UTC scheduled.qdpx.partial',
  ])('reads "%s" as no backup of ours', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });

  it('refuses to name a file for a time it cannot read', () => {
    expect(() => backupFileName('yesterday', 'scheduled')).toThrow(/Not a date-time/);
  });

  it('makes a folder name of any project name, with its id', () => {
    expect(backupFolderName('Carers pilot', ID)).toBe(`Carers pilot (${ID})`);
    expect(backupFolderName('../../etc/passwd', ID)).toBe(`etc passwd (${ID})`);
    expect(backupFolderName('C:\\Users\\ann', ID)).toBe(`C Users ann (${ID})`);
    expect(backupFolderName('..', ID)).toBe(`Project (${ID})`);
    expect(safeNamePart('  Pilot.  ')).toBe('Pilot');
    expect(safeNamePart('a\u0000b\nc')).toBe('a b c');
    expect(safeNamePart('Wave 2... final')).toBe('Wave 2. final');
    expect(safeNamePart('x'.repeat(100))).toHaveLength(60);
    for (const hostile of ['../x', 'a/../b', '..\\..\\x', 'x/..', '.', '...']) {
      const part = safeNamePart(hostile);
      expect(part).not.toMatch(/[/\\]|\.\./);
      expect(part).not.toMatch(/^\.|\.$/);
    }
  });

  it('names a restored project after the backup\'s local time, within 120 characters', () => {
    const at = new Date(2026, 10, 23, 10, 15);
    expect(backupTimeLabel(at)).toBe('23 Nov 2026 10:15');
    expect(restoredProjectName('Carers pilot', at)).toBe('Carers pilot (restored from 23 Nov 2026 10:15)');
    const long = restoredProjectName('x'.repeat(120), at);
    expect(long).toHaveLength(120);
    expect(long.endsWith(' (restored from 23 Nov 2026 10:15)')).toBe(true);
  });

  it('knows its reasons and the action a "before" backup protects', () => {
    expect(isBackupReason('before merge')).toBe(true);
    expect(isBackupReason('before lunch')).toBe(false);
    expect(isBackupReason(3)).toBe(false);
    expect(actionOf('before withdrawal')).toBe('withdrawal');
    expect(actionOf('scheduled')).toBeNull();
  });
});

describe('the prompt to download a backup (browser)', () => {
  const now = Date.parse('2026-11-23T12:00:00.000Z');
  it('is due when there are backups and none was downloaded in the last 7 days', () => {
    expect(isDownloadDue(null, now, true)).toBe(true);
    expect(isDownloadDue('2026-11-16T11:59:00.000Z', now, true)).toBe(true);
    expect(isDownloadDue('2026-11-16T12:01:00.000Z', now, true)).toBe(false);
    expect(isDownloadDue('garbled', now, true)).toBe(true);
    expect(isDownloadDue(null, now, false)).toBe(false);
    expect(DOWNLOAD_REMINDER_DAYS).toBe(7);
  });
});
