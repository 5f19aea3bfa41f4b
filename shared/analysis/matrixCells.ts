/**
 * The cells of the theme matrix, gathered without a set or list per cell: every time a coding
 * lands in a cell is one entry (cell, coding, the people it brings there); a counting sort groups
 * the entries by cell, keeping coding order, and each cell is then measured in one pass over
 * its entries. Codings must be given in source then start order, so a cell's ranges come out
 * as runs per source whose union is measured by merging neighbours.
 */
import type { Coding, CodingId } from '../model';
import type { MatrixCell } from './matrixTypes';

const NO_CODINGS: readonly CodingId[] = Object.freeze([]);

export class CellEntries {
  private count = 0;
  private cellOfEntry = new Int32Array(1024);
  private codingOfEntry = new Int32Array(1024);
  private readonly peopleOfEntry: (readonly number[])[] = [];

  /** cellCount: rows × columns; personCount: people are numbered 0 … personCount - 1. */
  constructor(private readonly cellCount: number, private readonly personCount: number) {}

  /** Coding number `coding` lands in `cell`, bringing the people numbered in `people`. */
  add(cell: number, coding: number, people: readonly number[]): void {
    if (this.count === this.cellOfEntry.length) {
      const cells = new Int32Array(this.count * 2);
      cells.set(this.cellOfEntry);
      this.cellOfEntry = cells;
      const codings = new Int32Array(this.count * 2);
      codings.set(this.codingOfEntry);
      this.codingOfEntry = codings;
    }
    this.cellOfEntry[this.count] = cell;
    this.codingOfEntry[this.count] = coding;
    this.peopleOfEntry.push(people);
    this.count += 1;
  }

  /** Groups the entries; returns the measures of a cell given its column and the column's participants. */
  finish(codings: readonly Coding[]): (cell: number, column: number, columnParticipants: number) => MatrixCell {
    const { count, cellOfEntry } = this;
    const first = new Int32Array(this.cellCount + 1);
    for (let entry = 0; entry < count; entry += 1) first[cellOfEntry[entry]! + 1]! += 1;
    for (let c = 0; c < this.cellCount; c += 1) first[c + 1]! += first[c]!;
    const next = first.slice(0, this.cellCount);
    const byCell = new Int32Array(count);
    for (let entry = 0; entry < count; entry += 1) {
      const cell = cellOfEntry[entry]!;
      byCell[next[cell]!] = entry;
      next[cell]! += 1;
    }
    const seen = new Int32Array(this.personCount);
    const { codingOfEntry, peopleOfEntry } = this;
    let stamp = 0;

    // Empty cells are most cells of a wide matrix; one frozen object per column serves them all.
    const emptyCells = new Map<number, MatrixCell>();
    return (cell, column, columnParticipants) => {
      const from = first[cell]!;
      const to = first[cell + 1]!;
      if (from === to) {
        let empty = emptyCells.get(column);
        if (!empty) {
          empty = Object.freeze({ codings: 0, sources: 0, participants: 0, characters: 0, share: columnParticipants > 0 ? 0 : null, codingIds: NO_CODINGS });
          emptyCells.set(column, empty);
        }
        return empty;
      }
      stamp += 1;
      let sources = 0;
      let characters = 0;
      let participants = 0;
      let source: string | null = null;
      let runStart = 0;
      let runEnd = 0;
      const codingIds = new Array<CodingId>(to - from);
      for (let k = from; k < to; k += 1) {
        const entry = byCell[k]!;
        const coding = codings[codingOfEntry[entry]!]!;
        codingIds[k - from] = coding.id;
        const people = peopleOfEntry[entry]!;
        for (let p = 0; p < people.length; p += 1) {
          const person = people[p]!;
          if (seen[person] !== stamp) {
            seen[person] = stamp;
            participants += 1;
          }
        }
        const end = Math.max(coding.start, coding.end);
        if (coding.sourceId !== source || coding.start >= runEnd) {
          characters += runEnd - runStart;
          if (coding.sourceId !== source) sources += 1;
          source = coding.sourceId;
          runStart = coding.start;
          runEnd = end;
        } else {
          runEnd = Math.max(runEnd, end);
        }
      }
      characters += runEnd - runStart;
      return {
        codings: to - from,
        sources,
        participants,
        characters,
        share: columnParticipants > 0 ? participants / columnParticipants : null,
        codingIds,
      };
    };
  }
}
