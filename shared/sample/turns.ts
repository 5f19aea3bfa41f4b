/**
 * Turns of a transcript written one turn per paragraph as "Name: speech". The turn's range is
 * the speech after "Name: " up to the end of the paragraph; the reader shows the name as the
 * speaker label. Paragraphs of a text with no speakers become turns with no speaker.
 * (General speaker detection across transcript formats lives with the importers.)
 */
import type { ParticipantId, Turn } from '../model';

export interface Paragraph {
  start: number;
  end: number;
}

/** Ranges of the non-blank paragraphs of a canonical ("\n") text, trailing whitespace excluded. */
export function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const trimmedEnd = raw.replace(/\s+$/, '');
    const lead = raw.length - raw.trimStart().length;
    if (trimmedEnd.trim().length === 0) continue;
    result.push({ start: match.index + lead, end: match.index + trimmedEnd.length });
  }
  return result;
}

/**
 * Splits text into turns. `speakers` maps a name as written to the participant it denotes.
 * A paragraph starting "Name: " with a name not in the map stays unattributed, whole.
 */
export function turnsByLabel(text: string, speakers: ReadonlyMap<string, ParticipantId | null>): Turn[] {
  return paragraphs(text).map(({ start, end }) => {
    const head = /^([^:\n]{1,40}): /.exec(text.slice(start, Math.min(end, start + 44)));
    const name = head?.[1];
    if (head && name !== undefined && speakers.has(name)) {
      return { start: start + head[0].length, end, speaker: name, participantId: speakers.get(name) ?? null, timestamp: null };
    }
    return { start, end, speaker: null, participantId: null, timestamp: null };
  });
}
