/** PLACEHOLDER being replaced by the engineer building it (lead's note, 2026-11-23). */
import type { ProjectId } from '../../shared/model';

export function MergePanel({ projectId }: { projectId: ProjectId }) {
  return <section aria-label="Merge a project file" data-project={projectId}><h2>Merge a project file</h2></section>;
}
