/** Editing participants and attributes, and attribute values from a spreadsheet keyed by label. */
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../shared/import';
import { db } from '../../renderer/db/database';
import { listAttributes, listParticipants } from '../../renderer/db/repositories/projectData';
import {
  addAttribute, AttributeImportError, importAttributeValues, updateParticipant,
} from '../../renderer/db/repositories/participants';
import { undo, undoState } from '../../renderer/db/undo';
import { withSample } from './support';

const csv = (text: string) => parseTable(new TextEncoder().encode(text), 'attributes.csv');

async function fixture() {
  const { projectId, sample } = await withSample();
  const p2 = sample.participants.find((p) => p.label === 'P2')!;
  const group = sample.attributes.find((a) => a.name === 'Group')!;
  return { projectId, sample, p2, group };
}

describe('editing participants', () => {
  it('renames, sets the role and typed values; one undo each', async () => {
    const { projectId, p2, group } = await fixture();
    const age = await addAttribute(projectId, { name: 'Age', type: 'number' });
    await updateParticipant(projectId, p2.id, { label: 'Carer A', role: 'facilitator', attributes: { [group.id]: 'HSC professional', [age]: 72 } });
    const edited = await db().participants.get([projectId, p2.id]);
    expect(edited).toMatchObject({ label: 'Carer A', role: 'facilitator', attributes: { [group.id]: 'HSC professional', [age]: 72 } });
    expect((await undoState(projectId)).undo).toBe('Edited participant Carer A');
    await undo(projectId);
    expect(await db().participants.get([projectId, p2.id])).toEqual(p2);
  });

  it('refuses a taken or empty label and a value that does not fit its type', async () => {
    const { projectId, p2, group } = await fixture();
    await expect(updateParticipant(projectId, p2.id, { label: 'p3' })).rejects.toThrow('Another participant is already labelled "p3".');
    await expect(updateParticipant(projectId, p2.id, { label: '  ' })).rejects.toThrow('A participant needs a label.');
    await expect(updateParticipant(projectId, p2.id, { attributes: { [group.id]: 'Nurse' } }))
      .rejects.toThrow('Group: "Nurse" is not one of its categories (Carer, HSC professional).');
    expect(await db().participants.get([projectId, p2.id])).toEqual(p2);
  });

  it('adds attributes with a unique name; a category needs categories', async () => {
    const { projectId } = await fixture();
    await addAttribute(projectId, { name: 'Area', type: 'category', categories: ['North', ' South ', 'North', ''] });
    const area = (await listAttributes(projectId)).find((a) => a.name === 'Area');
    expect(area).toMatchObject({ type: 'category', categories: ['North', 'South'], order: 3 });
    await expect(addAttribute(projectId, { name: 'group', type: 'text' })).rejects.toThrow('There is already an attribute called "group".');
    await expect(addAttribute(projectId, { name: 'Band', type: 'category', categories: [] })).rejects.toThrow('needs at least one category');
  });
});

describe('attribute values from a spreadsheet', () => {
  it('sets values by participant label, adds new columns as attributes, reports unknown labels', async () => {
    const { projectId, group } = await fixture();
    const table = await csv('Label,Group,Age,Consent\nP2,HSC professional,71,yes\np5,carer,,no\nZ9,Carer,40,yes\n');
    const plan = await importAttributeValues(projectId, table, 'Label');
    expect(plan.unknownLabels).toEqual([{ row: 4, label: 'Z9' }]);
    const attributes = await listAttributes(projectId);
    const age = attributes.find((a) => a.name === 'Age')!;
    const consent = attributes.find((a) => a.name === 'Consent')!;
    expect([age.type, consent.type]).toEqual(['number', 'boolean']);
    const byLabel = new Map((await listParticipants(projectId)).map((p) => [p.label, p]));
    expect(byLabel.get('P2')?.attributes).toMatchObject({ [group.id]: 'HSC professional', [age.id]: 71, [consent.id]: true });
    expect(byLabel.get('P5')?.attributes).toMatchObject({ [group.id]: 'Carer', [consent.id]: false });
    expect(byLabel.get('P5')?.attributes[age.id]).toBeUndefined();
    expect(byLabel.has('Z9')).toBe(false);
    await undo(projectId);
    expect((await listAttributes(projectId)).map((a) => a.name)).toEqual(['Group', 'Organisation category', 'Role']);
  });

  it('rejects the whole file when a value does not fit, naming the row and column', async () => {
    const { projectId, sample } = await fixture();
    await addAttribute(projectId, { name: 'Joined', type: 'date' });
    const table = await csv('Participant,Group,Joined\nP1,Carer,2015-11-11\nP2,Nurse,11/11/2015\nP3,Carer,last spring\n');
    const error = await importAttributeValues(projectId, table, 'Participant').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttributeImportError);
    expect((error as AttributeImportError).problems).toEqual([
      'Row 3, column "Group": "Nurse" is not one of its categories (Carer, HSC professional).',
      'Row 4, column "Joined": "last spring" is not a date (write 2015-11-11 or 11/11/2015).',
    ]);
    const stored = await listParticipants(projectId);
    expect(stored.map((p) => p.attributes)).toEqual(sample.participants.map((p) => p.attributes));
  });
});
