import type { ProjectId, Source, SourceId, SourceText } from '../../../shared/model';
import { db } from '../database';
import { recordEvent } from './history';

/** The list-sized records only: listing sources never loads their texts. */
export async function listSources(projectId: ProjectId): Promise<Source[]> {
  return db().sources.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).toArray();
}

export async function getSource(projectId: ProjectId, sourceId: SourceId): Promise<Source | undefined> {
  return db().sources.get([projectId, sourceId]);
}

export async function getSourceText(projectId: ProjectId, sourceId: SourceId): Promise<SourceText | undefined> {
  return db().sourceTexts.get([projectId, sourceId]);
}

/** Marks a source read or unread (familiarisation progress). */
export async function setSourceRead(projectId: ProjectId, sourceId: SourceId, isRead: boolean): Promise<void> {
  const store = db();
  await store.transaction('rw', [store.sources, store.projects, store.history], async () => {
    const source = await store.sources.get([projectId, sourceId]);
    const project = await store.projects.get(projectId);
    if (!source || !project) throw new Error('That source no longer exists.');
    if (source.isRead === isRead) return;
    await store.sources.update([projectId, sourceId], { isRead });
    await store.projects.update(projectId, { updatedAt: new Date().toISOString() });
    await recordEvent(projectId, project.currentCoderId, isRead ? 'source:mark-read' : 'source:mark-unread',
      `Marked ${source.label} as ${isRead ? 'read' : 'unread'}`);
  });
}

/** Keeps the reader's position so a long transcript reopens where the researcher stopped. */
export async function setReadingPosition(projectId: ProjectId, sourceId: SourceId, offset: number): Promise<void> {
  if (!Number.isInteger(offset) || offset < 0) return;
  await db().sources.update([projectId, sourceId], { readingPosition: offset });
}

/**
 * Every source's turns by source id (the matrix and quotes need who spoke where, not the texts).
 * Reads the text records, so it costs what loading the corpus costs.
 */
export async function listTurnsBySource(projectId: ProjectId): Promise<Map<string, SourceText['turns']>> {
  const texts = await db().sourceTexts.where('projectId').equals(projectId).toArray();
  return new Map(texts.map((t) => [t.sourceId, t.turns]));
}
