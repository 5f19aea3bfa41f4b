import { beforeEach, describe, expect, it } from 'vitest';
import { StoryloomDb, useDatabase, db } from '../../renderer/db/database';
import { addProjectFromBundle, loadBundle } from '../../renderer/db/repositories/bundles';
import {
  createProject, deleteProject, listProjects, projectContents, renameProject,
} from '../../renderer/db/repositories/projects';
import { listHistory } from '../../renderer/db/repositories/history';
import { setSourceRead, listSources, getSourceText } from '../../renderer/db/repositories/sources';
import type { Coding } from '../../shared/model';
import { byId, sampleBundle } from '../support/sample';

beforeEach(() => {
  useDatabase(new StoryloomDb(`projects-${Math.random()}`));
});

async function rowsOf(projectId: string): Promise<number> {
  let n = 0;
  for (const table of db().projectTables()) n += await table.where('projectId').equals(projectId).count();
  return n;
}

describe('projects', () => {
  it('creates, renames and lists projects, with a coder and a history entry', async () => {
    const id = await createProject('  Test  ');
    await renameProject(id, 'Carers study');
    const [project] = await listProjects();
    expect(project).toMatchObject({ id, name: 'Carers study' });
    const history = await listHistory(id);
    expect(history.map((e) => e.action).sort()).toEqual(['project:create', 'project:rename']);
    expect(history.every((e) => e.coderId === project!.currentCoderId)).toBe(true);
  });

  it('refuses an empty or over-long name with a message for the user', async () => {
    await expect(createProject('   ')).rejects.toThrow('A project needs a name.');
    await expect(createProject('x'.repeat(121))).rejects.toThrow(/at most 120 characters/);
    expect(await listProjects()).toEqual([]);
  });

  it('deletes every record of a project and nothing of another', async () => {
    const sample = await sampleBundle();
    const keep = await addProjectFromBundle(sample, 'first copy');
    const doomed = await addProjectFromBundle(sample, 'second copy');
    expect(doomed).not.toBe(keep);
    const contents = await projectContents(doomed);
    expect(contents).toEqual({
      sources: sample.sources.length, participants: sample.participants.length, codes: sample.codes.length,
      codings: sample.codings.length, memos: sample.memos.length, quotes: sample.quotes.length,
    });
    const keptRows = await rowsOf(keep);
    await deleteProject(doomed);
    expect(await rowsOf(doomed)).toBe(0);
    expect(await db().projects.get(doomed)).toBeUndefined();
    expect(await rowsOf(keep)).toBe(keptRows);
  });

  it('opens a second copy of the same project under a new id and a distinct name, GUIDs kept', async () => {
    const sample = await sampleBundle();
    const first = await addProjectFromBundle(sample, 'one');
    const second = await addProjectFromBundle(sample, 'two');
    const names = (await listProjects()).map((p) => p.name).sort();
    expect(names).toEqual([sample.project.name, `${sample.project.name} (2)`].sort());
    const a = await loadBundle(first);
    const b = await loadBundle(second);
    expect(b.codings.map((c) => c.id).sort()).toEqual(a.codings.map((c) => c.id).sort());
  });

  it('stores a bundle whole or not at all', async () => {
    const sample = await sampleBundle();
    const broken = { ...sample, codings: [...sample.codings, sample.codings[0] as Coding] };
    await expect(addProjectFromBundle(broken, 'duplicate key')).rejects.toThrow();
    expect(await listProjects()).toEqual([]);
    expect(await rowsOf(sample.project.id)).toBe(0);
  });

  it('round-trips a bundle through the database unchanged but for the project timestamp', async () => {
    const sample = await sampleBundle();
    const id = await addProjectFromBundle(sample, 'round trip');
    const loaded = await loadBundle(id);
    expect(byId({ ...loaded, project: { ...loaded.project, updatedAt: '' }, history: [] }))
      .toEqual(byId({ ...sample, project: { ...sample.project, updatedAt: '' }, history: [] }));
    expect(loaded.history.map((e) => e.action)).toEqual(['project:open-file']);
  });

  it('lists sources without their texts and marks one read', async () => {
    const sample = await sampleBundle();
    const id = await addProjectFromBundle(sample, 'read');
    const sources = await listSources(id);
    expect(sources.map((s) => s.label)).toEqual(sample.sources.map((s) => s.source.label));
    expect(sources.some((s) => 'text' in s)).toBe(false);
    await setSourceRead(id, sources[0]!.id, true);
    expect((await listSources(id))[0]!.isRead).toBe(true);
    expect((await getSourceText(id, sources[0]!.id))!.text).toBe(sample.sources[0]!.text.text);
  });
});
