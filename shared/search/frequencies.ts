/**
 * Word frequencies for familiarisation: which words a source, or a participant group, uses most.
 *
 * Words are tokens as ./tokens.ts defines them ("don't", "well-being", case-folded). Speaker
 * labels ("P1: ") are not words of the transcript and are skipped: the part of a turn's first line
 * before the turn.
 *
 * Cost: O(N) in characters plus a map update per counted token, then O(w log w) to sort the w
 * distinct words of each group.
 */
import type { ParticipantId, SourceId } from '../model';
import { forEachToken } from './tokens';
import { TRANSCRIPT_FILLER_PHRASES, TRANSCRIPT_FILLERS, UK_ENGLISH_STOP_WORDS } from './stopWords';

/** Group of text outside every turn, or in a turn with no participant. */
export const UNATTRIBUTED = 'Unattributed';
/** Group of a participant with no value for the grouping attribute. */
export const NO_VALUE = 'No value';

export interface FrequencySource {
  sourceId: SourceId;
  label: string;
  text: string;
  /** Sorted by start, disjoint. */
  turns: readonly { start: number; end: number; participantId: ParticipantId | null }[];
}

export type FrequencyGrouping =
  | { by: 'source' }
  /** One group per value; `groupOf` gives each participant's value (e.g. of "Group": "Carer"). */
  | { by: 'participant'; groupOf: ReadonlyMap<ParticipantId, string | null> };

export interface FrequencyOptions {
  /** Default: by source. */
  grouping?: FrequencyGrouping;
  /** Turns of these participants are not counted (e.g. the facilitators). */
  excludedParticipantIds?: ReadonlySet<ParticipantId>;
  /** Folded words never counted. Default UK_ENGLISH_STOP_WORDS; [] counts every word. */
  stopWords?: readonly string[];
  /** Also drop transcript fillers (erm, yeah, like, "you know"...). Default false. */
  isFillerExcluded?: boolean;
  /** Shortest word counted, in characters (code points). Default 3. */
  minLength?: number;
  /** Words kept per group. Default 50. */
  top?: number;
}

export interface WordFrequency {
  word: string;
  count: number;
  /** Sources of this group in which the word occurs. */
  sources: number;
}

export interface FrequencyGroup {
  /** The source id, or the group value. */
  key: string;
  /** The source label, or the group value. */
  label: string;
  /** Every token of the group's text, stop words included: the denominator for relative frequency. */
  tokenCount: number;
  /** Most frequent first, ties by word (code-unit order). */
  words: WordFrequency[];
}

function codePointLength(word: string): number {
  let length = 0;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0)) length++;
  }
  return length;
}

interface Tally {
  tokenCount: number;
  words: Map<string, { count: number; sources: number; lastSource: number }>;
}

/** Calls `visit` for each counted stretch of a source: its turns, and text outside turns minus labels. */
function forEachStretch(
  source: FrequencySource,
  excluded: ReadonlySet<ParticipantId>,
  visit: (start: number, end: number, participantId: ParticipantId | null) => void,
): void {
  const { text } = source;
  let covered = 0;
  for (const turn of source.turns) {
    const labelStart = Math.max(covered, text.lastIndexOf('\n', turn.start - 1) + 1);
    if (labelStart > covered) visit(covered, Math.min(labelStart, turn.start), null);
    if (turn.participantId === null || !excluded.has(turn.participantId)) visit(turn.start, turn.end, turn.participantId);
    covered = Math.max(covered, turn.end);
  }
  if (covered < text.length) visit(covered, text.length, null);
}

/**
 * Word frequencies per group: by source (every source, in input order) or by participant
 * attribute value (groups in code-unit order of their values, then NO_VALUE, then UNATTRIBUTED).
 * Text outside turns and turns with no participant count as UNATTRIBUTED.
 */
export function wordFrequencies(sources: readonly FrequencySource[], options: FrequencyOptions = {}): FrequencyGroup[] {
  const grouping = options.grouping ?? { by: 'source' };
  const excluded = options.excludedParticipantIds ?? new Set<ParticipantId>();
  const isFillerExcluded = options.isFillerExcluded ?? false;
  const skip = new Set([...(options.stopWords ?? UK_ENGLISH_STOP_WORDS), ...(isFillerExcluded ? TRANSCRIPT_FILLERS : [])]);
  const phrases = new Set(TRANSCRIPT_FILLER_PHRASES.map(([a, b]) => `${a} ${b}`));
  const phraseStarts = new Set(TRANSCRIPT_FILLER_PHRASES.map(([a]) => a));
  const minLength = options.minLength ?? 3;
  const tallies = new Map<string, { label: string; tally: Tally }>();
  const tallyFor = (key: string, label: string): Tally => {
    let entry = tallies.get(key);
    if (entry === undefined) {
      entry = { label, tally: { tokenCount: 0, words: new Map() } };
      tallies.set(key, entry);
    }
    return entry.tally;
  };
  const groupOf = (participantId: ParticipantId | null): string => {
    if (grouping.by === 'source' || participantId === null) return UNATTRIBUTED;
    const value = grouping.groupOf.get(participantId);
    return value === undefined || value === null || value === '' ? NO_VALUE : value;
  };

  sources.forEach((source, sourceIndex) => {
    if (grouping.by === 'source') tallyFor(source.sourceId, source.label);
    const count = (tally: Tally, word: string) => {
      if (word.length < minLength || skip.has(word)) return;
      if (word.length < 2 * minLength && codePointLength(word) < minLength) return;
      const entry = tally.words.get(word);
      if (entry === undefined) tally.words.set(word, { count: 1, sources: 1, lastSource: sourceIndex });
      else {
        entry.count++;
        if (entry.lastSource !== sourceIndex) {
          entry.sources++;
          entry.lastSource = sourceIndex;
        }
      }
    };
    forEachStretch(source, excluded, (start, end, participantId) => {
      const group = grouping.by === 'source' ? source.sourceId : groupOf(participantId);
      const tally = tallyFor(group, grouping.by === 'source' ? source.label : group);
      let pending: string | null = null; // held back one token to spot "you know"
      forEachToken(source.text, start, end, (word) => {
        tally.tokenCount++;
        if (!isFillerExcluded) return count(tally, word);
        if (pending !== null && phrases.has(`${pending} ${word}`)) pending = null;
        else {
          if (pending !== null) count(tally, pending);
          if (phraseStarts.has(word)) pending = word;
          else count(tally, word);
        }
      });
      if (pending !== null) count(tally, pending);
    });
  });

  const top = options.top ?? 50;
  const groups = [...tallies].map(([key, { label, tally }]): FrequencyGroup => {
    const words = [...tally.words].map(([word, e]) => ({ word, count: e.count, sources: e.sources }));
    words.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    return { key, label, tokenCount: tally.tokenCount, words: words.slice(0, Math.max(0, top)) };
  });
  if (grouping.by === 'source') return groups;
  const rank = (key: string) => (key === UNATTRIBUTED ? 2 : key === NO_VALUE ? 1 : 0);
  return groups.sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
