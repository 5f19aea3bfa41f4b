/**
 * Import plan -> project records (issue 3 items 3-4, 9): the one step the import screen and the
 * command line share. A plan says what each parsed document becomes (title, label, kind, date,
 * which participant each speaker is) and which participants the import creates; this turns it
 * into new Source, SourceText, Participant and Attribute rows, checking it first, so a bad plan
 * is refused whole. Pure and synchronous: content hashes are computed beforehand (a database
 * transaction must not wait on anything else), ids come from `newId`.
 */
import {
  asId, newGuid, type Attribute, type AttributeId, type AttributeType, type AttributeValue,
  type IsoDate, type IsoDateTime, type Participant, type ParticipantId, type ParticipantRole,
  type ProjectId, type Source, type SourceId, type SourceKind, type SourceWithText, type Turn,
} from '../model';
import type { ParsedTurn } from './types';

/** Who a speaker is: an existing participant, or one this import creates (by its label). */
export type SpeakerTarget = { participantId: ParticipantId } | { newParticipant: string };

export interface DocumentPlan {
  fileName: string;
  title: string;
  label: string;
  kind: SourceKind;
  date: IsoDate | null;
  /** Canonical text, stored exactly as parsed. */
  text: string;
  /** contentHash(text), computed before planning. */
  contentHash: string;
  turns: readonly ParsedTurn[];
  /** Speaker name as written -> participant. A speaker missing here keeps its name only. */
  speakers: Readonly<Record<string, SpeakerTarget>>;
  /** Who wrote the text (a survey respondent): unattributed turns are theirs, with no speaker label. */
  author?: SpeakerTarget;
}

export interface NewParticipantPlan {
  label: string;
  role: ParticipantRole;
  /** Raw values by attribute name (a spreadsheet row's cells); "" means no value. */
  attributes: Readonly<Record<string, string>>;
  /** Where the values came from, for messages: "survey.csv row 3". */
  origin?: string;
}

export interface ImportPlan {
  documents: readonly DocumentPlan[];
  participants: readonly NewParticipantPlan[];
}

/** The parts of the project the plan is checked against and numbered after. */
export interface ProjectState {
  projectId: ProjectId;
  sources: readonly Pick<Source, 'order' | 'label'>[];
  participants: readonly Participant[];
  attributes: readonly Attribute[];
}

export interface ProjectAdditions {
  sources: SourceWithText[];
  participants: Participant[];
  attributes: Attribute[];
}

export class ImportPlanError extends Error {
  override name = 'ImportPlanError';
}

const BOOLEAN_WORDS: Record<string, boolean> = { yes: true, y: true, true: true, '1': true, no: false, n: false, false: false, '0': false };
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(raw: string): IsoDate | null {
  const uk = UK_DATE.exec(raw);
  const [y, m, d] = uk ? [uk[3], uk[2], uk[1]] : (ISO_DATE.exec(raw) ?? []).slice(1);
  if (y === undefined || m === undefined || d === undefined) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/**
 * A typed attribute value from text as a spreadsheet writes it: "" is no value; numbers may
 * carry thousands commas; booleans are yes/no, true/false, y/n, 1/0; dates are 2015-11-11 or
 * the UK's 11/11/2015; a category must be one of the attribute's (any letter case).
 */
export function parseAttributeValue(attribute: Pick<Attribute, 'type' | 'categories'>, raw: string): { value: AttributeValue } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { value: null };
  switch (attribute.type) {
    case 'text': return { value: text };
    case 'number': {
      const n = Number(text.replace(/,/g, ''));
      return /\d/.test(text) && Number.isFinite(n) ? { value: n } : { problem: `"${text}" is not a number` };
    }
    case 'boolean': {
      const value = BOOLEAN_WORDS[text.toLowerCase()];
      return value === undefined ? { problem: `"${text}" is not yes or no` } : { value };
    }
    case 'date': {
      const value = isoDate(text);
      return value === null ? { problem: `"${text}" is not a date (write 2015-11-11 or 11/11/2015)` } : { value };
    }
    case 'category': {
      const value = attribute.categories.find((c) => c.toLowerCase() === text.toLowerCase());
      return value === undefined ? { problem: `"${text}" is not one of its categories (${attribute.categories.join(', ') || 'none yet'})` } : { value };
    }
  }
}

/** The type a new attribute gets from its values: the narrowest that fits them all. */
export function inferAttributeType(values: readonly string[]): { type: AttributeType; categories: string[] } {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  const fits = (type: AttributeType) => filled.every((v) => 'value' in parseAttributeValue({ type, categories: [] }, v));
  if (filled.length === 0) return { type: 'text', categories: [] };
  if (fits('number')) return { type: 'number', categories: [] };
  if (fits('boolean')) return { type: 'boolean', categories: [] };
  if (fits('date')) return { type: 'date', categories: [] };
  const distinct = [...new Set(filled)];
  if (distinct.length <= 10 && distinct.length < filled.length) return { type: 'category', categories: distinct };
  return { type: 'text', categories: [] };
}

