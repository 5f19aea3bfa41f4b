import type {
  Attribute, Code, Coder, Coding, Memo, Participant, ProjectId, Quote, SourceId,
} from '../../../shared/model';
import { db } from '../database';

/** Read helpers for the list-sized tables of one project. */
export function listParticipants(projectId: ProjectId): Promise<Participant[]> {
  return db().participants.where('projectId').equals(projectId).sortBy('order');
}

export function listAttributes(projectId: ProjectId): Promise<Attribute[]> {
  return db().attributes.where('projectId').equals(projectId).sortBy('order');
}

export function listCodes(projectId: ProjectId): Promise<Code[]> {
  return db().codes.where('projectId').equals(projectId).sortBy('order');
}

export function listCodings(projectId: ProjectId): Promise<Coding[]> {
  return db().codings.where('projectId').equals(projectId).toArray();
}

export function listCoders(projectId: ProjectId): Promise<Coder[]> {
  return db().coders.where('projectId').equals(projectId).toArray();
}

export function listQuotes(projectId: ProjectId): Promise<Quote[]> {
  return db().quotes.where('projectId').equals(projectId).sortBy('order');
}

export function listMemos(projectId: ProjectId): Promise<Memo[]> {
  return db().memos.where('projectId').equals(projectId).toArray();
}

export function listMemosOfKind(projectId: ProjectId, kind: Memo['kind']): Promise<Memo[]> {
  return db().memos.where('[projectId+kind]').equals([projectId, kind]).toArray();
}

export function listCodingsOfSource(projectId: ProjectId, sourceId: SourceId): Promise<Coding[]> {
  return db().codings.where('[projectId+sourceId]').equals([projectId, sourceId]).toArray();
}
