/**
 * Which way a file counted selection positions, decided per source by the words: read each way,
 * the right reading puts selection edges between words, the wrong one cuts words apart
 * (DESIGN.md "Offsets"). REFI-QDA says code points; NVivo for Windows writes UTF-16 units.
 */
import { isInsideWord } from '../coding/words';
import type { LoadedText, OffsetUnit } from './sourceTexts';

export const OFFSET_UNITS: readonly OffsetUnit[] = ['code-points', 'utf16'];

export interface OffsetReading {
  unit: OffsetUnit;
  /** Selection edges that fall between words under this reading. */
  cleanEdges: number;
}

export interface OffsetDetection {
  unit: OffsetUnit;
  edges: number;
  readings: OffsetReading[];
}

/** Counts, for one reading of a source, the selection edges that do not cut a word. O(selections). */
export function cleanEdges(text: LoadedText, selections: readonly { start: number; end: number }[]): number {
  let clean = 0;
  for (const s of selections) {
    const range = text.toCanonical(s.start, s.end);
    if (!isInsideWord(text.text, range.start)) clean++;
    if (!isInsideWord(text.text, range.end)) clean++;
  }
  return clean;
}

/**
 * The reading with the most clean edges; the standard's code points on a tie (including a
 * source with no selections, or one whose text reads the same either way).
 */
export function detectOffsetUnit(readings: ReadonlyMap<OffsetUnit, LoadedText>, selections: readonly { start: number; end: number }[]): OffsetDetection {
  const scored = OFFSET_UNITS.flatMap((unit) => {
    const text = readings.get(unit);
    return text ? [{ unit, cleanEdges: cleanEdges(text, selections) }] : [];
  });
  const best = scored.reduce<OffsetReading | null>((a, b) => (a === null || b.cleanEdges > a.cleanEdges ? b : a), null);
  return { unit: best?.unit ?? 'code-points', edges: selections.length * 2, readings: scored };
}

/** A plain-English line for the import report, when a source needed the non-standard reading. */
export function detectionNotice(sourceName: string, detection: OffsetDetection): string | null {
  if (detection.unit === 'code-points') return null;
  const chosen = detection.readings.find((r) => r.unit === detection.unit);
  const standard = detection.readings.find((r) => r.unit === 'code-points');
  return `Source "${sourceName}": selection positions were read as UTF-16 units, as NVivo writes them `
    + `(${chosen?.cleanEdges ?? 0} of ${detection.edges} selection edges fall between words that way, `
    + `${standard?.cleanEdges ?? 0} as the standard's code points).`;
}
