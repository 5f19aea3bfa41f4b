/**
 * Who each detected speaker turns out to be once the user's choices are applied: a merged
 * spelling follows the speaker it is "same as"; a speaker mapped to an existing participant, or
 * renamed to an existing participant's label, is that participant; anyone else becomes a new
 * participant under the label shown. The preview and the import plan both read it from here.
 */
import type { Participant } from '../../shared/model';
import type { SpeakerChoice } from './batch';

export interface ResolvedSpeaker {
  /** The label the reader will show. */
  label: string;
  isFacilitator: boolean;
  /** The existing participant, or null when the import creates one. */
  participant: Participant | null;
}

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The speaker a name stands for after merges ("same as" followed to its end; a loop stops where it began). */
export function rootSpeaker(speakers: readonly SpeakerChoice[], name: string): SpeakerChoice | undefined {
  const seen = new Set<string>();
  let current = speakers.find((s) => s.name === name);
  while (current?.sameAs && !seen.has(current.name)) {
    seen.add(current.name);
    const next = speakers.find((s) => s.name === current?.sameAs);
    if (!next) break;
    current = next;
  }
  return current;
}

export function resolveSpeaker(speakers: readonly SpeakerChoice[], name: string, participants: readonly Participant[]): ResolvedSpeaker | null {
  const root = rootSpeaker(speakers, name);
  if (!root) return null;
  const label = root.label.trim() || root.name;
  const existing = root.participantId !== null
    ? participants.find((p) => p.id === root.participantId)
    : participants.find((p) => sameLabel(p.label, label));
  if (existing) return { label: existing.label, isFacilitator: existing.role === 'facilitator', participant: existing };
  return { label, isFacilitator: root.isFacilitator, participant: null };
}
