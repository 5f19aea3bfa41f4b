/** Importing a batch: one transaction, all or nothing, one undo. */
import { describe, expect, it } from 'vitest';
import { contentHash, parseFile, type ParsedDocument } from '../../shared/import';
import type { DocumentPlan, ImportPlan } from '../../shared/import/toProject';
import { asId, type ParticipantId } from '../../shared/model';
import { db } from '../../renderer/db/database';
import { loadBundle } from '../../renderer/db/repositories/bundles';
import { importDocuments } from '../../renderer/db/repositories/imports';
import { undo, undoState } from '../../renderer/db/undo';
import { byId } from '../support/sample';
import { fixtureBytes, QUALCODER, TRANSCRIPTS } from '../unit/import/support/fixtures';
import { withSample } from './support';

async function parsed(folder: string, name: string): Promise<ParsedDocument> {
  const file = await parseFile(fixtureBytes(folder, name), name);
  if (file.kind !== 'document') throw new Error(`${name} is a table`);
  return file;
}

async function plan(doc: ParsedDocument, patch: Partial<DocumentPlan>): Promise<DocumentPlan> {
  return {
    fileName: 'x.txt', title: 'X', label: 'X 1', kind: 'focus-group', date: null, text: doc.text,
    contentHash: await contentHash(doc.text), turns: doc.turns, speakers: {}, ...patch,
  };
}

async function batch(facilitatorId: ParticipantId): Promise<ImportPlan> {
  const transcript = await parsed(QUALCODER, 'transcript.txt');
  const bracketed = await parsed(TRANSCRIPTS, 'turnchunk_bracketed.txt');
  return {
    documents: [
      await plan(transcript, {
        fileName: 'transcript.txt', title: 'Focus group 3', label: 'FG 3',
        speakers: { id1: { participantId: facilitatorId }, id2: { newParticipant: 'P12' }, id3: { newParticipant: 'P13' } },
      }),
      await plan(bracketed, {
        fileName: 'turnchunk_bracketed.txt', title: 'Contract talk', label: 'Int. 1', kind: 'interview',
        speakers: { Alice: { newParticipant: 'P12' }, Bob: { newParticipant: 'Interviewer B' } },
      }),
    ],
    participants: [
      { label: 'P12', role: 'participant', attributes: { Group: 'Carer' } },
      { label: 'P13', role: 'participant', attributes: {} },
      { label: 'Interviewer B', role: 'facilitator', attributes: { Recruited: 'yes' } },
    ],
  };
}

describe('importDocuments', () => {
  it('stores sources, texts, turns, new participants and attributes in one undoable change', async () => {
    const { projectId, sample } = await withSample();
    const facilitator = sample.participants.find((p) => p.role === 'facilitator')!;
    const additions = await importDocuments(projectId, await batch(facilitator.id));
    const after = await loadBundle(projectId);
    expect(after.sources.map((s) => s.source.label)).toEqual(['FG 1', 'FG 2', 'Nar. 1', 'Nar. 2', 'Nar. 3', 'Nar. 4', 'FG 3', 'Int. 1']);
    const fg3 = after.sources.find((s) => s.source.label === 'FG 3')!;
    expect(fg3.text.text).toBe((await parsed(QUALCODER, 'transcript.txt')).text);
    expect(fg3.source).toMatchObject({ turnCount: 7, facilitator: facilitator.label, originalFileName: 'transcript.txt' });
    const labelOf = new Map(after.participants.map((p) => [p.id as string, p.label]));
    expect(fg3.text.turns.map((t) => labelOf.get(t.participantId ?? ''))).toEqual([facilitator.label, 'P12', 'P13', facilitator.label, 'P13', facilitator.label, 'P12']);
    const interviewer = after.participants.find((p) => p.label === 'Interviewer B')!;
    expect(interviewer.role).toBe('facilitator');
    const recruited = after.attributes.find((a) => a.name === 'Recruited')!;
    expect(recruited.type).toBe('boolean');
    expect(interviewer.attributes[recruited.id]).toBe(true);
    const group = after.attributes.find((a) => a.name === 'Group')!;
    expect(after.participants.find((p) => p.label === 'P12')?.attributes[group.id]).toBe('Carer');
    expect(additions.participants).toHaveLength(3);
    expect((await undoState(projectId)).undo).toBe('Imported 2 sources (FG 3, Int. 1) and 3 new participants');
  });

  it('undo removes the whole import at once', async () => {
    const { projectId, sample } = await withSample();
    const before = byId(await loadBundle(projectId));
    await importDocuments(projectId, await batch(sample.participants[0]!.id));
    expect(await undo(projectId)).toMatch(/^Imported 2 sources/);
    const undone = byId(await loadBundle(projectId));
    expect({ ...undone, project: null, history: [] }).toEqual({ ...before, project: null, history: [] });
  });

  it('stores nothing when any part of the plan fails', async () => {
    const { projectId, sample } = await withSample();
    const good = await batch(sample.participants[0]!.id);
    const count = async () => Promise.all([db().sources, db().sourceTexts, db().participants, db().attributes, db().history].map((t) => t.where('projectId').equals(projectId).count()));
    const before = await count();
    const ghost = asId<ParticipantId>('00000000-0000-4000-8000-00000000dead');
    const bad = { ...good, documents: [good.documents[0]!, { ...good.documents[1]!, speakers: { Alice: { participantId: ghost } } }] };
    await expect(importDocuments(projectId, bad)).rejects.toThrow('speaker "Alice" is mapped to a participant that does not exist');
    const taken = { ...good, documents: [{ ...good.documents[0]!, label: 'FG 1' }] };
    await expect(importDocuments(projectId, taken)).rejects.toThrow('The label "FG 1" is already used');
    const badValue = { ...good, participants: good.participants.map((p) => (p.label === 'P12' ? { ...p, attributes: { Group: 'Nurse' } } : p)) };
    await expect(importDocuments(projectId, badValue)).rejects.toThrow('P12, column "Group": "Nurse" is not one of its categories');
    await expect(importDocuments(projectId, { documents: [], participants: [] })).rejects.toThrow('Nothing to import');
    expect(await count()).toEqual(before);
  });
});
