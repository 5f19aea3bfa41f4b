/**
 * The corpus of one search: the chosen sources' texts, loaded when the researcher searches (never
 * on opening the screen), shaped for the shared search and word-frequency functions.
 */
import type { Participant, ProjectId, Source, SourceId, SourceText } from '../../shared/model';
import type { FrequencySource } from '../../shared/search/frequencies';
import type { SearchSource } from '../../shared/search/search';
import { getSourceText } from '../db/repositories/sources';

export interface LoadedSource {
  source: Source;
  text: SourceText;
}

/** Which sources to search: every source, or the ones ticked. */
export interface SourceScope {
  isAll: boolean;
  chosen: readonly SourceId[];
}

/** The sources in scope, in project order. */
export function sourcesInScope(sources: readonly Source[], scope: SourceScope): Source[] {
  if (scope.isAll) return [...sources];
  const chosen = new Set<string>(scope.chosen);
  return sources.filter((s) => chosen.has(s.id));
}

/** Loads the texts of these sources, in their order; a source deleted meanwhile is left out. */
export async function loadTexts(projectId: ProjectId, sources: readonly Source[]): Promise<LoadedSource[]> {
  const texts = await Promise.all(sources.map((s) => getSourceText(projectId, s.id)));
  return sources.flatMap((source, i) => {
    const text = texts[i];
    return text ? [{ source, text }] : [];
  });
}

/**
 * Sources for searchCorpus. Each turn's speaker is the participant's label when the turn belongs to
 * a participant (as the reader and quotes name them), else the name written in the transcript.
 */
export function toSearchSources(loaded: readonly LoadedSource[], participants: readonly Participant[]): SearchSource[] {
  const labelOf = new Map<string, string>(participants.map((p) => [p.id, p.label]));
  return loaded.map(({ source, text }) => ({
    sourceId: source.id,
    label: source.label,
    text: text.text,
    turns: text.turns.map((turn) => ({
      start: turn.start,
      end: turn.end,
      speaker: (turn.participantId ? labelOf.get(turn.participantId) : undefined) ?? turn.speaker,
    })),
  }));
}

/** Sources for wordFrequencies. */
export function toFrequencySources(loaded: readonly LoadedSource[]): FrequencySource[] {
  return loaded.map(({ source, text }) => ({
    sourceId: source.id,
    label: source.label,
    text: text.text,
    turns: text.turns.map(({ start, end, participantId }) => ({ start, end, participantId })),
  }));
}
