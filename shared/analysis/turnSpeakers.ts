/**
 * Who speaks where, for analyses over many codings: the counted people (by their index in a
 * given list) whose turns a coding overlaps. The same rule as `codingParticipants` in
 * `codeCounts.ts` (half-open ranges, an empty range touches nobody, unattributed text counts for
 * nobody), but each source's turns are resolved to person numbers once, and no set or id list is
 * built per coding: the matrix calls this 20,000 times.
 */
import type { Coding, Participant } from '../model';
import { lowerBound } from '../util/lowerBound';
import type { TurnSpan } from './matrixTypes';

/** Shared and never changed (not frozen: a frozen array would make the callers' loops polymorphic). */
const NOBODY: readonly number[] = [];

export class TurnSpeakers {
  private readonly bySource = new Map<string, { turns: readonly TurnSpan[]; speaker: Int32Array; ends: Float64Array }>();
  private readonly personIndex: ReadonlyMap<string, number>;

  /** people: the participants that count; anyone else (facilitators, unknown ids) speaks for nobody. */
  constructor(private readonly turnsBySource: ReadonlyMap<string, readonly TurnSpan[]>, people: readonly Participant[]) {
    this.personIndex = new Map(people.map((p, i) => [p.id as string, i]));
  }

  /** The numbers of the counted people whose turns the coding overlaps, each once, in text order. Turns must be in text order. */
  of(coding: Pick<Coding, 'sourceId' | 'start' | 'end'>): readonly number[] {
    if (coding.end <= coding.start) return NOBODY;
    const source = this.source(coding.sourceId);
    if (!source) return NOBODY;
    const { turns, speaker, ends } = source;
    // The first turn that ends after the coding starts (offsets are whole numbers): every earlier
    // turn lies wholly before it.
    const low = lowerBound(ends, coding.start + 1);
    let found: number[] | null = null;
    for (let i = low; i < turns.length; i += 1) {
      const turn = turns[i]!;
      if (turn.start >= coding.end) break;
      const person = speaker[i]!;
      if (person < 0 || turn.end <= coding.start) continue;
      if (!found) found = [person];
      else if (!found.includes(person)) found.push(person);
    }
    return found ?? NOBODY;
  }

  private source(sourceId: string): { turns: readonly TurnSpan[]; speaker: Int32Array; ends: Float64Array } | undefined {
    let source = this.bySource.get(sourceId);
    if (!source) {
      const turns = this.turnsBySource.get(sourceId);
      if (!turns) return undefined;
      const speaker = new Int32Array(turns.length);
      const ends = new Float64Array(turns.length);
      for (let i = 0; i < turns.length; i += 1) {
        const id = turns[i]!.participantId;
        speaker[i] = id ? (this.personIndex.get(id) ?? -1) : -1;
        ends[i] = turns[i]!.end;
      }
      source = { turns, speaker, ends };
      this.bySource.set(sourceId, source);
    }
    return source;
  }
}
