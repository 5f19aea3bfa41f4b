/**
 * The theme matrix (phase 4, Reviewing themes): codes or themes as rows against sources, kinds
 * of source, participants, an attribute's values or a level of the code tree (the perspective
 * level: "Carers" | "HSC professionals") as columns. Pure: plain arrays in, plain data out.
 *
 * Rows and columns are chosen as described in `matrixRows.ts` and `matrixColumns.ts`. A cell
 * holds the codings C of its row that fall in its column:
 * - codings = |C|; sources = distinct sources of C;
 * - participants = distinct counted participants (role 'participant', not withdrawn) whose turns
 *   C overlaps; in a participant column only that person, in an attribute column only the
 *   people holding that value. Facilitators and withdrawn people never count, though codings
 *   in their turns still count as codings, sources and characters in source, kind and level columns;
 * - characters = per source, the length of the union of C's ranges (overlaps once), summed;
 * - share = participants / the column's participants, null when the column has none.
 * A coding may sit in several cells of a row (a coding across two speakers' turns, participant
 * columns), so a row's cells need not add up to its codings; `outside` counts the codings
 * under the rows that fall in no column. Codings of codes missing from `codes` are left out.
 *
 * Cost: a sort of the codings, one binary search per coding for its participants, then work per
 * (row, column) the coding lands in; never rows × codings. About 10-20 ms for 20,000 codings,
 * 300 codes and 200 sources of 15,000 turns in Node.
 */
import type { Coding } from '../model';
import { CellEntries } from './matrixCells';
import { planColumns, type Emit } from './matrixColumns';
import { planRows } from './matrixRows';
import type { MatrixCell, MatrixColumns, MatrixInput, MatrixMeasure, MatrixRows, ThemeMatrix } from './matrixTypes';
import { TurnSpeakers } from './turnSpeakers';
import { indexTree } from './treeIndex';

export * from './matrixTypes';
export { parseMatrixColumns, parseMatrixRows } from './matrixParse';

export function themeMatrix(input: MatrixInput, rows: MatrixRows, columns: MatrixColumns): ThemeMatrix {
  const tree = indexTree(input.codes);
  const rowPlan = planRows(tree, rows);
  const people = input.participants.filter((p) => p.role === 'participant' && !p.isWithdrawn);
  const columnPlan = planColumns(input, tree, people, columns);
  const width = columnPlan.columns.length;
  const codings = inSourceOrder(input);
  const speakers = new TurnSpeakers(input.turnsBySource, people);
  const entries = new CellEntries(rowPlan.rows.length * width, people.length);
  const levelPeople = columnPlan.columns.map(() => new Set<number>());
  let outside = 0;

  let index = 0;
  let targets: readonly number[] = [];
  let placements = 0;
  const emit: Emit = (column, who) => {
    placements += 1;
    if (columnPlan.countsFromCodings) for (const person of who) levelPeople[column]!.add(person);
    for (const row of targets) entries.add(row * width + column, index, who);
  };
  for (index = 0; index < codings.length; index += 1) {
    const coding = codings[index]!;
    targets = rowPlan.targets.get(coding.codeId) ?? [];
    if (targets.length === 0) continue;
    const before = placements;
    columnPlan.place(coding, speakers.of(coding), emit);
    if (placements === before) outside += 1;
  }

  const matrixColumns = columnPlan.columns.map((column, i) =>
    (columnPlan.countsFromCodings ? { ...column, participants: levelPeople[i]!.size } : column));
  const cellOf = entries.finish(codings);
  const cells = rowPlan.rows.map((_, row) => matrixColumns.map((column, col) => cellOf(row * width + col, col, column.participants)));
  return { rows: rowPlan.rows, columns: matrixColumns, cells, outside };
}

/** The codings by source order (unknown sources last, by id), then start, end and id. */
function inSourceOrder(input: MatrixInput): readonly Coding[] {
  const list = input.codings;
  const rank = new Map<string, number>();
  [...input.sources].sort((a, b) => a.order - b.order || compareText(a.id, b.id)).forEach((s, i) => rank.set(s.id, i));
  const unknown = [...new Set(list.map((c) => c.sourceId).filter((id) => !rank.has(id)))].sort(compareText);
  for (const id of unknown) rank.set(id, rank.size);
  // Plain loops: TypedArray.from and Array.from with a mapping function are several times slower in V8.
  const n = list.length;
  const ranks = new Float64Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const coding = list[i]!;
    ranks[i] = rank.get(coding.sourceId)!;
    starts[i] = coding.start;
    ends[i] = coding.end;
    order[i] = i;
  }
  const compare = (a: number, b: number) =>
    ranks[a]! - ranks[b]! || starts[a]! - starts[b]! || ends[a]! - ends[b]! || compareText(list[a]!.id, list[b]!.id);
  let sorted = true;
  for (let i = 1; i < n && sorted; i += 1) sorted = compare(i - 1, i) <= 0;
  if (sorted) return list;
  order.sort(compare);
  const result = new Array<Coding>(n);
  for (let i = 0; i < n; i += 1) result[i] = list[order[i]!]!;
  return result;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One measure of a cell: a count, or share (null when the column has no participants). */
export function measureOf(cell: MatrixCell, measure: MatrixMeasure): number | null {
  return cell[measure];
}

/** Largest value of the measure over all cells (for a colour scale), 0 when empty. */
export function maxMeasure(matrix: ThemeMatrix, measure: MatrixMeasure): number {
  let max = 0;
  for (const row of matrix.cells) {
    for (const cell of row) {
      const value = measureOf(cell, measure);
      if (value !== null && value > max) max = value;
    }
  }
  return max;
}

/** For CLI/CSV: a plain grid of values, header row first ("Code" then column labels); codes named by path joined with ' > '. */
export function matrixGrid(matrix: ThemeMatrix, measure: MatrixMeasure): (string | number | null)[][] {
  return [
    ['Code', ...matrix.columns.map((c) => c.label)],
    ...matrix.rows.map((row, i) => [row.path.join(' > '), ...(matrix.cells[i] ?? []).map((cell) => measureOf(cell, measure))]),
  ];
}
