/**
 * Withdrawal of one participant from one source (issue 3, item 7): their turns' speech becomes
 * `[withdrawn]`, and everything else is carried through those edits (see redact.ts).
 * - A coding wholly within their turns goes.
 * - A coding that ran into their turn is clipped to the words around it (textEdit's rules); one
 *   that spans a whole turn of theirs keeps its ends and so holds `[withdrawn]` in place of it.
 * - Every coding that touched their speech is reported, so its quotes (which may quote them) go.
 * - Turns stay, with their speaker, so the transcript still shows that they spoke.
 */
import { overlaps, type TextRange } from '../coding/ranges';
import type { TextEdit } from '../coding/textEdit';
import type { ParticipantId, Turn } from '../model';
import { planRedaction, remapThroughEdits, remapTurnsThroughEdits } from './redact';

export const WITHDRAWN = '[withdrawn]';

export interface SourceWithdrawal<C extends TextRange> {
  text: string;
  turns: Turn[];
  edits: TextEdit[];
  /** Their turns in this source whose speech is removed. */
  turnCount: number;
  /** Their speech as it was, one entry per turn (to find copies of it elsewhere, then forget). */
  speech: string[];
  /** Codings after the edits: unchanged ones are the same objects. */
  codings: C[];
  /** Codings that go: wholly within their turns, or collapsed. */
  removedCodings: C[];
  /** Codings (as they were) that touched their speech: quotes of these go. */
  touchedCodings: C[];
}

const isTheirs = (participantId: ParticipantId) => (turn: Turn) =>
  turn.participantId === participantId && turn.start < turn.end;

/** How much of a participant's data one source holds, without changing anything. O(t + c × t). */
export function withdrawalCounts<C extends TextRange>(turns: readonly Turn[], codings: readonly C[], participantId: ParticipantId) {
  const theirs = turns.filter(isTheirs(participantId));
  const within = codings.filter((c) => theirs.some((t) => t.start <= c.start && c.end <= t.end));
  const touched = codings.filter((c) => theirs.some((t) => overlaps(c, t)));
  return { turns: theirs, within, touched };
}

/** The source without the participant's speech, or null when they do not speak in it. */
export function planWithdrawal<C extends TextRange>(
  text: string, turns: readonly Turn[], codings: readonly C[], participantId: ParticipantId,
): SourceWithdrawal<C> | null {
  const counts = withdrawalCounts(turns, codings, participantId);
  const theirs = counts.turns.filter((t) => text.slice(t.start, t.end) !== WITHDRAWN);
  if (theirs.length === 0) return null;
  const plan = planRedaction(text, theirs.map((t) => ({ start: t.start, end: t.end, substitute: WITHDRAWN })));
  const within = new Set(counts.within);
  const remapped = remapThroughEdits(codings.filter((c) => !within.has(c)), plan.edits);
  return {
    text: plan.text,
    turns: remapTurnsThroughEdits(turns, plan.edits).kept,
    edits: plan.edits,
    turnCount: theirs.length,
    speech: theirs.map((t) => text.slice(t.start, t.end)),
    codings: remapped.kept,
    removedCodings: codings.filter((c) => within.has(c) || remapped.removed.includes(c)),
    touchedCodings: counts.touched,
  };
}
