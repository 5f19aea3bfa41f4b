/**
 * Attributions of quotes (DOMAIN.md "Quoting conventions"): "(FG 1)", "(Nar. 6)" after a quote
 * in a table or list, or "(participant 4, focus group 1)" in running text; and which participant
 * a coded extract belongs to.
 */
import { codingParticipants } from '../analysis/codeCounts';
import type { Coding, Participant, Source, Turn } from '../model';

export type AttributionStyle = 'source' | 'participant';

const SOURCE_KIND_WORDS: Partial<Record<Source['kind'], string>> = {
  'focus-group': 'focus group',
  interview: 'interview',
  narrative: 'narrative',
};

/** "P4", "P 4", "Participant 4" -> "participant 4"; any other label as written. */
function participantWords(label: string): string {
  const match = /^\s*(?:p|participant)\s*(\d+)\s*$/i.exec(label);
  return match ? `participant ${match[1]!}` : label.trim();
}

/** "FG 1" of a focus group -> "focus group 1"; a document, or a label with no number, as written. */
function sourceWords(source: Pick<Source, 'label' | 'kind'>): string {
  const kind = SOURCE_KIND_WORDS[source.kind];
  const number = /\d+/.exec(source.label)?.[0];
  return kind && number !== undefined ? `${kind} ${number}` : source.label.trim();
}

/**
 * source: "(FG 1)", "(Nar. 6)" = "(" + source.label + ")". participant: "(participant 4, focus
 * group 1)": participant label "P4"/"P 4"/"Participant 4" -> "participant 4", else the label as
 * written; source: "focus group N" / "interview N" / "narrative N" from the kind and the number
 * in the label, else the label. Falls back to the source style when there is no participant.
 */
export function attribution(
  source: Pick<Source, 'label' | 'kind'>, participant: Pick<Participant, 'label'> | null, style: AttributionStyle,
): string {
  if (style === 'source' || participant === null) return `(${source.label})`;
  return `(${participantWords(participant.label)}, ${sourceWords(source)})`;
}

/** Counted in reports: a participant (not a facilitator) whose data have not been withdrawn. */
export function isCountedParticipant(participant: Pick<Participant, 'role' | 'isWithdrawn'>): boolean {
  return participant.role === 'participant' && !participant.isWithdrawn;
}

/**
 * The participant a coding belongs to for attribution: the single counted participant (role
 * participant, not withdrawn) whose turns it overlaps, else null (none, or several). Turns must
 * be in text order, as stored; a facilitator's words inside the coding do not stop it belonging
 * to the one participant it quotes.
 */
export function quoteParticipant(
  coding: Pick<Coding, 'start' | 'end'>, turns: readonly Turn[], participants: readonly Participant[],
): Participant | null {
  const ids = new Set(codingParticipants(coding, turns));
  const counted = participants.filter((p) => ids.has(p.id) && isCountedParticipant(p));
  return counted.length === 1 ? counted[0]! : null;
}