/** Speakers who run the session rather than take part in it: proposed as facilitators. */
export function looksLikeFacilitator(name: string): boolean {
  return /^(facilitator|interviewer|moderator|researcher|host)\b/i.test(name.trim());
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const nextOrder = (rows: readonly { order: number }[]) => rows.reduce((max, r) => Math.max(max, r.order + 1), 0);

/** Existing attributes by name, plus new ones (typed from this plan's values) for names not yet in the project. */
function resolveAttributes(plan: ImportPlan, state: ProjectState, newId: () => string): { byName: Map<string, Attribute>; created: Attribute[] } {
  const byName = new Map<string, Attribute>();
  const created: Attribute[] = [];
  const names = [...new Set(plan.participants.flatMap((p) => Object.keys(p.attributes)))];
  for (const name of names) {
    const existing = state.attributes.find((a) => sameName(a.name, name));
    if (existing) {
      byName.set(name, existing);
      continue;
    }
    const { type, categories } = inferAttributeType(plan.participants.map((p) => p.attributes[name] ?? ''));
    const attribute: Attribute = {
      id: asId<AttributeId>(newId()), projectId: state.projectId, name: name.trim(), type, categories,
      order: nextOrder(state.attributes) + created.length,
    };
    created.push(attribute);
    byName.set(name, attribute);
  }
  return { byName, created };
}

function newParticipants(plan: ImportPlan, state: ProjectState, attributes: Map<string, Attribute>, newId: () => string): Participant[] {
  const labels = new Set<string>();
  return plan.participants.map((p, i) => {
    const label = p.label.trim();
    if (label === '') throw new ImportPlanError('A new participant needs a label.');
    if (labels.has(label.toLowerCase())) throw new ImportPlanError(`Two new participants are both labelled "${label}".`);
    if (state.participants.some((e) => sameName(e.label, label))) throw new ImportPlanError(`A participant labelled "${label}" already exists; map the speaker to it instead.`);
    labels.add(label.toLowerCase());
    const values: Record<string, AttributeValue> = {};
    for (const [name, raw] of Object.entries(p.attributes)) {
      const attribute = attributes.get(name);
      if (!attribute) continue;
      const parsed = parseAttributeValue(attribute, raw);
      if ('problem' in parsed) throw new ImportPlanError(`${p.origin ?? label}, column "${name}": ${parsed.problem}.`);
      values[attribute.id] = parsed.value;
    }
    return {
      id: asId<ParticipantId>(newId()), projectId: state.projectId, label, role: p.role, attributes: values,
      isWithdrawn: false, order: nextOrder(state.participants) + i,
    };
  });
}

function documentRows(doc: DocumentPlan, order: number, state: ProjectState, created: Map<string, Participant>, id: SourceId, now: IsoDateTime): SourceWithText {
  const where = `${doc.fileName} (${doc.label || doc.title})`;
  if (doc.label.trim() === '' || doc.title.trim() === '') throw new ImportPlanError(`${where}: a source needs a title and a label.`);
  if (doc.text.trim() === '') throw new ImportPlanError(`${where}: the text is empty.`);
  const participantOf = (speaker: string | null): Participant | null => {
    const target = speaker === null ? doc.author : doc.speakers[speaker];
    if (target === undefined) return null;
    const found = 'participantId' in target ? state.participants.find((p) => p.id === target.participantId) : created.get(target.newParticipant.trim().toLowerCase());
    if (!found) throw new ImportPlanError(`${where}: ${speaker === null ? 'the author' : `speaker "${speaker}"`} is mapped to a participant that does not exist.`);
    return found;
  };
  const turns: Turn[] = doc.turns.map((t) => {
    if (!(Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.start < t.end && t.end <= doc.text.length)) {
      throw new ImportPlanError(`${where}: a turn (${t.start}-${t.end}) lies outside the text.`);
    }
    return { start: t.start, end: t.end, speaker: t.speaker, participantId: participantOf(t.speaker)?.id ?? null, timestamp: t.timestamp };
  });
  const facilitators = [...new Set(doc.turns.map((t) => participantOf(t.speaker)).filter((p) => p?.role === 'facilitator').map((p) => p?.label ?? ''))];
  const source: Source = {
    id, projectId: state.projectId, title: doc.title.trim(), label: doc.label.trim(), kind: doc.kind, date: doc.date,
    facilitator: facilitators.join(', '), originalFileName: doc.fileName, contentHash: doc.contentHash,
    characters: doc.text.length, turnCount: turns.length, order, isRead: false, readingPosition: 0, createdAt: now,
  };
  return { source, text: { sourceId: id, projectId: state.projectId, text: doc.text, turns } };
}

/**
 * The rows an import adds. Throws ImportPlanError (nothing half-made) when a label is missing or
 * taken, a speaker points at no participant, a turn lies outside its text, or a value does not
 * fit its attribute's type.
 */
export function planAdditions(plan: ImportPlan, state: ProjectState, options: { newId?: () => string; now?: IsoDateTime } = {}): ProjectAdditions {
  const newId = options.newId ?? newGuid;
  const now = options.now ?? new Date().toISOString();
  const { byName, created: attributes } = resolveAttributes(plan, state, newId);
  const participants = newParticipants(plan, state, byName, newId);
  const createdByLabel = new Map(participants.map((p) => [p.label.toLowerCase(), p]));
  const labels = new Set(state.sources.map((s) => s.label.trim().toLowerCase()));
  for (const doc of plan.documents) {
    const label = doc.label.trim().toLowerCase();
    if (labels.has(label)) throw new ImportPlanError(`The label "${doc.label.trim()}" is already used by another source; choose another for ${doc.title}.`);
    if (label !== '') labels.add(label);
  }
  const first = nextOrder(state.sources);
  const sources = plan.documents.map((doc, i) => documentRows(doc, first + i, state, createdByLabel, asId<SourceId>(newId()), now));
  return { sources, participants, attributes };
}
