/**
 * What the Search screen holds (the query, the sources chosen, the results, the word counts), kept
 * per project for the session, so following a hit into the reader and coming back finds everything
 * as it was, and a search finishing after the researcher left still lands. Nothing goes to disk.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ProjectId } from '../../shared/model';
import type { SearchQuery } from '../../shared/search/search';
import type { SourceScope } from './corpus';
import type { FrequencyRun, FrequencySettings } from './useFrequencyRun';
import type { SearchRun } from './useSearchRun';

export type SearchTab = 'search' | 'frequencies';

export interface ScreenMemory {
  tab: SearchTab;
  query: SearchQuery;
  scope: SourceScope;
  search: SearchRun;
  frequencySettings: FrequencySettings;
  frequencies: FrequencyRun;
}

/** Where a project's screen starts. Constant objects: the store hands back the same value until it changes. */
export const INITIAL: ScreenMemory = {
  tab: 'search',
  query: { text: '', mode: 'plain', isWholeWord: false, isCaseSensitive: false },
  scope: { isAll: true, chosen: [] },
  search: { phase: 'idle' },
  frequencySettings: { minLength: 3, top: 25, isFillerExcluded: true, isFacilitatorExcluded: true, groupBy: { by: 'project' } },
  frequencies: { phase: 'idle' },
};

const memory = new Map<ProjectId, ScreenMemory>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recall<K extends keyof ScreenMemory>(projectId: ProjectId, key: K): ScreenMemory[K] {
  return (memory.get(projectId) ?? INITIAL)[key];
}

export function remember<K extends keyof ScreenMemory>(projectId: ProjectId, key: K, value: ScreenMemory[K]): void {
  if (recall(projectId, key) === value) return;
  memory.set(projectId, { ...(memory.get(projectId) ?? INITIAL), [key]: value });
  for (const listener of listeners) listener();
}

/** Like useState, for one part of a project's Search screen, remembered for the session. */
export function useRemembered<K extends keyof ScreenMemory>(
  projectId: ProjectId, key: K,
): [ScreenMemory[K], (value: ScreenMemory[K]) => void] {
  const value = useSyncExternalStore(subscribe, () => recall(projectId, key));
  const set = useCallback((next: ScreenMemory[K]) => remember(projectId, key, next), [projectId, key]);
  return [value, set];
}

/** Forgets every project's screen (tests start clean). */
export function forgetAll(): void {
  memory.clear();
  for (const listener of listeners) listener();
}
