/** PLACEHOLDER being replaced by the engineer building it (lead's note, 2026-11-23). */
import type { ProjectId } from '../../shared/model';

export function CodebookImportPanel({ projectId }: { projectId: ProjectId }) {
  return <section aria-label="Import a codebook" data-project={projectId}><h2>Import a codebook</h2></section>;
}
