/**
 * SubRip (.srt): numbered cues, `00:00:01,500 --> 00:00:04,000` timings with comma
 * milliseconds, optional `<i>`/`<font>` markup and `{\an8}` positioning codes.
 */
import { blocksOf, cuesToDocument, cueStart, decodeEntities, type Cue } from './cues';
import { FormatError } from './errors';
import type { ParsedDocument } from './types';

/** True when the text starts like SRT: an optional cue number, then a timing line. */
export function looksLikeSrt(text: string): boolean {
  const [first, second] = blocksOf(text.slice(0, 2000))[0] ?? [];
  const timing = first !== undefined && /^\s*\d+\s*$/.test(first) ? second : first;
  return timing !== undefined && /^\s*\d{1,2}:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*-->/.test(timing);
}

function cleanLine(line: string): string {
  return decodeEntities(line.replace(/\{\\[^}]*\}/g, '').replace(/<[^>]*>/g, ''));
}

/** Parses canonical SRT text. */
export function parseSrt(text: string, detectSpeakers = true): ParsedDocument {
  const warnings: string[] = [];
  const cues: Cue[] = [];
  let untimed = 0;
  for (const block of blocksOf(text)) {
    const timing = block.findIndex((line) => line.includes('-->'));
    const start = timing === -1 ? null : cueStart(block[timing] ?? '');
    if (timing === -1 || timing > 1 || start === null) {
      untimed++;
      continue;
    }
    cues.push({ start, lines: block.slice(timing + 1).map((line) => ({ voice: null, text: cleanLine(line) })) });
  }
  if (cues.length === 0) throw new FormatError('not-format', 'not a SubRip subtitle file (no cue timings found)');
  if (untimed > 0) warnings.push(`${untimed} block${untimed === 1 ? '' : 's'} without a cue timing line ${untimed === 1 ? 'was' : 'were'} left out.`);
  return cuesToDocument(cues, 'srt', warnings, detectSpeakers);
}
