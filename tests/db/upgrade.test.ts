import { describe, expect, it } from 'vitest';
import { StoryloomDb, useDatabase } from '../../renderer/db/database';
import { addProjectFromBundle, loadBundle } from '../../renderer/db/repositories/bundles';
import { backupNow, listBackups } from '../../renderer/db/repositories/backups';
import { listMemosOfKind } from '../../renderer/db/repositories/projectData';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { sampleBundle } from '../support/sample';

describe('upgrading the database', () => {
  it('opens data written by schema version 1 and serves the index version 2 added', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new StoryloomDb(name, 1);
    useDatabase(old);
    const sample = await sampleBundle();
    const projectId = await addProjectFromBundle(sample, 'written by version 1');
    const before = await loadBundle(projectId);
    old.close();

    const current = new StoryloomDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await loadBundle(projectId)).toEqual(before);
    const notes = await listMemosOfKind(projectId, 'familiarisation');
    expect(notes.length).toBe(sample.memos.filter((m) => m.kind === 'familiarisation').length);
    expect(notes.length).toBeGreaterThan(0);
    current.close();
  });

  it('opens data written by schema version 2, keeping it, and adds the backups of version 3', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new StoryloomDb(name, 2);
    useDatabase(old);
    const projectId = await addProjectFromBundle(await sampleBundle(), 'written by version 2');
    const before = await loadBundle(projectId);
    const settings = await old.settings.toArray();
    expect(old.tables.map((t) => t.name)).not.toContain('backups');
    old.close();

    const current = new StoryloomDb(name);
    useDatabase(current);
    await current.open();
    expect(current.verno).toBe(3);
    expect(await loadBundle(projectId)).toEqual(before);
    expect(await current.settings.toArray()).toEqual(settings);
    expect(await listBackups(projectId)).toEqual([]);
    const { backup } = await backupNow(projectId, 'by hand');
    expect(await listBackups(projectId)).toEqual([backup]);
    current.close();
  });
});
