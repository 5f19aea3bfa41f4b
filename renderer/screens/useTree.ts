import type { ProjectId } from '../../shared/model';
import { buildCodeTree } from '../../shared/analysis/codeTree';
import { useCodes, useCodings, useProject } from '../hooks/useProjectData';

/** The project's code tree with counts, and its level names; undefined while loading. */
export function useTree(projectId: ProjectId) {
  const codes = useCodes(projectId);
  const codings = useCodings(projectId);
  const project = useProject(projectId);
  if (!codes || !codings || !project) return undefined;
  return { tree: buildCodeTree(codes, codings), levelNames: project.levelNames };
}
