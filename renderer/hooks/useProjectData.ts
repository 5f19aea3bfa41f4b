import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectId, SourceId } from '../../shared/model';
import { projectProgress, type ProjectProgress } from '../../shared/analysis/progress';
import {
  listAttributes, listCodes, listCodings, listMemos, listParticipants, listQuotes,
} from '../db/repositories/projectData';
import { getProject, listProjects } from '../db/repositories/projects';
import { getSource, getSourceText, listSources } from '../db/repositories/sources';
import { listHistory } from '../db/repositories/history';

/** Live views of the database: components re-render when the data change, wherever from. */
export const useProjects = () => useLiveQuery(listProjects, []);
/** undefined while loading, null when there is no such project. */
export const useProject = (id: ProjectId) => useLiveQuery(async () => (await getProject(id)) ?? null, [id]);
export const useSources = (id: ProjectId) => useLiveQuery(() => listSources(id), [id]);
export const useSource = (id: ProjectId, sourceId: SourceId) => useLiveQuery(() => getSource(id, sourceId), [id, sourceId]);
export const useSourceText = (id: ProjectId, sourceId: SourceId) =>
  useLiveQuery(() => getSourceText(id, sourceId), [id, sourceId]);
export const useParticipants = (id: ProjectId) => useLiveQuery(() => listParticipants(id), [id]);
export const useAttributes = (id: ProjectId) => useLiveQuery(() => listAttributes(id), [id]);
export const useCodes = (id: ProjectId) => useLiveQuery(() => listCodes(id), [id]);
export const useCodings = (id: ProjectId) => useLiveQuery(() => listCodings(id), [id]);
export const useQuotes = (id: ProjectId) => useLiveQuery(() => listQuotes(id), [id]);
export const useMemos = (id: ProjectId) => useLiveQuery(() => listMemos(id), [id]);
export const useHistory = (id: ProjectId) => useLiveQuery(() => listHistory(id), [id]);

/** The dashboard figures, computed by the shared core from the project's records. */
export function useProgress(id: ProjectId): ProjectProgress | undefined {
  return useLiveQuery(async () => {
    const [sources, participants, codes, codings, memos, quotes] = await Promise.all([
      listSources(id), listParticipants(id), listCodes(id), listCodings(id), listMemos(id), listQuotes(id),
    ]);
    return projectProgress({ sources, participants, codes, codings, memos, quotes });
  }, [id]);
}
