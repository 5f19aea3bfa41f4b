import { useCallback } from 'react';
import type { Participant, ProjectId, Source } from '../../shared/model';
import { SearchError, type SearchHit, type SearchQuery, type SearchResult, type SearchSource } from '../../shared/search/search';
import { loadTexts, toSearchSources } from './corpus';
import { searchOffThread } from './offThread';
import { recall, remember, useRemembered } from './screenMemory';

/** Most hits shown; counts and "code all hits" still cover every hit. */
export const HIT_LIMIT = 500;

export type SearchRun =
  | { phase: 'idle' }
  | { phase: 'searching'; query: SearchQuery }
  /** `id`: tells one finished search from the next, even when both found the same. */
  | { phase: 'done'; id: number; query: SearchQuery; result: SearchResult; sources: Source[] }
  /** `isQueryError`: the query cannot run (a bad regular expression); the message names the problem. */
  | { phase: 'failed'; query: SearchQuery; message: string; isQueryError: boolean };

// The texts of the latest search, so coding every hit past the limit need not load them again.
let searchCount = 0;
let lastCorpus: { run: SearchRun; sources: SearchSource[] } | null = null;

/**
 * Runs searches for the Search screen: loads the chosen texts (once per search), searches off the
 * render path, and keeps only the latest search's outcome when searches overlap.
 */
export function useSearchRun(projectId: ProjectId) {
  const [run] = useRemembered(projectId, 'search');

  const search = useCallback(async (query: SearchQuery, sources: readonly Source[], participants: readonly Participant[]) => {
    const searching: SearchRun = { phase: 'searching', query };
    remember(projectId, 'search', searching);
    const isLatest = () => recall(projectId, 'search') === searching;
    let next: SearchRun;
    try {
      const corpus = toSearchSources(await loadTexts(projectId, sources), participants);
      if (!isLatest()) return;
      const result = await searchOffThread({ kind: 'search', sources: corpus, query, options: { limit: HIT_LIMIT } });
      next = { phase: 'done', id: ++searchCount, query, result, sources: [...sources] };
      lastCorpus = { run: next, sources: corpus };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      next = { phase: 'failed', query, message, isQueryError: error instanceof SearchError };
    }
    if (isLatest()) remember(projectId, 'search', next);
  }, [projectId]);

  /** Every hit of the finished search, past the display limit too (for "code all hits"). */
  const allHits = useCallback(async (participants: readonly Participant[]): Promise<SearchHit[]> => {
    const done = recall(projectId, 'search');
    if (done.phase !== 'done') return [];
    if (!done.result.truncated) return done.result.hits;
    const corpus = lastCorpus?.run === done ? lastCorpus.sources : toSearchSources(await loadTexts(projectId, done.sources), participants);
    const every = await searchOffThread({ kind: 'search', sources: corpus, query: done.query, options: { limit: done.result.total, contextChars: 0 } });
    return every.hits;
  }, [projectId]);

  /** Shows why a search cannot start (no words, no sources) as that search's outcome. */
  const reject = useCallback((query: SearchQuery, message: string) => {
    remember(projectId, 'search', { phase: 'failed', query, message, isQueryError: true });
  }, [projectId]);

  return { run, search, allHits, reject };
}
