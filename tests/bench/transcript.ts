/**
 * One synthetic focus-group transcript: paragraphs "P12: speech" separated by blank lines, a
 * facilitator asking and participants answering, with exactly the number of words asked for.
 * Each turn's range is the speech after "Name: " (as the app stores turns). The span of every
 * word is kept (trailing punctuation excluded) so codings can be placed on word boundaries.
 */
import type { ParticipantId, Turn } from '../../shared/model';
import { OPENERS, PROMPTS, WORDS } from './vocabulary';
import { between, pick, type Random } from './random';

export interface Speaker {
  /** As written in the transcript: the participant's label ("P12", "F1"). */
  name: string;
  participantId: ParticipantId;
  isFacilitator: boolean;
}

export interface Transcript {
  text: string;
  turns: Turn[];
  /** Per word, in text order: its start and end offsets and the index of its turn. */
  wordStarts: Int32Array;
  wordEnds: Int32Array;
  wordTurns: Int32Array;
}

const PROMPT_TOKENS = PROMPTS.map((p) => p.split(' '));
const OPENER_TOKENS = OPENERS.map((o) => o.split(' '));

/** Tokens of one sentence: words, the last carrying its full stop or question mark. */
function sentence(random: Random): string[] {
  const tokens = random() < 0.3 ? [...pick(random, OPENER_TOKENS)] : [];
  const length = between(random, 5, 18);
  while (tokens.length < length) tokens.push(pick(random, WORDS) + (random() < 0.06 ? ',' : ''));
  const first = tokens[0] ?? '';
  tokens[0] = first.charAt(0).toUpperCase() + first.slice(1);
  const last = (tokens[tokens.length - 1] ?? '').replace(/,$/, '');
  tokens[tokens.length - 1] = last + (random() < 0.1 ? '?' : '.');
  return tokens;
}

/** The tokens of one turn, at most `budget` of them. */
function speech(random: Random, speaker: Speaker, budget: number): string[] {
  const planned = speaker.isFacilitator ? between(random, 6, 30) : between(random, 20, 160);
  const tokens = speaker.isFacilitator ? [...pick(random, PROMPT_TOKENS)] : [];
  while (tokens.length < planned) tokens.push(...sentence(random));
  const cut = tokens.slice(0, Math.min(planned, budget));
  const last = cut[cut.length - 1] ?? '';
  if (!/[.?]$/.test(last)) cut[cut.length - 1] = `${last.replace(/,$/, '')}.`;
  return cut;
}

/**
 * A transcript of exactly `words` words. `speakers` holds one facilitator first, then the
 * participants; the facilitator opens and then speaks about one turn in five.
 */
export function generateTranscript(random: Random, speakers: readonly Speaker[], words: number): Transcript {
  const [facilitator, ...participants] = speakers;
  if (!facilitator || participants.length === 0) throw new Error('A transcript needs a facilitator and a participant.');
  const parts: string[] = [];
  const turns: Turn[] = [];
  const wordStarts = new Int32Array(words);
  const wordEnds = new Int32Array(words);
  const wordTurns = new Int32Array(words);
  let length = 0;
  let count = 0;
  let previous: Speaker | null = null;
  while (count < words) {
    const others = participants.filter((p) => p !== previous);
    const speaker: Speaker = previous === null || others.length === 0 || (previous !== facilitator && random() < 0.2)
      ? facilitator
      : pick(random, others);
    previous = speaker;
    const label = `${turns.length === 0 ? '' : '\n\n'}${speaker.name}: `;
    parts.push(label);
    length += label.length;
    const start = length;
    for (const [i, token] of speech(random, speaker, words - count).entries()) {
      const piece = i === 0 ? token : ` ${token}`;
      const wordStart = length + piece.length - token.length;
      const bare = token.replace(/[.,?]+$/, '');
      wordStarts[count] = wordStart;
      wordEnds[count] = wordStart + bare.length;
      wordTurns[count] = turns.length;
      parts.push(piece);
      length += piece.length;
      count++;
    }
    turns.push({ start, end: length, speaker: speaker.name, participantId: speaker.participantId, timestamp: null });
  }
  return { text: parts.join(''), turns, wordStarts, wordEnds, wordTurns };
}
