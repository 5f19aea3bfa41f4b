import {
  asId, newGuid, type ProjectBundle, type ProjectId,
} from '../../../shared/model';
import type { Table } from 'dexie';
import { db } from '../database';
import { recordEvent } from './history';

/** Gives the bundle a fresh project id (every record re-keyed), for opening a second copy. */
function withProjectId(bundle: ProjectBundle, projectId: ProjectId): ProjectBundle {
  const own = <T extends { projectId: ProjectId }>(rows: T[]): T[] => rows.map((r) => ({ ...r, projectId }));
  return {
    project: { ...bundle.project, id: projectId },
    coders: own(bundle.coders),
    sources: bundle.sources.map(({ source, text }) => ({ source: { ...source, projectId }, text: { ...text, projectId } })),
    participants: own(bundle.participants),
    attributes: own(bundle.attributes),
    codes: own(bundle.codes),
    codings: own(bundle.codings),
    memos: own(bundle.memos),
    quotes: own(bundle.quotes),
    reviews: own(bundle.reviews),
    history: own(bundle.history),
  };
}

async function uniqueName(name: string): Promise<string> {
  const taken = new Set((await db().projects.toArray()).map((p) => p.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Stores a whole project as a new project, in one transaction: it lands whole or not at all.
 * If a project with the same id is already open here, the copy gets a new project id (its
 * records keep their GUIDs) and a name that tells the two apart.
 */
export async function addProjectFromBundle(input: ProjectBundle, summary: string): Promise<ProjectId> {
  const store = db();
  const tables = [store.projects, ...store.projectTables()];
  let projectId = input.project.id;
  await store.transaction('rw', tables, async () => {
    const clash = await store.projects.get(projectId);
    const bundle = clash ? withProjectId(input, asId<ProjectId>(newGuid())) : input;
    projectId = bundle.project.id;
    const name = await uniqueName(bundle.project.name);
    await store.projects.add({ ...bundle.project, name, updatedAt: new Date().toISOString() });
    await store.coders.bulkAdd(bundle.coders);
    await store.sources.bulkAdd(bundle.sources.map((s) => s.source));
    await store.sourceTexts.bulkAdd(bundle.sources.map((s) => s.text));
    await store.participants.bulkAdd(bundle.participants);
    await store.attributes.bulkAdd(bundle.attributes);
    await store.codes.bulkAdd(bundle.codes);
    await store.codings.bulkAdd(bundle.codings);
    await store.memos.bulkAdd(bundle.memos);
    await store.quotes.bulkAdd(bundle.quotes);
    await store.reviews.bulkAdd(bundle.reviews);
    await store.history.bulkAdd(bundle.history);
    await recordEvent(projectId, bundle.project.currentCoderId, 'project:open-file', summary);
  });
  return projectId;
}

/** Reads every record of a project, in one read transaction so the snapshot is consistent. */
export async function loadBundle(projectId: ProjectId): Promise<ProjectBundle> {
  const store = db();
  return store.transaction('r', [store.projects, ...store.projectTables()], async () => {
    const project = await store.projects.get(projectId);
    if (!project) throw new Error('That project no longer exists.');
    const of = <T,>(table: Table<T, [string, string]>): Promise<T[]> =>
      table.where('projectId').equals(projectId).toArray();
    const [coders, sources, texts, participants, attributes, codes, codings, memos, quotes, reviews, history] =
      await Promise.all([
        of(store.coders), of(store.sources), of(store.sourceTexts), of(store.participants),
        of(store.attributes), of(store.codes), of(store.codings), of(store.memos), of(store.quotes),
        of(store.reviews), of(store.history),
      ]);
    const textById = new Map(texts.map((t) => [t.sourceId as string, t]));
    sources.sort((a, b) => a.order - b.order);
    return {
      project, coders, participants, attributes, codes, codings, memos, quotes, reviews, history,
      sources: sources.map((source) => {
        const text = textById.get(source.id);
        if (!text) throw new Error(`The text of source "${source.title}" is missing from the database.`);
        return { source, text };
      }),
    };
  });
}
