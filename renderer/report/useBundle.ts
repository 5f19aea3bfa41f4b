/**
 * The whole project in memory (texts included), as a live view: the report exports are built
 * from it by the shared core, the same functions the command line uses.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectBundle, ProjectId } from '../../shared/model';
import { loadBundle } from '../db/repositories/bundles';

export function useBundle(projectId: ProjectId): ProjectBundle | undefined {
  return useLiveQuery(() => loadBundle(projectId), [projectId]);
}
