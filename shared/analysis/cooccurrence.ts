/**
 * Code co-occurrence (phase 3-4): how often two codes are applied to the same text, as a
 * symmetric matrix and as the weighted edges of a network. Codes are compared on their OWN
 * codings (no rolling up the tree). Pure: plain arrays in, plain data out.
 *
 * - overlap mode: counts[i][j] = the pairs (coding x of i, coding y of j) in one source whose
 *   half-open ranges overlap (x.start < y.end && y.start < x.end); counts[i][i] = the codings of
 *   i. Empty ranges overlap nothing. One sweep per source over codings sorted by start, so the
 *   cost is the codings plus the overlapping pairs, never all pairs of the project.
 * - turn mode: the units are each source's turns (a source with no turns, or absent from
 *   `turnsBySource`, is one unit spanning all of it); counts[i][j] = the units where codes i and j
 *   both have a coding overlapping the unit; counts[i][i] = the units code i touches.
 *
 * `sources`, when given (a MatrixInput carries them), orders the places by source order and
 * gives a source with no turns its full length as its unit; without it, places follow the order
 * of `turnsBySource`'s keys and such a unit ends where the two codes' last coding there ends.
 */
import type { Code, CodeId, Coding, Source } from '../model';
import type { TurnSpan } from './matrixTypes';
import { indexTree } from './treeIndex';

export type CooccurrenceMode = 'overlap' | 'turn';

export interface CooccurrenceInput {
  codes: readonly Code[];
  codings: readonly Coding[];
  turnsBySource: ReadonlyMap<string, readonly TurnSpan[]>;
  /** Optional: source order and length, for places (see above). */
  sources?: readonly Pick<Source, 'id' | 'order' | 'characters'>[];
}

export interface Cooccurrence {
  codes: readonly { codeId: CodeId; name: string; path: string[] }[];
  /** Symmetric; counts[i][i] = codings of code i (overlap mode) or units coded with code i (turn mode). */
  counts: readonly (readonly number[])[];
  /** Off-diagonal pairs with a count above 0, heaviest first (ties by tree order): the network's edges. */
  edges: readonly { a: number; b: number; weight: number }[];
}

export interface CooccurrencePlace {
  sourceId: string;
  start: number;
  end: number;
}

/**
 * codeIds: which codes (default every code with at least one coding of its own, in tree order).
 * Given ids are shown in tree order whatever order they come in; ids naming no code are ignored.
 */
export function cooccurrence(input: CooccurrenceInput, mode: CooccurrenceMode, codeIds?: readonly CodeId[]): Cooccurrence {
  const tree = indexTree(input.codes);
  const coded = new Set<string>(input.codings.map((c) => c.codeId));
  const wanted = codeIds ? new Set<string>(codeIds) : coded;
  const nodes = tree.order.filter((node) => wanted.has(node.code.id));
  const index = new Map<string, number>(nodes.map((node, i) => [node.code.id, i]));
  const size = nodes.length;
  const flat = new Float64Array(size * size);
  const add = (i: number, j: number) => {
    flat[i * size + j]! += 1;
    if (i !== j) flat[j * size + i]! += 1;
  };
  for (const [sourceId, items] of groupBySource(input.codings, index)) {
    if (mode === 'overlap') {
      for (const item of items) add(item.code, item.code);
      sweepOverlaps(items, (x, y) => {
        if (x.code !== y.code) add(x.code, y.code);
      });
    } else {
      for (const inUnit of unitItems(items, input.turnsBySource.get(sourceId) ?? []).values()) {
        const list = [...new Set(inUnit.map((item) => item.code))].sort((a, b) => a - b);
        for (let p = 0; p < list.length; p += 1) {
          for (let q = p; q < list.length; q += 1) add(list[p]!, list[q]!);
        }
      }
    }
  }
  const counts = nodes.map((_, i) => Array.from(flat.subarray(i * size, (i + 1) * size)));
  const edges: { a: number; b: number; weight: number }[] = [];
  for (let a = 0; a < nodes.length; a += 1) {
    for (let b = a + 1; b < nodes.length; b += 1) {
      const weight = counts[a]![b]!;
      if (weight > 0) edges.push({ a, b, weight });
    }
  }
  edges.sort((x, y) => y.weight - x.weight); // stable: ties keep tree order
  return {
    codes: nodes.map((node) => ({ codeId: node.code.id, name: node.code.name, path: node.path })),
    counts,
    edges,
  };
}

/**
 * The places where two codes co-occur, for "show me": { sourceId, start, end } of the overlap
 * (overlap mode) or of the unit (turn mode), in source then text order, each place once. With
 * a === b, the places behind the diagonal: the code's codings, or the units it touches.
 */
