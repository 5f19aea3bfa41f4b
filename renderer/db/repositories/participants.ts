/**
 * Editing participants and their attributes: renaming, setting the role, typed attribute values,
 * new attributes, and attribute values from a spreadsheet keyed by participant label. Every write
 * is an undoable change set through runAction.
 */
import type { ParsedTable } from '../../../shared/import';
import { parseAttributeValue } from '../../../shared/import/toProject';
import {
  asId, ATTRIBUTE_TYPES, newGuid, type Attribute, type AttributeId, type AttributeType, type AttributeValue,
  type Participant, type ParticipantId, type ParticipantRole, type ProjectId,
} from '../../../shared/model';
import { planAttributeImport, type AttributeImportPlan } from '../../import/attributeTable';
import { runAction, type RowChange } from '../changes';
import { db } from '../database';
import { listAttributes, listParticipants } from './projectData';

const key = (projectId: ProjectId, id: string): [string, string] => [projectId, id];
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface ParticipantPatch {
  label?: string;
  role?: ParticipantRole;
  /** Values by attribute id, as typed in; validated against each attribute's type. */
  attributes?: Record<string, AttributeValue>;
}

function checkValue(attribute: Attribute, value: AttributeValue): AttributeValue {
  if (value === null || value === '') return null;
  const parsed = parseAttributeValue(attribute, typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  if ('problem' in parsed) throw new Error(`${attribute.name}: ${parsed.problem}.`);
  return parsed.value;
}

/** Renames a participant, sets their role or attribute values. Labels stay unique. */
export async function updateParticipant(projectId: ProjectId, participantId: ParticipantId, patch: ParticipantPatch): Promise<void> {
  let summary = '';
  await runAction(projectId, 'participant:update', () => summary, async () => {
    const participant = await db().participants.get(key(projectId, participantId));
    if (!participant) throw new Error('That participant no longer exists.');
    const next: Participant = { ...participant, attributes: { ...participant.attributes } };
    if (patch.label !== undefined) {
      const label = patch.label.trim().replace(/\s+/g, ' ');
      if (label === '') throw new Error('A participant needs a label.');
      const others = (await listParticipants(projectId)).filter((p) => p.id !== participantId);
      if (others.some((p) => same(p.label, label))) throw new Error(`Another participant is already labelled "${label}".`);
      next.label = label;
    }
    if (patch.role !== undefined) next.role = patch.role;
    if (patch.attributes) {
      const attributes = await listAttributes(projectId);
      for (const [id, value] of Object.entries(patch.attributes)) {
        const attribute = attributes.find((a) => a.id === id);
        if (!attribute) throw new Error('An attribute no longer exists.');
        const checked = checkValue(attribute, value);
        if (checked !== null || id in participant.attributes) next.attributes[id] = checked;
      }
    }
    if (JSON.stringify(next) === JSON.stringify(participant)) return [];
    summary = `Edited participant ${next.label}`;
    return [{ table: 'participants', key: key(projectId, participantId), before: participant, after: next }];
  });
}

export interface NewAttribute {
  name: string;
  type: AttributeType;
  /** For a category attribute: its values, in order. */
  categories?: string[];
}

/** Adds an attribute at the end. Names are unique (any letter case); a category attribute needs categories. */
export async function addAttribute(projectId: ProjectId, input: NewAttribute): Promise<AttributeId> {
  const id = asId<AttributeId>(newGuid());
  const name = input.name.trim().replace(/\s+/g, ' ');
  await runAction(projectId, 'attribute:create', `Added attribute "${name}"`, async () => {
    if (name === '') throw new Error('An attribute needs a name.');
    if (!ATTRIBUTE_TYPES.includes(input.type)) throw new Error(`"${input.type}" is not an attribute type.`);
    const attributes = await listAttributes(projectId);
    if (attributes.some((a) => same(a.name, name))) throw new Error(`There is already an attribute called "${name}".`);
    const categories = input.type === 'category' ? [...new Set((input.categories ?? []).map((c) => c.trim()).filter(Boolean))] : [];
    if (input.type === 'category' && categories.length === 0) throw new Error('A category attribute needs at least one category.');
    const attribute: Attribute = {
      id, projectId, name, type: input.type, categories, order: attributes.reduce((max, a) => Math.max(max, a.order + 1), 0),
    };
    return [{ table: 'attributes', key: key(projectId, id), before: null, after: attribute }];
  });
  return id;
}

export class AttributeImportError extends Error {
  override name = 'AttributeImportError';

  constructor(readonly problems: string[]) {
    super(`${problems.length === 1 ? 'A value does not' : `${problems.length} values do not`} fit: ${problems[0] ?? ''}`);
  }
}

/**
 * Sets attribute values from a table keyed by participant label, adding attributes for columns
 * the project does not have yet. Rows with unknown labels are left out and returned; any value
 * that does not fit its attribute stops the whole import (AttributeImportError lists them all).
 */
export async function importAttributeValues(projectId: ProjectId, table: ParsedTable, keyColumn: string): Promise<AttributeImportPlan> {
  let plan: AttributeImportPlan | null = null;
  await runAction(projectId, 'participant:import-attributes', () => `Imported attribute values for ${plan?.updates.length ?? 0} participants`, async () => {
    const [participants, attributes] = await Promise.all([listParticipants(projectId), listAttributes(projectId)]);
    const planned = planAttributeImport(table, keyColumn, participants, attributes);
    plan = planned;
    if (planned.problems.length > 0) throw new AttributeImportError(planned.problems);
    const changes: RowChange[] = [];
    let order = attributes.reduce((max, a) => Math.max(max, a.order + 1), 0);
    const idOf = new Map<string, string>();
    for (const target of planned.columns) {
      if (target.attribute) {
        idOf.set(target.column, target.attribute.id);
        continue;
      }
      const attribute: Attribute = {
        id: asId<AttributeId>(newGuid()), projectId, name: target.column, type: target.type, categories: target.categories, order: order++,
      };
      idOf.set(target.column, attribute.id);
      changes.push({ table: 'attributes', key: key(projectId, attribute.id), before: null, after: attribute });
    }
    for (const { participant, values } of planned.updates) {
      const next = { ...participant, attributes: { ...participant.attributes } };
      for (const [column, value] of Object.entries(values)) next.attributes[idOf.get(column) ?? column] = value;
      if (JSON.stringify(next) !== JSON.stringify(participant)) {
        changes.push({ table: 'participants', key: key(projectId, participant.id), before: participant, after: next });
      }
    }
    return changes;
  });
  if (!plan) throw new Error('The import did not run.');
  return plan;
}
