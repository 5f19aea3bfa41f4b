import { describe, expect, it } from 'vitest';
import { StoryloomDb, useDatabase } from '../../renderer/db/database';
import { addProjectFromBundle, loadBundle } from '../../renderer/db/repositories/bundles';
import { listMemosOfKind } from '../../renderer/db/repositories/projectData';
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
    expect(current.verno).toBe(2);
    expect(await loadBundle(projectId)).toEqual(before);
    const notes = await listMemosOfKind(projectId, 'familiarisation');
    expect(notes.length).toBe(sample.memos.filter((m) => m.kind === 'familiarisation').length);
    expect(notes.length).toBeGreaterThan(0);
    current.close();
  });
});