export function cooccurrencePlaces(input: CooccurrenceInput, mode: CooccurrenceMode, a: CodeId, b: CodeId): CooccurrencePlace[] {
  // Number a as 0 and b as 1 (the same code on both sides: both 0).
  const index = new Map<string, number>([[b, 1], [a, 0]]);
  const bySource = groupBySource(input.codings, index);
  const places: CooccurrencePlace[] = [];
  for (const sourceId of sourcesInOrder(input, bySource.keys())) {
    const items = bySource.get(sourceId)!;
    const found: CooccurrencePlace[] = [];
    if (mode === 'overlap' && a === b) {
      for (const { coding } of items) found.push({ sourceId, start: coding.start, end: coding.end });
    } else if (mode === 'overlap') {
      sweepOverlaps(items, (x, y) => {
        if (x.code !== y.code) found.push({ sourceId, start: Math.max(x.coding.start, y.coding.start), end: Math.min(x.coding.end, y.coding.end) });
      });
    } else {
      const turns = input.turnsBySource.get(sourceId) ?? [];
      for (const [unit, inUnit] of unitItems(items, turns)) {
        if (a === b || (inUnit.some((i) => i.code === 0) && inUnit.some((i) => i.code === 1))) {
          found.push(unitPlace(input, sourceId, turns, unit, items));
        }
      }
    }
    found.sort((x, y) => x.start - y.start || x.end - y.end);
    for (const place of found) {
      const last = places[places.length - 1];
      if (!last || last.sourceId !== place.sourceId || last.start !== place.start || last.end !== place.end) places.push(place);
    }
  }
  return places;
}

/** A coding with the number of its code. */
interface Item {
  coding: Coding;
  code: number;
}

/** The codings of the numbered codes grouped by source, each group sorted by start then end. */
function groupBySource(codings: readonly Coding[], index: ReadonlyMap<string, number>): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const coding of codings) {
    const code = index.get(coding.codeId);
    if (code === undefined) continue;
    const list = groups.get(coding.sourceId);
    if (list) list.push({ coding, code });
    else groups.set(coding.sourceId, [{ coding, code }]);
  }
  for (const list of groups.values()) list.sort((x, y) => x.coding.start - y.coding.start || x.coding.end - y.coding.end);
  return groups;
}

/** Calls onPair(earlier, later) once for every two overlapping codings of one source sorted by start. */
function sweepOverlaps(sorted: readonly Item[], onPair: (x: Item, y: Item) => void): void {
  const active: Item[] = [];
  for (const item of sorted) {
    const { start, end } = item.coding;
    if (end <= start) continue;
    // Every active coding started no later than this one; it overlaps if it ends after this starts.
    let kept = 0;
    for (const other of active) {
      if (other.coding.end > start) {
        active[kept++] = other;
        onPair(other, item);
      }
    }
    active.length = kept;
    active.push(item);
  }
}

/** Unit number → the codings overlapping it. With no turns the whole source is unit 0. */
function unitItems(items: readonly Item[], turns: readonly TurnSpan[]): Map<number, Item[]> {
  const units = new Map<number, Item[]>();
  const put = (unit: number, item: Item) => {
    const list = units.get(unit);
    if (list) list.push(item);
    else units.set(unit, [item]);
  };
  for (const item of items) {
    const { start, end } = item.coding;
    if (end <= start) continue;
    if (turns.length === 0) {
      put(0, item);
      continue;
    }
    let low = 0;
    let high = turns.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (turns[mid]!.end <= start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < turns.length && turns[i]!.start < end; i += 1) {
      if (turns[i]!.end > start && turns[i]!.end > turns[i]!.start) put(i, item);
    }
  }
  return units;
}

function unitPlace(input: CooccurrenceInput, sourceId: string, turns: readonly TurnSpan[], unit: number, items: readonly Item[]): CooccurrencePlace {
  const turn = turns[unit];
  if (turn) return { sourceId, start: turn.start, end: turn.end };
  const length = input.sources?.find((s) => s.id === sourceId)?.characters;
  return { sourceId, start: 0, end: length ?? items.reduce((end, item) => Math.max(end, item.coding.end), 0) };
}

/** The given source ids by source order when sources are known, else by turnsBySource's key order; others last by id. */
function sourcesInOrder(input: CooccurrenceInput, ids: Iterable<string>): string[] {
  const rank = new Map<string, number>();
  if (input.sources) {
    [...input.sources].sort((x, y) => x.order - y.order).forEach((s, i) => rank.set(s.id, i));
  } else {
    let i = 0;
    for (const id of input.turnsBySource.keys()) rank.set(id, i++);
  }
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...ids].sort((x, y) => rankOf(x) - rankOf(y) || (x < y ? -1 : x > y ? 1 : 0));
}
