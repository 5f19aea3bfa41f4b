/**
 * How much each code of the tree is used: codings, sources and participants. Pure: the tree,
 * the codings and each source's turns in, counts out.
 */
import type { Coding, Turn } from '../model';
import type { CodeNode } from './codeTree';

export interface CodeCounts {
  /** Codings of this code itself. */
  ownCodings: number;
  /** Codings of this code and every descendant. */
  codings: number;
  /** Distinct sources coded with this code or a descendant. */
  sources: number;
  /** Distinct participants whose turns hold a coding of this code or a descendant. */
  participants: number;
}

type TurnSpan = Pick<Turn, 'start' | 'end' | 'participantId'>;

/**
 * The participants whose turns a coding overlaps (a coding may run across turns). Turns must be
 * in text order, as stored. Offsets are half-open, so a coding ending where a turn starts does not
 * touch it. Unattributed text (no participant) counts for nobody; an empty range for nobody.
 */
export function codingParticipants(coding: Pick<Coding, 'start' | 'end'>, turns: readonly TurnSpan[]): string[] {
  if (coding.end <= coding.start) return [];
  let low = 0;
  let high = turns.length;
  // The first turn that ends after the coding starts: every earlier turn lies wholly before it.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (turns[mid]!.end <= coding.start) low = mid + 1;
    else high = mid;
  }
  const ids = new Set<string>();
  for (let i = low; i < turns.length; i += 1) {
    const turn = turns[i]!;
    if (turn.start >= coding.end) break;
    if (turn.end > coding.start && turn.participantId) ids.add(turn.participantId);
  }
  return [...ids];
}

/**
 * Counts per code id, rolled up the tree: a theme counts every coding beneath it once, and a
 * participant or source once however many of its codes they appear under. A source whose turns
 * are not given contributes no participants (its codings and sources still count).
 */
export function codeCounts(
  nodes: readonly CodeNode[], codings: readonly Coding[], turnsBySource: ReadonlyMap<string, readonly TurnSpan[]>,
): Map<string, CodeCounts> {
  const byCode = new Map<string, Coding[]>();
  for (const coding of codings) {
    const list = byCode.get(coding.codeId);
    if (list) list.push(coding);
    else byCode.set(coding.codeId, [coding]);
  }
  const result = new Map<string, CodeCounts>();
  const visit = (node: CodeNode): { sources: Set<string>; participants: Set<string>; codings: number } => {
    const own = byCode.get(node.code.id) ?? [];
    const sources = new Set<string>();
    const participants = new Set<string>();
    for (const coding of own) {
      sources.add(coding.sourceId);
      for (const id of codingParticipants(coding, turnsBySource.get(coding.sourceId) ?? [])) participants.add(id);
    }
    let total = own.length;
    for (const child of node.children) {
      const below = visit(child);
      total += below.codings;
      for (const id of below.sources) sources.add(id);
      for (const id of below.participants) participants.add(id);
    }
    result.set(node.code.id, { ownCodings: own.length, codings: total, sources: sources.size, participants: participants.size });
    return { sources, participants, codings: total };
  };
  for (const node of nodes) visit(node);
  return result;
}
