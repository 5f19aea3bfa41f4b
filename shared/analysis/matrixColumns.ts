/**
 * The columns of the theme matrix, which columns each coding falls in, and each column's
 * participants (the denominator of share).
 *
 * "Counted" participants are those with role 'participant' who have not withdrawn; facilitators,
 * withdrawn people and ids that name no participant never count as participants anywhere.
 * - sources: a column per source by `order`; denominator = counted people with a turn in it.
 * - sourceKind: a column per kind that has a source, in SOURCE_KINDS order; denominator = counted
 *   people with a turn in a source of that kind.
 * - participants: a column per counted participant by `order`; a coding falls in the column of
 *   each counted participant whose turns it overlaps, bringing only that person; denominator 1.
 * - attribute: a column per value (category attributes: their categories in order; others: the
 *   distinct values counted participants hold, numbers numerically, then text, then Yes/No).
 *   Null and blank values make no column, nor does a category attribute's value outside its
 *   categories. A coding falls in a value's column when a counted person it touches holds that
 *   value, bringing only those people; denominator = counted people holding the value.
 * - level:L: a column per distinct name at 0-based depth L-1, by first appearance in tree order;
 *   a coding falls in the column named after its code's ancestor-or-self at that depth (codes
 *   above that depth fall in none); the denominator is counted by the matrix from the codings.
 */
import type { Attribute, AttributeValue, Coding, Participant, SourceKind } from '../model';
import { SOURCE_KINDS } from '../model';
import type { MatrixColumn, MatrixColumns, MatrixInput } from './matrixTypes';
import type { TreeIndex } from './treeIndex';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'focus-group': 'Focus groups',
  interview: 'Interviews',
  narrative: 'Narratives',
  document: 'Documents',
};

/** Reports that a coding falls in `column`, bringing the people numbered in `people` there. */
export type Emit = (column: number, people: readonly number[]) => void;

export interface ColumnPlan {
  columns: MatrixColumn[];
  /** Emits each column a coding falls in, given the counted people (by number) it touches. */
  place(coding: Coding, people: readonly number[], emit: Emit): void;
  /** True for level columns: their participants are those touched by the codings placed in them. */
  countsFromCodings: boolean;
}

const byOrder = <T extends { order: number; label: string; id: string }>(a: T, b: T): number =>
  a.order - b.order || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** people: the counted participants; a person's number is their index here. */
export function planColumns(input: MatrixInput, tree: TreeIndex, people: readonly Participant[], choice: MatrixColumns): ColumnPlan {
  switch (choice.kind) {
    case 'sources': return sourceColumns(input, people);
    case 'sourceKind': return kindColumns(input, people);
    case 'participants': return participantColumns(people);
    case 'attribute': return attributeColumns(input.attributes, people, choice.attributeId);
    case 'level': return levelColumns(tree, choice.level);
  }
}

/** The number of counted people with a turn in any of the given sources. */
function peopleWithTurns(input: MatrixInput, sourceIds: Iterable<string>, counted: ReadonlySet<string>): number {
  const found = new Set<string>();
  for (const id of sourceIds) {
    for (const turn of input.turnsBySource.get(id) ?? []) {
      if (turn.participantId && counted.has(turn.participantId)) found.add(turn.participantId);
    }
  }
  return found.size;
}

const idsOf = (people: readonly Participant[]): ReadonlySet<string> => new Set<string>(people.map((p) => p.id));

/** A plan where each coding falls in at most one column, chosen by `columnOf`, with all its people. */
function singleColumn(columns: MatrixColumn[], columnOf: (coding: Coding) => number | undefined, countsFromCodings = false): ColumnPlan {
  return {
    columns,
    countsFromCodings,
    place(coding, touched, emit) {
      const column = columnOf(coding);
      if (column !== undefined) emit(column, touched);
    },
  };
}

/** A plan where a coding falls in the column of each person it touches (-1: none), bringing only the people of that column. */
function columnPerPerson(columns: MatrixColumn[], columnOfPerson: Int32Array): ColumnPlan {
  // One shared [person] list each: most codings bring one person to a column, and this runs per coding.
  const alone = Array.from(columnOfPerson, (_, person): readonly number[] => [person]);
  return {
    columns,
    countsFromCodings: false,
    place(_coding, touched, emit) {
      for (let i = 0; i < touched.length; i += 1) {
        const column = columnOfPerson[touched[i]!]!;
        if (column < 0) continue;
        let shared = false;
        for (let j = 0; j < touched.length && !shared; j += 1) shared = j !== i && columnOfPerson[touched[j]!] === column;
        if (!shared) emit(column, alone[touched[i]!]!);
        // Several people in one column: emit it once, at the first of them, with all of them.
        else if (touched.findIndex((p) => columnOfPerson[p] === column) === i) emit(column, touched.filter((p) => columnOfPerson[p] === column));
      }
    },
  };
}

