/** PLACEHOLDER being replaced by the engineer building it (lead's note, 2026-11-23). */
import type { ProjectId } from '../../shared/model';

export function AgreementPanel({ projectId }: { projectId: ProjectId }) {
  return <section aria-label="Agreement between coders" data-project={projectId}><h2>Agreement between coders</h2></section>;
}
