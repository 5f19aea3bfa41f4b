/** PLACEHOLDER being replaced by the engineer building it (lead's note, 2026-11-23). */
import type { ProjectId } from '../../shared/model';

export function PartnerReviewPanel({ projectId }: { projectId: ProjectId }) {
  return <section aria-label="Partner review" data-project={projectId}><h2>Partner review</h2></section>;
}