function sourceColumns(input: MatrixInput, people: readonly Participant[]): ColumnPlan {
  const sources = [...input.sources].sort(byOrder);
  const index = new Map(sources.map((s, i) => [s.id as string, i]));
  const counted = idsOf(people);
  const columns = sources.map((s) => ({ key: s.id, label: s.label, participants: peopleWithTurns(input, [s.id], counted) }));
  return singleColumn(columns, (coding) => index.get(coding.sourceId));
}

function kindColumns(input: MatrixInput, people: readonly Participant[]): ColumnPlan {
  const kinds = SOURCE_KINDS.filter((kind) => input.sources.some((s) => s.kind === kind));
  const index = new Map<string, number>(kinds.map((kind, i) => [kind, i]));
  const kindOf = new Map<string, number>();
  for (const s of input.sources) kindOf.set(s.id, index.get(s.kind)!);
  const counted = idsOf(people);
  const columns = kinds.map((kind) => ({
    key: kind,
    label: SOURCE_KIND_LABELS[kind],
    participants: peopleWithTurns(input, input.sources.filter((s) => s.kind === kind).map((s) => s.id), counted),
  }));
  return singleColumn(columns, (coding) => kindOf.get(coding.sourceId));
}

function participantColumns(people: readonly Participant[]): ColumnPlan {
  const sorted = [...people].sort(byOrder);
  const columnOf = new Map(sorted.map((p, i) => [p.id as string, i]));
  return columnPerPerson(
    sorted.map((p) => ({ key: p.id, label: p.label, participants: 1 })),
    Int32Array.from(people, (p) => columnOf.get(p.id)!),
  );
}

/** How an attribute value is shown and compared: null for no value (null, blank, not a finite number). */
export function attributeValueLabel(value: AttributeValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return value.trim() === '' ? null : value;
}

function attributeColumns(attributes: readonly Attribute[], people: readonly Participant[], attributeId: string): ColumnPlan {
  const attribute = attributes.find((a) => a.id === attributeId);
  if (!attribute) throw new Error(`Matrix columns: no attribute has the id "${attributeId}"`);
  const labels = attribute.type === 'category' ? [...new Set(attribute.categories)] : sortValues(people, attribute.id);
  const index = new Map(labels.map((label, i) => [label, i]));
  const columnOfPerson = Int32Array.from(people, (p) => {
    const label = attributeValueLabel(p.attributes[attribute.id]);
    return label === null ? -1 : (index.get(label) ?? -1);
  });
  const holders = labels.map((_, column) => columnOfPerson.filter((c) => c === column).length);
  return columnPerPerson(labels.map((label, i) => ({ key: label, label, participants: holders[i]! })), columnOfPerson);
}

/** Distinct values held by counted participants: numbers numerically, then text, then Yes before No. */
function sortValues(people: readonly Participant[], attributeId: string): string[] {
  const seen = new Map<string, AttributeValue>();
  for (const p of people) {
    const value = p.attributes[attributeId];
    const label = attributeValueLabel(value);
    if (label !== null && !seen.has(label)) seen.set(label, value ?? null);
  }
  const rank = (v: AttributeValue) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  return [...seen].sort(([la, a], [lb, b]) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
    return la.localeCompare(lb, undefined, { numeric: true });
  }).map(([label]) => label);
}

function levelColumns(tree: TreeIndex, level: number): ColumnPlan {
  if (!(Number.isInteger(level) && level >= 1)) {
    throw new Error(`Matrix columns: the level must be a whole number of 1 or more, not ${level}`);
  }
  const names: string[] = [];
  const index = new Map<string, number>();
  for (const node of tree.order) {
    if (node.depth === level - 1 && !index.has(node.code.name)) {
      index.set(node.code.name, names.length);
      names.push(node.code.name);
    }
  }
  const columns = names.map((name) => ({ key: name, label: name, participants: 0 }));
  return singleColumn(columns, (coding) => {
    const ancestor = tree.chains.get(coding.codeId)?.[level - 1];
    return ancestor ? index.get(ancestor.code.name) : undefined;
  }, true);
}
