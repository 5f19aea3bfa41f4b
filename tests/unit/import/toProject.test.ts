/** The plan -> records step the import screen and the command line share. */
import { describe, expect, it } from 'vitest';
import { parseFile, unattributedTurns, type ParsedDocument } from '../../../shared/import';
import {
  ImportPlanError, inferAttributeType, looksLikeFacilitator, parseAttributeValue, planAdditions, type DocumentPlan, type ProjectState,
} from '../../../shared/import/toProject';
import { asId, type Attribute, type AttributeId, type Participant, type ParticipantId, type ProjectId } from '../../../shared/model';
import { fixtureBytes, TRANSCRIPTS } from './support/fixtures';

const projectId = asId<ProjectId>('00000000-0000-4000-8000-000000000001');
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const NOW = '2026-01-02T03:04:05.000Z';

const p4: Participant = {
  id: asId<ParticipantId>('00000000-0000-4000-8000-0000000000a4'), projectId, label: 'P4', role: 'participant', attributes: {}, isWithdrawn: false, order: 3,
};
const group: Attribute = { id: asId<AttributeId>('00000000-0000-4000-8000-0000000000b1'), projectId, name: 'Group', type: 'category', categories: ['Carer', 'HSC professional'], order: 0 };
const state: ProjectState = { projectId, sources: [{ order: 5, label: 'FG 1' }], participants: [p4], attributes: [group] };

async function bracketed(): Promise<ParsedDocument> {
  const parsed = await parseFile(fixtureBytes(TRANSCRIPTS, 'turnchunk_bracketed.txt'), 'turnchunk_bracketed.txt');
  if (parsed.kind !== 'document') throw new Error('not a document');
  return parsed;
}

function docPlan(doc: ParsedDocument, patch: Partial<DocumentPlan> = {}): DocumentPlan {
  return {
    fileName: 'turnchunk_bracketed.txt', title: 'Contract talk', label: 'Int. 1', kind: 'interview', date: '2015-11-11',
    text: doc.text, contentHash: 'abc', turns: doc.turns, speakers: { Alice: { participantId: p4.id }, Bob: { newParticipant: 'Robert' } }, ...patch,
  };
}

describe('planAdditions', () => {
  it('makes a source, its text and turns mapped to existing and new participants, numbered after the project', async () => {
    const doc = await bracketed();
    const added = planAdditions({ documents: [docPlan(doc)], participants: [{ label: 'Robert', role: 'facilitator', attributes: {} }] }, state, { newId, now: NOW });
    expect(added.participants).toEqual([expect.objectContaining({ label: 'Robert', role: 'facilitator', order: 4, projectId })]);
    const [{ source, text }] = added.sources as [typeof added.sources[number]];
    expect(source).toMatchObject({ title: 'Contract talk', label: 'Int. 1', order: 6, characters: doc.text.length, turnCount: 3, facilitator: 'Robert', createdAt: NOW, date: '2015-11-11' });
    expect(text.text).toBe(doc.text);
    expect(text.turns.map((t) => [t.speaker, t.participantId, t.timestamp])).toEqual([
      ['Alice', p4.id, '00:00:01'], ['Bob', added.participants[0]?.id, '00:00:04'], ['Bob', added.participants[0]?.id, '00:00:08'],
    ]);
  });

  it('gives a respondent the row\'s attributes: an existing one typed, a new one inferred', async () => {
    const doc = await bracketed();
    const plan = {
      documents: [docPlan(doc, { speakers: {}, turns: unattributedTurns(doc.text), author: { newParticipant: 'ID4' } })],
      participants: [{ label: 'ID4', role: 'participant' as const, attributes: { group: 'carer', Age: '24' } }],
    };
    const added = planAdditions(plan, state, { newId, now: NOW });
    const age = added.attributes[0]!;
    expect(age).toMatchObject({ name: 'Age', type: 'number', order: 1 });
    expect(added.participants[0]?.attributes).toEqual({ [group.id]: 'Carer', [age.id]: 24 });
    const turns = added.sources[0]?.text.turns ?? [];
    expect(turns).toHaveLength(3);
    expect(turns.every((t) => t.speaker === null && t.participantId === added.participants[0]?.id)).toBe(true);
  });

  it('refuses a plan that does not fit, naming what is wrong', async () => {
    const doc = await bracketed();
    const refuse = (plan: Parameters<typeof planAdditions>[0]) => () => planAdditions(plan, state, { newId });
    expect(refuse({ documents: [docPlan(doc, { label: 'fg 1' })], participants: [] })).toThrow('The label "fg 1" is already used');
    expect(refuse({ documents: [docPlan(doc)], participants: [] })).toThrow('speaker "Bob" is mapped to a participant that does not exist');
    expect(refuse({ documents: [], participants: [{ label: 'p4', role: 'participant', attributes: {} }] })).toThrow('A participant labelled "p4" already exists');
    expect(refuse({ documents: [docPlan(doc, { turns: [{ start: 0, end: 9999, speaker: null, timestamp: null }] })], participants: [] })).toThrow(ImportPlanError);
    expect(refuse({ documents: [], participants: [{ label: 'R1', role: 'participant', attributes: { Group: 'Nurse' }, origin: 'survey.csv row 3' }] }))
      .toThrow('survey.csv row 3, column "Group": "Nurse" is not one of its categories (Carer, HSC professional).');
  });
});

describe('attribute values', () => {
  it('parses each type from spreadsheet text and says why a value does not fit', () => {
    const of = (type: Attribute['type'], raw: string) => parseAttributeValue({ type, categories: ['Carer'] }, raw);
    expect(of('number', '23,500')).toEqual({ value: 23500 });
    expect(of('number', 'lots')).toEqual({ problem: '"lots" is not a number' });
    expect(of('boolean', 'Yes')).toEqual({ value: true });
    expect(of('date', '11/11/2015')).toEqual({ value: '2015-11-11' });
    expect(of('date', '31/02/2015')).toMatchObject({ problem: expect.stringContaining('is not a date') });
    expect(of('category', 'CARER')).toEqual({ value: 'Carer' });
    expect(of('text', '  ')).toEqual({ value: null });
  });

  it('infers the narrowest type that fits every value', () => {
    expect(inferAttributeType(['24', '', '67'])).toEqual({ type: 'number', categories: [] });
    expect(inferAttributeType(['f', 'm', 'm'])).toEqual({ type: 'category', categories: ['f', 'm'] });
    expect(inferAttributeType(['shopping', 'golf', 'gardening'])).toEqual({ type: 'text', categories: [] });
    expect(inferAttributeType(['2015-11-11', '12/11/2015'])).toEqual({ type: 'date', categories: [] });
  });

  it('proposes interviewers and facilitators as facilitators', () => {
    expect(['Facilitator', 'Interviewer 2', 'moderator'].every(looksLikeFacilitator)).toBe(true);
    expect(['P4', 'Alice', 'Speaker 1'].some(looksLikeFacilitator)).toBe(false);
  });
});
