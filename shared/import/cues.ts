/**
 * Subtitle cues (WebVTT, SRT) to a readable transcript. Captions are cut for the screen, not for
 * reading, so consecutive cues of one speaker merge into one turn (its timestamp is the first
 * cue's start) and a cue's display line breaks become spaces. The text gets one line per turn
 * (one paragraph per line, as for docx, odt and pdf), written `Name: speech` so it reads like
 * any transcript and re-imports as one; the turn covers the speech only. Captions with no
 * speakers keep one turn per cue.
 */
import { labelOfLine } from './speakerLabels';
import { acceptLabels, countSpeakers, type LabelCandidate } from './speakers';
import type { DocumentFormat, ParsedDocument, ParsedTurn } from './types';

export interface CueLine {
  /** The speaker a voice tag (`<v Name>`) gave this line, or null. */
  voice: string | null;
  /** The line's text, markup removed and entities decoded. */
  text: string;
}

export interface Cue {
  /** The cue's start time as written. */
  start: string;
  lines: CueLine[];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', lrm: '\u200E', rlm: '\u200F',
};

/** Decodes the character references WebVTT and SRT writers use (`&amp;`, `&#39;`, `&#x2019;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Non-blank runs of lines. */
export function blocksOf(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim().length === 0) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The start time of a timing line (`00:00:01.000 --> ...`) as written, or null if it is not one. */
export function cueStart(line: string): string | null {
  const match = /^\s*(\S+)\s*-->/.exec(line);
  return match?.[1] ?? null;
}

/** Past this many cues, a `Name:` seen in one cue only is taken for prose. */
const LONG_CUE_COUNT = 40;

interface Segment {
  start: string;
  speaker: string | null;
  speech: string;
  isNewCue: boolean;
}

/** Splits cues into speaker segments: a voice change or a `Name:` at a line start opens a new one. */
function segmentsOf(cues: readonly Cue[], detectSpeakers: boolean): Segment[] {
  const raw: Array<Segment & { candidate: (LabelCandidate & { prefix: string }) | null }> = [];
  for (const cue of cues) {
    let isNewCue = true;
    let previousVoice: string | null | undefined;
    for (const line of cue.lines) {
      const text = line.text.trim();
      if (text.length === 0) continue;
      const label = line.voice === null && detectSpeakers ? labelOfLine(text, false) : null;
      const last = raw[raw.length - 1];
      if (!isNewCue && last && !label && line.voice === previousVoice) {
        last.speech = last.speech === '' ? text : `${last.speech} ${text}`;
        continue;
      }
      const speech = label ? text.slice(label.speechOffset) : text;
      const candidate = label ? { name: label.name, strength: label.strength, prefix: text.slice(0, label.speechOffset) } : null;
      raw.push({ start: cue.start, speaker: line.voice, speech, isNewCue, candidate });
      isNewCue = false;
      previousVoice = line.voice;
    }
  }
  const accepted = acceptLabels(raw.flatMap((s) => (s.candidate ? [s.candidate] : [])), cues.length > LONG_CUE_COUNT);
  return raw.map(({ candidate, ...segment }) => {
    if (!candidate || accepted.has(candidate.name)) return { ...segment, speaker: segment.speaker ?? candidate?.name ?? null };
    // A label that is not a speaker stays part of the speech, as written.
    return { ...segment, speech: candidate.prefix + segment.speech };
  }).filter((s) => s.speech.length > 0);
}

interface DraftTurn {
  speaker: string | null;
  timestamp: string;
  speech: string;
}

/** Builds the transcript text and turns from cues. With detection off, every cue is an unattributed turn. */
export function cuesToDocument(cues: readonly Cue[], format: DocumentFormat, warnings: string[], detectSpeakers = true): ParsedDocument {
  const drafts: DraftTurn[] = [];
  for (const segment of segmentsOf(cues, detectSpeakers)) {
    const last = drafts[drafts.length - 1];
    const continuesSpeaker = last !== undefined && last.speaker !== null && (segment.speaker === last.speaker || segment.speaker === null);
    if (last && continuesSpeaker && detectSpeakers) {
      last.speech = `${last.speech} ${segment.speech}`;
    } else if (last && !segment.isNewCue && segment.speaker === null && last.speaker === null) {
      last.speech = `${last.speech} ${segment.speech}`;
    } else {
      drafts.push({ speaker: segment.speaker, timestamp: segment.start, speech: segment.speech });
    }
  }

  const turns: ParsedTurn[] = [];
  let text = '';
  for (const draft of drafts) {
    if (text.length > 0) text += '\n';
    const label = draft.speaker === null ? '' : `${draft.speaker}: `;
    const speaker = detectSpeakers ? draft.speaker : null;
    const start = text.length + (speaker === null ? 0 : label.length);
    text += label + draft.speech;
    turns.push({ start, end: text.length, speaker, timestamp: draft.timestamp });
  }
  return { kind: 'document', format, text, turns, speakers: countSpeakers(turns), warnings };
}
