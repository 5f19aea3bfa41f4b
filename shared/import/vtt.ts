/**
 * WebVTT (W3C WebVTT, as Zoom and Teams write it). Tolerant where real files are sloppy:
 * Teams' unpadded timestamps (`0:0:0.210`), cue ids or none, NOTE, STYLE and REGION blocks,
 * voice spans with or without `</v>`, class and timestamp tags inside cues.
 */
import { blocksOf, cuesToDocument, cueStart, decodeEntities, type Cue, type CueLine } from './cues';
import { FormatError } from './errors';
import type { ParsedDocument } from './types';

const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;

/** One payload line split at its voice tags, the other tags dropped. `voice` carries over from the previous line. */
function payloadLines(lines: readonly string[]): CueLine[] {
  const result: CueLine[] = [];
  let voice: string | null = null;
  for (const line of lines) {
    let at = 0;
    for (const match of line.matchAll(VOICE)) {
      const before = line.slice(at, match.index);
      if (before.trim()) result.push({ voice, text: stripTags(before) });
      voice = match[1]?.trim() || null;
      at = match.index + match[0].length;
    }
    const rest = line.slice(at);
    if (rest.trim()) result.push({ voice, text: stripTags(rest) });
    if (/<\/v>\s*$/.test(line)) voice = null;
  }
  return result;
}

function stripTags(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''));
}

/** Parses canonical WebVTT text (BOM already stripped). */
export function parseVtt(text: string, detectSpeakers = true): ParsedDocument {
  if (!/^WEBVTT(?:[ \t]|$)/.test(text.split('\n', 1)[0] ?? '')) {
    throw new FormatError('not-format', 'not a WebVTT file (the first line is not "WEBVTT")');
  }
  const warnings: string[] = [];
  const cues: Cue[] = [];
  let untimed = 0;
  for (const block of blocksOf(text).slice(1)) {
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(block[0] ?? '')) continue;
    const timing = block.findIndex((line) => line.includes('-->'));
    const start = timing === -1 ? null : cueStart(block[timing] ?? '');
    if (timing === -1 || timing > 1 || start === null) {
      untimed++;
      continue;
    }
    cues.push({ start, lines: payloadLines(block.slice(timing + 1)) });
  }
  if (untimed > 0) warnings.push(`${untimed} block${untimed === 1 ? '' : 's'} without a cue timing line ${untimed === 1 ? 'was' : 'were'} left out.`);
  if (cues.every((cue) => cue.lines.length === 0)) throw new FormatError('empty', 'it has no captions');
  return cuesToDocument(cues, 'vtt', warnings, detectSpeakers);
}
