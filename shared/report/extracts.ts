/**
 * A project's coded extracts as reports print them: their words, their order through the data
 * (source order, then start) and their attribution.
 */
import type { Coding, ProjectBundle, SourceWithText } from '../model';
import { attribution, quoteParticipant, type AttributionStyle } from '../quotes/attribution';

type Placed = Pick<Coding, 'sourceId' | 'start' | 'end'>;

export interface ExtractIndex {
  source(sourceId: string): SourceWithText | undefined;
  /** The extract's words as in the source, outer white space trimmed; "" when its source is missing. */
  text(coding: Placed): string;
  /** "(FG 1)" or "(participant 4, focus group 1)"; null when the coding's source is missing. */
  attribution(coding: Placed, style: AttributionStyle): string | null;
  /** Sorts codings by source order, then start, then end (a new array). */
  sorted<C extends Placed>(codings: readonly C[]): C[];
}

export function extractIndex(bundle: ProjectBundle): ExtractIndex {
  const byId = new Map<string, SourceWithText>(bundle.sources.map((s) => [s.source.id, s]));
  const rank = (id: string) => byId.get(id)?.source.order ?? Number.MAX_SAFE_INTEGER;
  return {
    source: (id) => byId.get(id),
    text: (coding) => byId.get(coding.sourceId)?.text.text.slice(coding.start, coding.end).trim() ?? '',
    attribution: (coding, style) => {
      const found = byId.get(coding.sourceId);
      if (!found) return null;
      const participant = style === 'participant' ? quoteParticipant(coding, found.text.turns, bundle.participants) : null;
      return attribution(found.source, participant, style);
    },
    sorted: (codings) => [...codings].sort((a, b) => rank(a.sourceId) - rank(b.sourceId)
      || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0) || a.start - b.start || a.end - b.end),
  };
}
