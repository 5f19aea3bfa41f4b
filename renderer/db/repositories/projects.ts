import {
  asId, newGuid, type Coder, type CoderId, type Project, type ProjectId,
} from '../../../shared/model';
import { db } from '../database';
import { recordEvent } from './history';
import { getSetting, setSetting, SETTING_KEYS } from './settings';

export const MAX_PROJECT_NAME = 120;

/** Trims and checks a project name; throws with a message fit to show the user. */
export function validateProjectName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new Error('A project needs a name.');
  if (name.length > MAX_PROJECT_NAME) throw new Error(`A project name can be at most ${MAX_PROJECT_NAME} characters.`);
  return name;
}

/** Most recently changed first. */
export async function listProjects(): Promise<Project[]> {
  return db().projects.orderBy('updatedAt').reverse().toArray();
}

export async function getProject(id: ProjectId): Promise<Project | undefined> {
  return db().projects.get(id);
}

export async function createProject(rawName: string, coderName = 'Researcher'): Promise<ProjectId> {
  const name = validateProjectName(rawName);
  const now = new Date().toISOString();
  const id = asId<ProjectId>(newGuid());
  const coder: Coder = { id: asId<CoderId>(newGuid()), projectId: id, name: coderName };
  const project: Project = {
    id, name, description: '', method: 'Thematic analysis (Braun & Clarke, 2006)', createdAt: now,
    updatedAt: now, levelNames: ['Theme', 'Subtheme', 'Code'], currentCoderId: coder.id,
  };
  const store = db();
  await store.transaction('rw', [store.projects, store.coders, store.history], async () => {
    await store.projects.add(project);
    await store.coders.add(coder);
    await recordEvent(id, coder.id, 'project:create', `Created project "${name}"`);
  });
  return id;
}

export async function renameProject(id: ProjectId, rawName: string): Promise<void> {
  const name = validateProjectName(rawName);
  const store = db();
  await store.transaction('rw', [store.projects, store.history], async () => {
    const project = await store.projects.get(id);
    if (!project) throw new Error('That project no longer exists.');
    await store.projects.update(id, { name, updatedAt: new Date().toISOString() });
    await recordEvent(id, project.currentCoderId, 'project:rename', `Renamed "${project.name}" to "${name}"`);
  });
}

/** What deleting a project would remove, for the confirmation. */
export interface ProjectContents {
  sources: number;
  participants: number;
  codes: number;
  codings: number;
  memos: number;
  quotes: number;
}

export async function projectContents(id: ProjectId): Promise<ProjectContents> {
  const store = db();
  const count = (table: { where(index: string): { equals(v: string): { count(): Promise<number> } } }) =>
    table.where('projectId').equals(id).count();
  const [sources, participants, codes, codings, memos, quotes] = await Promise.all([
    count(store.sources), count(store.participants), count(store.codes), count(store.codings),
    count(store.memos), count(store.quotes),
  ]);
  return { sources, participants, codes, codings, memos, quotes };
}

/** Removes the project and every record of it, in one transaction. */
export async function deleteProject(id: ProjectId): Promise<void> {
  const store = db();
  const tables = [store.projects, store.settings, ...store.projectTables()];
  await store.transaction('rw', tables, async () => {
    for (const table of store.projectTables()) {
      await table.where('projectId').equals(id).delete();
    }
    await store.projects.delete(id);
    if ((await getSetting<string>(SETTING_KEYS.lastProjectId)) === id) {
      await store.settings.delete(SETTING_KEYS.lastProjectId);
    }
  });
}

export async function rememberLastProject(id: ProjectId): Promise<void> {
  await setSetting(SETTING_KEYS.lastProjectId, id);
}
