/**
 * Which way a file counted selection positions, decided per source by the words: read each way,
 * the right reading puts selection edges between words, the wrong one cuts words apart
 * (DESIGN.md "Offsets"). REFI-QDA says code points; NVivo for Windows writes UTF-16 units; some
 * tools count UTF-8 bytes, or count a CRLF as one character. Only readings that differ for the
 * text are tried (a text with no emoji reads the same in code points and UTF-16 units).
 */
import { isInsideWord } from '../coding/words';
import {
  distinctConventions, loadedText, STANDARD_CONVENTION, type LineBreakCount, type LoadedText, type OffsetConvention,
  type OffsetUnit,
} from './sourceTexts';

/** The two units NVivo and the standard use, for callers that only choose between those. */
export const OFFSET_UNITS: readonly OffsetUnit[] = ['code-points', 'utf16'];

export interface OffsetReading {
  unit: OffsetUnit;
  lineBreaks: LineBreakCount;
  /** Selection edges that fall between words under this reading. */
  cleanEdges: number;
}

export interface OffsetDetection {
  unit: OffsetUnit;
  lineBreaks: LineBreakCount;
  /** Selection edges checked (two per selection). */
  edges: number;
  /** Every reading tried, in order of preference. */
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

const sameConvention = (a: OffsetConvention, b: OffsetConvention) => a.unit === b.unit && a.lineBreaks === b.lineBreaks;

/**
 * The reading with the most clean edges, from readings already loaded (keyed by unit, CRLF as
 * written). The earlier reading wins a tie, so the standard's code points win a tie, including
 * a source with no selections or a text that reads the same either way.
 */
export function detectOffsetUnit(readings: ReadonlyMap<OffsetUnit, LoadedText>, selections: readonly { start: number; end: number }[]): OffsetDetection {
  const scored = OFFSET_UNITS.flatMap((unit) => {
    const text = readings.get(unit);
    return text ? [{ unit, lineBreaks: 'crlf-two' as const, cleanEdges: cleanEdges(text, selections) }] : [];
  });
  return pickBest(scored, selections.length * 2);
}

function pickBest(scored: OffsetReading[], edges: number): OffsetDetection {
  const best = scored.reduce<OffsetReading | null>((a, b) => (a === null || b.cleanEdges > a.cleanEdges ? b : a), null);
  return { unit: best?.unit ?? 'code-points', lineBreaks: best?.lineBreaks ?? 'crlf-two', edges, readings: scored };
}

/**
 * Detects the convention of one source's raw text (BOM stripped, line endings as written) and
 * returns the text read that way. Every convention that reads this text differently is tried.
 */
export function detectConvention(raw: string, selections: readonly { start: number; end: number }[]): { text: LoadedText; detection: OffsetDetection } {
  const conventions = selections.length === 0 ? [STANDARD_CONVENTION] : distinctConventions(raw);
  const loaded = conventions.map((c) => ({ convention: c, text: loadedText(raw, c.unit, c.lineBreaks) }));
  const scored = loaded.map(({ convention, text }) => ({ ...convention, cleanEdges: cleanEdges(text, selections) }));
  const detection = pickBest(scored, selections.length * 2);
  const chosen = loaded.find((l) => sameConvention(l.convention, detection))?.text ?? loadedText(raw);
  return { text: chosen, detection };
}

/** "code points", "UTF-16 units with CRLF counted as one character"... */
export function describeConvention(convention: OffsetConvention): string {
  const unit = { 'code-points': 'code points', utf16: 'UTF-16 units', utf8: 'UTF-8 bytes' }[convention.unit];
  return convention.lineBreaks === 'crlf-one' ? `${unit} with CRLF counted as one character` : unit;
}

/** True for the standard's convention (code points, the text as written). */
export function isStandardConvention(convention: OffsetConvention): boolean {
  return sameConvention(convention, STANDARD_CONVENTION);
}

/** A plain-English line for the import report, when a source needed a non-standard reading. */
export function detectionNotice(sourceName: string, detection: OffsetDetection): string | null {
  if (isStandardConvention(detection)) return null;
  const chosen = detection.readings.find((r) => sameConvention(r, detection));
  const standard = detection.readings.find((r) => isStandardConvention(r));
  const nvivo = detection.unit === 'utf16' && detection.lineBreaks === 'crlf-two' ? ', as NVivo writes them' : '';
  return `Source "${sourceName}": selection positions were read as ${describeConvention(detection)}${nvivo} `
    + `(${chosen?.cleanEdges ?? 0} of ${detection.edges} selection edges fall between words that way, `
    + `${standard?.cleanEdges ?? 0} as the standard's code points).`;
}
