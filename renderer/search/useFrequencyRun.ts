import { useCallback } from 'react';
import type { Attribute, Participant, ParticipantId, ProjectId, Source } from '../../shared/model';
import type { FrequencyGroup } from '../../shared/search/frequencies';
import { loadTexts, toFrequencySources } from './corpus';
import { coreGrouping, visibleGroups, type GroupBy } from './frequencyGroups';
import { frequenciesOffThread } from './offThread';
import { recall, remember, useRemembered } from './screenMemory';

export interface FrequencySettings {
  /** Shortest word counted, in characters. */
  minLength: number;
  /** Words per table. */
  top: number;
  isFillerExcluded: boolean;
  isFacilitatorExcluded: boolean;
  groupBy: GroupBy;
}

export type FrequencyRun =
  | { phase: 'idle' }
  | { phase: 'counting' }
  | { phase: 'done'; groups: FrequencyGroup[]; settings: FrequencySettings; sourceCount: number }
  | { phase: 'failed'; message: string };

/** Counts words for the Search screen's frequency tab: texts loaded per count, counted off the render path. */
export function useFrequencyRun(projectId: ProjectId) {
  const [run] = useRemembered(projectId, 'frequencies');

  const count = useCallback(async (
    settings: FrequencySettings, sources: readonly Source[], participants: readonly Participant[], attributes: readonly Attribute[],
  ) => {
    if (sources.length === 0) {
      remember(projectId, 'frequencies', { phase: 'failed', message: 'Tick at least one source to count its words.' });
      return;
    }
    const counting: FrequencyRun = { phase: 'counting' };
    remember(projectId, 'frequencies', counting);
    const { groupBy } = settings;
    const excluded = new Set<ParticipantId>(
      settings.isFacilitatorExcluded ? participants.filter((p) => p.role === 'facilitator').map((p) => p.id) : [],
    );
    let next: FrequencyRun;
    try {
      const corpus = toFrequencySources(await loadTexts(projectId, sources));
      const groups = await frequenciesOffThread({
        kind: 'frequencies', sources: corpus, isWholeProject: groupBy.by === 'project',
        options: {
          grouping: coreGrouping(groupBy, participants), excludedParticipantIds: excluded,
          isFillerExcluded: settings.isFillerExcluded, minLength: settings.minLength, top: settings.top,
        },
      });
      const attribute = groupBy.by === 'attribute' ? attributes.find((a) => a.id === groupBy.attributeId) : undefined;
      next = { phase: 'done', groups: visibleGroups(groups, attribute?.name ?? null), settings, sourceCount: corpus.length };
    } catch (error) {
      next = { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (recall(projectId, 'frequencies') === counting) remember(projectId, 'frequencies', next);
  }, [projectId]);

  return { run, count };
}
