/** PLACEHOLDER being replaced by the engineer building it (lead's note, 2026-11-23). */
import type { ProjectId } from '../../shared/model';

export function IntegrityPanel({ projectId }: { projectId: ProjectId }) {
  return <section aria-label="Check the project" data-project={projectId}><h2>Check the project</h2></section>;
}
