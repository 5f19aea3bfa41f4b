/**
 * Speaker turns of a plain canonical text (issue 3 item 2). A turn's range is the speech after
 * its label (and after any timestamp before the label), up to the end of the turn's last line,
 * trailing whitespace excluded; the label itself is outside every turn (README, Decisions).
 * A turn runs over unlabelled lines, hard-wrapped continuations and later paragraphs alike, up
 * to the next label. Text before the first label, and text with no speakers at all, becomes one
 * unattributed turn per paragraph.
 */
import { paragraphs } from '../sample/turns';
import { nonBlankLines } from '../text/canonical';
import { labelOfLine, type LabelStrength, type LineLabel } from './speakerLabels';
import type { ParsedTurn, SpeakerCount } from './types';

/** How unattributed text splits into turns: by line, by blank-line paragraph, or by whichever the text uses. */
export type ParagraphMode = 'auto' | 'line' | 'blank-line';

export interface DetectOptions {
  paragraphMode?: ParagraphMode;
  /** False switches detection off: every paragraph is an unattributed turn. */
  detectSpeakers?: boolean;
}

export interface TurnDetection {
  turns: ParsedTurn[];
  speakers: SpeakerCount[];
}

/** Past this many non-blank lines a label seen only once is taken for prose, not a speaker. */
const LONG_DOCUMENT_LINES = 40;

export interface LabelCandidate {
  name: string;
  strength: LabelStrength;
}

/**
 * Which candidate labels are speakers. A recognised pattern (a role such as `Speaker 3:`, a
 * timestamp, a bracketed id) always is; a bare `Name:` is when it labels two or more turns, or
 * once in a short text that reads as a dialogue (two or more different labels).
 */
export function acceptLabels(candidates: readonly LabelCandidate[], isLong: boolean): Set<string> {
  const counts = new Map<string, number>();
  const strong = new Set<string>();
  for (const { name, strength } of candidates) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (strength === 'strong') strong.add(name);
  }
  const isDialogue = !isLong && counts.size >= 2;
  return new Set([...counts].filter(([name, count]) => strong.has(name) || count >= 2 || isDialogue).map(([name]) => name));
}

/** Speakers in order of first appearance with their turn counts. */
export function countSpeakers(turns: readonly ParsedTurn[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const { speaker } of turns) if (speaker !== null) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, turns: count }));
}

/** One unattributed turn per paragraph of `text` that ends by `limit`. */
export function unattributedTurns(text: string, mode: ParagraphMode = 'auto', limit = text.length): ParsedTurn[] {
  const region = text.slice(0, limit);
  const useBlankLines = mode === 'blank-line' || (mode === 'auto' && /\n[ \t]*\n/.test(text));
  const ranges = useBlankLines ? paragraphs(region) : nonBlankLines(region);
  return ranges.map(({ start, end }) => ({ start, end, speaker: null, timestamp: null }));
}

interface Line {
  start: number;
  text: string;
  isBlank: boolean;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    lines.push({ start, text: raw, isBlank: raw.trim().length === 0 });
    start += raw.length + 1;
  }
  return lines;
}

/** The turn opened by the label on line `index`, running to just before line `stop`; null when it has no speech. */
function turnFrom(lines: readonly Line[], index: number, stop: number, label: LineLabel): ParsedTurn | null {
  const first = lines[index];
  if (!first) return null;
  let start = -1;
  const rest = first.text.slice(label.speechOffset);
  if (rest.trim().length > 0) start = first.start + label.speechOffset + (rest.length - rest.trimStart().length);
  let end = start === -1 ? -1 : first.start + first.text.trimEnd().length;
  for (let i = index + 1; i < stop; i++) {
    const line = lines[i];
    if (!line || line.isBlank) continue;
    if (start === -1) start = line.start + (line.text.length - line.text.trimStart().length);
    end = line.start + line.text.trimEnd().length;
  }
  return start === -1 || end <= start ? null : { start, end, speaker: label.name, timestamp: label.timestamp };
}

/** Detects speaker turns in canonical text; see the module comment for the range convention. */
export function detectTurns(text: string, options: DetectOptions = {}): TurnDetection {
  const mode = options.paragraphMode ?? 'auto';
  if (options.detectSpeakers === false) return { turns: unattributedTurns(text, mode), speakers: [] };

  const lines = linesOf(text);
  const labels = new Map<number, LineLabel>();
  let hasTextBelow = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || line.isBlank) continue;
    const label = labelOfLine(line.text, hasTextBelow);
    if (label) labels.set(i, label);
    hasTextBelow = true;
  }
  const isLong = lines.filter((l) => !l.isBlank).length > LONG_DOCUMENT_LINES;
  const accepted = acceptLabels([...labels.values()], isLong);
  const starts = [...labels].filter(([, label]) => accepted.has(label.name)).sort(([a], [b]) => a - b);
  const [firstStart] = starts;
  if (!firstStart) return { turns: unattributedTurns(text, mode), speakers: [] };

  const firstLine = lines[firstStart[0]];
  const turns = unattributedTurns(text, mode, firstLine ? firstLine.start : 0);
  starts.forEach(([index, label], k) => {
    const turn = turnFrom(lines, index, starts[k + 1]?.[0] ?? lines.length, label);
    if (turn) turns.push(turn);
  });
  return { turns, speakers: countSpeakers(turns) };
}
