/**
 * The project-wide parts of an imported bundle: the project record, attributes, participants and
 * codes. Each takes what project.qde holds and, for Storyloom's own files, what
 * storyloom/project.json adds; a file from another tool gets sensible defaults instead.
 */
import {
  asId, type Attribute, type AttributeId, type AttributeType, type AttributeValue, type Code, type CodeId,
  type CoderId, type Participant, type ParticipantId, type Project, type ProjectId,
} from '../model';
import type { CoderDirectory } from './coders';
import type { StoryloomExtension } from './extension';
import type { ImportReport } from './importReport';
import type { QdeProject } from './qdeRead';
import { normaliseColor } from './values';

/** What every assembly step shares. */
export interface Assembly {
  qde: QdeProject;
  /** storyloom/project.json, or null for a file from another tool. */
  ext: StoryloomExtension | null;
  projectId: ProjectId;
  /** Timestamp for records whose file gives none. */
  fallbackTime: string;
  coders: CoderDirectory;
  /** What the import changed, left out or could not find, for the user. */
  report: ImportReport;
}

/** Records of `list` by id, for looking up the extension's part of an object. */
export function byId<T extends { id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((item) => [item.id, item]));
}

/** Colours for codes that arrive without one (Tableau 10), by position in the code book. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

const VARIABLE_TYPES: Record<string, AttributeType> = {
  Text: 'text', Boolean: 'boolean', Integer: 'number', Float: 'number', Date: 'date', DateTime: 'text',
};

export function assembleProject(a: Assembly, fallbackName: string, currentCoderId: CoderId): Project {
  const { qde, ext } = a;
  const createdAt = ext?.project.createdAt ?? qde.created ?? a.fallbackTime;
  return {
    id: a.projectId,
    name: qde.name.trim() === '' ? fallbackName : qde.name,
    description: qde.description ?? '',
    method: ext?.project.method ?? '',
    createdAt,
    updatedAt: ext?.project.updatedAt ?? qde.modified ?? createdAt,
    levelNames: ext?.project.levelNames ?? [],
    currentCoderId,
  };
}

/** The coder recorded as current: Storyloom's own choice, else the last modifier, else the creator. */
export function currentCoder(a: Assembly): CoderId {
  const { qde, ext, coders } = a;
  if (ext && coders.has(ext.project.currentCoderId)) return ext.project.currentCoderId;
  const user = [qde.modifyingUser, qde.creatingUser].find((guid) => coders.has(guid));
  return user ? asId<CoderId>(user) : (coders.list()[0]?.id ?? coders.resolve(null));
}

export function assembleAttributes(a: Assembly): Attribute[] {
  const extra = byId(a.ext?.attributes);
  return a.qde.variables.map((v, index) => {
    const e = extra.get(v.guid);
    return {
      id: asId<AttributeId>(v.guid), projectId: a.projectId, name: v.name,
      type: e?.type ?? VARIABLE_TYPES[v.typeOfVariable] ?? 'text', categories: e?.categories ?? [], order: e?.order ?? index,
    };
  });
}

export function assembleParticipants(a: Assembly, attributes: Attribute[]): Participant[] {
  const extra = byId(a.ext?.participants);
  const known = new Set<string>(attributes.map((attribute) => attribute.id));
  return a.qde.cases.map((c, index) => {
    const e = extra.get(c.guid);
    const values: Record<string, AttributeValue> = {};
    for (const [attributeId, value] of c.values) if (known.has(attributeId)) values[attributeId] = value;
    return {
      id: asId<ParticipantId>(c.guid), projectId: a.projectId, label: c.name ?? `Case ${index + 1}`,
      role: e?.role ?? 'participant', attributes: values, isWithdrawn: e?.isWithdrawn ?? false, order: e?.order ?? index,
    };
  });
}

/** Codes in Storyloom's order when the extension gives it, else in code-book order (parents first). */
export function assembleCodes(a: Assembly): Code[] {
  const extra = byId(a.ext?.codes);
  const rank = new Map((a.ext?.codes ?? []).map((c, index) => [c.id as string, index]));
  const codes = a.qde.codes.map((c, index): Code => {
    const e = extra.get(c.guid);
    return {
      id: asId<CodeId>(c.guid), projectId: a.projectId, parentId: c.parentGuid === null ? null : asId<CodeId>(c.parentGuid),
      name: c.name, definition: c.description ?? '',
      color: (c.color === null ? null : normaliseColor(c.color)) ?? PALETTE[index % PALETTE.length] ?? '#4e79a7',
      order: e?.order ?? c.siblingIndex, status: e?.status ?? 'candidate', aliases: e?.aliases ?? [],
      createdAt: e?.createdAt ?? a.qde.created ?? a.fallbackTime,
    };
  });
  const position = (code: Code, index: number) => rank.get(code.id) ?? rank.size + index;
  return codes
    .map((code, index) => ({ code, at: position(code, index) }))
    .sort((x, y) => x.at - y.at)
    .map(({ code }) => code);
}
